import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type DeliveryAddress, formatYuan, MallOrder, Organisation, MallOrderLine, newId, OrderDeadlineKind, OrderOrigin, OrderState, parseTenantSettings, Tenant,
  type TenantContext,
} from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { workingDeadline } from '../platform/calendar/working-deadline.js';
import { localDateOf } from '../platform/calendar/local-date.js';
import { AppError } from '../platform/errors/app-error.js';
import { BudgetLedger } from '../mall/budgets/budget-ledger.js';
import { nextOrderNo } from '../mall/orders/order-placement.service.js';
import { recordOrderEvent } from '../mall/orders/order-records.js';

/** One awarded item: what the buyer asked for, at the awarded price. */
export interface AwardLine {
  title: string;
  specification: string;
  unitPriceFen: bigint;
  quantity: number;
}

export interface AwardOrderInput {
  buyerOrgId: string;
  /** The buyer's user who published the sourcing; the order is theirs. */
  buyerUserId: string;
  supplierOrgId: string;
  budgetLineId: string;
  /** What the sourcing froze on the budget line; the order keeps its total, the rest is released. */
  frozenFen: bigint;
  lines: AwardLine[];
  origin: { kind: OrderOrigin.Inquiry | OrderOrigin.Auction; id: string };
  deliveryAddress: DeliveryAddress;
}

/**
 * A sourcing award (inquiry or reverse auction) becomes a mall order, in the caller's
 * transaction: the sourcing's frozen budget is released and the order's total frozen for the
 * order on the same locked line, so the ledger shows both and the order then runs the mall's
 * own life cycle (confirm, ship, deliver, accept, invoice, pay) like any other.
 */
@Injectable()
export class AwardOrderService {
  constructor(private readonly ledger: BudgetLedger) {}

  async placeAwardOrder(em: EntityManager, tx: TxEffects, ctx: TenantContext, input: AwardOrderInput): Promise<MallOrder> {
    const totalFen = input.lines.reduce((sum, l) => sum + l.unitPriceFen * BigInt(l.quantity), 0n);
    // The award was checked against the frozen budget; a larger total is a bug of the caller.
    if (input.lines.length === 0 || totalFen <= 0n || totalFen > input.frozenFen) throw new Error(`award total ${totalFen} is not within the frozen ${input.frozenFen}`);
    const line = await this.ledger.lock(em, input.budgetLineId);
    if (line.unit.id !== input.buyerOrgId) throw new AppError('BUDGET_LINE_NOT_FOUND', { field: 'budgetLineId' });
    const now = new Date();
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const settings = parseTenantSettings(tenant.settings);
    const year = Number(localDateOf(now, tenant.timeZone).slice(0, 4));
    const id = newId();
    const dueAt = await workingDeadline(em, ctx.tenantId, now, settings.mall.confirmWorkingDays);
    const orderNo = await nextOrderNo(em, ctx, year);
    this.ledger.release(em, ctx, line, input.frozenFen, input.origin.id, `${input.origin.kind} → ${orderNo}`);
    this.ledger.freeze(em, ctx, line, totalFen, id);
    const order = em.create(MallOrder, {
      id, tenantId: ctx.tenantId, orderNo, buyer: line.unit, buyerUserId: input.buyerUserId,
      supplier: await em.findOneOrFail(Organisation, { id: input.supplierOrgId }), budgetLine: line, state: OrderState.Placed, totalFen,
      deliveryAddress: input.deliveryAddress, dueKind: OrderDeadlineKind.Confirm, dueAt, origin: input.origin.kind, originId: input.origin.id,
      createdAt: now, updatedAt: now,
    });
    for (const l of input.lines) {
      em.create(MallOrderLine, { tenantId: ctx.tenantId, order, listing: null, specification: l.specification, title: l.title, unitPriceFen: l.unitPriceFen, quantity: l.quantity });
    }
    recordOrderEvent(em, ctx, order, null, 'place');
    tx.audit({
      action: 'mall.order.place', subjectType: 'order', subjectId: order.id,
      change: {
        orderNo, origin: input.origin.kind, originId: input.origin.id, supplierId: input.supplierOrgId, budgetLineId: line.id, total: formatYuan(totalFen),
        released: formatYuan(input.frozenFen - totalFen), lines: input.lines.map((l) => ({ title: l.title, quantity: l.quantity, unitPrice: formatYuan(l.unitPriceFen) })),
      },
    });
    await em.flush();
    return order;
  }
}
