import { Inject, Injectable } from '@nestjs/common';
import type { TenantContext } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { explainScore, type RankingExplanation } from './ranking/explanation.js';
import { loadFormula } from './ranking/ranking-recompute.js';
import { SEARCH_PORT, type SearchPort, type SearchQuery, type SearchResult } from './search-port.js';

export const MAX_TEXT_CHARS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGION = /^\d{6}$/;

function checkQuery(q: SearchQuery): SearchQuery {
  const text = q.text?.trim() ?? '';
  if ([...text].length > MAX_TEXT_CHARS) throw new AppError('SEARCH_TEXT_TOO_LONG', { max: MAX_TEXT_CHARS, actual: [...text].length });
  const f = q.filters ?? {};
  if (f.priceMinFen !== undefined && f.priceMaxFen !== undefined && f.priceMinFen > f.priceMaxFen) throw new AppError('SEARCH_FILTER_INVALID', { field: 'price', problem: 'range' });
  if (f.supplierRegions?.some((r) => !REGION.test(r))) throw new AppError('SEARCH_FILTER_INVALID', { field: 'supplierRegions', problem: 'region' });
  return { ...q, text };
}

/** Buyers' and visitors' search, and why a listing ranks where it does. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_PORT) private readonly port: SearchPort,
    private readonly db: TenantDb,
  ) {}

  search(ctx: TenantContext, query: SearchQuery): Promise<SearchResult> {
    return this.port.search(ctx, checkQuery(query));
  }

  async explain(ctx: TenantContext, listingId: string, text?: string | null): Promise<RankingExplanation> {
    const t = checkQuery({ text: text ?? '' }).text || undefined;
    const score = UUID.test(listingId) ? await this.port.explain(ctx, listingId, t) : null;
    if (!score) throw new AppError('SEARCH_LISTING_NOT_FOUND');
    const formula = await this.db.transaction(ctx, (em) => loadFormula(em, ctx.tenantId));
    return explainScore(score, formula, ctx.locale, t ?? null);
  }

  /** The set-based recompute of one tenant's ranks (the `search.rank-tenant` job). */
  refreshRanks(ctx: TenantContext): Promise<number> {
    return this.port.refreshRanks(ctx);
  }

  /** How common the tenant's words are, counted for the engine (after the recompute, same job). */
  countWords(ctx: TenantContext): Promise<number> {
    return this.port.countWords(ctx);
  }

  /** Brings documents tokenised by an older text analysis up to date (the rank job, before it ranks). */
  retokenise(ctx: TenantContext): Promise<number> {
    return this.port.retokenise(ctx);
  }
}
