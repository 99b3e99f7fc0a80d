import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { pageSize } from '../../../platform/pagination/keyset.js';
import { loadFormula, recomputeRanks } from '../ranking/ranking-recompute.js';
import type { ListingScore, SearchDocument, SearchPort, SearchQuery, SearchResult } from '../search-port.js';
import { queryTerms } from '../text/segmenter.js';
import { buildSearch, type ResultRow, toResult } from './pg-search.query.js';
import { deleteDocuments, writeDocuments } from './search-store.js';
import { matchPredicate, relevanceExpression } from './search-sql.js';
import { raw, sql } from './sql-fragment.js';

/**
 * The trigram pre-filter for model-number typos: pg_trgm's default of 0.6 misses a swap of two
 * digits (i5-1430P shares 4 of 9 trigrams with i5-1340P); the edit distance decides after it.
 */
const TYPO_SIMILARITY = '0.4';

/**
 * Search statements take their text from parameters; a cached generic plan cannot see the
 * words and may scan the whole table (STACK.md). Custom plans only, for this transaction.
 */
export async function prepareSearchSession(em: EntityManager): Promise<void> {
  await em.execute(`select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('pg_trgm.word_similarity_threshold', ?, true)`, [TYPO_SIMILARITY]);
}

/** Writes the tenant's documents and ranks them in the same transaction. */
export async function upsertRanked(em: EntityManager, ctx: TenantContext, docs: readonly SearchDocument[]): Promise<string[]> {
  await writeDocuments(em, ctx, docs);
  return recomputeRanks(em, ctx.tenantId, await loadFormula(em, ctx.tenantId), docs.map((d) => d.listingId));
}

interface ExplainRow {
  listing_id: string; title: string; price_fen: string; rank_median_fen: string | null; integrity_score: number; sales_count: number;
  policy_tags: ListingScore['policyTags']; rank: number; rank_policy: number; rank_integrity: number; rank_price: number; rank_sales: number;
  matched: boolean; relevance: number;
}

/** The score of one listing for a text, with everything that went into it. */
export async function scoreListing(em: EntityManager, ctx: TenantContext, listingId: string, text: string | undefined): Promise<ListingScore | null> {
  const terms = queryTerms(text ?? '');
  const match = matchPredicate(terms);
  const q = sql`select d.listing_id, d.title, d.price_fen::text as price_fen, d.rank_median_fen::text as rank_median_fen, d.integrity_score,
      d.sales_count, d.policy_tags, d.rank, d.rank_policy, d.rank_integrity, d.rank_price, d.rank_sales,
      ${match ?? raw('true')} as matched, ${relevanceExpression(terms)} as relevance
    from search_document d where d.tenant_id = ${ctx.tenantId}::uuid and d.listing_id = ${listingId}::uuid`;
  await prepareSearchSession(em);
  const [r] = await em.execute<ExplainRow[]>(q.text, [...q.params]);
  if (!r) return null;
  const relevance = match && r.matched ? r.relevance : 0;
  return {
    listingId: r.listing_id,
    title: r.title,
    matched: r.matched,
    breakdown: {
      relevance,
      rank: r.rank,
      score: match ? relevance * (1 + r.rank) : r.rank,
      components: { policy: r.rank_policy, integrity: r.rank_integrity, price: r.rank_price, sales: r.rank_sales },
    },
    priceFen: BigInt(r.price_fen),
    medianFen: r.rank_median_fen === null ? null : BigInt(r.rank_median_fen),
    integrityScore: r.integrity_score,
    salesCount: r.sales_count,
    policyTags: r.policy_tags,
  };
}

/** The default adapter: everything in the tenant's PostgreSQL, under row-level security. */
export class PgSearchAdapter implements SearchPort {
  readonly engine = 'postgres' as const;

  constructor(
    private readonly db: TenantDb,
    private readonly candidateCap: number,
  ) {}

  async upsert(ctx: TenantContext, docs: readonly SearchDocument[]): Promise<void> {
    await this.db.transaction(ctx, (em) => upsertRanked(em, ctx, docs));
  }

  async remove(ctx: TenantContext, listingIds: readonly string[]): Promise<void> {
    await this.db.transaction(ctx, (em) => deleteDocuments(em, ctx, listingIds));
  }

  async search(ctx: TenantContext, query: SearchQuery): Promise<SearchResult> {
    const first = pageSize(query);
    const statement = buildSearch(ctx.tenantId, query, first, this.candidateCap);
    const row = await this.db.transaction(ctx, async (em) => {
      await prepareSearchSession(em);
      const [r] = await em.execute<ResultRow[]>(statement.text, [...statement.params]);
      return r;
    });
    return toResult(row, query, first, this.candidateCap);
  }

  explain(ctx: TenantContext, listingId: string, text?: string): Promise<ListingScore | null> {
    return this.db.transaction(ctx, (em) => scoreListing(em, ctx, listingId, text));
  }

  async refreshRanks(ctx: TenantContext): Promise<number> {
    const changed = await this.db.transaction(ctx, async (em) => recomputeRanks(em, ctx.tenantId, await loadFormula(em, ctx.tenantId)));
    return changed.length;
  }
}
