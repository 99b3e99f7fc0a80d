import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@zhengcai/schema';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../../test/search/search-fixtures.js';
import { searchContract } from '../../../../test/search/search-contract.js';
import { asOwner, contextFor, createTenant } from '../../../../test/tenants.js';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { PgSearchAdapter } from '../pg/pg-search.adapter.js';
import type { SearchPort, SearchQuery, SearchResult } from '../search-port.js';
import { CachedSearchPort } from './cached-search-port.js';

const quiet = pino({ level: 'silent' });
const adapter = (db: TenantDb) => new PgSearchAdapter(db, { cap: 1000, walk: 10_000 });
const cached = (db: TenantDb, ttlMs = 60_000, inner: SearchPort = adapter(db)) => new CachedSearchPort(inner, { databaseUrl: process.env.DATABASE_URL!, entries: 100, ttlMs }, quiet);

/** The adapter, counting its searches, each held until `release()`: statements that take their time. */
function heldSearches(inner: SearchPort): SearchPort & { calls: number; release: () => void } {
  let gate = Promise.withResolvers<void>();
  const held = Object.create(inner) as SearchPort & { calls: number; release: () => void };
  held.calls = 0;
  held.release = () => (gate.resolve(), (gate = Promise.withResolvers<void>()));
  held.search = async (ctx, query: SearchQuery): Promise<SearchResult> => {
    held.calls += 1;
    const result = inner.search(ctx, query); // the statement runs now; only its answer waits
    await gate.promise;
    return result;
  };
  return held;
}

// The cache must not change a single answer of the contract.
searchContract('PostgreSQL behind the result cache', async () => {
  const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
  const port = cached(new TenantDb(orm));
  return { port, close: async () => (await port.onApplicationShutdown(), await orm.close(true)) };
});

/**
 * What the cache serves and when it lets go. Rows are deleted behind its back (as the owner,
 * with no notice) to see whether an answer came from the cache or from the database.
 */
