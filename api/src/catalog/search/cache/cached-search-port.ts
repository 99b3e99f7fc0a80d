import type { OnApplicationShutdown } from '@nestjs/common';
import type { TenantContext } from '@zhengcai/schema';
import { ChannelListener } from '../../../platform/database/channel-listener.js';
import type { Logger } from '../../../platform/logging/logging.module.js';
import type { ListingScore, SearchDocument, SearchPort, SearchQuery, SearchResult } from '../search-port.js';
import { ResultCache } from './result-cache.js';

/** Announced in the transaction of every change to a tenant's search documents or ranks. */
export const SEARCH_CHANGED_CHANNEL = 'search_changed';

/** Listings named in one notice at most; a larger change names only the tenant (PostgreSQL keeps a payload under 8,000 bytes). */
export const MAX_NOTICE_LISTINGS = 150;

/** The notice's payload: the tenant, and the listings changed when they are few enough to name. */
export function changeNotice(tenantId: string, listingIds?: readonly string[]): string {
  return listingIds && listingIds.length > 0 && listingIds.length <= MAX_NOTICE_LISTINGS ? `${tenantId}:${listingIds.join(',')}` : tenantId;
}

function parseNotice(payload: string): { tenantId: string; listingIds?: Set<string> } {
  const [tenantId, ids] = payload.split(':');
  return { tenantId, listingIds: ids ? new Set(ids.split(',')) : undefined };
}

export interface SearchCacheOptions {
  databaseUrl: string;
  entries: number;
  ttlMs: number;
}

/** The query as a cache key (amounts are bigints, which JSON cannot write by itself). */
export function queryKey(q: SearchQuery): string {
  return JSON.stringify(q, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * Recent search results per province, in this process. Popular searches repeat (办公, 打印纸 …)
 * and each costs a statement that ranks up to the candidate cap and counts every facet; the
 * same result is served again until the province's index changes.
 *
 * A change is known from PostgreSQL: every write to the search documents or ranks notifies
 * `search_changed` in its transaction, so the notice arrives only once the change is committed,
 * and no change can commit without it. A notice names the tenant and, for a change of a few
 * listings (an order's stock and sales, an edit, a delisting), those listings: the results
 * that show any of them are dropped at once, so a listing on a served page is never stale,
 * while the province's other results are served on until their age limit — a listing that
 * now matches a search someone made just before (newly approved, price moved into a range)
 * joins it within `ttlMs`. A notice naming only the tenant (a rank recompute, a large batch)
 * moves the tenant's generation on, and entries of older generations are never served. This
 * process's own writes do the same, so it reads them at once. While the listening connection
 * is down nothing is cached (a notice could be missed), and the cache is emptied when it comes
 * back. The age limit also covers what changes with the clock alone (a policy certificate's
 * last valid day). A search asked again while its statement runs waits for that statement
 * (a popular search after a change would otherwise run once per waiting buyer), unless a
 * change was heard since the statement started.
 */
export class CachedSearchPort implements SearchPort, OnApplicationShutdown {
  readonly engine: SearchPort['engine'];
  private readonly results: ResultCache<SearchResult>;
  private readonly generations = new Map<string, number>();
  /** Notices heard per tenant, of either kind: a result is kept only if none came while it was computed. */
  private readonly heard = new Map<string, number>();
  /** Searches running now, by key: the same search asked again meanwhile waits for the same statement. */
  private readonly flights = new Map<string, { heard: number; result: Promise<SearchResult> }>();
  private readonly listener: ChannelListener;
  private started?: Promise<void>;

  constructor(
    private readonly inner: SearchPort,
    private readonly options: SearchCacheOptions,
    logger: Logger,
  ) {
    this.engine = inner.engine;
    this.results = new ResultCache(options.entries, options.ttlMs);
    this.listener = new ChannelListener(options.databaseUrl, SEARCH_CHANGED_CHANNEL, {
      notice: (payload) => {
        if (payload) this.noticed(parseNotice(payload));
      },
      // Notices sent while nobody listened are lost: start from nothing.
      up: () => this.results.clear(),
      down: (err) => {
        this.results.clear();
        logger.warn({ err: err.message }, 'search cache: not listening for index changes; searching uncached until it is back');
      },
    }, { applicationName: 'zc-search-cache' });
  }

  async search(ctx: TenantContext, query: SearchQuery): Promise<SearchResult> {
    // Listening starts with the first search: processes that never search (workers) never connect.
    await (this.started ??= this.listener.start());
    if (!this.listener.listening) return this.inner.search(ctx, query);
    const key = `${ctx.tenantId}:${this.generation(ctx.tenantId)}:${queryKey(query)}`;
    const hit = this.results.get(key);
    if (hit) return hit;
    const heard = this.heard.get(ctx.tenantId) ?? 0;
    // Joined only if no change was heard since it started: a joiner must see what it would see alone.
    const running = this.flights.get(key);
    if (running?.heard === heard) return running.result;
    const flight = { heard, result: this.inner.search(ctx, query) };
    this.flights.set(key, flight);
    try {
      const result = await flight.result;
      // A change announced while the statement ran may be missing from it: keep it only if none was.
      if (this.listener.listening && (this.heard.get(ctx.tenantId) ?? 0) === heard) this.results.set(key, result);
      return result;
    } finally {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    }
  }

  async upsert(ctx: TenantContext, docs: readonly SearchDocument[]): Promise<void> {
    await this.inner.upsert(ctx, docs);
    this.changed(ctx.tenantId); // this process reads its own writes at once, before the notice
  }

  async remove(ctx: TenantContext, listingIds: readonly string[]): Promise<void> {
    await this.inner.remove(ctx, listingIds);
    this.changed(ctx.tenantId);
  }

  async refreshRanks(ctx: TenantContext): Promise<number> {
    const changed = await this.inner.refreshRanks(ctx);
    if (changed > 0) this.changed(ctx.tenantId);
    return changed;
  }

  explain(ctx: TenantContext, listingId: string, text?: string): Promise<ListingScore | null> {
    return this.inner.explain(ctx, listingId, text);
  }

  /** Changes how results are found, never what they are: the cache keeps them. */
  countWords(ctx: TenantContext): Promise<number> {
    return this.inner.countWords(ctx);
  }

  async retokenise(ctx: TenantContext): Promise<number> {
    const written = await this.inner.retokenise(ctx);
    if (written > 0) this.changed(ctx.tenantId);
    return written;
  }

  onApplicationShutdown(): Promise<void> {
    return this.listener.close();
  }

  /** How many results are kept now (for tests and the health of the cache). */
  get size(): number {
    return this.results.size;
  }

  private generation(tenantId: string): number {
    return this.generations.get(tenantId) ?? 0;
  }

  private changed(tenantId: string): void {
    this.generations.set(tenantId, this.generation(tenantId) + 1);
    this.heard.set(tenantId, (this.heard.get(tenantId) ?? 0) + 1);
  }

  /**
   * A notice naming listings drops the tenant's results that show any of them; one naming
   * only the tenant drops all of them.
   */
  private noticed({ tenantId, listingIds }: { tenantId: string; listingIds?: Set<string> }): void {
    if (!listingIds) return this.changed(tenantId);
    this.heard.set(tenantId, (this.heard.get(tenantId) ?? 0) + 1);
    const prefix = `${tenantId}:`;
    this.results.deleteWhere((key, r) => key.startsWith(prefix) && r.hits.some((h) => listingIds.has(h.listingId)));
  }
}
