import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MallOrder, OrderDeadlineKind, OrderState, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { OrderFulfilmentService } from './order-fulfilment.service.js';

/** Orders handled per run; the next hourly run takes the rest. */
const BATCH = 500;

/** Which state a deadline belongs to and whose it is. */
const DEADLINES: Record<OrderDeadlineKind, { state: OrderState; party: 'supplier' | 'buyer' }> = {
  [OrderDeadlineKind.Confirm]: { state: OrderState.Placed, party: 'supplier' },
  [OrderDeadlineKind.Ship]: { state: OrderState.Confirmed, party: 'supplier' },
  [OrderDeadlineKind.Accept]: { state: OrderState.Delivered, party: 'buyer' },
};

export const UNCONFIRMED_CANCEL_NOTE = '供应商未在期限内确认，系统自动取消';

/**
 * The hourly sweep of a tenant's fulfilment deadlines, in the job's transaction: an order not
 * confirmed in time is cancelled (budget and stock returned); late shipment or acceptance
 * marks the order overdue. Each missed deadline is reported once, as an event for integrity.
 */
@Injectable()
export class OrderDeadlineService {
  constructor(private readonly fulfilment: OrderFulfilmentService) {}

  async sweep(em: EntityManager, tx: TxEffects, ctx: TenantContext, now: Date): Promise<{ cancelled: number; overdue: number }> {
    const due = await em.find(
      MallOrder,
      { dueAt: { $lt: now }, $or: Object.entries(DEADLINES).map(([kind, d]) => ({ dueKind: kind as OrderDeadlineKind, state: d.state })) },
      { orderBy: { dueAt: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    let cancelled = 0;
    let overdue = 0;
    for (const order of due) {
      const kind = order.dueKind!;
      if (order.overdueKinds.includes(kind)) continue;
      order.overdueKinds = [...order.overdueKinds, kind];
      tx.publish(domainEvent('mall.order.deadline-missed', { orderId: order.id, party: DEADLINES[kind].party, kind }));
      if (kind === OrderDeadlineKind.Confirm) {
        await this.fulfilment.transitionIn(em, tx, ctx, order, 'cancel', (e, o, t) => this.fulfilment.unwind(e, ctx, t, o, UNCONFIRMED_CANCEL_NOTE), UNCONFIRMED_CANCEL_NOTE);
        cancelled += 1;
      } else {
        order.updatedAt = now;
        tx.audit({ action: 'mall.order.overdue', subjectType: 'order', subjectId: order.id, change: { kind, dueAt: order.dueAt } });
        overdue += 1;
      }
    }
    return { cancelled, overdue };
  }
}
