import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import { InquiryState, isUuid, Role, SourcingInquiry, SourcingInvitation, SourcingQuote, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { rankedQuotes } from './inquiry-records.js';
import { type InquiryView, type QuoteView, toInquiryView, toQuoteView } from './inquiry-view.js';

const LIST_LIMIT = 200;

export interface InvitationView {
  id: string;
  status: string;
  invitedAt: Date;
  inquiry: InquiryView;
}

/**
 * What each party may read: a unit its own inquiries, finance all of the province, suppliers
 * any inquiry's notice (询价公告) and their own quote. Nobody reads the quotes before the
 * deadline: the comparison opens when the inquiry is closed.
 */
@Injectable()
export class InquiryQueries {
  constructor(private readonly db: TenantDb) {}

  list(ctx: TenantContext, state?: InquiryState | null): Promise<InquiryView[]> {
    return this.db.transaction(ctx, async (em) => {
      const where: FilterQuery<SourcingInquiry> = ctx.roles.includes(Role.Finance) ? {} : { buyer: ctx.organisationId };
      if (state) Object.assign(where, { state });
      const rows = await em.find(SourcingInquiry, where, { populate: ['buyer', 'budgetLine'], orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT });
      return rows.map((r) => this.sealed(toInquiryView(r)));
    });
  }

  get(ctx: TenantContext, id: string): Promise<InquiryView> {
    return this.db.transaction(ctx, async (em) => this.sealed(toInquiryView(await this.readable(em, ctx, id))));
  }

  /** The comparison of every quote (比价), lowest valid first; refused while quotes are sealed. */
  quotes(ctx: TenantContext, inquiryId: string): Promise<QuoteView[]> {
    return this.db.transaction(ctx, async (em) => {
      const inquiry = await this.readable(em, ctx, inquiryId, 'inquiryId');
      if (!inquiry.closedAt) throw new AppError('INQUIRY_QUOTES_HIDDEN', { deadline: inquiry.quoteDeadline.toISOString(), field: 'inquiryId' });
      return (await rankedQuotes(em, inquiry)).map(toQuoteView);
    });
  }

  /** The caller's own quote (a supplier), or null. */
  myQuote(ctx: TenantContext, inquiryId: string): Promise<QuoteView | null> {
    return this.db.transaction(ctx, async (em) => {
      const inquiry = await this.readable(em, ctx, inquiryId, 'inquiryId');
      const quote = await em.findOne(SourcingQuote, { inquiry, supplier: ctx.organisationId }, { populate: ['supplier'] });
      return quote ? toQuoteView(quote) : null;
    });
  }

  /** A supplier's inbox: the inquiries it was invited to or quoted for, newest first. */
  invitations(ctx: TenantContext): Promise<InvitationView[]> {
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(SourcingInvitation, { supplier: ctx.organisationId }, { populate: ['inquiry.buyer', 'inquiry.budgetLine'], orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT });
      return rows.map((r) => ({ id: r.id, status: r.status, invitedAt: r.createdAt, inquiry: this.sealed(toInquiryView(r.inquiry)) }));
    });
  }

  private async readable(em: Parameters<Parameters<TenantDb['transaction']>[1]>[0], ctx: TenantContext, id: string, field = 'id'): Promise<SourcingInquiry> {
    const inquiry = isUuid(id) ? await em.findOne(SourcingInquiry, { id }, { populate: ['buyer', 'budgetLine'] }) : null;
    const may = inquiry && (inquiry.buyer.id === ctx.organisationId || ctx.roles.includes(Role.Finance) || ctx.roles.includes(Role.Supplier));
    if (!may) throw new AppError('INQUIRY_NOT_FOUND', { field });
    return inquiry;
  }

  /** The count of valid quotes is set at the deadline; before it nothing about the quotes shows. */
  private sealed(v: InquiryView): InquiryView {
    return v.state === InquiryState.Published ? { ...v, validQuotes: null } : v;
  }
}
