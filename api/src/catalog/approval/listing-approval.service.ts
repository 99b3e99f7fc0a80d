import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DelistedBy, formatYuan, isUuid, Listing, ListingState, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { requireReason } from '../problems.js';
import { tenantToday } from '../tenant-today.js';
import { priceHistory } from '../listings/listing.queries.js';
import { lockListing, recordPrice, requireSaleable } from '../listings/listing-rules.js';
import { type ListingAction, nextListingState } from '../listings/listing-state-machine.js';
import { toListingView, type ListingView } from '../listings/listing-view.js';
import { listingChanged, listingPriceChanged, touchesSale } from '../listings/listing-events.js';

/**
 * The operator's side of the catalogue: the approval queue (oldest submission first),
 * approval, rejection with a reason, and taking a listing off sale (also for inspection).
 */
@Injectable()
export class ListingApprovalService {
  constructor(private readonly db: TenantDb) {}

  queue(ctx: TenantContext, page: PageRequest): Promise<Connection<ListingView>> {
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    const after = cursor ? { at: new Date(String(cursor[0])), id: String(cursor[1]) } : undefined;
    if (after && (Number.isNaN(after.at.getTime()) || !isUuid(after.id))) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        Listing,
        {
          state: ListingState.Submitted,
          ...(after ? { $or: [{ submittedAt: { $gt: after.at } }, { submittedAt: after.at, id: { $gt: after.id } }] } : {}),
        },
        { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: first + 1, populate: ['supplier', 'category'] },
      );
      const today = await tenantToday(em, ctx);
      return toConnection(rows, first, (l) => [l.submittedAt!.toISOString(), l.id], (l) => toListingView(l, today));
    });
  }

  /** On sale: only with every certificate valid today and, where mandatory, a 节能产品 certificate. */
  approve(ctx: TenantContext, id: string): Promise<ListingView> {
    return this.decide(ctx, id, 'approve', async (listing, today, em, tx) => {
      requireSaleable(listing, today);
      listing.approvedAt = new Date();
      listing.rejectionReason = null;
      listing.delistedBy = null;
      listing.delistReason = null;
      const recorded = await recordPrice(em, ctx, listing);
      tx.publish(listingPriceChanged(listing.id));
      return { price: formatYuan(listing.priceFen), priceRecorded: recorded !== null };
    });
  }

  reject(ctx: TenantContext, id: string, reason: string): Promise<ListingView> {
    const text = requireReason(reason);
    return this.decide(ctx, id, 'reject', async (listing) => {
      listing.rejectionReason = text;
      return { reason: text };
    });
  }

  delist(ctx: TenantContext, id: string, reason: string): Promise<ListingView> {
    return this.takeOffSale(ctx, id, reason, DelistedBy.Operator);
  }

  /**
   * For price inspection: the same transition, recorded as by inspection, in the caller's
   * transaction (the finding's sweep delists and closes the finding in one commit).
   */
  async delistByInspectionIn(em: EntityManager, tx: TxEffects, ctx: TenantContext, id: string, reason: string): Promise<void> {
    const text = requireReason(reason);
    await this.decideIn(em, tx, ctx, id, 'delist', async (listing) => {
      listing.delistedBy = DelistedBy.Inspection;
      listing.delistReason = text;
      return { by: DelistedBy.Inspection, reason: text };
    });
  }

  private takeOffSale(ctx: TenantContext, id: string, reason: string, by: DelistedBy): Promise<ListingView> {
    const text = requireReason(reason);
    return this.decide(ctx, id, 'delist', async (listing) => {
      listing.delistedBy = by;
      listing.delistReason = text;
      return { by, reason: text };
    });
  }

  private decide(ctx: TenantContext, id: string, action: ListingAction, apply: (listing: Listing, today: string, em: EntityManager, tx: TxEffects) => Promise<object>): Promise<ListingView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const { listing, today } = await this.decideIn(em, tx, ctx, id, action, apply);
      return toListingView(listing, today, await priceHistory(em, listing.id));
    });
  }

  private async decideIn(
    em: EntityManager, tx: TxEffects, ctx: TenantContext, id: string, action: ListingAction,
    apply: (listing: Listing, today: string, em: EntityManager, tx: TxEffects) => Promise<object>,
  ): Promise<{ listing: Listing; today: string }> {
    const listing = await lockListing(em, id);
    const from = listing.state;
    const to = nextListingState(from, action);
    const today = await tenantToday(em, ctx);
    const change = await apply(listing, today, em, tx);
    listing.state = to;
    listing.updatedAt = new Date();
    await em.flush();
    tx.audit({ action: `catalog.listing.${action}`, subjectType: 'listing', subjectId: listing.id, change: { from, to, ...change } });
    if (touchesSale(from, to)) tx.publish(listingChanged(listing.id));
    return { listing, today };
  }
}
