import { Injectable } from '@nestjs/common';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { formatYuan, isUuid, Payment, PaymentProviderCode, PaymentRefund, type PaymentReviewReason, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import { PayableRegistry } from './payable.js';
import { type PaymentAction, nextPaymentState } from './payment-state-machine.js';
import { AlipayProvider } from './providers/alipay.provider.js';
import type { PaymentProvider } from './providers/payment-provider.js';
import { TreasuryProvider } from './providers/treasury.provider.js';

/** The payment row locked for the rest of the transaction (SELECT … FOR UPDATE). */
export async function lockPayment(em: EntityManager, where: { id: string } | { paymentNo: string }): Promise<Payment | null> {
  if ('id' in where && !isUuid(where.id)) return null;
  return em.findOne(Payment, where, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['payer', 'payee'] });
}

export async function refundsOf(em: EntityManager, paymentId: string): Promise<PaymentRefund[]> {
  return em.find(PaymentRefund, { payment: paymentId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * The one place a payment changes state. Success moves the payment and settles its subject
 * through the subject's PayableHandler in the same transaction; the caller holds the row
 * lock, so a second notify, query or approval finds it succeeded and does nothing.
 */
@Injectable()
export class PaymentSettlement {
  constructor(
    private readonly registry: PayableRegistry,
    private readonly alipay: AlipayProvider,
    private readonly treasury: TreasuryProvider,
  ) {}

  provider(code: PaymentProviderCode): PaymentProvider {
    return code === PaymentProviderCode.Alipay ? this.alipay : this.treasury;
  }

  /** Applies a transition; on success settles the subject exactly once, in this transaction. */
  async transition(
    em: EntityManager, tx: TxEffects, ctx: TenantContext, payment: Payment, action: PaymentAction,
    details: { reference?: string; reason?: string; via: string },
  ): Promise<void> {
    const from = payment.state;
    const to = nextPaymentState(from, action);
    payment.state = to;
    payment.updatedAt = new Date();
    if (action === 'succeed' || action === 'approve') {
      payment.succeededAt = new Date();
      if (action === 'approve') payment.bankReference = details.reference;
      else payment.providerTradeNo = details.reference;
    }
    if (action === 'approve' || action === 'reject') payment.decidedBy = ctx.userId ?? null;
    if (action === 'reject') payment.rejectionReason = details.reason ?? null;
    await em.flush();
    tx.audit({
      action: `payments.payment.${action}`, subjectType: 'payment', subjectId: payment.id,
      change: { from, to, via: details.via, paymentNo: payment.paymentNo, amount: formatYuan(payment.amountFen), reference: details.reference ?? null, reason: details.reason ?? null },
    });
    if (to === 'succeeded') {
      const handler = this.registry.find(payment.subjectType);
      if (!handler) throw new AppError('PAYABLE_SUBJECT_UNKNOWN', { subjectType: payment.subjectType });
      await handler.settled(em, tx, ctx, payment.subjectId, {
        paymentId: payment.id, provider: payment.provider, amountFen: payment.amountFen, reference: details.reference ?? payment.paymentNo,
      });
    }
  }

  /** Marks the payment for finance's review (a notify or query disagreed with it); audited. */
  async flag(em: EntityManager, tx: TxEffects, payment: Payment, reason: PaymentReviewReason, detail: Record<string, string>): Promise<void> {
    payment.reviewReason = reason;
    payment.reviewDetail = detail;
    payment.updatedAt = new Date();
    await em.flush();
    tx.audit({ action: 'payments.payment.flag', subjectType: 'payment', subjectId: payment.id, change: { reason, detail } });
  }
}
