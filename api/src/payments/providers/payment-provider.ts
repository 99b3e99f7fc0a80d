import type { PaymentProviderCode, PaymentState } from '@zhengcai/schema';

/** The tenant's Alipay account, with the private key already decrypted (never logged, never returned). */
export interface AlipayAccount {
  appId: string;
  privateKey: string;
  alipayPublicKey: string;
  gatewayUrl: string;
  notifyUrl: string;
}

/** What a provider needs to know about a payment. */
export interface ProviderPayment {
  paymentNo: string;
  amountFen: bigint;
  title: string;
}

/** The provider's view of a trade. */
export type ProviderTradeStatus =
  | { status: 'succeeded'; tradeNo: string; amountFen: bigint }
  | { status: 'pending' }
  | { status: 'closed'; tradeNo?: string }
  | { status: 'not_found' };

export type ProviderRefundResult = { ok: true; refundedFen: bigint } | { ok: false; failure: string };

/**
 * A way of paying. Adapters: `alipay` (AlipayProvider) and `treasury` (TreasuryProvider).
 * Online providers return a URL to send the payer to and can be asked for a trade's status
 * and for refunds; the treasury is an offline approval by the finance department.
 */
export interface PaymentProvider {
  readonly code: PaymentProviderCode;
  /** The state a new payment starts in. */
  readonly initialState: PaymentState;
  /** Prepares the payment at the provider; returns where the payer goes (or null). */
  start(payment: ProviderPayment, account: AlipayAccount | null): Promise<{ payUrl: string | null }>;
  query(payment: ProviderPayment, account: AlipayAccount | null): Promise<ProviderTradeStatus>;
  refund(payment: ProviderPayment, refund: { outRequestNo: string; amountFen: bigint; reason: string }, account: AlipayAccount | null): Promise<ProviderRefundResult>;
}
