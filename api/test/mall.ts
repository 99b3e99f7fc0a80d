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
