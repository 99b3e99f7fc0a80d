import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CalendarDay, Deposit, DepositPaidVia, DepositRefund, DepositRefundState, formatYuan, parseTenantSettings, Payment, PaymentProviderCode, Tenant, type TenantContext,
} from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { addDays, endOfLocalDate, localDateOf } from '../platform/calendar/local-date.js';
import { type DayOverride, WorkingCalendar } from '../platform/calendar/working-calendar.js';
import { PaymentSettingsService } from '../payments/payment-settings.service.js';
import { PaymentSettlement } from '../payments/payment-settlement.js';
import { daysBetween, depositOutRequestNo, refundAmounts } from './deposit-interest.js';
import { nextDepositState } from './deposit-state-machine.js';
import { GuaranteeReleases } from './guarantee-release.js';
import { FREED_DEPOSITS_SQL, FREED_BATCH } from './deposit-freed.js';

const BATCH = FREED_BATCH;

export interface Freed { id: string; trigger: string; triggered_at: Date }



export interface RefundRun { refunded: number; alipayCalled: number; alipayFailed: number; guaranteesReleased: number }

/**
 * Initiates refunds: one row per deposit (unique), the amounts with their formula, the
 * deposit moved to `refunded`, and for Alipay-paid deposits the refund call with the
 * deposit's own out_request_no — all in the caller's transaction, so a crash rolls back the
 * whole step and the retry asks Alipay again with the same number (it refunds once).
 */
