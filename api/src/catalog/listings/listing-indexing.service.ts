import { Inject, Injectable } from '@nestjs/common';
import { ListingState, type TenantContext } from '@zhengcai/schema';
import { SEARCH_PORT, type SearchDocument, type SearchPort } from '../search/search-port.js';
import type { ListingSnapshot } from './listing-snapshot.js';
import { ListingQueries } from './listing.queries.js';

/**
 * The supplier's integrity score (oversight recomputes it); a blocked supplier counts not at
 * all, one without a computed score yet counts fully.
 */
const integrityOf = (s: ListingSnapshot) => (s.supplier.integrityBlocked ? 0 : (s.supplier.integrityScore ?? 100));

export function toSearchDocument(s: ListingSnapshot): SearchDocument {
  return {
    tenantId: s.tenantId,
    listingId: s.listingId,
    title: s.title,
    description: s.description,
    brand: s.brand ?? '',
    model: s.model ?? '',
    categoryPath: [...s.category.pathCodes],
    priceFen: s.priceFen,
    stock: s.stock,
    salesCount: s.salesCount,
    policyTags: s.policyClaims.map((c) => ({ tag: c.tag, validUntil: c.validUntil })),
    supplierId: s.supplier.id,
    supplierName: s.supplier.name,
    supplierRegion: s.supplier.regionCode ?? '',
    integrityScore: integrityOf(s),
    updatedAt: s.updatedAt,
  };
}

/** Keeps one listing's search document in step with the listing: there while on sale, gone otherwise. */
@Injectable()
export class ListingIndexingService {
  constructor(
    private readonly listings: ListingQueries,
    @Inject(SEARCH_PORT) private readonly search: SearchPort,
  ) {}

  async reindex(ctx: TenantContext, listingId: string): Promise<'indexed' | 'removed'> {
    const snapshot = await this.listings.snapshot(ctx, listingId);
    if (snapshot?.state === ListingState.Approved) {
      await this.search.upsert(ctx, [toSearchDocument(snapshot)]);
      return 'indexed';
    }
    await this.search.remove(ctx, [listingId]);
    return 'removed';
  }
}
