import { BigIntType } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Listing } from '../catalog/listing.entity.js';
import { MallOrder } from './mall-order.entity.js';

/** One listing bought at the price the buyer confirmed, or one awarded item at the quoted price. */
@Entity({ tableName: 'mall_order_line' })
@Index({ name: 'mall_order_line_tenant_order_index', properties: ['tenantId', 'order'] })
// Transaction prices for price inspection: a product's listings to their order lines.
@Index({ name: 'mall_order_line_tenant_listing_index', properties: ['tenantId', 'listing'] })
@Check({ name: 'mall_order_line_listing_or_specification', expression: 'listing_id is not null or specification is not null' })
export class MallOrderLine extends TenantOwnedWithId {
  @ManyToOne({ entity: () => MallOrder, index: false })
  order!: MallOrder;

  /** Null for a line of a sourcing award, which carries its specification instead. */
  @ManyToOne({ entity: () => Listing, index: false, nullable: true, deleteRule: 'no action' })
  listing?: Listing | null;

  @Property({ type: 'text', nullable: true })
  specification?: string | null;

  @Property({ type: 'string', length: 120 })
  title!: string;

  @Property({ type: new BigIntType('bigint') })
  unitPriceFen!: bigint;

  @Property({ type: 'integer' })
  quantity!: number;

  /** Set at acceptance (履约验收); may be below quantity. */
  @Property({ type: 'integer', nullable: true })
  acceptedQuantity?: number | null;
}
