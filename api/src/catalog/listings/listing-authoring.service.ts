import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  integrityBlockOf,
  Category, formatYuan, type Fen, isUuid, Listing, ListingState, Organisation, StandardProduct, DelistedBy, type TenantContext,
} from '@zhengcai/schema';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { ProblemList, requireReason } from '../problems.js';
import { tenantToday } from '../tenant-today.js';
import { checkListingInput, checkPrice, checkStock, type ListingInput } from './listing-input.js';
import { priceHistory } from './listing.queries.js';
import { lockListing, recordPrice, requireSaleable } from './listing-rules.js';
import { type ListingAction, nextListingState } from './listing-state-machine.js';
import { toListingView, type ListingView } from './listing-view.js';
import { listingChanged, listingPriceChanged, touchesSale } from './listing-events.js';

/**
 * What a supplier does with its own listings: write drafts, submit, delist, resubmit, and
 * change the price and stock of a listing on sale. Every call is one transaction, audited.
 */
@Injectable()
export class ListingAuthoringService {
  constructor(private readonly db: TenantDb) {}

  create(ctx: TenantContext, input: ListingInput): Promise<ListingView> {
    return this.db.transaction(ctx, async (em, tx) => toListingView(await this.createIn(em, tx, ctx, input), await tenantToday(em, ctx)));
  }

  /** A new draft inside the caller's transaction (bulk upload imports a batch per transaction). */
  async createIn(em: EntityManager, tx: TxEffects, ctx: TenantContext, input: ListingInput): Promise<Listing> {
    const supplier = await em.findOneOrFail(Organisation, { id: requireOrganisation(ctx) });
    const listing = em.create(Listing, { tenantId: ctx.tenantId, supplier, ...(await this.checked(em, ctx, supplier, input)) });
    await em.flush();
    tx.audit({ action: 'catalog.listing.create', subjectType: 'listing', subjectId: listing.id, change: auditable(listing) });
    return listing;
  }

  /** Rewrites a listing off sale (draft, rejected or delisted); its state stays. */
  update(ctx: TenantContext, id: string, input: ListingInput): Promise<ListingView> {
    return this.change(ctx, id, 'edit', async (em, listing) => {
      const before = auditable(listing);
      Object.assign(listing, await this.checked(em, ctx, listing.supplier, input));
      return { before, after: auditable(listing) };
    });
  }

  submit(ctx: TenantContext, id: string): Promise<ListingView> {
    return this.toReview(ctx, id, 'submit');
  }

  resubmit(ctx: TenantContext, id: string): Promise<ListingView> {
    return this.toReview(ctx, id, 'resubmit');
  }

  delist(ctx: TenantContext, id: string, reason: string | null | undefined): Promise<ListingView> {
    const text = reason?.trim() ? requireReason(reason) : null;
    return this.change(ctx, id, 'delist', async (_em, listing) => {
      listing.delistedBy = DelistedBy.Supplier;
      listing.delistReason = text;
      return { by: DelistedBy.Supplier, reason: text };
    });
  }

  /** A new price for a listing on sale; the history keeps every price buyers could see. */
  changePrice(ctx: TenantContext, id: string, priceFen: Fen): Promise<ListingView> {
    const problems = new ProblemList();
    checkPrice(problems, 'price', priceFen);
    problems.throwIfAny();
    return this.change(ctx, id, 'change_price', async (em, listing, tx) => {
      const before = listing.priceFen;
      listing.priceFen = priceFen;
      if (await recordPrice(em, ctx, listing)) tx.publish(listingPriceChanged(listing.id));
      return { before: formatYuan(before), after: formatYuan(priceFen) };
    });
  }

  changeStock(ctx: TenantContext, id: string, stock: number): Promise<ListingView> {
    const problems = new ProblemList();
    checkStock(problems, 'stock', stock);
    problems.throwIfAny();
    return this.change(ctx, id, 'change_stock', async (_em, listing) => {
      const before = listing.stock;
      listing.stock = stock;
      return { before, after: stock };
    });
  }

