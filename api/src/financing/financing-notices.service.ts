import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FinancingApplication, FinancingNotice, formatYuan, isUuid, Lender, type Locale, parseYuan, type TenantContext } from '@zhengcai/schema';
import { canonicalJson } from '../platform/audit/canonical-json.js';
import { TenantDb } from '../platform/database/tenant-db.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import { localize, type Reason } from '../platform/errors/messages.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import type { DirectoryTenant } from '../platform/tenancy/tenant-directory.service.js';
import { verifyText } from './financing-crypto.js';
import { type FinancingAction, nextFinancingState, NOTICE_ACTIONS } from './financing-state-machine.js';
import { PayeeAccountLocks } from './payee-account-locks.js';

/** A lender's status notice as it posts it (docs/financing.md, "Notices"). */
export interface LenderNotice {
  noticeId: string;
  applicationId: string;
  status: 'approved' | 'rejected' | 'disbursed' | 'repaid';
  amount?: string;
  reason?: string;
  repaymentAccount?: { bankName: string; accountName: string; accountNo: string };
  at: string;
}

export interface NoticeAnswer { status: number; body: Record<string, unknown> }

const refuse = (status: number, reason: Reason, locale: Locale, params: Record<string, string | number> = {}): NoticeAnswer => ({
  status, body: { ok: false, reason, params, message: localize(reason, locale, params) },
});

/**
 * Applies lenders' signed status notices. The signature (SM2 over the canonical JSON of the
 * body, with the lender's registered key) is checked before anything is read or written; each
 * noticeId is applied once and kept with its answer, so a replay gets the same answer.
 */
@Injectable()
export class FinancingNotices {
  constructor(private readonly db: TenantDb, private readonly locks: PayeeAccountLocks) {}

  async handle(tenant: DirectoryTenant, lenderId: string, body: unknown, signature: string, locale: Locale, requestId: string): Promise<NoticeAnswer> {
    const ctx: TenantContext = { tenantId: tenant.id, tenantCode: tenant.code, locale, roles: ['system'], requestId };
    return this.db.transaction(ctx, async (em, tx) => {
      const lender = isUuid(lenderId) ? await em.findOne(Lender, { id: lenderId }) : null;
      if (!lender) return refuse(404, 'FINANCING_LENDER_UNKNOWN', locale, { field: 'lenderId' });
      if (!body || typeof body !== 'object' || Array.isArray(body) || !verifyText(canonicalJson(body), signature, lender.publicKey)) {
        return refuse(401, 'FINANCING_NOTICE_SIGNATURE_INVALID', locale);
      }
      const checked = checkNotice(body as Record<string, unknown>);
      if ('field' in checked) return refuse(400, 'FINANCING_NOTICE_INVALID', locale, { field: checked.field });
      const notice = checked.notice;
      const app = await em.findOne(FinancingApplication, { id: notice.applicationId, lender: lender.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!app) return refuse(404, 'FINANCING_APPLICATION_NOT_FOUND', locale, { field: 'applicationId' });
      // Under the application's lock, so two deliveries of one notice cannot both apply it.
      const earlier = await em.findOne(FinancingNotice, { lenderId: lender.id, noticeId: notice.noticeId });
      if (earlier) return { status: earlier.httpStatus, body: { ...earlier.answer, replay: true } };

      let answer: NoticeAnswer;
      try {
        await this.apply(em, tx, app, lender, notice, NOTICE_ACTIONS[notice.status]);
        answer = { status: 200, body: { ok: true, applicationId: app.id, state: app.state } };
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        answer = refuse(409, err.reason, locale, err.params);
      }
      em.create(FinancingNotice, {
        tenantId: ctx.tenantId, lenderId: lender.id, noticeId: notice.noticeId, applicationId: app.id, body: body as Record<string, unknown>, signature,
        httpStatus: answer.status, answer: answer.body,
      });
      await em.flush();
      return answer;
    });
  }

  private async apply(em: EntityManager, tx: TxEffects, app: FinancingApplication, lender: Lender, n: LenderNotice, action: FinancingAction): Promise<void> {
    const from = app.state;
    app.state = nextFinancingState(app.state, action);
    const at = new Date();
    const amountFen = n.amount ? parseYuan(n.amount) : null;
    if (action === 'approve' || action === 'disburse') app.lenderAmountFen = amountFen ?? app.lenderAmountFen ?? app.amountFen;
    if (action === 'reject') app.lenderReason = n.reason ?? null;
    if (action === 'approve' || action === 'reject') app.decidedAt = at;
    app.updatedAt = at;
    await em.flush();
    if (action === 'approve') {
      // The lender may name an account for this contract; otherwise its registered one.
      const account = n.repaymentAccount ?? { bankName: lender.repaymentBankName, accountName: lender.repaymentAccountName, accountNo: lender.repaymentAccountNo };
      await this.locks.lock(em, tx, app, lender, account, at);
    }
    if (action === 'repay') await this.locks.release(em, tx, app, at);
    tx.audit({
      action: `financing.application.${n.status}`, subjectType: 'financing_application', subjectId: app.id,
      change: { from, to: app.state, noticeId: n.noticeId, amount: amountFen === null ? null : formatYuan(amountFen), reason: n.reason ?? null, lenderAt: n.at },
    });
    if (action === 'approve') tx.publish(domainEvent('financing.application.approved', { applicationId: app.id }));
    if (action === 'reject') tx.publish(domainEvent('financing.application.rejected', { applicationId: app.id }));
  }
}

const YUAN = /^\d{1,16}(\.\d{1,2})?$/;
const text = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

function checkNotice(b: Record<string, unknown>): { notice: LenderNotice } | { field: string } {
  if (!text(b.noticeId, 64)) return { field: 'noticeId' };
  if (typeof b.applicationId !== 'string' || !isUuid(b.applicationId)) return { field: 'applicationId' };
  if (typeof b.status !== 'string' || !Object.hasOwn(NOTICE_ACTIONS, b.status)) return { field: 'status' };
  if (b.amount !== undefined && b.amount !== null && (typeof b.amount !== 'string' || !YUAN.test(b.amount))) return { field: 'amount' };
  if (b.reason !== undefined && b.reason !== null && !text(b.reason, 500)) return { field: 'reason' };
  const acct = b.repaymentAccount as Record<string, unknown> | undefined | null;
  if (acct !== undefined && acct !== null) {
    if (typeof acct !== 'object' || !text(acct.bankName, 128) || !text(acct.accountName, 128) || typeof acct.accountNo !== 'string' || !/^[0-9]{8,32}$/.test(acct.accountNo)) return { field: 'repaymentAccount' };
  }
  if (typeof b.at !== 'string' || Number.isNaN(Date.parse(b.at))) return { field: 'at' };
  return {
    notice: {
      noticeId: b.noticeId as string, applicationId: b.applicationId, status: b.status as LenderNotice['status'], amount: (b.amount as string | undefined) ?? undefined,
      reason: (b.reason as string | undefined) ?? undefined, repaymentAccount: (acct as LenderNotice['repaymentAccount']) ?? undefined, at: b.at,
    },
  };
}

