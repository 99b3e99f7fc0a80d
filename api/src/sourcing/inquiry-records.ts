import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, SourcingInquiry, SourcingQuote } from '@zhengcai/schema';
import { AppError } from '../platform/errors/app-error.js';

/** The inquiry row locked until the transaction ends (only that row: not its unit or budget line). */
export async function lockInquiry(em: EntityManager, id: string, field = 'id'): Promise<SourcingInquiry> {
  if (!isUuid(id)) throw new AppError('INQUIRY_NOT_FOUND', { field });
  const locked = await em.execute<{ id: string }[]>('select id from sourcing_inquiry where id = ? for update', [id]);
  if (locked.length === 0) throw new AppError('INQUIRY_NOT_FOUND', { field });
  return em.findOneOrFail(SourcingInquiry, { id }, { refresh: true, populate: ['buyer', 'budgetLine'] });
}

/** A buyer acts only on its own unit's inquiries; another unit's is as unknown as another tenant's. */
export function ownInquiry(inquiry: SourcingInquiry, organisationId: string | undefined): SourcingInquiry {
  if (inquiry.buyer.id !== organisationId) throw new AppError('INQUIRY_NOT_FOUND', { field: 'id' });
  return inquiry;
}

/**
 * Quotes in award order: valid ones by rank (lowest total first; equal totals, the earlier
 * final submission — the published tie rule), then the invalid ones.
 */
export async function rankedQuotes(em: EntityManager, inquiry: SourcingInquiry): Promise<SourcingQuote[]> {
  return em.find(SourcingQuote, { inquiry }, { populate: ['supplier'], orderBy: { rank: 'asc nulls last', totalFen: 'asc', submittedAt: 'asc', id: 'asc' } });
}

/** The quote the buyer awards or passes over next: the best-ranked valid one not passed over. */
export function recommendedOf(quotes: SourcingQuote[]): SourcingQuote | undefined {
  return quotes.find((q) => q.rank != null && !q.passedOverReason);
}
