import type pg from 'pg';
import { composeUscc } from '@zhengcai/schema';
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

export type HistoryCounts = Record<'orders' | 'orderLines' | 'suppliers' | 'projects' | 'lots' | 'bids' | 'deposits', number>;

/**
 * Past business of one province, so statistics, supplier pages and tender lists have history:
 * accepted orders with lines over the last year (units, their budget lines and the listings on
 * sale), bench supplier firms, and completed tenders with awarded lots, opened bids and refunded
 * deposits. Set-based SQL; every choice a hash of the row number and the seed.
 */
export async function pastBusiness(owner: pg.Client, tenantId: string, orders: number, projects: number, seed: number): Promise<HistoryCounts> {
  const q = async (sql: string, params: unknown[]) => (await owner.query(sql, params)).rowCount ?? 0;
  await owner.query('begin');
  try {
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    // Small lookup tables numbered from 0, so every pick below is a hash join on a number.
    await owner.query(
      `create temp table bench_buyer on commit drop as
       select (row_number() over (order by u.login_name, b.code) - 1)::int as k, u.id as user_id, u.organisation_id as unit_id, b.id as line_id
       from user_account u join budget_line b on b.unit_id = u.organisation_id where u.login_name like 'bench-buyer-%'`,
    );
    await owner.query(
      `create temp table bench_sale on commit drop as
       select (row_number() over (order by id) - 1)::int as k, (row_number() over (partition by supplier_id order by id))::int as j, id, supplier_id, left(title, 120) as title, price_fen
       from listing where title like '% #%' and state = 'approved'`,
    );
    const buyers = Number((await owner.query(`select count(*) n from bench_buyer`)).rows[0].n);
    const sale = Number((await owner.query(`select count(*) n from bench_sale`)).rows[0].n);
    const o = await q(
      `insert into mall_order (id, tenant_id, created_at, order_no, buyer_id, buyer_user_id, supplier_id, budget_line_id, state, total_fen, accepted_fen, delivery_address, updated_at)
       select ${benchUuid(`'bench-past-order-' || n`)}, $1, t.at, 'LS' || lpad(n::text, 10, '0'), b.unit_id, b.user_id, l.supplier_id, b.line_id, 'accepted', 0, 0,
              '{"regionCode":"330106","address":"杭州市西湖区省府路8号","recipient":"压测收货人","phone":"0571-87000000"}', t.at
       from generate_series(1, $2::int) n
       cross join lateral (select abs(hashint4(n # $3::int)) h) r
       cross join lateral (select now() - (r.h % 365) * interval '1 day' - (r.h % 86400) * interval '1 second' as at) t
       join bench_buyer b on b.k = r.h % $4::int
       join bench_sale l on l.k = (r.h / 7) % $5::int`,
      [tenantId, orders, seed, buyers, sale],
    );
    // One to three lines each, from the order's supplier's listings on sale.
    const lines = await q(
      `insert into mall_order_line (id, tenant_id, created_at, order_id, listing_id, title, unit_price_fen, quantity, accepted_quantity)
       select ${benchUuid(`'bench-past-line-' || o.order_no || '-' || n.i`)}, $1, o.created_at, o.id, l.id, l.title, l.price_fen, q.qty, q.qty
       from mall_order o
       cross join lateral generate_series(1, 1 + abs(hashint4(hashtext(o.order_no) # $2::int)) % 3) n(i)
       cross join lateral (select 1 + abs(hashint4(hashtext(o.order_no) # n.i)) % 5 as qty) q
       join bench_sale l on l.supplier_id = o.supplier_id and l.j = n.i
       where o.order_no like 'LS%'`,
      [tenantId, seed],
    );
    await owner.query(
      `update mall_order o set total_fen = s.total, accepted_fen = s.total
       from (select order_id, sum(unit_price_fen * quantity) total from mall_order_line group by order_id) s
       where s.order_id = o.id and o.order_no like 'LS%'`,
    );
    // Orders without a line (a supplier with fewer listings than the order wanted) are not history.
    await owner.query(`delete from mall_order o where o.order_no like 'LS%' and not exists (select 1 from mall_order_line l where l.order_id = o.id)`);
    const kept = Number((await owner.query(`select count(*) n from mall_order where order_no like 'LS%'`)).rows[0].n);

    const SUPPLIERS = 20;
    const usccs = Array.from({ length: SUPPLIERS }, (_, i) => composeUscc('91330100', `MS${String(i + 1).padStart(6, '0')}`));
    await q(
      `insert into organisation (id, tenant_id, kind, name, uscc)
       select ${benchUuid(`'bench-firm-' || n`)}, $1, 'supplier', '压测投标企业' || n || '有限公司', ($2::text[])[n] from generate_series(1, $3::int) n`,
      [tenantId, usccs, SUPPLIERS],
    );
    const p = await q(
      `insert into tender_project (id, tenant_id, created_at, project_no, title, description, method, kind, category_code, buyer_id, created_by, budget_line_id, budget_fen,
                                   evaluation_method, criteria, sme_deduction_bp, qualification, state, documents_from, documents_until, bid_deadline, published_at, updated_at)
       select ${benchUuid(`'bench-project-' || n`)}, $1, t.at, 'ZB' || lpad(n::text, 8, '0'), '压测历史项目' || n || '：办公设备采购', '历史项目，三个标段', 'public_tender', 'goods', 'A02',
              u.organisation_id, u.id, b.id, 300000000, 'lowest_price', '{}', 1000, '具有独立承担民事责任的能力', 'completed',
              t.at, t.at + interval '5 days', t.at + interval '20 days', t.at, t.at + interval '40 days'
       from generate_series(1, $2::int) n
       cross join lateral (select abs(hashint4(n # $3::int)) h) r
       cross join lateral (select now() - (60 + r.h % 300) * interval '1 day' as at) t
       join lateral (select id, organisation_id from user_account where login_name = 'bench-buyer-' || (1 + r.h % 16)) u on true
       join lateral (select id from budget_line where unit_id = u.organisation_id order by code limit 1) b on true`,
      [tenantId, projects, seed],
    );
    const lots = await q(
      `insert into tender_lot (id, tenant_id, created_at, project_id, lot_no, title, scope, budget_fen, deposit_fen, min_bidders, state, opened_at, awarded_at, updated_at)
       select ${benchUuid(`'bench-lot-' || p.project_no || '-' || k`)}, $1, p.created_at, p.id, k, '标段' || k, '货物及安装', 100000000, 1000000, 3, 'awarded',
              p.bid_deadline, p.bid_deadline + interval '10 days', p.updated_at
       from tender_project p cross join generate_series(1, 3) k where p.project_no like 'ZB%'`,
      [tenantId],
    );
    // Three to eight bidders a lot, opened; the lowest price wins.
    const bids = await q(
      `insert into tender_bid (id, tenant_id, created_at, lot_id, supplier_id, submitted_by, version, state, submitted_at, ciphertext, wrapped_key, digest, signature,
                               bidder_public_key, receipt, opened_at, price_fen, evaluated_price_fen, rank, updated_at)
       select ${benchUuid(`'bench-bid-' || l.id || '-' || s`)}, $1, l.created_at, l.id, ${benchUuid(`'bench-firm-' || (1 + (abs(hashint4(hashtext(l.id::text) # $2::int)) + s) % ${SUPPLIERS})`)},
              l.project_buyer_user, 1, 'opened', l.opened_at - interval '1 day', '', '', repeat('0', 64), '', '', '', l.opened_at,
              80000000 + abs(hashint4(hashtext(l.id::text) # s)) % 20000000, null, null, l.updated_at
       from (select tl.*, p.created_by as project_buyer_user from tender_lot tl join tender_project p on p.id = tl.project_id where p.project_no like 'ZB%') l
       cross join lateral generate_series(1, 3 + abs(hashint4(hashtext(l.id::text) # $2::int)) % 6) s`,
      [tenantId, seed],
    );
    await owner.query(
      `update tender_bid b set evaluated_price_fen = b.price_fen, rank = r.rank from
         (select id, row_number() over (partition by lot_id order by price_fen, id) rank from tender_bid where state = 'opened' and ciphertext = '') r where r.id = b.id`,
    );
    await owner.query(`update tender_lot l set winner_bid_id = b.id from tender_bid b where b.lot_id = l.id and b.rank = 1 and l.state = 'awarded' and b.ciphertext = ''`);
    const deposits = await q(
      `insert into deposit (id, tenant_id, created_at, lot_id, supplier_id, amount_fen, state, virtual_account_ref, paid_via, payment_reference, paid_at, updated_at)
       select ${benchUuid(`'bench-deposit-' || b.id`)}, $1, b.created_at, b.lot_id, b.supplier_id, 1000000, 'refunded', 'VA' || substr(md5(b.id::text), 1, 16), 'bank_transfer',
              'BT' || substr(md5(b.id::text), 1, 20), b.created_at, b.updated_at
       from tender_bid b where b.ciphertext = '' and b.state = 'opened'`,
      [tenantId],
    );
    await owner.query('commit');
    return { orders: kept, orderLines: lines, suppliers: SUPPLIERS, projects: p, lots, bids, deposits };
  } catch (err) {
    await owner.query('rollback');
    throw err;
  }
}