  private toReview(ctx: TenantContext, id: string, action: 'submit' | 'resubmit'): Promise<ListingView> {
    return this.change(ctx, id, action, async (em, listing) => {
      const block = integrityBlockOf(listing.supplier);
      if (block === 'operator') throw new AppError('SUPPLIER_BLOCKED');
      if (block === 'band') throw new AppError('SUPPLIER_BAND_BLOCKED', { band: listing.supplier.integrityBand ?? '' });
      requireSaleable(listing, await tenantToday(em, ctx));
      listing.submittedAt = new Date();
      return {};
    });
  }

  /** One transition of the caller's own listing: lock, check the state machine, apply, audit. */
  private change(ctx: TenantContext, id: string, action: ListingAction, apply: (em: EntityManager, listing: Listing, tx: TxEffects) => Promise<object>): Promise<ListingView> {
    const supplierId = requireOrganisation(ctx);
    return this.db.transaction(ctx, async (em, tx) => {
      const listing = await lockListing(em, id, supplierId);
      const from = listing.state;
      const to = nextListingState(from, action);
      const change = await apply(em, listing, tx);
      listing.state = to;
      listing.updatedAt = new Date();
      await em.flush();
      tx.audit({ action: `catalog.listing.${action.replace('_', '-')}`, subjectType: 'listing', subjectId: listing.id, change: { from, to, ...change } });
      if (touchesSale(from, to)) tx.publish(listingChanged(listing.id));
      return toListingView(listing, await tenantToday(em, ctx), await priceHistory(em, listing.id));
    });
  }

  /** The input checked in full (every problem at once), with category and standard product resolved. */
  private async checked(em: EntityManager, ctx: TenantContext, supplier: Organisation, input: ListingInput) {
    const problems = new ProblemList();
    const fields = checkListingInput(problems, input, { today: await tenantToday(em, ctx), supplierSize: supplier.enterpriseSize });
    const category = await em.findOne(Category, { code: fields.categoryCode });
    if (!category) problems.add('categoryCode', 'CATEGORY_NOT_FOUND', { code: fields.categoryCode.slice(0, 20) });
    let product: StandardProduct | null = null;
    if (fields.standardProductId) {
      product = isUuid(fields.standardProductId) ? await em.findOne(StandardProduct, { id: fields.standardProductId }, { populate: ['category'] }) : null;
      if (!product) problems.add('standardProductId', 'STANDARD_PRODUCT_NOT_FOUND');
      else if (category && product.category.id !== category.id) {
        problems.add('standardProductId', 'STANDARD_PRODUCT_CATEGORY_MISMATCH', { productCategory: product.category.code, code: category.code });
      }
    }
    problems.throwIfAny();
    const { categoryCode: _code, standardProductId: _product, ...rest } = fields;
    // A standard product fixes brand and model: the listing offers exactly that product.
    return { ...rest, category: category!, standardProduct: product, brand: product?.brand ?? rest.brand, model: product?.model ?? rest.model };
  }
}

function requireOrganisation(ctx: TenantContext): string {
  if (!ctx.organisationId) throw new AppError('AUTHENTICATION_REQUIRED');
  return ctx.organisationId;
}

/** The listing's content for the audit chain (money as yuan strings). */
function auditable(l: Listing) {
  return {
    categoryCode: l.category.code, standardProductId: l.standardProduct?.id ?? null, title: l.title, description: l.description,
    brand: l.brand ?? null, model: l.model ?? null, price: formatYuan(l.priceFen), stock: l.stock, deliveryRegionCodes: l.deliveryRegionCodes,
    imageUrls: l.imageUrls, warrantyMonths: l.warrantyMonths, policyTags: l.policyTags, state: l.state ?? ListingState.Draft,
  };
}
