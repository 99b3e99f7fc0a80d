import type pg from 'pg';
import { benchUuid } from './order-data.ts';

/**
 * A price history for listings, as suppliers' price changes leave it: `changes` rows per
 * listing, oldest first, each price a few percent from the one before. Deterministic (the
 * prices are hashes of the listing number and the change number).
 */
export async function priceHistory(owner: pg.Client, tenantId: string, listings: { n: number; id: string; priceFen: bigint }[], changes: number): Promise<void> {
  await owner.query('begin');
  try {
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    for (const l of listings) {
      await owner.query(
        `insert into listing_price_change (id, tenant_id, created_at, listing_id, price_fen, previous_price_fen)
         select ${benchUuid(`'bench-price-' || $3::int || '-' || k`)}, $1, now() - ($4::int - k + 1) * interval '1 day', $2,
                ($5::bigint * (95 + abs(hashint4($3::int * 1000 + k)) % 10) / 100),
                case when k = 1 then null else ($5::bigint * (95 + abs(hashint4($3::int * 1000 + k - 1)) % 10) / 100) end
         from generate_series(1, $4::int) k`,
        [tenantId, l.id, l.n, changes, l.priceFen.toString()],
      );
    }
    await owner.query('commit');
  } catch (err) {
    await owner.query('rollback');
    throw err;
  }
}
