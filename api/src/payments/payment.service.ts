import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Fen, formatYuan, isUuid, Organisation, Payment, PaymentProviderCode, PaymentRefund, PaymentReviewReason, PaymentState, RefundState, Role, type TenantContext,
} from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import { checkIdempotencyKey, requestFingerprint } from '../platform/idempotency/idempotency-key.js';
import { requireReason } from '../catalog/problems.js';
import { PayableRegistry } from './payable.js';
import { PayeeAccountRouting } from './payee-routing.js';
import { LIVE_PAYMENT_STATES } from './payment-state-machine.js';
import { lockPayment, PaymentSettlement, refundsOf } from './payment-settlement.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { toPaymentView, type PaymentView } from './payment-view.js';
import { ALIPAY_TIMEOUT_MINUTES } from './providers/alipay.provider.js';

export interface StartPaymentInput {
  subjectType: string;
  subjectId: string;
  /** One of the tenant's enabled providers; the tenant's default when omitted. */
  provider?: PaymentProviderCode | null;
  idempotencyKey: string;
}

const BANK_REFERENCE = /^[A-Za-z0-9-]{4,64}$/;
const SUBJECT_TYPE = /^[a-z][a-z0-9_-]{0,31}$/;

/** Finance and operators see every payment; others only their organisation's (as payer or payee). */
export function seesAllPayments(ctx: TenantContext): boolean {
  return ctx.roles.includes(Role.Finance) || ctx.roles.includes(Role.TenantOperator) || ctx.roles.includes('system');
}

/** The sweep leaves a pending payment alone this long: the payer may still be on Alipay's page. */
export const RECONCILE_PAYMENT_AFTER_MS = 5 * 60_000;
/** A refund still pending this long lost its answer (or its process): the sweep repeats it. */
export const RECONCILE_REFUND_AFTER_MS = 2 * 60_000;
const RECONCILE_BATCH = 50;

/**
 * Starting, deciding, refreshing and refunding payments. Every call is one transaction (two
 * for a refund, around the provider call), locks the payment it changes, and is audited.
 */
@Injectable()
export class PaymentService {
  constructor(
    private readonly db: TenantDb,
    private readonly registry: PayableRegistry,
    private readonly settings: PaymentSettingsService,
    private readonly settlement: PaymentSettlement,
    private readonly payeeAccounts: PayeeAccountRouting,
  ) {}

  /**
   * Starts paying a subject for the caller's organisation. Idempotent on the caller's key:
   * the same key and input return the same payment; the key with another input is refused.
   */
  async start(ctx: TenantContext, input: StartPaymentInput): Promise<PaymentView> {
    const userId = requireUser(ctx);
    checkIdempotencyKey(input.idempotencyKey, 'input.idempotencyKey');
    if (!SUBJECT_TYPE.test(input.subjectType) || !this.registry.find(input.subjectType)) {
      throw new AppError('PAYABLE_SUBJECT_UNKNOWN', { subjectType: input.subjectType.slice(0, 32) });
    }
    const requestDigest = requestFingerprint('startPayment', [input.subjectType, input.subjectId, input.provider ?? null]);
    const replay = () => this.db.transaction(ctx, (em) => this.replayed(em, userId, input.idempotencyKey, requestDigest));
    const earlier = await replay();
    if (earlier) return earlier;
    try {
      return await this.db.transaction(ctx, (em, tx) => this.create(em, tx, ctx, userId, input, requestDigest));
    } catch (err) {
      // A concurrent start won, seen either as the unique index or as the live payment it left:
      // the same key (a retry) gets its payment; another key a conflict.
      const lostRace = err instanceof UniqueConstraintViolationException || (err instanceof AppError && err.reason === 'PAYMENT_ALREADY_LIVE');
      if (!lostRace) throw err;
      const winner = await replay();
      if (winner) return winner;
      if (err instanceof AppError) throw err;
      const live = await this.db.transaction(ctx, (em) => em.findOne(Payment, { subjectType: input.subjectType, subjectId: input.subjectId, state: { $in: [...LIVE_PAYMENT_STATES] } }));
      if (live) throw new AppError('PAYMENT_ALREADY_LIVE', { paymentNo: live.paymentNo });
      // Nothing live for the subject: the payment number itself collided; draw another once.
      return this.db.transaction(ctx, (em, tx) => this.create(em, tx, ctx, userId, input, requestDigest));
    }
  }

  private async replayed(em: EntityManager, userId: string, key: string, requestDigest: string): Promise<PaymentView | null> {
    const earlier = await em.findOne(Payment, { startedBy: userId, idempotencyKey: key }, { populate: ['payer', 'payee'] });
    if (!earlier) return null;
    if (earlier.requestDigest !== requestDigest) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return toPaymentView(earlier, await refundsOf(em, earlier.id));
  }

