import { newId } from '@zhengcai/schema';
import type { PeopleFixture } from './identity.js';
import { asOwner } from './tenants.js';

export interface AuctionSpec {
  direction?: 'reverse' | 'forward';
  state?: 'scheduled' | 'live' | 'ended' | 'awarded' | 'failed' | 'cancelled';
  organiserId?: string;
  buyerId?: string;
  startPriceFen?: bigint;
  stepFen?: bigint;
  floorFen?: bigint | null;
  depositFen?: bigint;
  startsAt?: Date;
  endsAt?: Date;
  invitedSupplierIds?: string[];
}

/** An auction written straight into the database (by default a live reverse auction of the purchasing unit, ending in an hour). */
export async function insertAuction(people: PeopleFixture, spec: AuctionSpec = {}): Promise<string> {
  const id = newId();
  const unit = people.organisations.purchasing_unit.id;
  const startsAt = spec.startsAt ?? new Date(Date.now() - 60_000);
  const endsAt = spec.endsAt ?? new Date(Date.now() + 3_600_000);
  await asOwner(people.tenant.id, (c) => c.query(
    `insert into auction (id, tenant_id, direction, state, title, description, organiser_id, buyer_id, created_by, start_price_fen, step_fen, floor_fen, deposit_fen,
       invited_supplier_ids, starts_at, scheduled_end_at, ends_at, extend_window_seconds, extend_by_seconds, max_extensions)
     values ($1, $2, $3, $4, '测试竞价 办公桌 20 张', '规格：1.4 米，含安装', $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $14, 300, 300, 10)`,
    [id, people.tenant.id, spec.direction ?? 'reverse', spec.state ?? 'live', spec.organiserId ?? unit, spec.buyerId ?? spec.organiserId ?? unit, people.users.purchaser.id,
      spec.startPriceFen ?? 10_000_000n, spec.stepFen ?? 10_000n, spec.floorFen ?? null, spec.depositFen ?? 0n, JSON.stringify(spec.invitedSupplierIds ?? []), startsAt, endsAt],
  ));
  return id;
}

/** A bid written straight into the log (moves the auction's sequence and best price as a bid would). */
export async function insertAuctionBid(tenantId: string, auctionId: string, bidderId: string, bidderUserId: string, priceFen: bigint, extra: { ip?: string; deviceId?: string; at?: Date } = {}): Promise<string> {
  const id = newId();
  await asOwner(tenantId, async (c) => {
    const { rows } = await c.query<{ last_seq: number }>(`update auction set last_seq = last_seq + 1 where id = $1 returning last_seq`, [auctionId]);
    const seq = rows[0].last_seq;
    await c.query(
      `insert into auction_participant (id, tenant_id, auction_id, bidder_id, pseudonym_no)
       select $1, $2, $3, $4, coalesce(max(pseudonym_no), 0) + 1 from auction_participant where auction_id = $3
       on conflict do nothing`, [newId(), tenantId, auctionId, bidderId],
    );
    await c.query(
      `insert into auction_bid (id, tenant_id, auction_id, seq, bidder_id, bidder_user_id, pseudonym_no, price_fen, client_key, fingerprint, ip, device_id, created_at)
       select $1, $2, $3, $4, $5, $6, p.pseudonym_no, $7, $8, repeat('0', 64), $9, $10, $11 from auction_participant p where p.auction_id = $3 and p.bidder_id = $5`,
      [id, tenantId, auctionId, seq, bidderId, bidderUserId, priceFen, `k-${id}`, extra.ip ?? null, extra.deviceId ?? null, extra.at ?? new Date()],
    );
    await c.query(`update auction set best_bid_id = $2, best_price_fen = $3 where id = $1`, [auctionId, id, priceFen]);
  });
  return id;
}

/** A won forward auction with its settlement record. */
export async function insertSettledAuction(people: PeopleFixture, winnerId: string, winnerUserId: string): Promise<string> {
  const id = await insertAuction(people, { direction: 'forward', state: 'awarded', startPriceFen: 500_000n, endsAt: new Date(Date.now() - 60_000), startsAt: new Date(Date.now() - 3_600_000) });
  const bidId = await insertAuctionBid(people.tenant.id, id, winnerId, winnerUserId, 520_000n);
  await asOwner(people.tenant.id, async (c) => {
    await c.query(`update auction set winner_bid_id = $2, winner_id = $3, ended_at = ends_at where id = $1`, [id, bidId, winnerId]);
    await c.query(
      `insert into auction_settlement (id, tenant_id, auction_id, winner_id, winner_bid_id, price_fen, deposit_credited_fen, balance_due_fen, text) values ($1, $2, $3, $4, $5, 520000, 0, 520000, '成交确认书')`,
      [newId(), people.tenant.id, id, winnerId, bidId],
    );
  });
  return id;
}

export async function auctionRow(tenantId: string, id: string): Promise<{ state: string; last_seq: number; ends_at: Date; extensions: number; winner_id: string | null; best_price_fen: string | null } | undefined> {
  return asOwner(tenantId, async (c) => (await c.query(`select state, last_seq, ends_at, extensions, winner_id, best_price_fen::text from auction where id = $1`, [id])).rows[0]);
}
