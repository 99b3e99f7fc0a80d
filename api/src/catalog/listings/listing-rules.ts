import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, Listing, ListingPriceChange, PolicyTag, type TenantContext } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';

/**
 * Loads a listing for a change, locked until commit so that two transitions of one listing
 * never interleave. `supplierId` limits it to that supplier's listings (others are not found).
 */
export async function lockListing(em: EntityManager, id: string, supplierId?: string): Promise<Listing> {
  if (!isUuid(id)) throw new AppError('LISTING_NOT_FOUND');
  const listing = await em.findOne(Listing, { id, ...(supplierId ? { supplier: supplierId } : {}) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!listing) throw new AppError('LISTING_NOT_FOUND');
  await em.populate(listing, ['supplier', 'category']);
  return listing;
}

/**
 * What must hold for a listing to go (or stay on its way) on sale, judged today: every
 * certificate still valid, and a valid 节能产品 certificate in a mandatory energy-saving category.
 */
export function requireSaleable(listing: Listing, today: string): void {
  listing.policyTags.forEach((t, i) => {
    if (t.validUntil !== null && t.validUntil < today) {
      throw new AppError('POLICY_CERTIFICATE_EXPIRED', { tag: t.tag, validUntil: t.validUntil, today, field: `policyTags[${i}].validUntil` });
    }
  });
  if (listing.category.energySavingMandatory && !listing.policyTags.some((t) => t.tag === PolicyTag.EnergySaving)) {
    throw new AppError('ENERGY_SAVING_CERTIFICATE_REQUIRED', { category: `${listing.category.code} ${listing.category.name}`, field: 'policyTags' });
  }
}

/**
 * Appends the listing's current price to its history when it differs from the last recorded
 * one (at approval: the first price, or a price edited while off sale).
 */
export async function recordPrice(em: EntityManager, ctx: TenantContext, listing: Listing): Promise<ListingPriceChange | null> {
  const [last] = await em.find(ListingPriceChange, { listing }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
  if (last && last.priceFen === listing.priceFen) return null;
  return em.create(ListingPriceChange, {
    tenantId: ctx.tenantId, listing, priceFen: listing.priceFen, previousPriceFen: last?.priceFen ?? null, changedBy: ctx.userId ?? null,
  });
}