@Injectable()
export class DepositRefunds {
  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly settlement: PaymentSettlement,
    private readonly releases: GuaranteeReleases,
  ) {}

  /** Refunds every deposit the lot's (or every lot's) current state frees. */
  async refundFreed(em: EntityManager, tx: TxEffects, ctx: TenantContext, now: Date, scope: { lotId?: string; supplierId?: string } = {}): Promise<RefundRun> {
    const run: RefundRun = { refunded: 0, alipayCalled: 0, alipayFailed: 0, guaranteesReleased: 0 };
    const lot = scope.lotId ?? null;
    const supplier = scope.supplierId ?? null;
    for (;;) {
      const rows = await em.execute<Freed[]>(FREED_DEPOSITS_SQL, [lot, lot, supplier, supplier]);
      if (!rows.length) break;
      await this.refund(em, tx, ctx, rows, now, run);
      if (rows.length < BATCH) break;
    }
    run.alipayFailed += await this.retryPending(em, tx, ctx, run);
    run.guaranteesReleased = await this.releases.releaseFreed(em, tx, ctx, now, [lot, lot, supplier, supplier]);
    return run;
  }

  /**
   * Refunds the given held deposits (locked by the caller) with their trigger: the path an
   * auction's registration deposits take. The unique refund per deposit keeps it to once.
   */
  async refundRows(em: EntityManager, tx: TxEffects, ctx: TenantContext, rows: Freed[], now: Date): Promise<RefundRun> {
    const run: RefundRun = { refunded: 0, alipayCalled: 0, alipayFailed: 0, guaranteesReleased: 0 };
    if (rows.length) await this.refund(em, tx, ctx, rows, now, run);
    run.alipayFailed += await this.retryPending(em, tx, ctx, run);
    return run;
  }

  private async refund(em: EntityManager, tx: TxEffects, ctx: TenantContext, rows: Freed[], now: Date, run: RefundRun): Promise<void> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const rules = parseTenantSettings(tenant.settings).deposits;
    const deposits = new Map((await em.find(Deposit, { id: { $in: rows.map((r) => r.id) } })).map((d) => [d.id, d]));
    const calendar = await this.calendar(em, rows, tenant.timeZone, now);
    const today = localDateOf(now, tenant.timeZone);
    for (const row of rows) {
      const deposit = deposits.get(row.id)!;
      const triggeredAt = new Date(row.triggered_at ?? now);
      const dueDate = calendar.addWorkingDays(localDateOf(triggeredAt, tenant.timeZone), rules.refundDeadlineWorkingDays);
      const daysHeld = Math.max(0, daysBetween(localDateOf(deposit.paidAt!, tenant.timeZone), today));
      const lateDays = Math.max(0, daysBetween(dueDate, today));
      const amounts = refundAmounts(deposit.amountFen, daysHeld, lateDays, rules);
      const alipay = deposit.paidVia === DepositPaidVia.Alipay;
      deposit.state = nextDepositState(deposit.state, 'refund');
      deposit.updatedAt = now;
      em.create(DepositRefund, {
        tenantId: ctx.tenantId, deposit, trigger: row.trigger, triggeredAt, dueBy: endOfLocalDate(dueDate, tenant.timeZone),
        method: deposit.paidVia!, ...amounts, daysHeld, lateDays, outRequestNo: depositOutRequestNo(deposit.id),
        state: alipay ? DepositRefundState.Pending : DepositRefundState.AwaitingBank,
        bankTransferFen: alipay ? amounts.interestFen + amounts.lateChargeFen : amounts.totalFen,
      });
      tx.audit({
        action: 'deposits.deposit.refund', subjectType: 'deposit', subjectId: deposit.id,
        change: { trigger: row.trigger, principal: formatYuan(amounts.principalFen), interest: formatYuan(amounts.interestFen), lateCharge: formatYuan(amounts.lateChargeFen), total: formatYuan(amounts.totalFen), formula: amounts.formula },
      });
      // The supplier is told (docs/notifications.md).
      tx.publish(domainEvent('deposits.deposit.refunded', { depositId: deposit.id }));
      run.refunded += 1;
    }
    await em.flush();
  }

  /**
   * Calls Alipay for every refund still pending (those just initiated and those whose answer
   * was lost): principal only, as Alipay refunds at most the trade; interest and late charge
   * go by bank transfer. A refusal or an unreachable Alipay stays pending for the next sweep.
   */
  private async retryPending(em: EntityManager, tx: TxEffects, ctx: TenantContext, run: RefundRun): Promise<number> {
    const pending = await em.find(DepositRefund, { state: DepositRefundState.Pending }, { populate: ['deposit'], limit: BATCH, orderBy: { createdAt: 'asc' } });
    if (!pending.length) return 0;
    const account = await this.settings.alipayAccount(em, ctx);
    const provider = this.settlement.provider(PaymentProviderCode.Alipay);
    let failed = 0;
    for (const refund of pending) {
      const payment = await em.findOneOrFail(Payment, { id: refund.deposit.paymentId! });
      run.alipayCalled += 1;
      const result = await provider
        .refund({ paymentNo: payment.paymentNo, amountFen: payment.amountFen, title: payment.title }, { outRequestNo: refund.outRequestNo, amountFen: refund.principalFen, reason: '投标保证金退还' }, account)
        .catch((err: unknown) => ({ ok: false as const, failure: `unreachable: ${(err as Error).message}` }));
      refund.updatedAt = new Date();
      if (result.ok) {
        refund.state = refund.bankTransferFen > 0n ? DepositRefundState.AwaitingBank : DepositRefundState.Completed;
        refund.completedAt = refund.state === DepositRefundState.Completed ? new Date() : null;
        refund.failure = null;
        tx.audit({ action: 'deposits.refund.alipay-refunded', subjectType: 'deposit', subjectId: refund.deposit.id, change: { outRequestNo: refund.outRequestNo, amount: formatYuan(refund.principalFen) } });
      } else {
        refund.failure = result.failure.slice(0, 500);
        failed += 1;
      }
    }
    await em.flush();
    return failed;
  }

  /** The tenant's working calendar over the window the triggers and deadlines fall in. */
  private async calendar(em: EntityManager, rows: Freed[], timeZone: string, now: Date): Promise<WorkingCalendar> {
    const earliest = rows.reduce((min, r) => (r.triggered_at && new Date(r.triggered_at) < min ? new Date(r.triggered_at) : min), now);
    const from = localDateOf(earliest, timeZone);
    const days = await em.find(CalendarDay, { day: { $gte: from, $lte: addDays(localDateOf(now, timeZone), 120) } }, { fields: ['day', 'kind'] });
    return new WorkingCalendar(new Map(days.map((d) => [d.day, d.kind as DayOverride])));
  }
}
