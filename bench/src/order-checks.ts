import pg from 'pg';
import { benchUuid } from './order-data.ts';

export interface Check { name: string; ok: boolean; detail: string }

/** The tenant's orders now (the demo seed places none; counted anyway, before the bench's first order). */
export async function countOrders(owner: pg.Client, tenantId: string): Promise<number> {
  await owner.query('begin');
  try {
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    return Number((await owner.query<{ n: string }>('select count(*) as n from mall_order')).rows[0].n);
  } finally {
    await owner.query('rollback');
  }
}

/** After the API load: what must hold whatever the load did. Runs as the owner with the tenant set (RLS binds it too). */
export async function orderChecks(owner: pg.Client, tenantId: string, baselineOrders: number, confirmed: Set<string>, stockAtStart: number): Promise<Check[]> {
  await owner.query('begin');
  try {
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const one = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows[0] as Record<string, string>;
    const checks: Check[] = [];
    const orders = Number((await one(`select count(*) as n from mall_order`)).n) - baselineOrders;
    const ids = [...confirmed];
    const unknown = Number((await one(`select count(*) as n from unnest($1::uuid[]) i where not exists (select 1 from mall_order o where o.id = i)`, [ids])).n);
    checks.push({ name: 'orders in the database = orders the API confirmed', ok: orders === confirmed.size && unknown === 0, detail: `${orders} new orders, ${confirmed.size} confirmed, ${unknown} confirmed but missing` });
    const dupKeys = await one(`select count(*) as n from (select 1 from mall_idempotency_key group by tenant_id, user_id, key having count(*) > 1) d`);
    const shared = await one(`select count(*) as n from (select o from mall_idempotency_key, unnest(order_ids) o group by o having count(*) > 1) d`);
    const orphan = await one(`select count(*) as n from mall_order o where not exists (select 1 from mall_idempotency_key k where o.id = any(k.order_ids))`);
    const keysWithTwo = await one(`select count(*) as n from mall_idempotency_key where cardinality(order_ids) > 1`);
    checks.push({
      name: 'no duplicate orders (one key, one order; every order under one key)',
      ok: [dupKeys, shared, orphan, keysWithTwo].every((r) => r.n === '0'),
      detail: `keys used twice ${dupKeys.n}, orders under two keys ${shared.n}, orders under no key ${orphan.n}, keys with two orders ${keysWithTwo.n}`,
    });
    const orderNos = await one(`select count(*) - count(distinct order_no) as n from mall_order`);
    checks.push({ name: 'order numbers unique', ok: orderNos.n === '0', detail: `${orderNos.n} repeated` });
    const ledger = await one(
      `select count(*) as lines,
              count(*) filter (where l.amount_fen <> coalesce(m.amount, 0) or l.used_fen <> coalesce(m.used, 0) or l.frozen_fen <> coalesce(m.frozen, 0)) as off_ledger,
              count(*) filter (where l.frozen_fen <> coalesce(o.open, 0)) as off_orders,
              coalesce(sum(l.frozen_fen), 0)::text as frozen
       from budget_line l
       left join (select line_id, sum(amount_delta_fen) amount, sum(used_delta_fen) used, sum(frozen_delta_fen) frozen from budget_movement group by line_id) m on m.line_id = l.id
       left join (select budget_line_id, sum(total_fen) open from mall_order where state in ('placed', 'confirmed', 'shipped', 'delivered') group by budget_line_id) o on o.budget_line_id = l.id`,
    );
    checks.push({
      name: 'budgets add up: amount/used/frozen = ledger sums, frozen = open orders',
      ok: ledger.off_ledger === '0' && ledger.off_orders === '0',
      detail: `${ledger.lines} lines; ${ledger.off_ledger} differ from their ledger, ${ledger.off_orders} from their open orders; ${(Number(ledger.frozen) / 100).toLocaleString('en')} yuan frozen`,
    });
    const stock = await one(
      `select count(*) as listings, count(*) filter (where $1::int - l.stock <> coalesce(q.qty, 0)) as off, coalesce(sum(q.qty), 0) as ordered
       from listing l left join (select listing_id, sum(quantity) qty from mall_order_line group by listing_id) q on q.listing_id = l.id
       where l.title like '% #%' and l.id = ${benchUuid(`'bench-listing-' || substring(l.title from '#(\\d+)$')`)}`,
      [stockAtStart],
    );
    checks.push({ name: 'stock taken = quantities ordered', ok: stock.off === '0', detail: `${stock.listings} listings, ${stock.ordered} units ordered, ${stock.off} differ` });
    const audited = await one(`select count(*) as n from audit_entry where action = 'mall.order.place'`);
    const all = Number((await one(`select count(*) as n from mall_order`)).n);
    checks.push({ name: 'one audit entry per order', ok: Number(audited.n) === all, detail: `${audited.n} entries, ${all} orders` });
    return checks;
  } finally {
    await owner.query('rollback');
  }
}
