import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '@zhengcai/schema';
import type { Gate } from '../../../platform/concurrency/gate.js';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { pageSize } from '../../../platform/pagination/keyset.js';
import { changeNotice, SEARCH_CHANGED_CHANNEL } from '../cache/cached-search-port.js';
import { loadFormula, recomputeRanks } from '../ranking/ranking-recompute.js';
import type { ListingScore, SearchDocument, SearchPort, SearchQuery, SearchResult } from '../search-port.js';
import { queryTerms } from '../text/segmenter.js';
import { countCommonWords } from './common-words.js';
import { choosePostedWords, loadPostedWords, type PostedWords } from './postings.js';
import { buildSearch, type CandidateLimits, type ResultRow, toResult } from './pg-search.query.js';
import { allTokensCurrent, deleteDocuments, retokeniseStale, writeDocuments } from './search-store.js';
import { correctionsOf, isCode, lookUpCodes, rememberTerms } from './search-terms.js';
import { matchPredicate, relevanceExpression } from './search-sql.js';
import { raw, sql } from './sql-fragment.js';

/** How long a process trusts the posted words it read (`postedWords`). */
const POSTED_WORDS_TTL_MS = 60_000;

/**
 * The trigram pre-filter of typo corrections: pg_trgm's default of 0.3 misses short codes
 * with a swap (m437 and m473 share 2 of 8 trigrams); the edit distance decides after it.
 */
const TYPO_SIMILARITY = '0.2';

/**
 * Planner settings of every search transaction. Search statements take their text from
 * parameters; a cached generic plan cannot see the words and may scan the whole table
 * (STACK.md): custom plans only. The search tables are small enough to stay cached: a random
 * read costs little more than a sequential one, which lets the planner walk the rank index for
 * broad queries. Parallel workers only add start-up cost when many searches run at once.
 */
export const SEARCH_SETTINGS: Readonly<Record<string, string>> = {
  plan_cache_mode: 'force_custom_plan',
  'pg_trgm.similarity_threshold': TYPO_SIMILARITY,
  random_page_cost: '1.1',
  max_parallel_workers_per_gather: '0',
};

/**
 * Tells the search caches of every API process (cache/) that this tenant's results changed,
 * once committed: these listings, or (without them) anything.
 */
async function announceChange(em: EntityManager, ctx: TenantContext, listingIds?: readonly string[]): Promise<void> {
  await em.execute('select pg_notify(?, ?)', [SEARCH_CHANGED_CHANNEL, changeNotice(ctx.tenantId, listingIds)]);
}

/** Writes the tenant's documents and ranks them in the same transaction. */
export async function upsertRanked(em: EntityManager, ctx: TenantContext, docs: readonly SearchDocument[]): Promise<string[]> {
  const tokens = await writeDocuments(em, ctx, docs);
  await rememberTerms(em, ctx.tenantId, tokens);
  return recomputeRanks(em, ctx.tenantId, await loadFormula(em, ctx.tenantId), docs.map((d) => d.listingId));
}

interface ExplainRow {
  listing_id: string; title: string; price_fen: string; rank_median_fen: string | null; integrity_score: number; sales_count: number;
  policy_tags: ListingScore['policyTags']; rank: number; rank_policy: number; rank_integrity: number; rank_price: number; rank_sales: number;
  matched: boolean; relevance: number;
}

