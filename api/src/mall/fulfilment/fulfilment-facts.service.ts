import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MallOrder, newId, type OrderDeadlineKind, type TenantContext } from '@zhengcai/schema';

/**
 * Fulfilment facts for integrity scoring (a later issue reads them): a party missed an order
 * deadline. Recording the same order and kind twice keeps the first.
 */
@Injectable()
export class FulfilmentFactsService {
  /** Returns whether a new fact was recorded. */
  async recordMissedDeadline(em: EntityManager, ctx: TenantContext, fact: { orderId: string; party: 'supplier' | 'buyer'; kind: OrderDeadlineKind; occurredAt: Date }): Promise<boolean> {
    const order = await em.findOne(MallOrder, { id: fact.orderId });
    if (!order) return false;
    const organisationId = fact.party === 'supplier' ? order.supplier.id : order.buyer.id;
    const rows = await em.execute<{ id: string }[]>(
      `insert into fulfilment_fact (id, tenant_id, order_id, party, organisation_id, kind, occurred_at) values (?, ?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, order_id, kind) do nothing returning id`,
      [newId(), ctx.tenantId, fact.orderId, fact.party, organisationId, fact.kind, fact.occurredAt],
    );
    return rows.length > 0;
  }
}
