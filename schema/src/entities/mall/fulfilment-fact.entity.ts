import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { OrderDeadlineKind } from './mall-enums.js';

/** A fulfilment fact for integrity scoring: a party missed an order deadline. One per order and kind. */
@Entity({ tableName: 'fulfilment_fact' })
@Unique({ name: 'fulfilment_fact_tenant_order_kind_unique', properties: ['tenantId', 'orderId', 'kind'] })
export class FulfilmentFact extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  orderId!: string;

  /** 'supplier' or 'buyer'. */
  @Property({ type: 'string', length: 16 })
  party!: string;

  @Property({ type: 'uuid' })
  organisationId!: string;

  @Enum({ items: () => OrderDeadlineKind, nativeEnumName: 'order_deadline_kind' })
  kind!: OrderDeadlineKind;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;
}