  private async create(em: EntityManager, tx: TxEffects, ctx: TenantContext, userId: string, input: StartPaymentInput, requestDigest: string): Promise<PaymentView> {
    const handler = this.registry.find(input.subjectType)!;
    const offered = await this.settings.providers(em);
    const code = input.provider ?? offered.default;
    if (!offered.enabled.includes(code)) throw new AppError('PAYMENT_PROVIDER_NOT_ENABLED', { provider: code });
    const payable = await handler.describe(em, ctx, input.subjectId);
    if (payable.payerOrganisationId !== ctx.organisationId) throw new AppError('PAYMENT_NOT_PAYER');
    if (payable.amountFen <= 0n) throw new AppError('PAYMENT_AMOUNT_INVALID');
    const existing = await em.find(Payment, { subjectType: input.subjectType, subjectId: input.subjectId, state: { $in: [...LIVE_PAYMENT_STATES, PaymentState.Succeeded] } });
    const paid = existing.find((p) => p.state === PaymentState.Succeeded);
    if (paid) throw new AppError('SUBJECT_ALREADY_PAID', { paymentNo: paid.paymentNo });
    if (existing.length) throw new AppError('PAYMENT_ALREADY_LIVE', { paymentNo: existing[0].paymentNo });

    const provider = this.settlement.provider(code);
    const account = code === PaymentProviderCode.Alipay ? await this.settings.alipayAccount(em, ctx) : null;
    if (code === PaymentProviderCode.Alipay && !account) throw new AppError('PAYMENT_PROVIDER_NOT_CONFIGURED', { provider: code });
    const payment = em.create(Payment, {
      tenantId: ctx.tenantId,
      paymentNo: paymentNumber(ctx.tenantCode),
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      provider: code,
      amountFen: payable.amountFen,
      payer: em.getReference(Organisation, payable.payerOrganisationId),
      payee: em.getReference(Organisation, payable.payeeOrganisationId),
      title: payable.title.slice(0, 128),
      state: provider.initialState,
      startedBy: userId,
      idempotencyKey: input.idempotencyKey,
      requestDigest,
      // A lock (回款账户锁定) sends the money to the lender's account instead of the payee's own.
      payeeAccount: await this.payeeAccounts.find(em, input.subjectType, input.subjectId),
    });
    // Building the page-pay URL only signs locally; nothing leaves the machine in this transaction.
    payment.payUrl = (await provider.start({ paymentNo: payment.paymentNo, amountFen: payment.amountFen, title: payment.title }, account)).payUrl;
    await em.flush();
    tx.audit({
      action: 'payments.payment.start', subjectType: 'payment', subjectId: payment.id,
      change: { paymentNo: payment.paymentNo, subjectType: payment.subjectType, subjectId: payment.subjectId, provider: code, amount: formatYuan(payment.amountFen), state: payment.state, payeeAccount: payment.payeeAccount ?? null },
    });
    return toPaymentView(payment);
  }

  /** Finance approves a treasury payment request with the bank transfer reference: it succeeds and settles. */
  approve(ctx: TenantContext, id: string, bankReference: string): Promise<PaymentView> {
    const reference = bankReference.trim();
    if (!BANK_REFERENCE.test(reference)) throw new AppError('BANK_REFERENCE_INVALID');
    return this.decide(ctx, id, async (em, tx, payment) => this.settlement.transition(em, tx, ctx, payment, 'approve', { reference, via: 'treasury-approval' }));
  }

  reject(ctx: TenantContext, id: string, reason: string): Promise<PaymentView> {
    const text = requireReason(reason);
    return this.decide(ctx, id, async (em, tx, payment) => this.settlement.transition(em, tx, ctx, payment, 'reject', { reason: text, via: 'treasury-approval' }));
  }

  /**
   * Finance has looked into a flagged payment (an amount or app mismatch, a payment after
   * closing) and clears the flag with what it found; the flag and its detail stay in the audit.
   */
  clearReview(ctx: TenantContext, id: string, note: string): Promise<PaymentView> {
    const text = requireReason(note);
    return this.db.transaction(ctx, async (em, tx) => {
      const payment = await lockPayment(em, { id });
      if (!payment) throw new AppError('PAYMENT_NOT_FOUND');
      if (!payment.reviewReason) throw new AppError('PAYMENT_NOT_FLAGGED', { paymentNo: payment.paymentNo });
      const cleared = { reason: payment.reviewReason, detail: payment.reviewDetail ?? null, note: text };
      payment.reviewReason = null;
      payment.reviewDetail = null;
      payment.updatedAt = new Date();
      await em.flush();
      tx.audit({ action: 'payments.payment.review-cleared', subjectType: 'payment', subjectId: payment.id, change: cleared });
      return toPaymentView(payment, await refundsOf(em, payment.id));
    });
  }

