import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FinancingSubjectType, type FinancingApplication, type Lender, type PayeeAccount, PayeeAccountLock, Payment, PaymentState } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import type { PayeeAccountRouter } from '../payments/payee-routing.js';

/** Payment subject types of the financing subjects that the platform pays (tender contracts are paid outside it). */
const PAYMENT_SUBJECT: Partial<Record<FinancingSubjectType, string>> = { [FinancingSubjectType.MallOrder]: 'order' };
const FINANCING_SUBJECT: Record<string, FinancingSubjectType> = { order: FinancingSubjectType.MallOrder };

export interface LockedAccount { bankName: string; accountName: string; accountNo: string }

export const activeLock = (em: EntityManager, subjectType: FinancingSubjectType, subjectId: string) =>
  em.findOne(PayeeAccountLock, { subjectType, subjectId, releasedAt: null });

/**
 * 回款账户锁定: on approval the subject's payee account becomes the lender's repayment account
 * (a lock row, audited, in the approval's transaction); the repayment notice releases it.
 */
@Injectable()
export class PayeeAccountLocks implements PayeeAccountRouter {
  async lock(em: EntityManager, tx: TxEffects, app: FinancingApplication, lender: Lender, account: LockedAccount, at: Date): Promise<PayeeAccountLock> {
    const lock = em.create(PayeeAccountLock, {
      tenantId: app.tenantId, subjectType: app.subjectType, subjectId: app.subjectId, applicationId: app.id, lenderId: lender.id, ...account, lockedAt: at,
    });
    await em.flush();
    // A payment already waiting for the subject has not moved money yet: it goes to the lender too.
    const paymentSubject = PAYMENT_SUBJECT[app.subjectType];
    if (paymentSubject) {
      const live = await em.find(Payment, { subjectType: paymentSubject, subjectId: app.subjectId, state: { $in: [PaymentState.Pending, PaymentState.AwaitingApproval] } });
      for (const p of live) {
        p.payeeAccount = toAccount(lock);
        p.updatedAt = at;
        tx.audit({ action: 'payments.payment.payee-account-locked', subjectType: 'payment', subjectId: p.id, change: { lockId: lock.id, accountNo: lock.accountNo } });
      }
      await em.flush();
    }
    tx.audit({
      action: 'financing.payee-account.lock', subjectType: app.subjectType, subjectId: app.subjectId,
      change: { lockId: lock.id, applicationId: app.id, lenderId: lender.id, bankName: lock.bankName, accountName: lock.accountName, accountNo: lock.accountNo },
    });
    return lock;
  }

  async release(em: EntityManager, tx: TxEffects, app: FinancingApplication, at: Date): Promise<void> {
    const lock = await em.findOne(PayeeAccountLock, { applicationId: app.id, releasedAt: null });
    if (!lock) return;
    lock.releasedAt = at;
    // A payment still waiting was routed to the lender by this lock: it goes to the payee's own account again.
    const paymentSubject = PAYMENT_SUBJECT[app.subjectType];
    if (paymentSubject) {
      const live = await em.find(Payment, { subjectType: paymentSubject, subjectId: app.subjectId, state: { $in: [PaymentState.Pending, PaymentState.AwaitingApproval] } });
      for (const p of live.filter((x) => x.payeeAccount?.lockId === lock.id)) {
        p.payeeAccount = null;
        p.updatedAt = at;
        tx.audit({ action: 'payments.payment.payee-account-released', subjectType: 'payment', subjectId: p.id, change: { lockId: lock.id, accountNo: lock.accountNo } });
      }
    }
    await em.flush();
    tx.audit({ action: 'financing.payee-account.release', subjectType: app.subjectType, subjectId: app.subjectId, change: { lockId: lock.id, applicationId: app.id } });
  }

  async find(em: EntityManager, subjectType: string, subjectId: string): Promise<PayeeAccount | null> {
    const financing = FINANCING_SUBJECT[subjectType];
    if (!financing) return null;
    const lock = await activeLock(em, financing, subjectId);
    return lock && toAccount(lock);
  }
}

const toAccount = (l: PayeeAccountLock): PayeeAccount => ({ bankName: l.bankName, accountName: l.accountName, accountNo: l.accountNo, lockId: l.id });
