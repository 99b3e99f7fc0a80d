import { Inject, Injectable } from '@nestjs/common';
import { completeIfDone } from '../project-completion.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, Role, type TenantContext, TenderBid, TenderBidState, TenderLot, TenderLotState } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { LOGGER, type Logger } from '../../platform/logging/logging.module.js';
import { nextTenderBidState, nextTenderLotState } from '../tender-state-machines.js';
import { ownBid } from '../sealing/bid-submission.service.js';
import { type BidView, bidView } from '../sealing/bid-view.js';
import { buildOpeningRecord, decryptionEndsAt, type OpeningRecord } from './opening-record.js';
import { RedisFeed } from '../../platform/live/redis-feed.js';
import { BidOpener } from './bid-opener.js';

/** The opening record goes out at most this often per lot (and always after the last change). */
const ANNOUNCE_MS = 250;

/**
 * The live remote opening (不见面开标): bidders release their bid keys, the platform decrypts
 * and checks each bid, the record builds in public; then the opening is concluded.
 */
@Injectable()
export class OpeningService {
  constructor(
    private readonly db: TenantDb,
    private readonly feed: RedisFeed,
    private readonly opener: BidOpener,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  private readonly announcing = new Map<string, { dirty: boolean }>();

  async releaseKey(ctx: TenantContext, bidId: string, keyHex: string): Promise<BidView> {
    const key = keyHex.trim().toLowerCase();
    const view = await this.db.transaction(ctx, async (em, tx) => {
      const bid = await ownBid(em, ctx, bidId, true, true);
      const lot = await em.findOneOrFail(TenderLot, { id: bid.lot.id }, { populate: ['project'] });
      if (lot.state !== TenderLotState.Opening) throw new AppError('BID_LOT_NOT_OPENING');
      nextTenderBidState(bid.state, 'open');
      const opened = await this.opener.open({
        packedCiphertext: bid.ciphertext, digest: bid.digest, signature: bid.signature, key, bidderPublicKey: bid.bidderPublicKey, budgetFen: lot.budgetFen,
      });
      // A wrong key leaves the bid sealed; the bidder may release the right one within the window.
      if (opened.kind === 'wrong_key') throw new AppError('BID_KEY_MISMATCH', { field: 'key' });
      const now = new Date();
      if (opened.kind === 'void') {
        bid.state = nextTenderBidState(bid.state, 'void');
        bid.stateReason = opened.reason;
        bid.updatedAt = now;
        tx.audit({ action: 'tender.bid.void', subjectType: 'tender_bid', subjectId: bid.id, change: { lotId: lot.id, digest: bid.digest, reason: opened.reason } });
      } else {
        bid.state = nextTenderBidState(bid.state, 'open');
        bid.openedAt = now;
        bid.priceFen = opened.priceFen;
        bid.priceForm = opened.form as unknown as Record<string, unknown>;
        bid.updatedAt = now;
        tx.audit({
          action: 'tender.bid.open', subjectType: 'tender_bid', subjectId: bid.id,
          change: { lotId: lot.id, digest: bid.digest, price: opened.form.totalPrice, overBudget: opened.form.overBudget },
        });
      }
      return bidView(bid);
    });
    await this.announce(ctx, view.lotId);
    return view;
  }

  /** By the project's buyer or agency; before the window ends only when every bid is decrypted. */
  async conclude(ctx: TenantContext, lotId: string): Promise<OpeningRecord> {
    await this.db.transaction(ctx, async (em, tx) => {
      const lot = await lockLot(em, lotId);
      const mayConclude = [lot.project.buyer.id, lot.project.agency?.id].includes(ctx.organisationId)
        && ctx.roles.some((r) => r === Role.Agency || r === Role.Purchaser);
      if (!mayConclude) throw new AppError('TENDER_LOT_NOT_FOUND', { field: 'lotId' });
      await this.concludeLot(em, ctx, tx, lot, new Date(), false);
    });
    await this.announce(ctx, lotId);
    return this.record(ctx, lotId);
  }

  /** The scheduled step: concludes every opening whose decryption window has ended by `asOf`. */
  async concludeDue(ctx: TenantContext, asOf: Date): Promise<number> {
    const lotIds = await this.db.transaction(ctx, async (em) => {
      const lots = await em.find(TenderLot, { state: TenderLotState.Opening }, { populate: ['project'] });
      return lots.filter((l) => (decryptionEndsAt(l)?.getTime() ?? Infinity) <= asOf.getTime()).map((l) => l.id);
    });
    for (const lotId of lotIds) {
      await this.db.transaction(ctx, async (em, tx) => {
        const lot = await lockLot(em, lotId);
        if (lot.state === TenderLotState.Opening) await this.concludeLot(em, ctx, tx, lot, asOf, true);
      });
      await this.announce(ctx, lotId);
    }
    return lotIds.length;
  }

  private async concludeLot(em: EntityManager, ctx: TenantContext, tx: TxEffects, lot: TenderLot, now: Date, windowOver: boolean): Promise<void> {
    if (lot.state !== TenderLotState.Opening) throw new AppError('BID_LOT_NOT_OPENING');
    const bids = await em.find(TenderBid, { lot, state: { $in: [TenderBidState.Submitted, TenderBidState.Opened] } });
    const sealed = bids.filter((b) => b.state === TenderBidState.Submitted);
    const ends = decryptionEndsAt(lot)!;
    if (sealed.length && !windowOver && now.getTime() < ends.getTime()) throw new AppError('OPENING_DECRYPTION_PENDING', { sealed: sealed.length, until: ends.toISOString() });
    for (const bid of sealed) {
      // Not decrypted by the bidder: treated as withdrawn (电子招标投标办法).
      bid.state = nextTenderBidState(bid.state, 'fail_decryption');
      bid.stateReason = 'not_decrypted';
      bid.updatedAt = now;
      tx.audit({ action: 'tender.bid.not-decrypted', subjectType: 'tender_bid', subjectId: bid.id, change: { lotId: lot.id } });
    }
    const opened = bids.length - sealed.length;
    if (opened < lot.minBidders) {
      lot.state = nextTenderLotState(lot.state, 'fail');
      lot.failureReason = `开标后有效投标不足 ${lot.minBidders} 家（${opened} 家）`;
      tx.publish(domainEvent('tender.lot.failed', { lotId: lot.id, trigger: 'lot_failed' }));
    } else {
      lot.state = nextTenderLotState(lot.state, 'conclude_opening');
    }
    lot.updatedAt = now;
    tx.audit({
      action: 'tender.lot.conclude-opening', subjectType: 'tender_lot', subjectId: lot.id,
      change: { opened, notDecrypted: sealed.length, minBidders: lot.minBidders, state: lot.state, failureReason: lot.failureReason ?? null },
    });
    // The bids are now readable: the collusion checks run on them.
    tx.publish(domainEvent('tender.lot.opening-concluded', { lotId: lot.id }));
    if (lot.state === TenderLotState.Failed) await completeIfDone(em, ctx, lot.project.id, tx);
  }

  /** Public: the opening record of a lot (bidders appear once the opening starts). */
  record(ctx: TenantContext, lotId: string): Promise<OpeningRecord> {
    return this.db.transaction(ctx, async (em) => {
      const lot = await em.findOne(TenderLot, { id: lotId }, { populate: ['project'] });
      if (!lot) throw new AppError('TENDER_LOT_NOT_FOUND', { field: 'lotId' });
      return buildOpeningRecord(em, lot);
    });
  }

  /** Watchers get the record now, then each change (the Redis subscription is up before the first read). */
  async *watch(ctx: TenantContext, lotId: string): AsyncGenerator<OpeningRecord> {
    const listener = await this.feed.listen<OpeningRecord>(openingChannel(ctx.tenantId, lotId));
    try {
      yield await this.record(ctx, lotId);
      yield* listener;
    } finally {
      listener.close();
    }
  }

  /**
   * After commit: the record as it now stands, to every watcher on every API process. Rebuilt
   * at most once per ANNOUNCE_MS per lot: a thousand releases in a minute cost a few dozen
   * rebuilds, not a thousand; a change during a rebuild triggers one more, so the last state
   * always goes out.
   */
  private announce(ctx: TenantContext, lotId: string): Promise<void> {
    const key = `${ctx.tenantId}:${lotId}`;
    const pending = this.announcing.get(key);
    if (pending) {
      pending.dirty = true;
      return Promise.resolve();
    }
    const state = { dirty: false };
    this.announcing.set(key, state);
    const run = async (): Promise<void> => {
      try {
        await this.feed.publish(openingChannel(ctx.tenantId, lotId), await this.record(ctx, lotId));
      } catch (err) {
        // The change is committed; watchers catch up on the next announcement or by querying.
        this.logger.warn({ err: (err as Error).message, lotId }, 'opening record not announced');
      }
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_MS));
      if (state.dirty) {
        state.dirty = false;
        return run();
      }
      this.announcing.delete(key);
    };
    void run();
    return Promise.resolve();
  }
}

const openingChannel = (tenantId: string, lotId: string) => `tender:opening:${tenantId}:${lotId}`;

async function lockLot(em: EntityManager, lotId: string): Promise<TenderLot> {
  // A malformed id names no lot; PostgreSQL would refuse it as a uuid.
  if (!isUuid(lotId)) throw new AppError('TENDER_LOT_NOT_FOUND', { field: 'lotId' });
  const lot = await em.findOne(TenderLot, { id: lotId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!lot) throw new AppError('TENDER_LOT_NOT_FOUND', { field: 'lotId' });
  await em.populate(lot, ['project']);
  return lot;
}
