import type { PayeeAccount, Payment, PaymentProviderCode, PaymentRefund, PaymentReviewReason, PaymentState, RefundState } from '@zhengcai/schema';

export interface RefundView {
  id: string;
  outRequestNo: string;
  amountFen: bigint;
  reason: string;
  state: RefundState;
  failure: string | null;
  createdAt: Date;
  refundedAt: Date | null;
}

/** A payment as services hand it out: no secrets, money in fen. */
export interface PaymentView {
  id: string;
  paymentNo: string;
  subjectType: string;
  subjectId: string;
  provider: PaymentProviderCode;
  amountFen: bigint;
  payerOrganisationId: string;
  payeeOrganisationId: string;
  /** The lender's repayment account when the subject's payee account is locked; null: the payee's own. */
  payeeAccount: PayeeAccount | null;
  title: string;
  state: PaymentState;
  payUrl: string | null;
  providerTradeNo: string | null;
  bankReference: string | null;
  rejectionReason: string | null;
  reviewReason: PaymentReviewReason | null;
  reviewDetail: Record<string, string> | null;
  refundedFen: bigint;
  startedBy: string;
  decidedBy: string | null;
  createdAt: Date;
  succeededAt: Date | null;
  updatedAt: Date;
  refunds: RefundView[];
}

export function toRefundView(r: PaymentRefund): RefundView {
  return {
    id: r.id, outRequestNo: r.outRequestNo, amountFen: r.amountFen, reason: r.reason, state: r.state, failure: r.failure ?? null,
    createdAt: r.createdAt, refundedAt: r.refundedAt ?? null,
  };
}

export function toPaymentView(p: Payment, refunds: PaymentRefund[] = []): PaymentView {
  return {
    id: p.id, paymentNo: p.paymentNo, subjectType: p.subjectType, subjectId: p.subjectId, provider: p.provider, amountFen: p.amountFen,
    payerOrganisationId: p.payer.id, payeeOrganisationId: p.payee.id, payeeAccount: p.payeeAccount ?? null, title: p.title, state: p.state, payUrl: p.payUrl ?? null,
    providerTradeNo: p.providerTradeNo ?? null, bankReference: p.bankReference ?? null, rejectionReason: p.rejectionReason ?? null,
    reviewReason: p.reviewReason ?? null, reviewDetail: p.reviewDetail ?? null, refundedFen: p.refundedFen, startedBy: p.startedBy,
    decidedBy: p.decidedBy ?? null, createdAt: p.createdAt, succeededAt: p.succeededAt ?? null, updatedAt: p.updatedAt,
    refunds: refunds.map(toRefundView),
  };
}
