import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Auction, AuctionBid, AuctionDirection, AuctionSettlement, AuctionState, isUuid, Organisation, Role, type TenantContext,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { loadAuction, overseesAuctions, runsAuction } from './auction-access.js';
import { pseudonym } from './auction-rules.js';
import { type AuctionBidView, type AuctionView, auctionView, bidView, type NamedOrg } from './auction-views.js';

export interface AuctionFilter { direction?: AuctionDirection | null; state?: AuctionState | null; mine?: boolean | null }

export interface AuctionLogEntry extends AuctionBidView { bidderOrganisation: NamedOrg; winning: boolean }

export interface AuctionSettlementView {
  id: string; auctionId: string; winner: NamedOrg; price: bigint; depositCredited: bigint; balanceDue: bigint; text: string; issuedAt: Date;
}

const ENDED: readonly AuctionState[] = [AuctionState.Ended, AuctionState.Awarded, AuctionState.Failed];

/** Reading auctions: lists, detail, a bidder's own bids, the log published after the end, the settlement record. */
@Injectable()
export class AuctionQueries {
  constructor(private readonly db: TenantDb) {}

  detail(ctx: TenantContext, id: string): Promise<AuctionView> {
    return this.db.transaction(ctx, async (em) => auctionView(em, ctx, await loadAuction(em, ctx, id)));
  }

  /** Newest first. Guests see public asset auctions only; `mine`: the ones the caller's side runs. */
  list(ctx: TenantContext, filter: AuctionFilter, page: PageRequest): Promise<Connection<AuctionView>> {
    const first = pageSize(page);
    const where: FilterQuery<Auction>[] = [];
    if (filter.direction) where.push({ direction: filter.direction });
    if (filter.state) where.push({ state: filter.state });
    const own: FilterQuery<Auction>[] = ctx.organisationId ? [{ organiser: ctx.organisationId }, { buyer: ctx.organisationId }] : [];
    if (filter.mine) where.push(own.length ? { $or: own } : { id: null });
    // Suppliers and oversight see every reverse auction; others their own and the public asset auctions.
    else if (!ctx.roles.includes(Role.Supplier) && !overseesAuctions(ctx)) where.push({ $or: [{ direction: AuctionDirection.Forward }, ...own] });
    if (page.after) {
      const [when, id] = decodeCursor(page.after, 2);
      const instant = new Date(String(when));
      if (!isUuid(String(id)) || Number.isNaN(instant.getTime())) throw new AppError('INVALID_CURSOR');
      where.push({ $or: [{ createdAt: { $lt: instant } }, { createdAt: instant, id: { $lt: String(id) } }] });
    }
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(Auction, { $and: where }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 });
      const views = await Promise.all(rows.map((a) => auctionView(em, ctx, a)));
      return toConnection(views, first, (v) => [v.createdAt.toISOString(), v.id], (v) => v);
    });
  }

  /** The caller's organisation's bids in an auction, in sequence order. */
  myBids(ctx: TenantContext, auctionId: string): Promise<AuctionBidView[]> {
    return this.db.transaction(ctx, async (em) => {
      const a = await loadAuction(em, ctx, auctionId);
      if (!ctx.organisationId) return [];
      const bids = await em.find(AuctionBid, { auction: a, bidderId: ctx.organisationId }, { orderBy: { seq: 'asc' } });
      return bids.map((b) => bidView(a.direction, b));
    });
  }

  /** The full bid log with identities, published once the auction has ended (the organiser and oversight too). */
  log(ctx: TenantContext, auctionId: string): Promise<AuctionLogEntry[]> {
    return this.db.transaction(ctx, async (em) => {
      const a = await loadAuction(em, ctx, auctionId);
      if (!ENDED.includes(a.state)) throw new AppError('AUCTION_LOG_NOT_PUBLISHED');
      const bids = await em.find(AuctionBid, { auction: a }, { orderBy: { seq: 'asc' } });
      const orgs = new Map((await em.find(Organisation, { id: { $in: [...new Set(bids.map((b) => b.bidderId))] } }, { fields: ['id', 'name'] })).map((o) => [o.id, o.name]));
      return bids.map((b) => ({
        ...bidView(a.direction, b), bidder: pseudonym(a.direction, b.pseudonymNo), bidderOrganisation: { id: b.bidderId, name: orgs.get(b.bidderId) ?? b.bidderId }, winning: b.id === a.winnerBidId,
      }));
    });
  }

  /** 成交确认书 of a won public asset auction: published with the result, to whoever may see the auction. */
  settlement(ctx: TenantContext, auctionId: string): Promise<AuctionSettlementView> {
    return this.db.transaction(ctx, async (em) => {
      const a = await loadAuction(em, ctx, auctionId);
      const s = await em.findOne(AuctionSettlement, { auction: a });
      if (!s) throw new AppError('AUCTION_SETTLEMENT_NOT_FOUND', { field: 'auctionId' });
      const winner = await em.findOneOrFail(Organisation, { id: s.winnerId }, { fields: ['id', 'name'] });
      return {
        id: s.id, auctionId: a.id, winner: { id: winner.id, name: winner.name }, price: s.priceFen, depositCredited: s.depositCreditedFen, balanceDue: s.balanceDueFen, text: s.text, issuedAt: s.createdAt,
      };
    });
  }
}
