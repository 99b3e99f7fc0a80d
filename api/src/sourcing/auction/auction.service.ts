import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Auction, AuctionBid, AuctionDirection, AuctionParticipant, AuctionState, Deposit, DepositState, type Fen, formatYuan, integrityBlockOf, Listing, newId, Organisation,
  OrganisationKind, Role, type TenantContext,
} from '@zhengcai/schema';
import { BudgetLedger } from '../../mall/budgets/budget-ledger.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { checkIdempotencyKey, requestFingerprint } from '../../platform/idempotency/idempotency-key.js';
import { requireReason } from '../../catalog/problems.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { loadAuction, runsAuction } from './auction-access.js';
import { AuctionAnnouncer } from './auction-announcer.js';
import { checkAuctionInput, type CreateAuctionInput } from './auction-input.js';
import { beats, checkBidPrice, extendedEnd } from './auction-rules.js';
import { nextAuctionState } from './auction-state-machine.js';

export interface BidInput { auctionId: string; price: Fen; clientKey: string }
export interface BidOrigin { ip: string | null; deviceId: string | null }
export interface BidOutcome { bid: AuctionBid; auction: Auction; duplicate: boolean }

/**
 * Running auctions: the organiser opens and cancels them, bidders bid. A bid locks its auction
 * row, so bids of one auction are numbered 1, 2, 3 … in the order they commit, and that
 * number is the order every viewer sees.
 */
@Injectable()
export class AuctionService {
  constructor(
    private readonly db: TenantDb,
    private readonly announcer: AuctionAnnouncer,
    private readonly ledger: BudgetLedger,
  ) {}

  /** Opens an auction (scheduled until its start). Reverse: a purchaser or agency; forward: a purchaser or finance. */
  async create(ctx: TenantContext, input: CreateAuctionInput): Promise<Auction> {
    const terms = checkAuctionInput(input, new Date());
    const reverse = terms.direction === AuctionDirection.Reverse;
    const mayRun: string[] = reverse ? [Role.Purchaser, Role.Agency] : [Role.Purchaser, Role.Finance];
    if (!ctx.roles.some((r) => mayRun.includes(r))) throw new AppError('AUCTION_PARTY_INVALID', { field: 'input.direction' });
    return this.db.transaction(ctx, async (em, tx) => {
      const organiser = await em.findOneOrFail(Organisation, { id: ctx.organisationId! });
      // An agency runs a reverse auction for a purchasing unit it names; everyone else for its own unit.
      let buyer = organiser;
      if (input.buyerOrganisationId && input.buyerOrganisationId !== organiser.id) {
        const named = await em.findOne(Organisation, { id: input.buyerOrganisationId, kind: OrganisationKind.PurchasingUnit });
        if (!named || !ctx.roles.includes(Role.Agency)) throw new AppError('AUCTION_PARTY_INVALID', { field: 'input.buyerOrganisationId' });
        buyer = named;
      } else if (ctx.roles.includes(Role.Agency) && reverse) {
        throw new AppError('AUCTION_PARTY_INVALID', { field: 'input.buyerOrganisationId' });
      }
      if (terms.invitedSupplierIds.length) {
        const found = await em.find(Organisation, { id: { $in: terms.invitedSupplierIds }, kind: OrganisationKind.Supplier }, { fields: ['id'] });
        const known = new Set(found.map((o) => o.id));
        const i = terms.invitedSupplierIds.findIndex((id) => !known.has(id));
        if (i >= 0) throw new AppError('AUCTION_PARTY_INVALID', { field: `input.invitedSupplierIds[${i}]` });
      }
      const { endsAt, budgetLineId, ...rest } = terms;
      const id = newId();
      // Reverse: the ceiling is frozen on the buyer's line until the award or the end.
      const budgetLine = budgetLineId ? await this.ledger.lock(em, budgetLineId, 'input.budgetLineId') : null;
      if (budgetLine) {
        if (budgetLine.unit.id !== buyer.id) throw new AppError('BUDGET_LINE_NOT_FOUND', { field: 'input.budgetLineId' });
        this.ledger.freeze(em, ctx, budgetLine, terms.startPriceFen, id, 'input.budgetLineId');
      }
      const auction = em.create(Auction, {
        ...rest, id, budgetLine, tenantId: ctx.tenantId, organiser, buyer, createdBy: ctx.userId!, scheduledEndAt: endsAt, endsAt, state: AuctionState.Scheduled,
      });
      await em.flush();
      tx.audit({
        action: 'sourcing.auction.create', subjectType: 'auction', subjectId: auction.id,
        change: {
          direction: auction.direction, title: auction.title, startPrice: formatYuan(auction.startPriceFen), step: formatYuan(auction.stepFen),
          floorSet: auction.floorFen !== null, deposit: formatYuan(auction.depositFen), startsAt: auction.startsAt, endsAt, buyerId: buyer.id,
          extend: { windowSeconds: auction.extendWindowSeconds, bySeconds: auction.extendBySeconds, max: auction.maxExtensions }, invited: auction.invitedSupplierIds.length,
        },
      });
      return auction;
    });
  }

