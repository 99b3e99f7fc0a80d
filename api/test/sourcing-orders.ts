import { randomInt } from 'node:crypto';
import { newId } from '@zhengcai/schema';
import { ADDRESS, insertBudgetLine } from './mall.js';
import { asOwner } from './tenants.js';

export interface SourcingOrderSpec {
  origin: 'inquiry' | 'auction';
  unitId: string;
  buyerUserId: string;
  supplierId: string;
  /** The inquiry's or auction's category; null: an auction opened without one. */
  categoryCode: string | null;
  amountFen: bigint;
  placedAt: Date;
  state?: string;
  acceptedQuantity?: number;
}

/**
 * An order as an award makes it (origin inquiry or auction, one line with a specification and
 * no listing), with its awarded inquiry or auction, written straight into the database.
 */
export async function insertSourcingOrder(tenantId: string, spec: SourcingOrderSpec): Promise<{ orderId: string; originId: string }> {
  const budgetLineId = await insertBudgetLine(tenantId, spec.unitId, 100_000_000_00n);
  const originId = newId();
  const orderId = newId();
  await asOwner(tenantId, async (c) => {
    if (spec.origin === 'inquiry') {
      await c.query(
        `insert into sourcing_inquiry (id, tenant_id, buyer_id, buyer_user_id, budget_line_id, title, category_code, specification, quantity, unit, delivery_address, delivery_days, budget_fen,
           quote_deadline, min_quotes, tie_rule, state)
         values ($1, $2, $3, $4, $5, '统计测试询价', $6, '规格', 1, '台', $7, 15, $8, $9, 3, 'earliest_submission', 'awarded')`,
        [originId, tenantId, spec.unitId, spec.buyerUserId, budgetLineId, spec.categoryCode, JSON.stringify(ADDRESS), spec.amountFen.toString(), spec.placedAt],
      );
    } else {
      await c.query(
        `insert into auction (id, tenant_id, direction, state, title, description, category_code, organiser_id, buyer_id, created_by, start_price_fen, step_fen,
           starts_at, scheduled_end_at, ends_at, extend_window_seconds, extend_by_seconds, max_extensions)
         values ($1, $2, 'reverse', 'awarded', '统计测试竞价', '规格', $3, $4, $4, $5, $6, 100, $7, $7, $7, 300, 300, 10)`,
        [originId, tenantId, spec.categoryCode, spec.unitId, spec.buyerUserId, spec.amountFen.toString(), spec.placedAt],
      );
    }
    await c.query(
      `insert into mall_order (id, tenant_id, order_no, buyer_id, buyer_user_id, supplier_id, budget_line_id, state, total_fen, accepted_fen, delivery_address, origin, origin_id, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::order_state, $9, $10, $11, $12::order_origin, $13, $14, $14)`,
      [orderId, tenantId, `DD${randomInt(1_000_000_000)}`, spec.unitId, spec.buyerUserId, spec.supplierId, budgetLineId, spec.state ?? 'accepted', spec.amountFen.toString(),
        spec.acceptedQuantity === undefined ? null : spec.amountFen.toString(), JSON.stringify(ADDRESS), spec.origin, originId, spec.placedAt],
    );
    await c.query(
      `insert into mall_order_line (id, tenant_id, order_id, listing_id, specification, title, unit_price_fen, quantity, accepted_quantity) values ($1, $2, $3, null, '规格', '询价竞价成交', $4, 1, $5)`,
      [newId(), tenantId, orderId, spec.amountFen.toString(), spec.acceptedQuantity ?? null],
    );
  });
  return { orderId, originId };
}
