/** A bid deposit (投标保证金) from requirement to refund or forfeiture. */
export enum DepositState {
  /** Opened by the supplier for a lot; waiting for the money. */
  Due = 'due',
  /** The money arrived and is held by the centre. */
  Held = 'held',
  /** The refund was initiated (principal + interest owed back). */
  Refunded = 'refunded',
  /** Kept by a recorded decision of the buyer. */
  Forfeited = 'forfeited',
  /** The supplier challenged the forfeiture; finance decides. Still held. */
  Challenged = 'challenged',
  /** A forward auction's winner: counted towards the price (成交价款), not refunded. */
  Applied = 'applied',
}

export enum DepositPaidVia {
  Alipay = 'alipay',
  BankTransfer = 'bank_transfer',
}

/**
 * A refund's payout: PENDING while the Alipay refund has no answer (the sweep repeats it with
 * the same out_request_no), AWAITING_BANK while a bank-transfer instruction waits for finance's
 * confirmation, COMPLETED when every fen is out.
 */
export enum DepositRefundState {
  Pending = 'pending',
  AwaitingBank = 'awaiting_bank',
  Completed = 'completed',
}

/** An incoming bank transfer matched to a deposit, or flagged for finance. */
export enum DepositTransferState {
  Matched = 'matched',
  Flagged = 'flagged',
  /** A flagged transfer's money was sent back to the payer outside the platform (finance, with the bank serial no.). */
  Returned = 'returned',
}

export enum DepositTransferFlag {
  /** Not one of our virtual account references (or the checksum fails). */
  UnknownReference = 'unknown_reference',
  /** A valid reference whose supplier has no deposit waiting for money. */
  NoOpenDeposit = 'no_open_deposit',
  AmountOver = 'amount_over',
  AmountUnder = 'amount_under',
}

/** Who issues electronic guarantees (电子保函). */
export enum GuaranteeIssuerKind {
  Bank = 'bank',
  Insurer = 'insurer',
  GuaranteeCompany = 'guarantee_company',
}

/** The signature algorithm of an issuer's key. */
export enum GuaranteeSignatureAlgorithm {
  /** SM2 with SM3 and the standard user ID, signature hex (r‖s). */
  Sm2 = 'sm2',
  /** RSA with SHA-256, signature base64. */
  Rsa = 'rsa',
}

/** A guarantee from verification to its end: released on the same triggers as refunds, or claimed. */
export enum GuaranteeState {
  Accepted = 'accepted',
  Released = 'released',
  Claimed = 'claimed',
}
