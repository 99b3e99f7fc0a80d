import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatYuan, InquiryFailure, InquiryState, integrityBlockOf, type SourcingInquiry, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { BudgetLedger } from '../mall/budgets/budget-ledger.js';
import { lockInquiry, ownInquiry, rankedQuotes } from './inquiry-records.js';
import { nextInquiryState } from './inquiry-state-machine.js';
import { toInquiryView, type InquiryView } from './inquiry-view.js';

/** Inquiries closed per run; the next minute's run takes the rest. */
const BATCH = 200;

/**
 * The quote deadline: quotes are checked (within the budget, supplier not barred) and ranked;
 * fewer valid quotes than the inquiry needs and it fails (budget released), otherwise it
 * closes with the lowest valid quote recommended. Closing an inquiry that is no longer open,
 * or before its deadline, changes nothing, so the sweep and the buyer may both try.
 */
@Injectable()
export class InquiryCloseService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: BudgetLedger,
  ) {}

  /** The buyer closes its inquiry right after the deadline, without waiting for the sweep. */
  closeNow(ctx: TenantContext, id: string): Promise<InquiryView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const inquiry = ownInquiry(await lockInquiry(em, id), ctx.organisationId);
      const now = new Date();
      if (inquiry.state === InquiryState.Published && now < inquiry.quoteDeadline) throw new AppError('INQUIRY_DEADLINE_NOT_PASSED', { deadline: inquiry.quoteDeadline.toISOString(), field: 'id' });
      await this.close(em, tx, ctx, inquiry, now);
      return toInquiryView(inquiry);
    });
  }

  /** Every open inquiry of the tenant whose deadline is at or before `now`, locked and closed once. */
  async sweep(em: EntityManager, tx: TxEffects, ctx: TenantContext, now: Date): Promise<{ closed: number; failed: number }> {
    const due = await em.execute<{ id: string }[]>(
      `select id from sourcing_inquiry where state = 'published' and quote_deadline <= ? order by quote_deadline, id limit ? for update skip locked`,
      [now, BATCH],
    );
    let closed = 0;
    let failed = 0;
    for (const { id } of due) {
      const inquiry = await lockInquiry(em, id);
      const outcome = await this.close(em, tx, ctx, inquiry, now);
      if (outcome === InquiryState.Closed) closed += 1;
      if (outcome === InquiryState.Failed) failed += 1;
    }
    return { closed, failed };
  }

  /** Closes a locked inquiry if it is open and due; returns the new state, or null when nothing changed. */
  async close(em: EntityManager, tx: TxEffects, ctx: TenantContext, inquiry: SourcingInquiry, now: Date): Promise<InquiryState | null> {
    if (inquiry.state !== InquiryState.Published || now < inquiry.quoteDeadline) return null;
    const quotes = await rankedQuotes(em, inquiry);
    // Rank by total, then by the final submission (the published tie rule).
    const ordered = [...quotes].sort((a, b) => (a.totalFen === b.totalFen ? a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : 1) : a.totalFen < b.totalFen ? -1 : 1));
    let rank = 0;
    for (const q of ordered) {
      const invalid = q.totalFen > inquiry.budgetFen ? 'over_budget' : integrityBlockOf(q.supplier) ? 'supplier_blocked' : null;
      Object.assign(q, { invalidReason: invalid, rank: invalid ? null : ++rank, updatedAt: now });
    }
    const from = inquiry.state;
    const enough = rank >= inquiry.minQuotes;
    inquiry.state = nextInquiryState(from, enough ? 'close' : 'fail');
    Object.assign(inquiry, { validQuotes: rank, closedAt: now, updatedAt: now, failure: enough ? null : InquiryFailure.TooFewQuotes });
    if (!enough) await this.releaseBudget(em, ctx, inquiry, 'too few quotes');
    tx.audit({
      action: enough ? 'sourcing.inquiry.close' : 'sourcing.inquiry.fail', subjectType: 'sourcing_inquiry', subjectId: inquiry.id,
      change: {
        from, to: inquiry.state, asOf: now, validQuotes: rank, minQuotes: inquiry.minQuotes,
        quotes: ordered.map((q) => ({ quoteId: q.id, supplierId: q.supplier.id, total: formatYuan(q.totalFen), submittedAt: q.submittedAt, rank: q.rank ?? null, invalid: q.invalidReason ?? null })),
      },
    });
    tx.publish(domainEvent(enough ? 'sourcing.inquiry.closed' : 'sourcing.inquiry.failed', { inquiryId: inquiry.id }));
    await em.flush();
    return inquiry.state;
  }

  async releaseBudget(em: EntityManager, ctx: TenantContext, inquiry: SourcingInquiry, note: string): Promise<void> {
    const line = await this.ledger.lock(em, inquiry.budgetLine.id);
    this.ledger.release(em, ctx, line, inquiry.budgetFen, inquiry.id, note);
  }
}
