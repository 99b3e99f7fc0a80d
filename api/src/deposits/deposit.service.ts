import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  Deposit, DepositPaidVia, DepositRefund, DepositRefundState, DepositState, DepositTransfer, DepositTransferFlag, DepositTransferState, type Fen, formatYuan, isUuid,
  Organisation, Role, type TenantContext, TenderLot, TenderLotState,
} from '@zhengcai/schema';
import { requireReason } from '../catalog/problems.js';
import { TenantDb } from '../platform/database/tenant-db.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { isValidVirtualAccountRef, virtualAccountRef } from './deposit-interest.js';
import { nextDepositState, type DepositAction } from './deposit-state-machine.js';

export interface RecordTransferInput {
  bankSerialNo: string;
  reference: string;
  amountFen: Fen;
  payerAccountName: string;
  arrivedAt: Date;
}

const BANK_SERIAL = /^[A-Za-z0-9-]{4,64}$/;

/** Finance and operators see every deposit; a supplier only its own; the buyer those on its lots. */
function seesAll(ctx: TenantContext): boolean {
  return ctx.roles.includes(Role.Finance) || ctx.roles.includes(Role.TenantOperator);
}

/**
 * Deposits from the supplier's side (open one, see the account reference), finance's
 * (incoming transfers, refund confirmations, challenge decisions) and the buyer's (forfeiture).
 * Every call is one transaction, locks what it changes and is audited.
 */
@Injectable()
export class DepositService {
  constructor(private readonly db: TenantDb) {}

  /** The caller's supplier opens its deposit for a lot (idempotent): the amount due and the reference to quote. */
  open(ctx: TenantContext, lotId: string): Promise<Deposit> {
    return this.db.transaction(ctx, async (em, tx) => {
      const lot = isUuid(lotId) ? await em.findOne(TenderLot, { id: lotId }, { populate: ['project'] }) : null;
      if (!lot) throw new AppError('DEPOSIT_LOT_NOT_FOUND');
      if (lot.depositFen <= 0n) throw new AppError('DEPOSIT_NOT_REQUIRED');
      const existing = await em.findOne(Deposit, { lot, supplier: ctx.organisationId! });
      if (existing) return existing;
      if (lot.state !== TenderLotState.Bidding) throw new AppError('DEPOSIT_LOT_NOT_BIDDING', { state: lot.state });
      const deposit = em.create(Deposit, {
        tenantId: ctx.tenantId, lot, supplier: em.getReference(Organisation, ctx.organisationId!), amountFen: lot.depositFen, state: DepositState.Due,
        virtualAccountRef: virtualAccountRef(ctx.tenantId, ctx.organisationId!),
      });
      await em.flush();
      tx.audit({ action: 'deposits.deposit.open', subjectType: 'deposit', subjectId: deposit.id, change: { lotId, amount: formatYuan(deposit.amountFen), reference: deposit.virtualAccountRef } });
      return deposit;
    });
  }

