import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, newId, Organisation, type TenantContext, TenderBid, TenderBidState, TenderBidSubmission, TenderLot, TenderLotState } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { checkIdempotencyKey, requestFingerprint } from '../../platform/idempotency/idempotency-key.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { BidGateRegistry } from '../bid-gate.js';
import { nextTenderBidState } from '../tender-state-machines.js';
import { packCiphertext, verifyDigestSignature } from './bid-crypto.js';
import { activeSigningKey } from './signing-keys.service.js';
import { ReceiptKeys } from './receipt-keys.js';
import { type BidView, bidView } from './bid-view.js';

/** Where a submission came from: the client IP and the browser's device id (same-origin signals). */
export interface SubmissionOrigin { ip: string | null; deviceId: string | null }

export interface SubmitBidInput {
  lotId: string;
  ciphertext: string;
  iv: string;
  mac: string;
  keyCheck: string;
  wrappedKey: string;
  digest: string;
  signature: string;
  idempotencyKey: string;
}

const FORMATS: Record<Exclude<keyof SubmitBidInput, 'lotId' | 'idempotencyKey'>, RegExp> = {
  // The HTTP layer caps a request at 1 MB, so sealed documents stay well below this bound for now.
  ciphertext: /^[A-Za-z0-9+/]{22,28000000}={0,2}$/,
  iv: /^[0-9a-f]{32}$/,
  mac: /^[0-9a-f]{64}$/,
  keyCheck: /^[0-9a-f]{64}$/,
  // SM2 C1C3C2 of a 32-byte key: C1 (with or without 04), C3 32 bytes, C2 32 bytes.
  wrappedKey: /^(04)?[0-9a-f]{256}$/,
  digest: /^[0-9a-f]{64}$/,
  signature: /^[0-9a-f]{128}$/,
};

/** Sealed bids before the deadline: submit (or replace) and withdraw. */
@Injectable()
export class BidSubmissionService {
  constructor(
    private readonly db: TenantDb,
    private readonly gates: BidGateRegistry,
    private readonly receipts: ReceiptKeys,
  ) {}

