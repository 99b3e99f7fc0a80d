/** How a payment is made. */
export enum PaymentProviderCode {
  /** 支付宝 page pay (电脑网站支付). */
  Alipay = 'alipay',
  /** 国库集中支付: a payment request the finance department approves with the bank transfer reference. */
  Treasury = 'treasury',
}

/**
 * A payment attempt's life: alipay pending → succeeded | failed | closed; treasury
 * awaiting_approval → succeeded | rejected. Only pending and awaiting_approval are live.
 */
export enum PaymentState {
  Pending = 'pending',
  AwaitingApproval = 'awaiting_approval',
  Succeeded = 'succeeded',
  Failed = 'failed',
  Closed = 'closed',
  Rejected = 'rejected',
}

export enum RefundState {
  Pending = 'pending',
  Succeeded = 'succeeded',
  Failed = 'failed',
}

/** What became of one asynchronous notify. */
export enum NotifyOutcome {
  /** Verified; the payment succeeded and its subject was settled. */
  Settled = 'settled',
  /** Verified, but the payment had already succeeded: nothing done (a replay or a retry). */
  Duplicate = 'duplicate',
  /** Verified; a status that changes nothing (WAIT_BUYER_PAY) or closes the payment. */
  Acknowledged = 'acknowledged',
  /** The signature does not verify with the tenant's Alipay public key. */
  Forged = 'forged',
  /** No payment of this tenant has that out_trade_no. */
  UnknownTrade = 'unknown_trade',
  /** total_amount differs from the payment's amount: flagged for finance review. */
  AmountMismatch = 'amount_mismatch',
  /** app_id is not the tenant's Alipay app: flagged for finance review. */
  AppMismatch = 'app_mismatch',
  /** The tenant has no Alipay account configured, or the path names no tenant. */
  NotConfigured = 'not_configured',
}

/** Why a payment awaits finance's review. */
export enum PaymentReviewReason {
  AmountMismatch = 'amount_mismatch',
  AppMismatch = 'app_mismatch',
  /** Alipay reported the trade paid after the payment was closed or failed here. */
  PaidAfterClose = 'paid_after_close',
}
