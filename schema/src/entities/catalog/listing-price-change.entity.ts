import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Listing } from './listing.entity.js';

/**
 * The price of a listing from `createdAt` on, while on sale: written at approval and at every
 * price change of an approved listing. Price inspection and buyers read it; never updated.
 */
@Entity({ tableName: 'listing_price_change' })
@Index({ name: 'listing_price_change_tenant_listing_index', properties: ['tenantId', 'listing', 'createdAt'] })
export class ListingPriceChange extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Listing, index: false })
  listing!: Listing;

  @Property({ type: new BigIntType('bigint') })
  priceFen!: bigint;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  previousPriceFen?: bigint | null;

  @Property({ type: 'uuid', nullable: true })
  changedBy?: string | null;
}