  /** The organiser cancels before the end; registration deposits are then refunded. */
  async cancel(ctx: TenantContext, auctionId: string, reason: string): Promise<Auction> {
    const text = requireReason(reason);
    const auction = await this.db.transaction(ctx, async (em, tx) => {
      const a = await loadAuction(em, ctx, auctionId, true);
      if (!runsAuction(ctx, a)) throw new AppError('AUCTION_NOT_FOUND', { field: 'auctionId' });
      const from = a.state;
      a.state = nextAuctionState(a.state, 'cancel');
      a.stateReason = text;
      a.endedAt = new Date();
      a.updatedAt = new Date();
      await this.releaseBudget(em, ctx, a, 'auction cancelled');
      tx.audit({ action: 'sourcing.auction.cancel', subjectType: 'auction', subjectId: a.id, change: { from, reason: text } });
      tx.publish(domainEvent('sourcing.auction.closed', { auctionId: a.id, outcome: 'cancelled' }));
      return a;
    });
    await this.announcer.announce(ctx, auction, []);
    return auction;
  }

  /** Gives back a reverse auction's frozen ceiling (cancelled, or failed without a valid bid). */
  async releaseBudget(em: EntityManager, ctx: TenantContext, a: Auction, note: string): Promise<void> {
    if (!a.budgetLine) return;
    const line = await this.ledger.lock(em, a.budgetLine.id);
    this.ledger.release(em, ctx, line, a.startPriceFen, a.id, note);
  }

  /**
   * A bid. A resubmission with the same client key returns the first bid (even after the end);
   * the same key with another price is refused. The server's clock decides whether bidding is
   * open: at the start time the auction goes live with the first bid, at the end time bids stop
   * even before the sweep has ended it.
   */
  async bid(ctx: TenantContext, input: BidInput, origin: BidOrigin): Promise<BidOutcome> {
    checkIdempotencyKey(input.clientKey, 'clientKey');
    const fingerprint = requestFingerprint('auction.bid', { auctionId: input.auctionId, price: input.price.toString() });
    const outcome = await this.db.transaction(ctx, async (em, tx) => {
      const seen = async (a: Auction): Promise<BidOutcome | null> => {
        const earlier = await em.findOne(AuctionBid, { auction: a, bidderUserId: ctx.userId!, clientKey: input.clientKey });
        if (!earlier) return null;
        if (earlier.fingerprint !== fingerprint) throw new AppError('AUCTION_BID_KEY_REUSED', { field: 'clientKey' });
        return { bid: earlier, auction: a, duplicate: true };
      };
      // A resubmission, and who may bid, do not depend on the auction's lock, which every bid waits for.
      const unlocked = await loadAuction(em, ctx, input.auctionId);
      const resubmitted = await seen(unlocked);
      if (resubmitted) return resubmitted;
      await this.qualify(em, ctx, unlocked);
      const a = await loadAuction(em, ctx, input.auctionId, true);
      const raced = await seen(a);
      if (raced) return raced;
      const now = new Date();
      if (a.state === AuctionState.Scheduled) {
        if (now < a.startsAt) throw new AppError('AUCTION_NOT_STARTED', { startsAt: a.startsAt.toISOString() }, { startsAt: a.startsAt.toISOString() });
        this.start(tx, a, now);
      }
      if (a.state !== AuctionState.Live) {
        if (a.state === AuctionState.Cancelled) throw new AppError('AUCTION_TRANSITION_NOT_ALLOWED', { state: a.state, action: 'bid' });
        throw new AppError('AUCTION_ENDED');
      }
      if (now >= a.endsAt) throw new AppError('AUCTION_ENDED');
      const bidderId = ctx.organisationId!;
      const own = a.direction === AuctionDirection.Reverse
        ? await em.findOne(AuctionBid, { auction: a, bidderId, abnormallyLow: false }, { orderBy: { seq: 'desc' } })
        : null;
      const { abnormallyLow } = checkBidPrice(a, input.price, own?.priceFen ?? null, a.bestPriceFen ?? null);
      const participant = await em.findOne(AuctionParticipant, { auction: a, bidderId })
        ?? em.create(AuctionParticipant, { tenantId: ctx.tenantId, auction: a, bidderId, pseudonymNo: (await em.count(AuctionParticipant, { auction: a })) + 1 });
      const newEnd = extendedEnd(a, now);
      const bid = em.create(AuctionBid, {
        tenantId: ctx.tenantId, auction: a, seq: a.lastSeq + 1, bidderId, bidderUserId: ctx.userId!, pseudonymNo: participant.pseudonymNo, priceFen: input.price,
        abnormallyLow, clientKey: input.clientKey, fingerprint, ip: origin.ip?.slice(0, 64) ?? null, deviceId: origin.deviceId?.slice(0, 128) ?? null,
        extended: newEnd !== null, createdAt: now,
      });
      a.lastSeq = bid.seq;
      if (!abnormallyLow && beats(a.direction, input.price, a.bestPriceFen)) {
        a.bestPriceFen = input.price;
        a.bestBidId = bid.id;
      }
      if (newEnd) {
        a.endsAt = newEnd;
        a.extensions += 1;
      }
      a.updatedAt = now;
      await em.flush();
      tx.audit({
        action: 'sourcing.auction.bid', subjectType: 'auction_bid', subjectId: bid.id,
        change: { auctionId: a.id, seq: bid.seq, price: formatYuan(bid.priceFen), abnormallyLow, extendedTo: newEnd ?? null },
      });
      return { bid, auction: a, duplicate: false };
    });
    if (!outcome.duplicate) await this.announcer.announce(ctx, outcome.auction, [outcome.bid]);
    return outcome;
  }

