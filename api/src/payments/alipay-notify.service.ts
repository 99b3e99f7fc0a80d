import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatYuan, newId, NotifyOutcome, PaymentNotifyLog, PaymentProviderCode, PaymentReviewReason, PaymentState, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { LOGGER, type Logger } from '../platform/logging/logging.module.js';
import { TenantDirectory } from '../platform/tenancy/tenant-directory.service.js';
import { lockPayment, PaymentSettlement } from './payment-settlement.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { alipaySdk } from './providers/alipay.provider.js';
import { yuanToFen } from './providers/money.js';

/** What Alipay expects back: `success` stops its retries; anything else makes it retry (up to 25 h). */
export type NotifyAnswer = 'success' | 'fail';

const SUCCESS_STATUSES = new Set(['TRADE_SUCCESS', 'TRADE_FINISHED']);

/**
 * Handles Alipay's asynchronous notifies for one tenant (named by the path). Each notify is
 * verified with checkNotifySignV2 against the tenant's Alipay public key, then judged under
 * the payment's row lock in one transaction that also records it in the notify log, so a
 * rejected notify is still recorded and a replay finds the payment already succeeded.
 */
@Injectable()
export class AlipayNotifyService {
  constructor(
    private readonly db: TenantDb,
    private readonly directory: TenantDirectory,
    private readonly settings: PaymentSettingsService,
    private readonly settlement: PaymentSettlement,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(tenantCode: string, form: Record<string, unknown>, requestId: string = newId()): Promise<NotifyAnswer> {
    const tenant = /^[0-9A-Za-z-]{1,32}$/.test(tenantCode) ? await this.directory.find(tenantCode) : undefined;
    if (!tenant || tenant.code !== tenantCode) {
      this.logger.warn({ tenantCode: tenantCode.slice(0, 32), outTradeNo: str(form.out_trade_no) }, 'alipay notify for no tenant: refused');
      return 'fail';
    }
    const fields = Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    const ctx: TenantContext = { tenantId: tenant.id, tenantCode: tenant.code, locale: 'zh-CN', roles: ['system'], requestId };
    const { outcome, answer } = await this.db.transaction(ctx, (em, tx) => this.judge(em, tx, ctx, fields));
    const log = { tenant: tenant.code, outTradeNo: fields.out_trade_no, tradeStatus: fields.trade_status, outcome };
    if (answer === 'success') this.logger.info(log, 'alipay notify');
    else this.logger.warn(log, 'alipay notify refused');
    return answer;
  }

  private async judge(em: EntityManager, tx: TxEffects, ctx: TenantContext, fields: Record<string, string>): Promise<{ outcome: NotifyOutcome; answer: NotifyAnswer }> {
    const outTradeNo = fields.out_trade_no?.slice(0, 64) ?? null;
    let paymentId: string | null = null;
    const record = (outcome: NotifyOutcome, answer: NotifyAnswer) => {
      const { sign: _sign, ...kept } = fields;
      em.create(PaymentNotifyLog, { tenantId: ctx.tenantId, provider: PaymentProviderCode.Alipay, outTradeNo, paymentId, outcome, fields: kept });
      return { outcome, answer };
    };

    const account = await this.settings.alipayAccount(em, ctx);
    if (!account) return record(NotifyOutcome.NotConfigured, 'fail');
    if (!alipaySdk(account).checkNotifySignV2(fields)) return record(NotifyOutcome.Forged, 'fail');

    const payment = outTradeNo ? await lockPayment(em, { paymentNo: outTradeNo }) : null;
    if (!payment || payment.provider !== PaymentProviderCode.Alipay) return record(NotifyOutcome.UnknownTrade, 'fail');
    paymentId = payment.id;

    // Signed by Alipay, but for another app: Alipay's key is shared by every app, so check it is ours.
    if (fields.app_id !== account.appId) {
      await this.settlement.flag(em, tx, payment, PaymentReviewReason.AppMismatch, { source: 'notify', expected: account.appId, reported: String(fields.app_id ?? ''), notifyId: fields.notify_id ?? '' });
      return record(NotifyOutcome.AppMismatch, 'fail');
    }
    const status = fields.trade_status ?? '';
    if (SUCCESS_STATUSES.has(status)) {
      const reported = yuanToFen(fields.total_amount);
      if (reported !== payment.amountFen) {
        await this.settlement.flag(em, tx, payment, PaymentReviewReason.AmountMismatch, {
          source: 'notify', expected: formatYuan(payment.amountFen), reported: String(fields.total_amount ?? ''), tradeNo: fields.trade_no ?? '', notifyId: fields.notify_id ?? '',
        });
        return record(NotifyOutcome.AmountMismatch, 'fail');
      }
      if (payment.state === PaymentState.Succeeded) return record(NotifyOutcome.Duplicate, 'success');
      if (payment.state !== PaymentState.Pending) {
        // Paid at Alipay after we closed it: money arrived for a payment we no longer expect.
        await this.settlement.flag(em, tx, payment, PaymentReviewReason.PaidAfterClose, { source: 'notify', problem: `paid while ${payment.state}`, tradeNo: fields.trade_no ?? '' });
        return record(NotifyOutcome.Acknowledged, 'success');
      }
      await this.settlement.transition(em, tx, ctx, payment, 'succeed', { reference: fields.trade_no, via: 'notify' });
      return record(NotifyOutcome.Settled, 'success');
    }
    if (status === 'TRADE_CLOSED' && payment.state === PaymentState.Pending) {
      await this.settlement.transition(em, tx, ctx, payment, 'close', { reference: fields.trade_no, via: 'notify' });
    }
    return record(NotifyOutcome.Acknowledged, 'success');
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v.slice(0, 64) : undefined;
}