/** The score of one listing for a text, with everything that went into it. */
export async function scoreListing(em: EntityManager, ctx: TenantContext, listingId: string, text: string | undefined, compat = false): Promise<ListingScore | null> {
  const terms = queryTerms(text ?? '');
  const match = matchPredicate(terms, await lookUpCodes(em, ctx.tenantId, terms.latin.filter(isCode)), compat);
  const q = sql`select d.listing_id, d.title, d.price_fen::text as price_fen, d.rank_median_fen::text as rank_median_fen, d.integrity_score,
      d.sales_count, d.policy_tags, d.rank, d.rank_policy, d.rank_integrity, d.rank_price, d.rank_sales,
      ${match ?? raw('true')} as matched, ${relevanceExpression(terms, compat)} as relevance
    from search_document d where d.tenant_id = ${ctx.tenantId}::uuid and d.listing_id = ${listingId}::uuid`;
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
  /**
   * Tenants whose documents all have current tokens (`TEXT_VERSION`): searches there skip the
   * check. It stays true: every write is current.
   */
  private readonly currentTokens = new Set<string>();
  private readonly posted = new Map<string, { words: PostedWords; at: number }>();

  constructor(
    private readonly db: TenantDb,
    private readonly limits: CandidateLimits,
    /** How many searches run in the database at once (`SEARCH_CONCURRENCY`); unlimited without. */
    private readonly admission?: Gate,
  ) {}

  async upsert(ctx: TenantContext, docs: readonly SearchDocument[]): Promise<void> {
    await this.db.transaction(ctx, async (em) => {
      await upsertRanked(em, ctx, docs);
      await announceChange(em, ctx, docs.map((d) => d.listingId));
    });
  }

  async remove(ctx: TenantContext, listingIds: readonly string[]): Promise<void> {
    await this.db.transaction(ctx, async (em) => {
      await deleteDocuments(em, ctx, listingIds);
      await announceChange(em, ctx, listingIds);
    });
  }

  async search(ctx: TenantContext, query: SearchQuery): Promise<SearchResult> {
    const first = pageSize(query);
    const codes = queryTerms(query.text ?? '').latin.filter(isCode);
    const run = () => this.db.transaction(ctx, async (em) => {
      // Only queries with a model-number-like term pay the extra round trip.
      const found = await lookUpCodes(em, ctx.tenantId, codes);
      const compat = !(await this.tokensCurrent(em, ctx));
      const ask = async (posted: PostedWords) => {
        const statement = buildSearch(ctx.tenantId, query, first, this.limits, found, compat, posted);
        return (await em.execute<ResultRow[]>(statement.text, [...statement.params]))[0];
      };
      let r = await ask(await this.postedWords(em, ctx));
      // The words changed since they were read: read them again and ask again.
      if (r.stale) r = await ask(await this.postedWords(em, ctx, true));
      return { row: r, found };
    }, SEARCH_SETTINGS);
    const { row, found } = await (this.admission ? this.admission.run(run) : run());
    return toResult(row, query, first, this.limits.cap, correctionsOf(found));
  }

  explain(ctx: TenantContext, listingId: string, text?: string): Promise<ListingScore | null> {
    return this.db.transaction(ctx, async (em) => scoreListing(em, ctx, listingId, text, !(await this.tokensCurrent(em, ctx))), SEARCH_SETTINGS);
  }

  /**
   * The tenant's posted words as read at most `POSTED_WORDS_TTL_MS` ago (they change when the
   * rank job counts words, nightly). A search that expected a word still posted finds out
   * (`stale`) and asks again with `fresh` words; one that missed a newly posted word is only
   * slower until the next read.
   */
  private async postedWords(em: EntityManager, ctx: TenantContext, fresh = false): Promise<PostedWords> {
    const cached = this.posted.get(ctx.tenantId);
    if (!fresh && cached && Date.now() - cached.at < POSTED_WORDS_TTL_MS) return cached.words;
    const words = await loadPostedWords(em, ctx.tenantId);
    this.posted.set(ctx.tenantId, { words, at: Date.now() });
    return words;
  }

  /** Whether the tenant's documents all have current tokens; asks the database until they do. */
  private async tokensCurrent(em: EntityManager, ctx: TenantContext): Promise<boolean> {
    if (this.currentTokens.has(ctx.tenantId)) return true;
    const current = await allTokensCurrent(em, ctx);
    if (current) this.currentTokens.add(ctx.tenantId);
    return current;
  }

  /**
   * Re-tokenises the tenant's documents written before the current `TEXT_VERSION`, a batch per
   * transaction, and tells the caches once; returns how many.
   */
  async retokenise(ctx: TenantContext): Promise<number> {
    let total = 0;
    for (;;) {
      const written = await this.db.transaction(ctx, (em) => retokeniseStale(em, ctx));
      if (written === 0) break;
      total += written;
    }
    if (total > 0) await this.db.transaction(ctx, (em) => announceChange(em, ctx));
    return total;
  }

  async refreshRanks(ctx: TenantContext): Promise<number> {
    const changed = await this.db.transaction(ctx, async (em) => {
      const ids = await recomputeRanks(em, ctx.tenantId, await loadFormula(em, ctx.tenantId));
      if (ids.length > 0) await announceChange(em, ctx);
      return ids;
    });
    return changed.length;
  }

  countWords(ctx: TenantContext): Promise<number> {
    return this.db.transaction(ctx, async (em) => {
      const common = await countCommonWords(em, ctx.tenantId);
      await choosePostedWords(em, ctx.tenantId);
      return common;
    });
  }
}
