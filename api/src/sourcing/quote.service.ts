import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatYuan, integrityBlockOf, InvitationStatus, newId, Organisation, type SourcingInquiry, SourcingQuote, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { canonicalJson } from '../platform/audit/canonical-json.js';
import { checkIdempotencyKey, requestFingerprint } from '../platform/idempotency/idempotency-key.js';
import { claimIdempotencyKey, storeIdempotentResult } from '../mall/orders/idempotency.js';
import { checkQuoteInput, type QuoteInput } from './inquiry-input.js';
import { lockInquiry } from './inquiry-records.js';
import { nextInquiryState } from './inquiry-state-machine.js';
import { toQuoteView, type QuoteView } from './inquiry-view.js';

/** Suppliers that may quote: active, not barred by integrity, with a listing on sale in the category or below it. */
export const ELIGIBLE_SUPPLIERS_SQL = `
  select o.id from organisation o
  where o.kind = 'supplier' and o.active and not o.integrity_blocked and not o.integrity_band_blocked
    and exists (select 1 from listing l join category c on c.id = l.category_id
                where l.supplier_id = o.id and l.state = 'approved' and c.code like ? || '%')`;

/**
 * A supplier's one quote per inquiry: submitted and changed until the deadline (server time),
 * each change a new revision. The inquiry row is locked, so a quote and the deadline's close
 * never cross. A retry with the same idempotency key returns the quote it made.
 */
@Injectable()
export class QuoteService {
  constructor(private readonly db: TenantDb) {}

  submit(ctx: TenantContext, input: QuoteInput): Promise<QuoteView> {
    const { offer } = checkQuoteInput(input);
    checkIdempotencyKey(input.idempotencyKey);
    if (!ctx.userId || !ctx.organisationId) return Promise.reject(new AppError('AUTHENTICATION_REQUIRED'));
    const print = requestFingerprint('submitInquiryQuote', { inquiryId: input.inquiryId, unitPrice: formatYuan(input.unitPrice), offer });
    return this.db.transaction(ctx, async (em, tx) => {
      const claim = await claimIdempotencyKey(em, ctx, input.idempotencyKey, print);
      if (claim.kind === 'replay') return toQuoteView(await em.findOneOrFail(SourcingQuote, { id: claim.orderIds[0] }, { populate: ['supplier', 'inquiry'] }));

      const inquiry = await lockInquiry(em, input.inquiryId, 'inquiryId');
      const now = new Date();
      if (now >= inquiry.quoteDeadline) throw new AppError('QUOTE_DEADLINE_PASSED', { deadline: inquiry.quoteDeadline.toISOString(), field: 'inquiryId' });
      nextInquiryState(inquiry.state, 'quote');
      await this.checkEligible(em, ctx.organisationId!, inquiry);
      const totalFen = input.unitPrice * BigInt(inquiry.quantity);
      if (totalFen > inquiry.budgetFen) throw new AppError('QUOTE_OVER_BUDGET', { total: formatYuan(totalFen), budget: formatYuan(inquiry.budgetFen), field: 'unitPrice' });

      let quote = await em.findOne(SourcingQuote, { inquiry, supplier: ctx.organisationId! }, { populate: ['supplier'] });
      if (quote) {
        Object.assign(quote, { unitPriceFen: input.unitPrice, totalFen, offer, revision: quote.revision + 1, supplierUserId: ctx.userId, submittedAt: now, updatedAt: now });
      } else {
        quote = em.create(SourcingQuote, {
          tenantId: ctx.tenantId, inquiry, supplier: await em.findOneOrFail(Organisation, { id: ctx.organisationId! }), supplierUserId: ctx.userId!,
          unitPriceFen: input.unitPrice, totalFen, offer, revision: 1, submittedAt: now, createdAt: now, updatedAt: now,
        });
      }
      // The amounts stay sealed until the deadline, in the audit trail too: a digest proves them later.
      const digest = createHash('sha256').update(canonicalJson({ unitPrice: formatYuan(input.unitPrice), offer })).digest('hex');
      tx.audit({ action: 'sourcing.quote.submit', subjectType: 'sourcing_quote', subjectId: quote.id, change: { inquiryId: inquiry.id, revision: quote.revision, digest } });
      await em.flush();
      await em.execute(
        `insert into sourcing_invitation (id, tenant_id, inquiry_id, supplier_id, status) values (?, ?, ?, ?, ?)
         on conflict (tenant_id, inquiry_id, supplier_id) do update set status = excluded.status, updated_at = now()`,
        [newId(), ctx.tenantId, inquiry.id, ctx.organisationId, InvitationStatus.Quoted],
      );
      await storeIdempotentResult(em, ctx, input.idempotencyKey, [quote.id]);
      return toQuoteView(quote);
    });
  }

  private async checkEligible(em: EntityManager, supplierId: string, inquiry: SourcingInquiry): Promise<void> {
    if (inquiry.buyer.id === supplierId) throw new AppError('QUOTE_SUPPLIER_NOT_ELIGIBLE', { why: 'own', field: 'inquiryId' });
    const supplier = await em.findOne(Organisation, { id: supplierId });
    if (!supplier || integrityBlockOf(supplier)) throw new AppError('QUOTE_SUPPLIER_NOT_ELIGIBLE', { why: 'blocked', field: 'inquiryId' });
    const rows = await em.execute<{ id: string }[]>(`${ELIGIBLE_SUPPLIERS_SQL} and o.id = ?`, [inquiry.categoryCode, supplierId]);
    if (rows.length === 0) throw new AppError('QUOTE_SUPPLIER_NOT_ELIGIBLE', { why: 'category', field: 'inquiryId' });
  }
}