describe('search result cache', () => {
  let orm: MikroORM;
  let db: TenantDb;
  const ports: CachedSearchPort[] = [];
  const port = (ttlMs?: number) => {
    const p = cached(db, ttlMs);
    ports.push(p);
    return p;
  };

  beforeAll(() => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 4 }));
    db = new TenantDb(orm);
  });
  afterAll(async () => {
    for (const p of ports) await p.onApplicationShutdown();
    await orm.close(true);
  });

  const quietly = (tenantId: string, listingId: string) => asOwner(tenantId, (c) => c.query('delete from search_document where listing_id = $1', [listingId]));
  const until = async (check: () => Promise<boolean>, what: string) => {
    for (let i = 0; i < 100; i++) if (await check()) return;
    else await new Promise((r) => setTimeout(r, 50));
    throw new Error(`timed out waiting for ${what}`);
  };

  it('serves a repeated search from memory until a change to the province is committed, by any process', async () => {
    const ctx = contextFor(await createTenant());
    const { all } = catalogue(ctx.tenantId);
    const api = port();
    const worker = port(); // another process's port: its writes reach this one only by the notice
    await worker.upsert(ctx, all);
    const first = await api.search(ctx, { first: 50 });
    expect(first.hits).toHaveLength(all.length);

    await quietly(ctx.tenantId, first.hits[0].listingId);
    expect((await api.search(ctx, { first: 50 })).hits).toHaveLength(all.length); // from memory
    expect(api.size).toBe(1);

    await worker.remove(ctx, [first.hits[1].listingId]); // committed with a notice
    await until(async () => (await api.search(ctx, { first: 50 })).hits.length === all.length - 2, 'the notice to reach the other port');
  });

  it('drops at once the results that show a changed listing, and the others only when the province is named alone', async () => {
    const ctx = contextFor(await createTenant());
    const { docs, all } = catalogue(ctx.tenantId);
    const api = port();
    const worker = port();
    await worker.upsert(ctx, all);
    const paper = await api.search(ctx, { text: '打印纸' });
    const desktops = await api.search(ctx, { text: '台式计算机' });
    expect(paper.hits.map((h) => h.listingId)).toContain(docs.paperLabelled.listingId);
    expect(desktops.hits.map((h) => h.listingId)).not.toContain(docs.paperLabelled.listingId);
    await quietly(ctx.tenantId, desktops.hits[0].listingId); // no notice: only a fresh statement would miss it

    await worker.upsert(ctx, [{ ...docs.paperLabelled, priceFen: 1_234_00n, updatedAt: new Date() }]);
    await until(async () => (await api.search(ctx, { text: '打印纸' })).hits.some((h) => h.priceFen === 1_234_00n), 'the new price');
    expect((await api.search(ctx, { text: '台式计算机' })).hits).toHaveLength(desktops.hits.length); // still from memory

    const sender = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sender.connect();
    try {
      await sender.query('select pg_notify($1, $2)', ['search_changed', ctx.tenantId]);
    } finally {
      await sender.end();
    }
    await until(async () => (await api.search(ctx, { text: '台式计算机' })).hits.length === desktops.hits.length - 1, 'the province-wide notice');
  });

  it('keeps provinces apart, and serves nothing older than its age limit', async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]).then((ts) => ts.map((t) => contextFor(t)));
    const short = port(1000);
    await short.upsert(a, catalogue(a.tenantId).all);
    const inA = await short.search(a, { text: '打印纸' });
    expect(inA.hits.length).toBeGreaterThan(0);
    expect((await short.search(b, { text: '打印纸' })).hits).toEqual([]);

    await quietly(a.tenantId, inA.hits[0].listingId);
    expect((await short.search(a, { text: '打印纸' })).hits).toHaveLength(inA.hits.length);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await short.search(a, { text: '打印纸' })).hits).toHaveLength(inA.hits.length - 1);
  });

  it('runs a search asked again while it runs once, unless a change was heard since it started', async () => {
    const ctx = contextFor(await createTenant());
    const { all } = catalogue(ctx.tenantId);
    const worker = port();
    await worker.upsert(ctx, all);
    const inner = heldSearches(adapter(db));
    const api = cached(db, 60_000, inner);
    ports.push(api);

    const asked = Array.from({ length: 8 }, () => api.search(ctx, { first: 50 }));
    // The first search starts the listener; then all eight ask together and the others join.
    await until(async () => inner.calls > 0, 'the statement to start');
    expect(inner.calls).toBe(1);
    inner.release();
    const answers = await Promise.all(asked);
    expect(answers.every((a) => a === answers[0])).toBe(true);
    expect(answers[0].hits).toHaveLength(all.length);

    // A change heard while a statement runs: later askers do not wait for that stale one.
    const paper = await adapter(db).search(ctx, { text: '打印纸', first: 50 });
    const removed = paper.hits[0].listingId;
    const before = api.search(ctx, { text: '打印纸', first: 50 }); // its statement runs before the removal
    await until(async () => inner.calls === 2, 'the statement to start');
    await worker.remove(ctx, [removed]);
    const later: Promise<SearchResult>[] = [];
    await until(async () => (later.push(api.search(ctx, { text: '打印纸', first: 50 })), inner.calls === 3), 'the notice to reach the cache');
    inner.release();
    const [stale, fresh] = await Promise.all([before, later.at(-1)!]);
    expect(stale.hits.map((h) => h.listingId)).toContain(removed);
    expect(fresh.hits.map((h) => h.listingId)).not.toContain(removed);
    expect(fresh.hits).toHaveLength(paper.hits.length - 1);
  });

  it('caches nothing while it cannot hear the notices, and starts afresh when it hears them again', async () => {
    const ctx = contextFor(await createTenant());
    const api = port();
    await api.upsert(ctx, catalogue(ctx.tenantId).all);
    const before = await api.search(ctx, { first: 50 });
    expect(api.size).toBe(1);

    // The listening connection is cut (a failover, an operator): no notice can be trusted now.
    // (As the app role, which may end its own sessions; other caches listening here just start afresh.)
    const app = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await app.connect();
    try {
      await app.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'zc-search-cache' and datname = current_database()`);
    } finally {
      await app.end();
    }
    await until(async () => api.size === 0, 'the cache to be emptied');
    await quietly(ctx.tenantId, before.hits[0].listingId);
    expect((await api.search(ctx, { first: 50 })).hits).toHaveLength(before.hits.length - 1);

    await until(async () => (await api.search(ctx, { first: 50 }), api.size === 1), 'listening again and caching');
    await quietly(ctx.tenantId, before.hits[1].listingId);
    expect((await api.search(ctx, { first: 50 })).hits).toHaveLength(before.hits.length - 1); // cached again
  });
});
