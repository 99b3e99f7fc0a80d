import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import { isUuid, Payment, PaymentProviderCode, PaymentState, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../platform/pagination/keyset.js';
import { seesAllPayments } from './payment.service.js';
import { toPaymentView, type PaymentView } from './payment-view.js';

export interface PaymentFilter {
  subjectType?: string | null;
  subjectId?: string | null;
  state?: PaymentState | null;
  /** Only payments finance flagged for review (a notify or query disagreed). */
  needsReview?: boolean | null;
}

/** Lists of payments: everyone's for finance and operators, the organisation's own for payers and payees. */
@Injectable()
export class PaymentQueries {
  constructor(private readonly db: TenantDb) {}

  /** Newest first. */
  list(ctx: TenantContext, filter: PaymentFilter, page: PageRequest): Promise<Connection<PaymentView>> {
    const first = pageSize(page);
    const before = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
    if (before !== undefined && !isUuid(before)) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const where: FilterQuery<Payment> = {
        ...(filter.subjectType ? { subjectType: filter.subjectType } : {}),
        ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
        ...(filter.state ? { state: filter.state } : {}),
        ...(filter.needsReview ? { reviewReason: { $ne: null } } : {}),
        ...(before ? { id: { $lt: before } } : {}),
      };
      const own = seesAllPayments(ctx) ? where : { $and: [where, { $or: [{ payer: ctx.organisationId }, { payee: ctx.organisationId }] }] };
      const rows = await em.find(Payment, own, { orderBy: { id: 'desc' }, limit: first + 1, populate: ['payer', 'payee'] });
      return toConnection(rows, first, (p) => [p.id], (p) => toPaymentView(p));
    });
  }

  /** Finance's queue of treasury payment requests in a state (awaiting approval by default), oldest first. */
  requests(ctx: TenantContext, state: PaymentState, page: PageRequest): Promise<Connection<PaymentView>> {
    const first = pageSize(page);
    const after = page.after ? decodeCursor(page.after, 2).map(String) : undefined;
    if (after && (Number.isNaN(Date.parse(after[0])) || !isUuid(after[1]))) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const where: FilterQuery<Payment> = { provider: PaymentProviderCode.Treasury, state };
      const rows = await em.find(
        Payment,
        after ? { $and: [where, { $or: [{ createdAt: { $gt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { $gt: after[1] } }] }] } : where,
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: first + 1, populate: ['payer', 'payee'] },
      );
      return toConnection(rows, first, (p) => [p.createdAt.toISOString(), p.id], (p) => toPaymentView(p));
    });
  }
}
