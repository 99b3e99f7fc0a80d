import { Injectable } from '@nestjs/common';
import { formatYuan, InquiryFailure, OrderOrigin, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { requireReason } from '../catalog/problems.js';
import { AwardOrderService } from './award-order.js';
import { InquiryCloseService } from './inquiry-close.service.js';
import { lockInquiry, ownInquiry, rankedQuotes, recommendedOf } from './inquiry-records.js';
import { nextInquiryState } from './inquiry-state-machine.js';
import { toInquiryView, type InquiryView } from './inquiry-view.js';

/**
 * The buyer's decision after the deadline: award the recommended (lowest valid) quote, which
 * places the mall order, or pass over it with a recorded reason, which recommends the next;
 * when none is left the inquiry fails and its budget is released.
 */
@Injectable()
export class InquiryAwardService {
  constructor(
    private readonly db: TenantDb,
    private readonly orders: AwardOrderService,
    private readonly closing: InquiryCloseService,
  ) {}

  award(ctx: TenantContext, id: string, quoteId: string): Promise<InquiryView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const inquiry = ownInquiry(await lockInquiry(em, id), ctx.organisationId);
      const from = inquiry.state;
      inquiry.state = nextInquiryState(from, 'award');
      const quote = recommendedOf(await rankedQuotes(em, inquiry));
      if (!quote || quote.id !== quoteId) throw new AppError('INQUIRY_QUOTE_NOT_RECOMMENDED', { field: 'quoteId' });
      const order = await this.orders.placeAwardOrder(em, tx, ctx, {
        buyerOrgId: inquiry.buyer.id, buyerUserId: ctx.userId!, supplierOrgId: quote.supplier.id, budgetLineId: inquiry.budgetLine.id,
        frozenFen: inquiry.budgetFen, origin: { kind: OrderOrigin.Inquiry, id: inquiry.id }, deliveryAddress: inquiry.deliveryAddress,
        lines: [{ title: inquiry.title, specification: `${inquiry.specification}\n— ${quote.offer}`, unitPriceFen: quote.unitPriceFen, quantity: inquiry.quantity }],
      });
      Object.assign(inquiry, { awardedQuoteId: quote.id, orderId: order.id, updatedAt: new Date() });
      tx.audit({
        action: 'sourcing.inquiry.award', subjectType: 'sourcing_inquiry', subjectId: inquiry.id,
        change: { from, to: inquiry.state, quoteId: quote.id, supplierId: quote.supplier.id, total: formatYuan(quote.totalFen), orderId: order.id, orderNo: order.orderNo },
      });
      tx.publish(domainEvent('sourcing.inquiry.awarded', { inquiryId: inquiry.id }));
      await em.flush();
      return toInquiryView(inquiry);
    });
  }

  passOver(ctx: TenantContext, id: string, quoteId: string, reason: string): Promise<InquiryView> {
    const text = requireReason(reason);
    return this.db.transaction(ctx, async (em, tx) => {
      const inquiry = ownInquiry(await lockInquiry(em, id), ctx.organisationId);
      const from = inquiry.state;
      nextInquiryState(from, 'pass_over');
      const quotes = await rankedQuotes(em, inquiry);
      const quote = recommendedOf(quotes);
      if (!quote || quote.id !== quoteId) throw new AppError('INQUIRY_QUOTE_NOT_RECOMMENDED', { field: 'quoteId' });
      const now = new Date();
      Object.assign(quote, { passedOverReason: text, updatedAt: now });
      tx.audit({ action: 'sourcing.quote.pass-over', subjectType: 'sourcing_quote', subjectId: quote.id, change: { inquiryId: inquiry.id, supplierId: quote.supplier.id, reason: text } });
      if (!recommendedOf(quotes)) {
        inquiry.state = nextInquiryState(from, 'fail');
        Object.assign(inquiry, { failure: InquiryFailure.AllPassedOver, updatedAt: now });
        await this.closing.releaseBudget(em, ctx, inquiry, 'every valid quote passed over');
        tx.audit({ action: 'sourcing.inquiry.fail', subjectType: 'sourcing_inquiry', subjectId: inquiry.id, change: { from, to: inquiry.state, failure: inquiry.failure, released: formatYuan(inquiry.budgetFen) } });
        tx.publish(domainEvent('sourcing.inquiry.failed', { inquiryId: inquiry.id }));
      }
      await em.flush();
      return toInquiryView(inquiry);
    });
  }
}
