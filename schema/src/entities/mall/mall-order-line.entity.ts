import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Listing } from '../catalog/listing.entity.js';
import { MallOrder } from './mall-order.entity.js';

/** One listing bought, at the price the buyer confirmed. */
@Entity({ tableName: 'mall_order_line' })
@Index({ name: 'mall_order_line_tenant_order_index', properties: ['tenantId', 'order'] })
// Transaction prices for price inspection: a product's listings to their order lines.
@Index({ name: 'mall_order_line_tenant_listing_index', properties: ['tenantId', 'listing'] })
export class MallOrderLine extends TenantOwnedWithId {
  @ManyToOne({ entity: () => MallOrder, index: false })
  order!: MallOrder;

  @ManyToOne({ entity: () => Listing, index: false })
  listing!: Listing;

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
