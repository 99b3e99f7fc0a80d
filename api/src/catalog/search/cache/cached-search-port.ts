import type { OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { TenantContext } from '@zhengcai/schema';
import type { Logger } from '../../../platform/logging/logging.module.js';
import type { ListingScore, SearchDocument, SearchPort, SearchQuery, SearchResult } from '../search-port.js';
import { ResultCache } from './result-cache.js';

/** Announced in the transaction of every change to a tenant's search documents or ranks. */
export const SEARCH_CHANGED_CHANNEL = 'search_changed';
const RELISTEN_DELAY_MS = 1000;

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
 * `search_changed` with the tenant id in its transaction, so the notice arrives only once the
 * change is committed, and no change can commit without it. Each notice moves the tenant's
 * generation on, and entries of older generations are never served. While the listening
 * connection is down nothing is cached (a notice could be missed), and the cache is emptied
 * when it comes back. Entries also expire after `ttlMs`, for what changes with the clock alone
 * (a policy certificate's last valid day).
 */
export class CachedSearchPort implements SearchPort, OnApplicationShutdown {
  readonly engine: SearchPort['engine'];
  private readonly results: ResultCache<SearchResult>;
  private readonly generations = new Map<string, number>();
  private listener?: pg.Client;
  private started?: Promise<void>;
  private relistenTimer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly inner: SearchPort,
    private readonly options: SearchCacheOptions,
    private readonly logger: Logger,
  ) {
    this.engine = inner.engine;
    this.results = new ResultCache(options.entries, options.ttlMs);
  }

  async search(ctx: TenantContext, query: SearchQuery): Promise<SearchResult> {
    // Listening starts with the first search: processes that never search (workers) never connect.
    await (this.started ??= this.listen().catch((err: unknown) => this.lost(err as Error)));
    if (!this.listener) return this.inner.search(ctx, query);
    const generation = this.generation(ctx.tenantId);
    const key = `${ctx.tenantId}:${generation}:${queryKey(query)}`;
    const hit = this.results.get(key);
    if (hit) return hit;
    const result = await this.inner.search(ctx, query);
    // A change announced while the statement ran may be missing from it: keep it only if none was.
    if (this.listener && this.generation(ctx.tenantId) === generation) this.results.set(key, result);
    return result;
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

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.relistenTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
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
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: 'zc-search-cache' });
    client.on('notification', (msg) => {
      if (msg.channel === SEARCH_CHANGED_CHANNEL && msg.payload) this.changed(msg.payload);
    });
    const drop = (err?: Error) => {
      if (this.listener !== client) return;
      this.lost(err ?? new Error('the listening connection ended'));
    };
    client.on('error', drop);
    client.on('end', () => drop());
    try {
      await client.connect();
      await client.query(`listen ${SEARCH_CHANGED_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    // Notices sent while nobody listened are lost: start from nothing.
    this.results.clear();
    this.listener = client;
  }

  private lost(err: Error): void {
    const listener = this.listener;
    this.listener = undefined;
    this.results.clear();
    listener?.end().catch(() => undefined);
    if (this.closed) return;
    this.logger.warn({ err: err.message }, 'search cache: not listening for index changes; searching uncached until it is back');
    clearTimeout(this.relistenTimer);
    this.relistenTimer = setTimeout(() => {
      this.listen().catch((e: unknown) => this.lost(e as Error));
    }, RELISTEN_DELAY_MS);
  }
}
