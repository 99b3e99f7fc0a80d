import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  integrityBlockOf,
  EnterpriseSize, isUuid, Listing, ListingPriceChange, ListingState, PolicyTag, Role, StandardProduct, type TenantContext,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { pathCodesOf } from '../categories/category-code.js';
import { tenantToday } from '../tenant-today.js';
import { validPolicyTags } from './listing-input.js';
import type { ListingSnapshot } from './listing-snapshot.js';
import { toListingView, type ListingView } from './listing-view.js';

/** Roles that see listings in every state (catalogue approval, oversight). */
const SEES_ALL: readonly string[] = [Role.TenantOperator, Role.Finance];

/** Reads of listings: buyers see approved ones; suppliers their own; operators all. */
@Injectable()
export class ListingQueries {
  constructor(private readonly db: TenantDb) {}

  /** One listing with its price history; not found when the caller may not see it. */
  get(ctx: TenantContext, id: string): Promise<ListingView> {
    if (!isUuid(id)) return Promise.reject(new AppError('LISTING_NOT_FOUND'));
    return this.db.transaction(ctx, async (em) => {
      const listing = await em.findOne(Listing, { id }, { populate: ['supplier', 'category'] });
      if (!listing || !canSee(ctx, listing)) throw new AppError('LISTING_NOT_FOUND');
      return toListingView(listing, await tenantToday(em, ctx), await priceHistory(em, id));
    });
  }

  /** The caller's supplier's listings, newest first, optionally in one state. */
  mine(ctx: TenantContext, filter: { state?: ListingState | null }, page: PageRequest): Promise<Connection<ListingView>> {
    const first = pageSize(page);
    const before = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
    if (before !== undefined && !isUuid(before)) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        Listing,
        { supplier: ctx.organisationId, ...(filter.state ? { state: filter.state } : {}), ...(before ? { id: { $lt: before } } : {}) },
        { orderBy: { id: 'desc' }, limit: first + 1, populate: ['supplier', 'category'] },
      );
      const today = await tenantToday(em, ctx);
      return toConnection(rows, first, (l) => [l.id], (l) => toListingView(l, today));
    });
  }

  /**
   * What the search index needs about a listing, or null when it does not exist in this
   * tenant. Call it after the change committed (from the job the change's event triggers).
   */
  snapshot(ctx: TenantContext, listingId: string): Promise<ListingSnapshot | null> {
    if (!isUuid(listingId)) return Promise.resolve(null);
    return this.db.transaction(ctx, async (em) => {
      const l = await em.findOne(Listing, { id: listingId }, { populate: ['supplier', 'category'] });
      if (!l) return null;
      const today = await tenantToday(em, ctx);
      const product = l.standardProduct ? await em.findOne(StandardProduct, { id: l.standardProduct.id }) : null;
      const sme = [EnterpriseSize.Medium, EnterpriseSize.Small, EnterpriseSize.Micro].includes(l.supplier.enterpriseSize as EnterpriseSize);
      const uscc = l.supplier.uscc ?? null;
      return {
        listingId: l.id,
        tenantId: l.tenantId,
        state: l.state,
        delistedBy: l.delistedBy ?? null,
        title: l.title,
        description: l.description,
        brand: l.brand ?? null,
        model: l.model ?? null,
        standardProductId: product?.id ?? null,
        specs: product?.specs ?? [],
        category: { code: l.category.code, name: l.category.name, pathCodes: pathCodesOf(l.category.code), energySavingMandatory: l.category.energySavingMandatory },
        priceFen: l.priceFen,
        stock: l.stock,
        deliveryRegionCodes: l.deliveryRegionCodes,
        imageUrls: l.imageUrls,
        warrantyMonths: l.warrantyMonths,
        policyTags: validPolicyTags(l.policyTags, today).filter((t) => t !== PolicyTag.Sme || sme),
        policyClaims: l.policyTags
          .filter((c) => (c.tag === PolicyTag.Sme ? sme : c.validUntil !== null && c.validUntil >= today))
          .map((c) => ({ tag: c.tag, validUntil: c.tag === PolicyTag.Sme ? null : c.validUntil })),
        supplier: { id: l.supplier.id, name: l.supplier.name, regionCode: uscc ? uscc.slice(2, 8) : null, integrityBlocked: integrityBlockOf(l.supplier) !== null, integrityScore: l.supplier.integrityScore ?? null },
        salesCount: l.salesCount,
        approvedAt: l.approvedAt ?? null,
        updatedAt: l.updatedAt,
        asOf: today,
      };
    });
  }
}

function canSee(ctx: TenantContext, listing: Listing): boolean {
  return listing.state === ListingState.Approved || listing.supplier.id === ctx.organisationId || ctx.roles.some((r) => SEES_ALL.includes(r));
}

/** How many of a listing's latest price changes its page shows (the bench found a page with 1,000 costing 14× the CPU). */
export const PRICE_HISTORY_SHOWN = 100;

/** The latest PRICE_HISTORY_SHOWN price changes, oldest first. */
export async function priceHistory(em: EntityManager, listingId: string): Promise<ListingPriceChange[]> {
  const latest = await em.find(ListingPriceChange, { listing: listingId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: PRICE_HISTORY_SHOWN });
  return latest.reverse();
}
