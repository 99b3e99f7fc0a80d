import type { EntityManager } from '@mikro-orm/postgresql';
import { MallOrder, MallOrderEvent, MallOrderLine, type OrderState, type TenantContext } from '@zhengcai/schema';
import { toOrderView, type OrderView } from './order-view.js';

/** Appends a step to the order's timeline; the system acts with no user. */
export function recordOrderEvent(em: EntityManager, ctx: TenantContext, order: MallOrder, from: OrderState | null, action: string, note?: string | null): void {
  em.create(MallOrderEvent, {
    tenantId: ctx.tenantId, order, fromState: from, toState: order.state, action,
    actorUserId: ctx.userId ?? null, actorOrganisationId: ctx.organisationId ?? null, note: note ?? null,
  });
}

/** An order with its lines and timeline, oldest step first. */
export async function loadOrderView(em: EntityManager, order: MallOrder): Promise<OrderView> {
  await em.populate(order, ['buyer', 'supplier', 'budgetLine']);
  const lines = await em.find(MallOrderLine, { order }, { orderBy: { id: 'asc' } });
  const events = await em.find(MallOrderEvent, { order }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return toOrderView(order, lines, events);
}
