import { randomInt, randomUUID } from 'node:crypto';
import { newId } from '@zhengcai/schema';
import type { PeopleFixture } from './identity.js';
import { randomUscc } from './identity.js';
import { asOwner } from './tenants.js';

/** The fiscal year orders use now (the demo tenants are in Asia/Shanghai). */
export const CURRENT_YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

export const ADDRESS = { regionCode: '330106', address: '杭州市西湖区文三路 100 号', recipient: '张三', phone: '0571-88888888' };

/** A budget line loaded straight into the database with its load movement, as finance would. */
export async function insertBudgetLine(tenantId: string, unitId: string, amountFen: bigint, fiscalYear = CURRENT_YEAR): Promise<string> {
  const id = newId();
  await asOwner(tenantId, async (c) => {
    await c.query(
      `insert into budget_line (id, tenant_id, unit_id, fiscal_year, code, name, amount_fen, used_fen, frozen_fen) values ($1, $2, $3, $4, $5, '办公设备购置', $6, 0, 0)`,
      [id, tenantId, unitId, fiscalYear, `B${randomInt(1_000_000_000)}`, amountFen.toString()],
    );
    await c.query(
      `insert into budget_movement (id, tenant_id, line_id, kind, amount_delta_fen, used_delta_fen, frozen_delta_fen) values ($1, $2, $3, 'load', $4, 0, 0)`,
      [newId(), tenantId, id, amountFen.toString()],
    );
  });
  return id;
}

/** Another organisation of the tenant (purchasing unit or supplier). */
export async function insertOrganisation(tenantId: string, kind: 'purchasing_unit' | 'supplier' = 'purchasing_unit'): Promise<string> {
  const id = newId();
  await asOwner(tenantId, (c) => c.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, $3, $4, $5)`, [id, tenantId, kind, `另一单位${randomInt(1_000_000)}`, randomUscc()]));
  return id;
}

export interface LineState { amount: bigint; used: bigint; frozen: bigint; ledger: { amount: bigint; used: bigint; frozen: bigint }; movements: number }

/** A line's amounts and the sums of its ledger, read as the owner. */
export async function budgetLineState(tenantId: string, lineId: string): Promise<LineState> {
  return asOwner(tenantId, async (c) => {
    const line = (await c.query('select amount_fen, used_fen, frozen_fen from budget_line where id = $1', [lineId])).rows[0];
    const sums = (await c.query(
      `select coalesce(sum(amount_delta_fen), 0) a, coalesce(sum(used_delta_fen), 0) u, coalesce(sum(frozen_delta_fen), 0) f, count(*) n from budget_movement where line_id = $1`,
      [lineId],
    )).rows[0];
    return {
      amount: BigInt(line.amount_fen), used: BigInt(line.used_fen), frozen: BigInt(line.frozen_fen),
      ledger: { amount: BigInt(sums.a), used: BigInt(sums.u), frozen: BigInt(sums.f) }, movements: Number(sums.n),
    };
  });
}

/** Row counts of everything an order writes, to prove a refused order wrote nothing. */
export async function mallFootprint(tenantId: string): Promise<Record<string, number>> {
  return asOwner(tenantId, async (c) => {
    const counts: Record<string, number> = {};
    for (const t of ['mall_order', 'mall_order_line', 'mall_order_event', 'budget_movement', 'mall_idempotency_key', 'outbox_event', 'audit_entry']) {
      counts[t] = Number((await c.query(`select count(*) n from ${t}`)).rows[0].n);
    }
    counts.stock = Number((await c.query('select coalesce(sum(stock), 0) s from listing')).rows[0].s);
    return counts;
  });
}

export async function setListing(tenantId: string, listingId: string, sql: string, params: unknown[] = []): Promise<void> {
  await asOwner(tenantId, (c) => c.query(`update listing set ${sql} where id = $1`, [listingId, ...params]));
}

export const ORDER_FIELDS = `id orderNo state total acceptedAmount buyerId supplierId budgetLineId dueKind dueAt overdue reason
  lines { id listingId title unitPrice quantity acceptedQuantity amount }
  timeline { fromState toState action actorUserId actorOrganisationId note }`;

export const PLACE_ORDER = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`;

export function placeInput(listingId: string, budgetLineId: string, overrides: Record<string, unknown> = {}) {
  return { listingId, quantity: 1, expectedUnitPrice: '1280.00', budgetLineId, deliveryAddress: ADDRESS, idempotencyKey: randomUUID(), ...overrides };
}

export type { PeopleFixture };

export type OrderStateName = 'placed' | 'confirmed' | 'shipped' | 'delivered' | 'accepted' | 'invoiced' | 'cancelled';

/**
 * An order of the fixture's purchasing unit with its supplier, written straight into a state
 * as the owner (budget frozen, or frozen and released when cancelled; ledger consistent): for the
 * role matrix, cross-tenant and inspection cases.
 * One line of one ¥1,280 listing.
 */
export async function insertOrder(people: PeopleFixture, state: OrderStateName, listingId: string): Promise<{ orderId: string; lineId: string; budgetLineId: string }> {
  const tenantId = people.tenant.id;
  const budgetLineId = await insertBudgetLine(tenantId, people.organisations.purchasing_unit.id, 100_000_00n);
  const orderId = newId();
  const lineId = newId();
  const accepted = state === 'accepted' || state === 'invoiced';
  const movement = `insert into budget_movement (id, tenant_id, line_id, kind, amount_delta_fen, used_delta_fen, frozen_delta_fen, order_id) values ($1, $2, $3, $4, 0, 0, $5, $6)`;
  await asOwner(tenantId, async (c) => {
    await c.query(movement, [newId(), tenantId, budgetLineId, 'freeze', 128000, orderId]);
    if (state === 'cancelled') await c.query(movement, [newId(), tenantId, budgetLineId, 'release', -128000, orderId]);
    else await c.query(`update budget_line set frozen_fen = 128000 where id = $1`, [budgetLineId]);
    await c.query(
      `insert into mall_order (id, tenant_id, order_no, buyer_id, buyer_user_id, supplier_id, budget_line_id, state, total_fen, accepted_fen, delivery_address, invoice)
       values ($1, $2, $3, $4, $5, $6, $7, $8::order_state, 128000, $9, $10, $11)`,
      [orderId, tenantId, `DD${randomInt(1_000_000_000)}`, people.organisations.purchasing_unit.id, people.users.purchaser.id, people.organisations.supplier.id, budgetLineId, state,
        accepted ? '128000' : null, JSON.stringify(ADDRESS), state === 'invoiced' ? JSON.stringify({ invoiceNo: '12345678', invoiceCode: '', issuedOn: '2026-01-05', amountFen: '128000' }) : null],
    );
    await c.query(`insert into mall_order_line (id, tenant_id, order_id, listing_id, title, unit_price_fen, quantity, accepted_quantity) values ($1, $2, $3, $4, '测试办公桌', 128000, 1, $5)`,
      [lineId, tenantId, orderId, listingId, accepted ? 1 : null]);
    await c.query(`insert into mall_order_event (id, tenant_id, order_id, from_state, to_state, action) values ($1, $2, $3, null, 'placed', 'place')`, [newId(), tenantId, orderId]);
  });
  return { orderId, lineId, budgetLineId };
}

export async function orderState(tenantId: string, orderId: string): Promise<string | undefined> {
  return asOwner(tenantId, async (c) => (await c.query<{ state: string }>('select state from mall_order where id = $1', [orderId])).rows[0]?.state);
}
