import { Inject, Injectable } from '@nestjs/common';
import { AlipaySdk } from 'alipay-sdk';
import { PaymentProviderCode, PaymentState } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';
import { LOGGER, type Logger } from '../../platform/logging/logging.module.js';
import { fenToYuan, yuanToFen } from './money.js';
import type { AlipayAccount, PaymentProvider, ProviderPayment, ProviderRefundResult, ProviderTradeStatus } from './payment-provider.js';

/** How long a page-pay trade stays open at Alipay; after it an unpaid trade is closed. */
export const ALIPAY_TIMEOUT_MINUTES = 30;

/** The official SDK for one tenant's account: RSA2 with a PKCS8 private key, responses verified. */
export function alipaySdk(account: AlipayAccount): AlipaySdk {
  return new AlipaySdk({
    appId: account.appId,
    privateKey: account.privateKey,
    alipayPublicKey: account.alipayPublicKey,
    gateway: account.gatewayUrl,
    keyType: 'PKCS8',
    signType: 'RSA2',
    timeout: 10_000,
  });
}

/** 支付宝 电脑网站支付 through alipay-sdk: page pay, trade query, refund. */
@Injectable()
export class AlipayProvider implements PaymentProvider {
  readonly code = PaymentProviderCode.Alipay;
  readonly initialState = PaymentState.Pending;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  /** The signed GET URL of `alipay.trade.page.pay`; building it makes no network call. */
  async start(payment: ProviderPayment, account: AlipayAccount | null): Promise<{ payUrl: string }> {
    const sdk = alipaySdk(requireAccount(account));
    const payUrl = sdk.pageExecute('alipay.trade.page.pay', 'GET', {
      notifyUrl: account!.notifyUrl,
      bizContent: {
        out_trade_no: payment.paymentNo,
        product_code: 'FAST_INSTANT_TRADE_PAY',
        total_amount: fenToYuan(payment.amountFen),
        subject: payment.title,
        timeout_express: `${ALIPAY_TIMEOUT_MINUTES}m`,
      },
    });
    return { payUrl };
  }

  async query(payment: ProviderPayment, account: AlipayAccount | null): Promise<ProviderTradeStatus> {
    const r = await this.call(account, 'alipay.trade.query', { out_trade_no: payment.paymentNo });
    if (r.code !== '10000') {
      if (r.subCode === 'ACQ.TRADE_NOT_EXIST') return { status: 'not_found' };
      throw this.refused('alipay.trade.query', r);
    }
    const status = String(r.tradeStatus);
    if (status === 'TRADE_SUCCESS' || status === 'TRADE_FINISHED') {
      const amountFen = yuanToFen(String(r.totalAmount));
      if (amountFen === null) throw this.refused('alipay.trade.query', r);
      return { status: 'succeeded', tradeNo: String(r.tradeNo), amountFen };
    }
    if (status === 'TRADE_CLOSED') return { status: 'closed', tradeNo: r.tradeNo ? String(r.tradeNo) : undefined };
    return { status: 'pending' };
  }

  /** Idempotent at Alipay on out_request_no: the same number repeated is the same refund. */
  async refund(payment: ProviderPayment, refund: { outRequestNo: string; amountFen: bigint; reason: string }, account: AlipayAccount | null): Promise<ProviderRefundResult> {
    const r = await this.call(account, 'alipay.trade.refund', {
      out_trade_no: payment.paymentNo,
      out_request_no: refund.outRequestNo,
      refund_amount: fenToYuan(refund.amountFen),
      refund_reason: refund.reason,
    });
    if (r.code !== '10000') return { ok: false, failure: `${r.code} ${r.subCode ?? ''} ${r.subMsg ?? r.msg ?? ''}`.trim() };
    return { ok: true, refundedFen: refund.amountFen };
  }

  private async call(account: AlipayAccount | null, method: string, bizContent: Record<string, string>): Promise<Record<string, unknown> & { code?: string; subCode?: string; subMsg?: string; msg?: string }> {
    const sdk = alipaySdk(requireAccount(account));
    try {
      return (await sdk.exec(method, { bizContent }, { validateSign: true })) as Record<string, unknown> & { code?: string };
    } catch (err) {
      // The SDK's message may quote the response, never our key; keep it out of the client's view.
      this.logger.warn({ method, err: (err as Error).message }, 'alipay call failed');
      throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE', { provider: 'alipay' });
    }
  }

  private refused(method: string, r: Record<string, unknown>): AppError {
    this.logger.warn({ method, code: r.code, subCode: r.subCode, subMsg: r.subMsg }, 'alipay refused');
    return new AppError('PAYMENT_PROVIDER_UNAVAILABLE', { provider: 'alipay' });
  }
}

function requireAccount(account: AlipayAccount | null): AlipayAccount {
  if (!account) throw new AppError('PAYMENT_PROVIDER_NOT_CONFIGURED', { provider: 'alipay' });
  return account;
}