  private decide(ctx: TenantContext, id: string, apply: (em: EntityManager, tx: TxEffects, payment: Payment) => Promise<void>): Promise<PaymentView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const payment = await lockPayment(em, { id });
      if (!payment || payment.provider !== PaymentProviderCode.Treasury) throw new AppError('PAYMENT_NOT_FOUND');
      await apply(em, tx, payment);
      return toPaymentView(payment, await refundsOf(em, payment.id));
    });
  }

  /**
   * Asks the provider where a pending payment stands (the payer came back, or a notify was
   * lost): success settles it exactly as a notify would; a closed trade closes it.
   */
  async refresh(ctx: TenantContext, id: string): Promise<PaymentView> {
    const before = await this.db.transaction(ctx, async (em) => {
      const payment = await this.visible(em, ctx, id);
      const account = payment.provider === PaymentProviderCode.Alipay && payment.state === PaymentState.Pending ? await this.settings.alipayAccount(em, ctx) : null;
      return { payment, account };
    });
    const { payment, account } = before;
    if (payment.provider !== PaymentProviderCode.Alipay || payment.state !== PaymentState.Pending) return this.view(ctx, id);
    const status = await this.settlement.provider(payment.provider).query({ paymentNo: payment.paymentNo, amountFen: payment.amountFen, title: payment.title }, account);
    return this.db.transaction(ctx, async (em, tx) => {
      const locked = (await lockPayment(em, { id }))!;
      if (locked.state === PaymentState.Pending) {
        if (status.status === 'succeeded') {
          if (status.amountFen !== locked.amountFen) {
            await this.settlement.flag(em, tx, locked, PaymentReviewReason.AmountMismatch, { source: 'query', expected: formatYuan(locked.amountFen), reported: formatYuan(status.amountFen), tradeNo: status.tradeNo });
          } else {
            await this.settlement.transition(em, tx, ctx, locked, 'succeed', { reference: status.tradeNo, via: 'query' });
          }
        } else if (status.status === 'closed') {
          await this.settlement.transition(em, tx, ctx, locked, 'close', { reference: status.tradeNo, via: 'query' });
        } else if (status.status === 'not_found' && Date.now() - locked.createdAt.getTime() > ALIPAY_TIMEOUT_MINUTES * 60_000) {
          // Never opened at Alipay and past the page-pay timeout: it can no longer be paid.
          await this.settlement.transition(em, tx, ctx, locked, 'close', { via: 'query' });
        }
      }
      return toPaymentView(locked, await refundsOf(em, locked.id));
    });
  }

  /**
   * Refunds (part of) a succeeded payment. The refund is recorded (pending) before the
   * provider is called with its out_request_no, so a retry — same idempotency key — repeats
   * the same request number and Alipay refunds once.
   */
  async refund(ctx: TenantContext, id: string, amountFen: Fen, reason: string, idempotencyKey: string): Promise<PaymentView> {
    const userId = requireUser(ctx);
    checkIdempotencyKey(idempotencyKey);
    if (amountFen <= 0n) throw new AppError('REFUND_AMOUNT_INVALID');
    const text = requireReason(reason);
    const requestDigest = requestFingerprint('refundPayment', [id, amountFen.toString(), text]);
    const prepared = await this.db.transaction(ctx, async (em, tx) => {
      const earlier = await em.findOne(PaymentRefund, { requestedBy: userId, idempotencyKey }, { populate: ['payment'] });
      if (earlier) {
        if (earlier.requestDigest !== requestDigest) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { refundId: earlier.id, pending: earlier.state === RefundState.Pending };
      }
      const payment = await lockPayment(em, { id });
      if (!payment) throw new AppError('PAYMENT_NOT_FOUND');
      if (payment.provider !== PaymentProviderCode.Alipay) throw new AppError('REFUND_NOT_SUPPORTED', { provider: payment.provider });
      if (payment.state !== PaymentState.Succeeded) throw new AppError('PAYMENT_TRANSITION_NOT_ALLOWED', { state: payment.state, action: 'refund' });
      const refunds = await refundsOf(em, payment.id);
      const committed = refunds.filter((r) => r.state !== RefundState.Failed).reduce((sum, r) => sum + r.amountFen, 0n);
      const refundable = payment.amountFen - committed;
      if (amountFen > refundable) throw new AppError('REFUND_EXCEEDS_PAYMENT', { refundable: formatYuan(refundable) });
      const refund = em.create(PaymentRefund, {
        tenantId: ctx.tenantId, payment, outRequestNo: `${payment.paymentNo}R${refunds.length + 1}`, amountFen, reason: text,
        state: RefundState.Pending, requestedBy: userId, idempotencyKey, requestDigest,
      });
      await em.flush();
      tx.audit({ action: 'payments.refund.request', subjectType: 'payment', subjectId: payment.id, change: { outRequestNo: refund.outRequestNo, amount: formatYuan(amountFen), reason: text } });
      return { refundId: refund.id, pending: true };
    });
    if (!prepared.pending) return this.view(ctx, id);
    return this.completeRefund(ctx, prepared.refundId);
  }

  /**
   * Calls the provider for a pending refund (the same out_request_no every time) and records
   * its answer; a refund already decided is left as it is.
   */
  private async completeRefund(ctx: TenantContext, refundId: string): Promise<PaymentView> {
    const { payment, refund, account } = await this.db.transaction(ctx, async (em) => {
      const r = await em.findOneOrFail(PaymentRefund, { id: refundId }, { populate: ['payment'] });
      return { payment: r.payment, refund: r, account: await this.settings.alipayAccount(em, ctx) };
    });
    const result = await this.settlement.provider(payment.provider).refund(
      { paymentNo: payment.paymentNo, amountFen: payment.amountFen, title: payment.title },
      { outRequestNo: refund.outRequestNo, amountFen: refund.amountFen, reason: refund.reason },
      account,
    );
    return this.db.transaction(ctx, async (em, tx) => {
      const locked = (await lockPayment(em, { id: payment.id }))!;
      const r = await em.findOneOrFail(PaymentRefund, { id: refund.id });
      if (r.state === RefundState.Pending) {
        r.state = result.ok ? RefundState.Succeeded : RefundState.Failed;
        r.failure = result.ok ? null : result.failure.slice(0, 500);
        r.refundedAt = result.ok ? new Date() : null;
        r.updatedAt = new Date();
        if (result.ok) locked.refundedFen += r.amountFen;
        locked.updatedAt = new Date();
        await em.flush();
        tx.audit({ action: `payments.refund.${result.ok ? 'succeed' : 'fail'}`, subjectType: 'payment', subjectId: locked.id, change: { outRequestNo: r.outRequestNo, amount: formatYuan(r.amountFen), failure: r.failure ?? null } });
      }
      return toPaymentView(locked, await refundsOf(em, locked.id));
    });
  }

  /**
   * The scheduled sweep (job `payments.reconcile`): asks Alipay about pending payments older
   * than a few minutes (a lost notify settles, a closed trade closes) and repeats refunds whose
   * answer was lost, with their own out_request_no. Each item is its own transactions; one
   * failing (Alipay unreachable) does not stop the others.
   */
  async reconcile(ctx: TenantContext, now = new Date()): Promise<{ paymentsChecked: number; refundsRetried: number; errors: number }> {
    const { payments, refunds } = await this.db.transaction(ctx, async (em) => ({
      payments: await em.find(
        Payment,
        { provider: PaymentProviderCode.Alipay, state: PaymentState.Pending, createdAt: { $lt: new Date(now.getTime() - RECONCILE_PAYMENT_AFTER_MS) } },
        { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: RECONCILE_BATCH },
      ),
      refunds: await em.find(
        PaymentRefund,
        { state: RefundState.Pending, createdAt: { $lt: new Date(now.getTime() - RECONCILE_REFUND_AFTER_MS) } },
        { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: RECONCILE_BATCH },
      ),
    }));
    let errors = 0;
    for (const p of payments) await this.refresh(ctx, p.id).catch(() => (errors += 1));
    for (const r of refunds) await this.completeRefund(ctx, r.id).catch(() => (errors += 1));
    return { paymentsChecked: payments.length, refundsRetried: refunds.length, errors };
  }

  view(ctx: TenantContext, id: string): Promise<PaymentView> {
    return this.db.transaction(ctx, async (em) => {
      const payment = await this.visible(em, ctx, id);
      return toPaymentView(payment, await refundsOf(em, payment.id));
    });
  }

  /** The payment when the caller may see it (finance, operators, payer, payee); otherwise not found. */
  private async visible(em: EntityManager, ctx: TenantContext, id: string): Promise<Payment> {
    const payment = isUuid(id) ? await em.findOne(Payment, { id }, { populate: ['payer', 'payee'] }) : null;
    if (!payment) throw new AppError('PAYMENT_NOT_FOUND');
    if (!seesAllPayments(ctx) && payment.payer.id !== ctx.organisationId && payment.payee.id !== ctx.organisationId) throw new AppError('PAYMENT_NOT_FOUND');
    return payment;
  }
}

function requireUser(ctx: TenantContext): string {
  if (!ctx.userId) throw new AppError('AUTHENTICATION_REQUIRED');
  return ctx.userId;
}

/** Readable and unique per tenant: province code, UTC time to the second, four random digits (≤ 64 for Alipay). */
function paymentNumber(tenantCode: string): string {
  const t = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  return `${tenantCode.replace(/[^0-9A-Za-z]/g, '').slice(0, 8)}${t}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}
