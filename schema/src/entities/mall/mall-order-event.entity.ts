import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { MallOrder } from './mall-order.entity.js';
import { OrderState } from './mall-enums.js';

/** The order's timeline: every transition, who did it and why; append-only. */
@Entity({ tableName: 'mall_order_event' })
@Index({ name: 'mall_order_event_tenant_order_index', properties: ['tenantId', 'order', 'createdAt'] })
export class MallOrderEvent extends TenantOwnedWithId {
  @ManyToOne({ entity: () => MallOrder, index: false })
  order!: MallOrder;

  @Enum({ items: () => OrderState, nativeEnumName: 'order_state', nullable: true })
  fromState?: OrderState | null;

  @Enum({ items: () => OrderState, nativeEnumName: 'order_state' })
  toState!: OrderState;

  @Property({ type: 'string', length: 32 })
  action!: string;

  /** Null for the system (deadline job, payment). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorOrganisationId?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
