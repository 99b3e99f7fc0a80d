import { asOwner } from '../tenants.js';

/**
 * Invariants a fault must never break, read straight from the database as the owner (row-level
 * security still scopes each query to the tenant). Each returns what is wrong; empty is healthy.
 */

/** Budget lines whose totals differ from their ledger, or whose available money went negative. */
export function budgetsThatDoNotAddUp(tenantId: string): Promise<string[]> {
  return asOwner(tenantId, async (c) => {
    const { rows } = await c.query<{ id: string; problem: string }>(`
      select l.id,
             case when l.amount_fen - l.used_fen - l.frozen_fen < 0 then 'available below zero'
                  else 'ledger sums differ' end as problem
      from budget_line l
      left join (select line_id, sum(amount_delta_fen) a, sum(used_delta_fen) u, sum(frozen_delta_fen) f
                 from budget_movement group by line_id) m on m.line_id = l.id
      where l.amount_fen <> coalesce(m.a, 0) or l.used_fen <> coalesce(m.u, 0) or l.frozen_fen <> coalesce(m.f, 0)
         or l.amount_fen - l.used_fen - l.frozen_fen < 0`);
    return rows.map((r) => `budget line ${r.id}: ${r.problem}`);
  });
}

/** Rows that point at an order that does not exist (budget movements carry no foreign key). */
export function orphanRows(tenantId: string): Promise<string[]> {
  return asOwner(tenantId, async (c) => {
    const { rows } = await c.query<{ id: string }>(`
      select m.id from budget_movement m
      where m.order_id is not null and not exists (select 1 from mall_order o where o.id = m.order_id)`);
    return rows.map((r) => `budget movement ${r.id} names a missing order`);
  });
}

/** Orders whose `mall.order.placed` event is missing or was written more than once. */
export function ordersWithoutExactlyOneEvent(tenantId: string): Promise<string[]> {
  return asOwner(tenantId, async (c) => {
    const { rows } = await c.query<{ id: string; events: number }>(`
      select o.id, (select count(*)::int from outbox_event e
                    where e.type = 'mall.order.placed' and e.payload->>'orderId' = o.id::text) as events
      from mall_order o`);
    return rows.filter((r) => r.events !== 1).map((r) => `order ${r.id}: ${r.events} placed events`);
  });
}
