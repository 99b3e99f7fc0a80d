import type { DeliveryAddress, InquiryFailure, InquiryState, SourcingInquiry, SourcingQuote } from '@zhengcai/schema';

export interface InquiryView {
  id: string;
  title: string;
  categoryCode: string;
  specification: string;
  quantity: number;
  unit: string;
  deliveryAddress: DeliveryAddress;
  deliveryDays: number;
  budgetFen: bigint;
  budgetLineId: string;
  buyerId: string;
  buyerName: string;
  quoteDeadline: Date;
  minQuotes: number;
  tieRule: string;
  state: InquiryState;
  failure: InquiryFailure | null;
  /** Null until the deadline: even the count is sealed. */
  validQuotes: number | null;
  closedAt: Date | null;
  awardedQuoteId: string | null;
  orderId: string | null;
  relaunchOf: string | null;
  cancelReason: string | null;
  createdAt: Date;
}

export interface QuoteView {
  id: string;
  inquiryId: string;
  supplierId: string;
  supplierName: string;
  unitPriceFen: bigint;
  totalFen: bigint;
  offer: string;
  revision: number;
  submittedAt: Date;
  rank: number | null;
  invalidReason: string | null;
  passedOverReason: string | null;
}

export function toInquiryView(i: SourcingInquiry): InquiryView {
  return {
    id: i.id, title: i.title, categoryCode: i.categoryCode, specification: i.specification, quantity: i.quantity, unit: i.unit,
    deliveryAddress: i.deliveryAddress, deliveryDays: i.deliveryDays, budgetFen: i.budgetFen, budgetLineId: i.budgetLine.id,
    buyerId: i.buyer.id, buyerName: i.buyer.name, quoteDeadline: i.quoteDeadline, minQuotes: i.minQuotes, tieRule: i.tieRule, state: i.state,
    failure: i.failure ?? null, validQuotes: i.validQuotes ?? null, closedAt: i.closedAt ?? null, awardedQuoteId: i.awardedQuoteId ?? null,
    orderId: i.orderId ?? null, relaunchOf: i.relaunchOf ?? null, cancelReason: i.cancelReason ?? null, createdAt: i.createdAt,
  };
}

export function toQuoteView(q: SourcingQuote): QuoteView {
  return {
    id: q.id, inquiryId: q.inquiry.id, supplierId: q.supplier.id, supplierName: q.supplier.name, unitPriceFen: q.unitPriceFen, totalFen: q.totalFen,
    offer: q.offer, revision: q.revision, submittedAt: q.submittedAt, rank: q.rank ?? null, invalidReason: q.invalidReason ?? null,
    passedOverReason: q.passedOverReason ?? null,
  };
}