  /** scheduled → live, by the first bid at or after the start or by the sweep. */
  start(tx: TxEffects, a: Auction, now: Date): void {
    a.state = nextAuctionState(a.state, 'start');
    a.updatedAt = now;
    tx.audit({ action: 'sourcing.auction.start', subjectType: 'auction', subjectId: a.id, change: { startsAt: a.startsAt, at: now } });
  }

  /**
   * Reverse: a supplier invited (or, when none are, one with listings in the auction's
   * category), not barred by its integrity. Forward: any organisation of the tenant but the
   * organiser's side, with its registration deposit paid when one is required.
   */
  private async qualify(em: EntityManager, ctx: TenantContext, a: Auction): Promise<void> {
    if (!ctx.organisationId || !ctx.userId) throw new AppError('AUCTION_NOT_QUALIFIED');
    if (runsAuction(ctx, a)) throw new AppError('AUCTION_OWN');
    if (a.direction === AuctionDirection.Reverse) {
      if (!ctx.roles.includes(Role.Supplier)) throw new AppError('AUCTION_NOT_QUALIFIED');
      if (a.invitedSupplierIds.length) {
        if (!a.invitedSupplierIds.includes(ctx.organisationId)) throw new AppError('AUCTION_NOT_QUALIFIED');
      } else if (a.categoryCode) {
        const inCategory = await em.count(Listing, { supplier: ctx.organisationId, category: { code: { $like: `${a.categoryCode}%` } } });
        if (!inCategory) throw new AppError('AUCTION_NOT_QUALIFIED');
      }
      const supplier = await em.findOneOrFail(Organisation, { id: ctx.organisationId });
      const block = integrityBlockOf(supplier);
      if (block === 'operator') throw new AppError('BID_SUPPLIER_BLOCKED');
      if (block === 'band') throw new AppError('BID_SUPPLIER_BAND_BLOCKED', { band: supplier.integrityBand ?? '' });
      return;
    }
    if (a.depositFen > 0n) {
      const paid = await em.findOne(Deposit, { auction: a, supplier: ctx.organisationId, state: DepositState.Held });
      if (!paid) throw new AppError('AUCTION_DEPOSIT_UNPAID', { deposit: formatYuan(a.depositFen) }, { deposit: formatYuan(a.depositFen) });
    }
  }
}