  submit(ctx: TenantContext, input: SubmitBidInput, origin: SubmissionOrigin = { ip: null, deviceId: null }): Promise<BidView> {
    for (const [field, format] of Object.entries(FORMATS)) {
      if (!format.test(input[field as keyof typeof FORMATS])) return Promise.reject(new AppError('BID_SEALED_FORMAT', { field }));
    }
    checkIdempotencyKey(input.idempotencyKey);
    const { idempotencyKey, ...sealed } = input;
    const print = requestFingerprint('submitBid', sealed);
    return this.db.transaction(ctx, async (em, tx) => {
      const now = new Date();
      const bidId = newId();
      const claimed = await em.execute<{ id: string }[]>(
        `insert into tender_bid_submission (id, tenant_id, user_id, key, fingerprint, bid_id) values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, user_id, key) do nothing returning id`,
        [newId(), ctx.tenantId, ctx.userId, idempotencyKey, print, bidId],
      );
      if (!claimed.length) {
        const stored = await em.findOneOrFail(TenderBidSubmission, { userId: ctx.userId!, key: idempotencyKey }, { refresh: true });
        if (stored.fingerprint !== print) throw new AppError('IDEMPOTENCY_KEY_REUSED', { field: 'idempotencyKey' });
        return bidView(await em.findOneOrFail(TenderBid, { id: stored.bidId }));
      }
      const lot = await biddingLot(em, input.lotId, now);
      const key = await activeSigningKey(em, ctx.userId!);
      if (!key) throw new AppError('SIGNING_KEY_REQUIRED', { field: 'signature' });
      if (!verifyDigestSignature(input.digest, input.signature, key.publicKey)) throw new AppError('BID_SIGNATURE_INVALID', { field: 'signature' });
      await this.gates.checkAll(em, ctx, lot, ctx.organisationId!);

      const previous = await em.findOne(TenderBid, { lot, supplier: ctx.organisationId!, state: TenderBidState.Submitted }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (previous) {
        previous.state = nextTenderBidState(previous.state, 'replace');
        previous.updatedAt = now;
        // One live bid per supplier and lot (partial unique index): the old one leaves first.
        await em.flush();
      }
      const version = previous ? previous.version + 1 : 1;
      const signed = await this.receipts.sign(em, ctx, { bidId, lotId: lot.id, version, digest: input.digest, serverTime: now.toISOString() });
      const bid = em.create(TenderBid, {
        id: bidId, tenantId: ctx.tenantId, lot, supplier: em.getReference(Organisation, ctx.organisationId!), submittedBy: ctx.userId!, version,
        state: TenderBidState.Submitted, submittedAt: now, ciphertext: packCiphertext(input), wrappedKey: input.wrappedKey, digest: input.digest,
        signature: input.signature, bidderPublicKey: key.publicKey, receipt: JSON.stringify(signed), createdAt: now, updatedAt: now,
        submittedIp: origin.ip?.slice(0, 64) ?? null, deviceId: origin.deviceId?.slice(0, 128) ?? null,
      });
      tx.audit({
        action: previous ? 'tender.bid.replace' : 'tender.bid.submit', subjectType: 'tender_bid', subjectId: bid.id,
        change: { lotId: lot.id, version, digest: input.digest, signingKey: key.fingerprint, receivedAt: now.toISOString(), replaces: previous?.id ?? null },
      });
      return bidView(bid);
    });
  }

  withdraw(ctx: TenantContext, bidId: string): Promise<BidView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const now = new Date();
      const bid = await ownBid(em, ctx, bidId, true);
      await biddingLot(em, bid.lot.id, now);
      bid.state = nextTenderBidState(bid.state, 'withdraw');
      bid.updatedAt = now;
      tx.audit({ action: 'tender.bid.withdraw', subjectType: 'tender_bid', subjectId: bid.id, change: { lotId: bid.lot.id, version: bid.version } });
      tx.publish(domainEvent('tender.bid.withdrawn', { lotId: bid.lot.id, trigger: 'bid_withdrawn', supplierId: bid.supplier.id }));
      return bidView(bid);
    });
  }

  /** The caller's organisation's bids, all versions, newest first (never another supplier's). */
  mine(ctx: TenantContext, lotId: string | null | undefined): Promise<BidView[]> {
    return this.db.transaction(ctx, async (em) => {
      const bids = await em.find(TenderBid, { supplier: ctx.organisationId!, ...(lotId ? { lot: lotId } : {}) }, { orderBy: { createdAt: 'desc', version: 'desc' }, limit: 200 });
      return bids.map(bidView);
    });
  }
}

/** A lot taking bids now: in bidding, and its project's deadline not reached by server time. */
async function biddingLot(em: EntityManager, lotId: string, now: Date): Promise<TenderLot> {
  const lot = await em.findOne(TenderLot, { id: lotId }, { populate: ['project'] });
  if (!lot) throw new AppError('TENDER_LOT_NOT_FOUND', { field: 'lotId' });
  const deadline = lot.project.bidDeadline;
  if (deadline && now.getTime() >= deadline.getTime()) throw new AppError('BID_AFTER_DEADLINE', { deadline: deadline.toISOString() });
  if (lot.state !== TenderLotState.Bidding || !deadline) throw new AppError('BID_LOT_NOT_BIDDING');
  return lot;
}

/** The caller's organisation's bid; another's is as unknown as a missing one. */
export async function ownBid(em: EntityManager, ctx: TenantContext, bidId: string, lock = false, withCiphertext = false): Promise<TenderBid> {
  // A malformed id names no bid; PostgreSQL would refuse it as a uuid.
  if (!isUuid(bidId)) throw new AppError('BID_NOT_FOUND', { field: 'bidId' });
  const bid = await em.findOne(TenderBid, { id: bidId, supplier: ctx.organisationId! }, {
    ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
    ...(withCiphertext ? { populate: ['ciphertext'] as const } : {}),
  });
  if (!bid) throw new AppError('BID_NOT_FOUND', { field: 'bidId' });
  return bid;
}
