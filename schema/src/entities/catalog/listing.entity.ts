import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Category } from './category.entity.js';
import { DelistedBy, ListingState, type PolicyTagClaim } from './catalog-enums.js';
import { StandardProduct } from './standard-product.entity.js';

/** A supplier's offer (商品/挂网) in the tenant's e-mall. */
@Entity({ tableName: 'listing' })
@Index({ name: 'listing_tenant_supplier_index', properties: ['tenantId', 'supplier', 'id'] })
@Index({ name: 'listing_tenant_queue_index', properties: ['tenantId', 'state', 'submittedAt', 'id'] })
// Price inspection counts the listings on sale (a run's total).
@Index({ name: 'listing_tenant_on_sale_index', expression: `create index "listing_tenant_on_sale_index" on "listing" ("tenant_id", "id") where "state" = 'approved'` })
// Price inspection walks the catalogue product by product and reads each product's prices from it.
@Index({ name: 'listing_tenant_product_walk_index', expression: `create index "listing_tenant_product_walk_index" on "listing" ("tenant_id", "standard_product_id", "id") include ("state", "supplier_id", "price_fen")` })
export class Listing extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @ManyToOne({ entity: () => Category, index: false })
  category!: Category;

  @ManyToOne({ entity: () => StandardProduct, nullable: true, index: false })
  standardProduct?: StandardProduct | null;

  @Property({ type: 'string', length: 120 })
  title!: string;

  /** Plain text, stored exactly as given; clients render it escaped (never as HTML). */
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  brand?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  model?: string | null;

  @Property({ type: new BigIntType('bigint') })
  priceFen!: bigint;

  @Property({ type: 'integer' })
  stock!: number;

  /** GB/T 2260 codes of the regions delivered to. */
  @Property({ type: 'text[]' })
  deliveryRegionCodes!: string[];

  @Property({ type: 'text[]' })
  imageUrls!: string[];

  @Property({ type: 'smallint' })
  warrantyMonths!: number;

  @Property({ type: 'jsonb' })
  policyTags!: PolicyTagClaim[];

  @Enum({ items: () => ListingState, nativeEnumName: 'listing_state' })
  state: Opt<ListingState> = ListingState.Draft;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  /** The operator's reason for the last rejection. */
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Enum({ items: () => DelistedBy, nativeEnumName: 'listing_delisted_by', nullable: true })
  delistedBy?: DelistedBy | null;

  @Property({ type: 'text', nullable: true })
  delistReason?: string | null;

  /** Units accepted by buyers (履约验收); search ranks by it. */
  @Property({ type: 'integer', default: 0 })
  salesCount: Opt<number> = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
