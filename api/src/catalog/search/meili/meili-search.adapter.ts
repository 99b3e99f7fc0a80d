import type { TenantContext } from '@zhengcai/schema';
import { type Meilisearch, type Task } from 'meilisearch';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { pageSize } from '../../../platform/pagination/keyset.js';
import { upsertRanked, scoreListing } from '../pg/pg-search.adapter.js';
import { deleteDocuments } from '../pg/search-store.js';
import { loadFormula, recomputeRanks } from '../ranking/ranking-recompute.js';
import type { ListingScore, SearchDocument, SearchPort, SearchQuery, SearchResult } from '../search-port.js';
import { indexSettings, type MeiliDocument, readMeiliDocuments } from './meili-documents.js';
import { offsetOf, searchParams, toFacets, toResult } from './meili-query.js';

/** Documents per Meilisearch request when pushing many (a rank recompute). */
const PUSH_BATCH = 5_000;

/** One index per tenant, named by its code: `listings_330000`. */
export const indexUid = (ctx: TenantContext) => `listings_${ctx.tenantCode}`;

function succeeded(task: Task, allowedError?: string): void {
  if (task.status === 'succeeded') return;
  if (task.status === 'failed' && task.error?.code === allowedError) return;
  throw new Error(`Meilisearch task ${task.uid} (${task.type}) ended ${task.status}: ${task.error?.message ?? 'no error given'}`);
}

/**
 * Meilisearch for production scale. PostgreSQL's search_document stays the record: it
 * computes the ranks (set-based SQL) that the index mirrors, under row-level security.
 * Each write waits for Meilisearch's task, so a completed job means a searchable change.
 */
export class MeiliSearchAdapter implements SearchPort {
  readonly engine = 'meilisearch' as const;
  private readonly ready = new Map<string, Promise<void>>();

  constructor(
    private readonly db: TenantDb,
    private readonly client: Meilisearch,
    private readonly candidateCap: number,
  ) {}

  /** Creates the tenant's index with its settings once per process. */
  private ensureIndex(ctx: TenantContext): Promise<void> {
    const uid = indexUid(ctx);
    let ready = this.ready.get(uid);
    if (!ready) {
      ready = (async () => {
        succeeded(await this.client.createIndex(uid, { primaryKey: 'listingId' }).waitTask(), 'index_already_exists');
        succeeded(await this.client.index(uid).updateSettings(indexSettings(this.candidateCap)).waitTask());
      })();
      ready.catch(() => this.ready.delete(uid));
      this.ready.set(uid, ready);
    }
    return ready;
  }

  private async push(ctx: TenantContext, docs: MeiliDocument[], partial: boolean): Promise<void> {
    await this.ensureIndex(ctx);
    const index = this.client.index<MeiliDocument>(indexUid(ctx));
    for (let i = 0; i < docs.length; i += PUSH_BATCH) {
      const batch = docs.slice(i, i + PUSH_BATCH);
      succeeded(await (partial ? index.updateDocuments(batch) : index.addDocuments(batch)).waitTask({ timeout: 60_000 }));
    }
  }

  async upsert(ctx: TenantContext, docs: readonly SearchDocument[]): Promise<void> {
    const ids = docs.map((d) => d.listingId);
    // Every document is read back, not only re-ranked ones: their text may have changed.
    const stored = await this.db.transaction(ctx, async (em) => {
      await upsertRanked(em, ctx, docs);
      return readMeiliDocuments(em, ctx.tenantId, ids);
    });
    await this.push(ctx, stored, false);
  }

  async remove(ctx: TenantContext, listingIds: readonly string[]): Promise<void> {
    await this.db.transaction(ctx, (em) => deleteDocuments(em, ctx, listingIds));
    await this.ensureIndex(ctx);
    succeeded(await this.client.index(indexUid(ctx)).deleteDocuments([...listingIds]).waitTask());
  }

  async search(ctx: TenantContext, query: SearchQuery): Promise<SearchResult> {
    const first = pageSize(query);
    const offset = offsetOf(query.after);
    await this.ensureIndex(ctx);
    const { params, aligned } = searchParams(query, first, offset);
    const r = await this.client.index<MeiliDocument>(indexUid(ctx)).search(query.text?.trim() || null, params);
    const total = 'totalHits' in r && typeof r.totalHits === 'number' ? r.totalHits : (r.estimatedTotalHits ?? 0);
    return toResult({ hits: r.hits, total, aligned, facets: toFacets(r.facetDistribution, query) }, query, first, offset, this.candidateCap);
  }

  async explain(ctx: TenantContext, listingId: string, text?: string): Promise<ListingScore | null> {
    const stored = await this.db.transaction(ctx, (em) => scoreListing(em, ctx, listingId, undefined));
    if (!stored || !text?.trim()) return stored;
    await this.ensureIndex(ctx);
    const r = await this.client.index<MeiliDocument>(indexUid(ctx)).search(text.trim(), { filter: [`listingId = "${listingId}"`], showRankingScore: true, limit: 1 });
    const relevance = r.hits[0]?._rankingScore ?? 0;
    const matched = r.hits.length > 0;
    return { ...stored, matched, breakdown: { ...stored.breakdown, relevance, score: relevance * (1 + stored.breakdown.rank) } };
  }

  async refreshRanks(ctx: TenantContext): Promise<number> {
    const changed = await this.db.transaction(ctx, async (em) => {
      const ids = await recomputeRanks(em, ctx.tenantId, await loadFormula(em, ctx.tenantId));
      return readMeiliDocuments(em, ctx.tenantId, ids);
    });
    const ranks = changed.map(({ listingId, policyTags, rank, rankPolicy, rankIntegrity, rankPrice, rankSales }) => ({ listingId, policyTags, rank, rankPolicy, rankIntegrity, rankPrice, rankSales }));
    await this.push(ctx, ranks as MeiliDocument[], true);
    return changed.length;
  }

  /** Meilisearch plans its own queries. */
  async countWords(): Promise<number> {
    return 0;
  }

  /** Meilisearch tokenises the stored text itself. */
  async retokenise(): Promise<number> {
    return 0;
  }
}
