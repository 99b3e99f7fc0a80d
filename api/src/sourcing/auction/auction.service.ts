import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Auction, AuctionBid, AuctionDirection, AuctionState, Deposit, DepositState, type Fen, formatYuan, integrityBlockOf, Listing, newId, Organisation,
  OrganisationKind, Role, type TenantContext,
} from '@zhengcai/schema';
import { BudgetLedger } from '../../mall/budgets/budget-ledger.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { AUDIT_COLUMNS, AuditChainWriter } from '../../platform/audit/audit-chain.writer.js';
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

/** The auction's changing columns and the tenant's audit-chain head, as the bid's lock reads them. */
interface LockedAuction {
  id: string; tenant_id: string; state: AuctionState; starts_at: Date; ends_at: Date; last_seq: number; best_price_fen: string | null; best_bid_id: string | null;
  extensions: number; head_seq: string; head_hash: string;
}

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
    private readonly auditChain: AuditChainWriter,
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
   *
   * Bids of one auction queue for its row lock, so the locked part is three round trips: lock
   * the auction and the tenant's audit-chain head in one statement, write the bid, the
   * auction's new numbers and the audit entries in another, commit. Everything else (the
   * resubmission, who may bid, the bidder's pseudonym and own last valid bid) is read before.
   */
  async bid(ctx: TenantContext, input: BidInput, origin: BidOrigin): Promise<BidOutcome> {
    checkIdempotencyKey(input.clientKey, 'clientKey');
    const fingerprint = requestFingerprint('auction.bid', { auctionId: input.auctionId, price: input.price.toString() });
    const bidderId = ctx.organisationId ?? '';
    const result = await this.db.transaction(ctx, async (em, tx) => {
      const seen = async (): Promise<AuctionBid | null> => {
        const earlier = await em.findOne(AuctionBid, { auction: input.auctionId, bidderUserId: ctx.userId!, clientKey: input.clientKey });
        if (earlier && earlier.fingerprint !== fingerprint) throw new AppError('AUCTION_BID_KEY_REUSED', { field: 'clientKey' });
        return earlier;
      };
      const auction = await loadAuction(em, ctx, input.auctionId);
      const resubmitted = await seen();
      if (resubmitted) return { auction, bid: resubmitted, written: null };
      await this.qualify(em, ctx, auction);
      const [before] = await em.execute<{ pseudonym_no: number | null; own_seq: number | null; own_price: string | null }[]>(
        `select (select pseudonym_no from auction_participant where tenant_id = ? and auction_id = ? and bidder_id = ?) as pseudonym_no,
                own.seq as own_seq, own.price_fen as own_price
           from (select 1) one left join lateral (
             select seq, price_fen from auction_bid where tenant_id = ? and auction_id = ? and bidder_id = ? and not abnormally_low order by seq desc limit 1
           ) own on ?`,
        [ctx.tenantId, auction.id, bidderId, ctx.tenantId, auction.id, bidderId, auction.direction === AuctionDirection.Reverse],
      );
      let own = before.own_seq === null ? null : { seq: before.own_seq, priceFen: BigInt(before.own_price!) };
      for (let attempt = 0; ; attempt++) {
        const written = await this.numberBid(em, ctx, tx, auction, input, origin, fingerprint, before.pseudonym_no, own);
        if (written.bid) return { auction, bid: null, written };
        // Nothing written: the same key raced in, or the bidder's own newer bid did (read again, under the lock).
        const raced = await seen();
        if (raced) return { auction, bid: raced, written: null };
        if (attempt > 0) throw new Error('auction bid not written twice');
        const [latest] = await em.execute<{ seq: number; price_fen: string }[]>(
          `select seq, price_fen from auction_bid where tenant_id = ? and auction_id = ? and bidder_id = ? and not abnormally_low order by seq desc limit 1`,
          [ctx.tenantId, auction.id, bidderId],
        );
        own = { seq: latest.seq, priceFen: BigInt(latest.price_fen) };
      }
    });
    const { auction, written } = result;
    if (!written) return { bid: result.bid!, auction, duplicate: true };
    // The entities were read before the lock; they take the committed values only now, after the transaction.
    Object.assign(auction, written.auction);
    const bid = Object.assign(new AuctionBid(), written.bid, { auction });
    await this.announcer.announce(ctx, auction, [bid]);
    return { bid, auction, duplicate: false };
  }

  /** The locked part of a bid; writes nothing (and returns no bid) when the same key or the bidder's own newer bid raced in. */
  private async numberBid(
    em: EntityManager, ctx: TenantContext, tx: TxEffects, auction: Auction, input: BidInput, origin: BidOrigin, fingerprint: string,
    pseudonymNo: number | null, own: { seq: number; priceFen: Fen } | null,
  ): Promise<{ bid: Omit<AuctionBid, 'auction'> | null; auction: Partial<Auction> }> {
    const lock = () => em.execute<LockedAuction[]>(
      `with a as materialized (
         select id, tenant_id, state, starts_at, ends_at, last_seq, best_price_fen, best_bid_id, extensions from auction where id = ? for update
       )
       select a.*, h.seq as head_seq, h.hash as head_hash
         from a cross join lateral (select seq, hash from audit_chain_head where tenant_id = a.tenant_id for update) h`,
      [auction.id],
    );
    let [row] = await lock();
    if (!row) {
      await this.auditChain.ensureHead(em, ctx.tenantId);
      [row] = await lock();
    }
    const now = new Date();
    const live = {
      id: auction.id, state: row.state, startsAt: auction.startsAt, updatedAt: now,
      endsAt: new Date(row.ends_at), extensions: row.extensions, extendWindowSeconds: auction.extendWindowSeconds,
      extendBySeconds: auction.extendBySeconds, maxExtensions: auction.maxExtensions,
    };
    if (live.state === AuctionState.Scheduled) {
      if (now < auction.startsAt) throw new AppError('AUCTION_NOT_STARTED', { startsAt: auction.startsAt.toISOString() }, { startsAt: auction.startsAt.toISOString() });
      this.start(tx, live, now);
    }
    if (live.state !== AuctionState.Live) {
      if (live.state === AuctionState.Cancelled) throw new AppError('AUCTION_TRANSITION_NOT_ALLOWED', { state: live.state, action: 'bid' });
      throw new AppError('AUCTION_ENDED');
    }
    if (now >= live.endsAt) throw new AppError('AUCTION_ENDED');
    const best = row.best_price_fen === null ? null : BigInt(row.best_price_fen);
    const { abnormallyLow } = checkBidPrice(auction, input.price, own?.priceFen ?? null, best);
    const newEnd = extendedEnd(live, now);
    const seq = row.last_seq + 1;
    const bid = {
      id: newId(), tenantId: ctx.tenantId, createdAt: now, seq, bidderId: ctx.organisationId!, bidderUserId: ctx.userId!, pseudonymNo: pseudonymNo ?? 0,
      priceFen: input.price, abnormallyLow, clientKey: input.clientKey, fingerprint, ip: origin.ip?.slice(0, 64) ?? null, deviceId: origin.deviceId?.slice(0, 128) ?? null,
      extended: newEnd !== null,
    };
    const leads = !abnormallyLow && beats(auction.direction, input.price, best);
    const after: Partial<Auction> = {
      state: live.state, lastSeq: seq, bestPriceFen: leads ? input.price : best, bestBidId: leads ? bid.id : row.best_bid_id,
      endsAt: newEnd ?? live.endsAt, extensions: row.extensions + (newEnd ? 1 : 0), updatedAt: now,
    };
    tx.audit({
      action: 'sourcing.auction.bid', subjectType: 'auction_bid', subjectId: bid.id,
      change: { auctionId: auction.id, seq, price: formatYuan(bid.priceFen), abnormallyLow, extendedTo: newEnd ?? null },
    });
    // The audit entries go into this statement rather than TenantDb's own append (the head is locked above).
    const audits = tx.audits.splice(0);
    const links = this.auditChain.link(this.auditChain.prepare(ctx, audits), { seq: Number(row.head_seq), hash: row.head_hash });
    const t = ctx.tenantId;
    const [out] = await em.execute<{ pseudonym_no: number | null }[]>(
      `with p as (
         insert into auction_participant (id, tenant_id, auction_id, bidder_id, pseudonym_no)
         select ?, ?, ?, ?, (select count(*) + 1 from auction_participant where tenant_id = ? and auction_id = ?) where ?
         on conflict do nothing returning pseudonym_no
       ), b as (
         insert into auction_bid (id, tenant_id, created_at, auction_id, seq, bidder_id, bidder_user_id, pseudonym_no, price_fen, abnormally_low, client_key, fingerprint, ip, device_id, extended)
         select ?, ?, ?, ?, ?, ?, ?,
                coalesce((select pseudonym_no from p), (select pseudonym_no from auction_participant where tenant_id = ? and auction_id = ? and bidder_id = ?)),
                ?, ?, ?, ?, ?, ?, ?
          where not exists (select 1 from auction_bid where tenant_id = ? and auction_id = ? and bidder_id = ? and not abnormally_low and seq > ? and ?)
         on conflict do nothing returning pseudonym_no
       ), u as (
         update auction set state = ?, last_seq = ?, best_price_fen = ?, best_bid_id = ?, ends_at = ?, extensions = ?, updated_at = ?
          where id = ? and exists (select 1 from b)
       ), e as (
         insert into audit_entry (${AUDIT_COLUMNS.join(', ')})
         select ${AUDIT_COLUMNS.join(', ')} from json_populate_recordset(null::audit_entry, ?::json) where exists (select 1 from b)
       ), h as (
         update audit_chain_head set seq = ?, hash = ? where tenant_id = ? and exists (select 1 from b)
       )
       select (select pseudonym_no from b) as pseudonym_no`,
      [
        newId(), t, auction.id, bid.bidderId, t, auction.id, pseudonymNo === null,
        bid.id, t, now, auction.id, seq, bid.bidderId, bid.bidderUserId, t, auction.id, bid.bidderId,
        bid.priceFen.toString(), abnormallyLow, bid.clientKey, fingerprint, bid.ip, bid.deviceId, bid.extended,
        t, auction.id, bid.bidderId, own?.seq ?? 0, auction.direction === AuctionDirection.Reverse,
        after.state, seq, after.bestPriceFen?.toString() ?? null, after.bestBidId, after.endsAt, after.extensions, now, auction.id,
        AuditChainWriter.recordset(links),
        links.at(-1)!.seq, links.at(-1)!.hash, t,
      ],
    );
    if (out.pseudonym_no === null) return { bid: null, auction: after };
    return { bid: { ...bid, pseudonymNo: out.pseudonym_no }, auction: after };
  }

  /** scheduled → live, by the first bid at or after the start or by the sweep. */
  start(tx: TxEffects, a: Pick<Auction, 'id' | 'state' | 'startsAt' | 'updatedAt'>, now: Date): void {
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
