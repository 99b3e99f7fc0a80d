import type { TenantContext } from '@zhengcai/schema';
import type { InvitationView } from './inquiry.queries.js';
import type { InquiryView, QuoteView } from './inquiry-view.js';
import type { InquiryInvitationType, InquiryQuoteType, InquiryType } from './inquiry.types.js';

export function toInquiryType(v: InquiryView, ctx: TenantContext): InquiryType {
  return {
    id: v.id, title: v.title, categoryCode: v.categoryCode, specification: v.specification, quantity: v.quantity, unit: v.unit,
    deliveryAddress: v.deliveryAddress, deliveryDays: v.deliveryDays, budget: v.budgetFen,
    // Suppliers read the notice, not the unit's budget accounts.
    budgetLineId: v.buyerId === ctx.organisationId ? v.budgetLineId : null,
    buyerId: v.buyerId, buyerName: v.buyerName, quoteDeadline: v.quoteDeadline, minQuotes: v.minQuotes, tieRule: v.tieRule.toUpperCase(), state: v.state,
    failure: v.failure, validQuotes: v.validQuotes, closedAt: v.closedAt, awardedQuoteId: v.awardedQuoteId, orderId: v.orderId, relaunchOf: v.relaunchOf,
    cancelReason: v.cancelReason, createdAt: v.createdAt,
  };
}

export function toQuoteType(q: QuoteView, recommendedId?: string | null): InquiryQuoteType {
  return {
    id: q.id, inquiryId: q.inquiryId, supplierId: q.supplierId, supplierName: q.supplierName, unitPrice: q.unitPriceFen, total: q.totalFen, offer: q.offer,
    revision: q.revision, submittedAt: q.submittedAt, rank: q.rank, invalidReason: q.invalidReason, passedOverReason: q.passedOverReason,
    recommended: q.id === recommendedId,
  };
}

export function toInvitationType(v: InvitationView, ctx: TenantContext): InquiryInvitationType {
  return { id: v.id, status: v.status as InquiryInvitationType['status'], invitedAt: v.invitedAt, inquiry: toInquiryType(v.inquiry, ctx) };
}