  /**
   * Finance records an incoming bank transfer. It pays the quoting supplier's open deposit of
   * exactly that amount; anything else (unknown reference, nothing open, more or less than
   * due) is kept as a flagged transfer for finance, never accepted.
   */
  recordTransfer(ctx: TenantContext, input: RecordTransferInput): Promise<DepositTransfer> {
    const serial = input.bankSerialNo.trim();
    if (!BANK_SERIAL.test(serial)) throw new AppError('BANK_REFERENCE_INVALID', { field: 'input.bankSerialNo' });
    if (input.amountFen <= 0n) throw new AppError('DEPOSIT_AMOUNT_INVALID', { field: 'input.amount' });
    const payer = input.payerAccountName.trim();
    if (payer.length < 2 || payer.length > 200) throw new AppError('DEPOSIT_PAYER_NAME_INVALID', { field: 'input.payerAccountName' });
    if (Number.isNaN(input.arrivedAt.getTime()) || input.arrivedAt.getTime() > Date.now() + 60_000) throw new AppError('DEPOSIT_ARRIVAL_INVALID', { field: 'input.arrivedAt' });
    const reference = input.reference.trim().toUpperCase().slice(0, 64);
    return this.db.transaction(ctx, async (em, tx) => {
      if (await em.findOne(DepositTransfer, { bankSerialNo: serial })) throw new AppError('DEPOSIT_TRANSFER_DUPLICATE', { field: 'input.bankSerialNo', serial });
      let flag: DepositTransferFlag | null = null;
      let deposit: Deposit | null = null;
      if (!isValidVirtualAccountRef(reference)) flag = DepositTransferFlag.UnknownReference;
      else {
        const open = await em.find(Deposit, { virtualAccountRef: reference, state: DepositState.Due }, { orderBy: { createdAt: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
        deposit = open.find((d) => d.amountFen === input.amountFen) ?? null;
        if (!open.length) flag = DepositTransferFlag.NoOpenDeposit;
        else if (!deposit) flag = input.amountFen > open[0].amountFen ? DepositTransferFlag.AmountOver : DepositTransferFlag.AmountUnder;
      }
      const transfer = em.create(DepositTransfer, {
        tenantId: ctx.tenantId, bankSerialNo: serial, reference, amountFen: input.amountFen, payerAccountName: payer, arrivedAt: input.arrivedAt,
        recordedBy: ctx.userId!, state: deposit ? DepositTransferState.Matched : DepositTransferState.Flagged, flag, depositId: deposit?.id ?? null,
      });
      if (deposit) this.markPaid(tx, deposit, DepositPaidVia.BankTransfer, serial, null, input.arrivedAt);
      try {
        await em.flush();
      } catch (err) {
        if (err instanceof UniqueConstraintViolationException) throw new AppError('DEPOSIT_TRANSFER_DUPLICATE', { field: 'input.bankSerialNo', serial });
        throw err;
      }
      tx.audit({ action: 'deposits.transfer.record', subjectType: 'deposit-transfer', subjectId: transfer.id, change: { serial, reference, amount: formatYuan(input.amountFen), depositId: deposit?.id ?? null, flag } });
      return transfer;
    });
  }

  /** The deposit's money arrived: held from `paidAt`, when interest starts. */
  markPaid(tx: TxEffects, deposit: Deposit, via: DepositPaidVia, reference: string, paymentId: string | null, paidAt: Date): void {
    deposit.state = nextDepositState(deposit.state, 'pay');
    Object.assign(deposit, { paidVia: via, paymentReference: reference, paymentId, paidAt, updatedAt: new Date() });
    tx.audit({ action: 'deposits.deposit.pay', subjectType: 'deposit', subjectId: deposit.id, change: { via, reference, amount: formatYuan(deposit.amountFen) } });
  }

  /** The buyer keeps a held deposit (the winner refused to sign, a withdrawal after the deadline), with its reason. */
  forfeit(ctx: TenantContext, id: string, reason: string): Promise<Deposit> {
    const text = requireReason(reason);
    return this.change(ctx, id, 'forfeit', async (em, d) => {
      await em.populate(d, ['lot.project']);
      if (!d.lot || d.lot.project.buyer.id !== ctx.organisationId) throw new AppError('DEPOSIT_NOT_FOUND');
      d.forfeitReason = text;
      d.forfeitedBy = ctx.userId!;
      return { reason: text };
    });
  }

  /** The supplier challenges a forfeiture of its deposit. */
  challenge(ctx: TenantContext, id: string, grounds: string): Promise<Deposit> {
    const text = requireReason(grounds, 'grounds');
    return this.change(ctx, id, 'challenge', async (_em, d) => {
      if (d.supplier.id !== ctx.organisationId) throw new AppError('DEPOSIT_NOT_FOUND');
      d.challengeGrounds = text;
      return { grounds: text };
    });
  }

  /** Finance decides a challenge: upheld → held again (the next sweep refunds it when its lot frees it); dismissed → forfeited. */
  decideChallenge(ctx: TenantContext, id: string, uphold: boolean, note: string): Promise<Deposit> {
    const text = requireReason(note, 'note');
    return this.change(ctx, id, uphold ? 'uphold_challenge' : 'dismiss_challenge', async (_em, d) => {
      d.challengeDecision = text;
      if (uphold) {
        d.forfeitReason = null;
        d.forfeitedBy = null;
      }
      return { uphold, note: text };
    });
  }

  /** Finance confirms the bank transfer of a refund (the whole of it, or interest and late charge after Alipay). */
  confirmRefund(ctx: TenantContext, refundId: string, bankSerialNo: string): Promise<DepositRefund> {
    const serial = bankSerialNo.trim();
    if (!BANK_SERIAL.test(serial)) throw new AppError('BANK_REFERENCE_INVALID', { field: 'bankSerialNo' });
    return this.db.transaction(ctx, async (em, tx) => {
      const refund = isUuid(refundId) ? await em.findOne(DepositRefund, { id: refundId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!refund) throw new AppError('DEPOSIT_REFUND_NOT_FOUND');
      if (refund.state !== DepositRefundState.AwaitingBank) throw new AppError('DEPOSIT_REFUND_NOT_AWAITING_BANK', { state: refund.state });
      Object.assign(refund, { state: DepositRefundState.Completed, bankSerialNo: serial, completedAt: new Date(), updatedAt: new Date() });
      await em.flush();
      tx.audit({ action: 'deposits.refund.bank-confirmed', subjectType: 'deposit', subjectId: refund.deposit.id, change: { serial, amount: formatYuan(refund.bankTransferFen) } });
      return refund;
    });
  }

  private change(ctx: TenantContext, id: string, action: DepositAction, apply: (em: EntityManager, d: Deposit) => Promise<Record<string, unknown>>): Promise<Deposit> {
    return this.db.transaction(ctx, async (em, tx) => {
      const d = isUuid(id) ? await em.findOne(Deposit, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!d) throw new AppError('DEPOSIT_NOT_FOUND');
      const before = d.state;
      const next = nextDepositState(d.state, action);
      const change = await apply(em, d);
      d.state = next;
      d.updatedAt = new Date();
      await em.flush();
      await em.populate(d, ['lot.project']);
      tx.audit({ action: `deposits.deposit.${action}`, subjectType: 'deposit', subjectId: d.id, change: { from: before, to: next, ...change } });
      // A forfeiture, and a challenge upheld against it, move the supplier's integrity score.
      if (action === 'forfeit' || action === 'uphold_challenge') tx.publish(domainEvent('deposits.forfeiture.changed', { depositId: d.id }));
      return d;
    });
  }

  /** Deposits the caller may see, newest first, optionally of one lot or state. */
  list(ctx: TenantContext, filter: { lotId?: string | null; state?: DepositState | null }): Promise<(Deposit & { refund?: DepositRefund | null })[]> {
    return this.db.transaction(ctx, async (em) => {
      // Bid deposits only: an auction's registration deposits are shown on the auction.
      const where: Record<string, unknown> = { lot: { $ne: null } };
      if (filter.lotId) where.lot = isUuid(filter.lotId) ? filter.lotId : null;
      if (filter.state) where.state = filter.state;
      if (!seesAll(ctx)) {
        if (ctx.roles.includes(Role.Supplier)) where.supplier = ctx.organisationId;
        else where.lot = { ...(where.lot ? { id: where.lot } : {}), project: { buyer: ctx.organisationId } };
      }
      // Lot and project come in the same query (joined), so the names cost nothing per row.
      const deposits = await em.find(Deposit, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 500, populate: ['lot.project'], strategy: 'joined' });
      const refunds = deposits.length ? await em.find(DepositRefund, { deposit: { $in: deposits.map((d) => d.id) } }) : [];
      const byDeposit = new Map(refunds.map((r) => [r.deposit.id, r]));
      return deposits.map((d) => Object.assign(d, { refund: byDeposit.get(d.id) ?? null }));
    });
  }

  /**
   * Finance sent a flagged transfer's money back outside the platform: FLAGGED → RETURNED with
   * the bank serial no. of the return. Repeating it with the same serial no. changes nothing.
   */
  returnTransfer(ctx: TenantContext, id: string, bankSerialNo: string, note: string): Promise<DepositTransfer> {
    const serial = bankSerialNo.trim();
    if (!BANK_SERIAL.test(serial)) throw new AppError('BANK_REFERENCE_INVALID', { field: 'bankSerialNo' });
    const text = requireReason(note, 'note');
    return this.db.transaction(ctx, async (em, tx) => {
      const t = isUuid(id) ? await em.findOne(DepositTransfer, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!t) throw new AppError('DEPOSIT_TRANSFER_NOT_FOUND');
      if (t.state === DepositTransferState.Matched) throw new AppError('DEPOSIT_TRANSFER_MATCHED', { depositId: t.depositId ?? '' });
      if (t.state === DepositTransferState.Returned) {
        if (t.returnSerialNo === serial) return t;
        throw new AppError('DEPOSIT_TRANSFER_ALREADY_RETURNED', { field: 'bankSerialNo', serial: t.returnSerialNo ?? '' });
      }
      Object.assign(t, { state: DepositTransferState.Returned, returnSerialNo: serial, returnNote: text, returnedAt: new Date(), returnedBy: ctx.userId! });
      await em.flush();
      tx.audit({ action: 'deposits.transfer.return', subjectType: 'deposit-transfer', subjectId: t.id, change: { serial, note: text, amount: formatYuan(t.amountFen), flag: t.flag ?? null } });
      return t;
    });
  }

  /** Finance's queue: incoming transfers that matched nothing exactly. */
  flaggedTransfers(ctx: TenantContext): Promise<DepositTransfer[]> {
    return this.db.transaction(ctx, (em) => em.find(DepositTransfer, { state: DepositTransferState.Flagged }, { orderBy: { createdAt: 'desc' }, limit: 500 }));
  }

  /** The reference a supplier quotes on every deposit transfer. */
  accountReference(ctx: TenantContext): string {
    return virtualAccountRef(ctx.tenantId, ctx.organisationId!);
  }
}
