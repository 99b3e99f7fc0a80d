import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/**
 * An imported reference price (e.g. an e-commerce price) for a standard product or one
 * listing, from a named source, observed on a day. Never updated: the latest per source counts.
 */
@Entity({ tableName: 'price_reference' })
@Index({ name: 'price_reference_tenant_product_index', properties: ['tenantId', 'standardProductId', 'sourceName', 'observedAt'] })
@Index({ name: 'price_reference_tenant_listing_index', properties: ['tenantId', 'listingId', 'sourceName', 'observedAt'] })
export class PriceReference extends TenantOwnedWithId {
  @Property({ type: 'uuid', nullable: true })
  standardProductId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  listingId?: string | null;

  @Property({ type: 'string', length: 64 })
  sourceName!: string;

  @Property({ type: new BigIntType('bigint') })
  priceFen!: bigint;

  @Property({ type: 'timestamptz' })
  observedAt!: Date;

  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Property({ type: 'uuid' })
  importId!: string;
}
