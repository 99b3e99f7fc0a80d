import { MikroORM } from '@mikro-orm/postgresql';
import { newId, ormConfig } from '@zhengcai/schema';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { describe, expect, it } from 'vitest';
import { CAT, catalogue } from '../../../../test/search/search-fixtures.js';
import { asOwner, contextFor, createTenant } from '../../../../test/tenants.js';
import { searchContract } from '../../../../test/search/search-contract.js';
import type { SearchFilters, SearchQuery, SearchResult } from '../search-port.js';
import { queryTerms } from '../text/segmenter.js';
import { walkMayFind } from './common-words.js';
import { Gate } from '../../../platform/concurrency/gate.js';
import { PgSearchAdapter, SEARCH_SETTINGS } from './pg-search.adapter.js';
import { buildSearch, type CandidateLimits } from './pg-search.query.js';
import { type CandidateWay, candidateWay, type PlanNode } from './candidate-way.js';
import { isCode, lookUpCodes } from './search-terms.js';

searchContract('PostgreSQL', async () => {
  const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
  return { port: new PgSearchAdapter(new TenantDb(orm), { cap: 1000, walk: 10_000 }), close: () => orm.close(true) };
});

describe('PostgreSQL candidate cap', () => {
  it('ranks and counts at most the cap best-ranked matches, and says the total is capped', async () => {
    const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 1 }));
    try {
      const ctx = contextFor(await createTenant());
      const { all } = catalogue(ctx.tenantId);
      await new PgSearchAdapter(new TenantDb(orm), { cap: 1000, walk: 10_000 }).upsert(ctx, all);
      const capped = new PgSearchAdapter(new TenantDb(orm), { cap: 3, walk: 10_000 });
      const r = await capped.search(ctx, { first: 10 });
      expect(r.total).toEqual({ value: 3, exact: false });
      expect(r.hits).toHaveLength(3);
      expect(r.facets.categories.reduce((n, f) => n + f.count, 0)).toBe(3);
      // The three best-ranked of all seven, whatever the sort.
      const all7 = await new PgSearchAdapter(new TenantDb(orm), { cap: 1000, walk: 10_000 }).search(ctx, { first: 10 });
      const best = all7.hits.map((h) => h.score.rank).sort((a, b) => b - a).slice(0, 3);
      expect(r.hits.map((h) => h.score.rank).sort((a, b) => b - a)).toEqual(best);
      const byPrice = await capped.search(ctx, { sort: 'price_asc', first: 10 });
      expect(byPrice.total).toEqual({ value: 3, exact: false });
      expect(new Set(byPrice.hits.map((h) => h.listingId))).toEqual(new Set(r.hits.map((h) => h.listingId)));
    } finally {
      await orm.close(true);
    }
  });
});

describe('PostgreSQL candidates: walked, walked deeper, or looked up when sparse', () => {
  it('finds the same candidates however far the first walk goes, and whether it is taken at all', async () => {
    const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 1 }));
    try {
      const ctx = contextFor(await createTenant());
      const { docs } = catalogue(ctx.tenantId);
      // 800 documents: 办公 in every one (dense), 打印机 in every twentieth (medium), one 碎纸机
      // with the model ZX-9000 ranked last of all (sparse). Ranks fall with the index.
      const many = Array.from({ length: 800 }, (_, i) => ({
        ...docs.desktop,
        listingId: newId(),
        title: `办公 台式计算机 ${i % 20 === 0 ? '打印机' : ''} 型号${i}`,
        model: `M${1000 + i}`,
        policyTags: [],
        integrityScore: 100 - Math.floor(i / 8),
        salesCount: 800 - i,
        priceFen: 100_000n + BigInt(i) * 1_000n,
      }));
      many.push({ ...many[799], listingId: newId(), title: '办公 碎纸机', model: 'ZX-9000', integrityScore: 0, salesCount: 0, priceFen: 9_000_000n });
      await new PgSearchAdapter(new TenantDb(orm), { cap: 10, walk: 100_000 }).upsert(ctx, many);

      const walkAll = new PgSearchAdapter(new TenantDb(orm), { cap: 10, walk: 100_000 });
      // 100 documents walked first: 办公 finds its 10 there, 打印机 only 5 (walks on), 碎纸机 none (looked up);
      // a query with a term tested inside models walks 20.
      const walkShort = new PgSearchAdapter(new TenantDb(orm), { cap: 10, walk: 100, reachFrom: 1, substringWalk: 20 });
      // 办公 9000: a bare number beside a word, tested inside the models (looked up from the indexes).
      // 办公 179: the same, with eleven matches (型号179, M1179, M1790–M1799) spread through the rank order.
      const expected: Record<string, number> = { 办公: 10, 打印机: 10, 碎纸机: 1, 'ZX-9000': 1, '办公 9000': 1, '办公 179': 10, 显微镜: 0 };
      const asked = Object.keys(expected).flatMap((text) => (['relevance', 'price_desc'] as const).map((sort) => ({ text, sort, first: 20 })));
      const before = new Map<string, SearchResult>();
      for (const q of asked) {
        const [a, b] = await Promise.all([walkAll.search(ctx, q), walkShort.search(ctx, q)]);
        const label = `${q.text} (${q.sort})`;
        expect(b.total.value, label).toBe(expected[q.text]);
        expect(b.hits.map((h) => h.listingId), label).toEqual(a.hits.map((h) => h.listingId));
        expect(b.facets, label).toEqual(a.facets);
        before.set(label, a);
      }

      // Once the province's words are counted, a query with a rare one skips the walk (3 of
      // 801 documents make a word common): the same results either way.
      const walkWhen = (text: string) => new TenantDb(orm).transaction(ctx, async (em) => {
        const terms = queryTerms(text);
        const may = walkMayFind(ctx.tenantId, terms, await lookUpCodes(em, ctx.tenantId, terms.latin.filter(isCode)));
        return may && (await em.execute<{ ok: boolean }[]>(`select ${may.text} as ok`, [...may.params]))[0].ok;
      });
      expect(await walkWhen('碎纸机')).toBe(true); // not counted yet: walk first, as before
      expect(await walkShort.countWords(ctx)).toBeGreaterThan(0);
      const walks = Object.fromEntries(await Promise.all(Object.keys(expected).map(async (text) => [text, await walkWhen(text)])));
      expect(walks).toEqual({ 办公: true, 打印机: true, 碎纸机: false, 'ZX-9000': false, '办公 9000': true, '办公 179': true, 显微镜: false });
      for (const q of asked) {
        const label = `${q.text} (${q.sort})`;
        for (const r of await Promise.all([walkAll.search(ctx, q), walkShort.search(ctx, q)])) {
          expect(r.total, label).toEqual(before.get(label)!.total);
          expect(r.hits.map((h) => h.listingId), label).toEqual(before.get(label)!.hits.map((h) => h.listingId));
          expect(r.facets, label).toEqual(before.get(label)!.facets);
        }
      }
      const rare = await walkShort.search(ctx, { text: '碎纸机', filters: { categoryCode: CAT.desktops } });
      expect(rare.hits.map((h) => h.title)).toEqual(['办公 碎纸机']);

      // A price range over common words: the first 100 hold no 办公 at ¥4,000–5,000 (listings
      // 300–400), so the walk reaches on, up to 2 × 801 documents (办公's count), and fills the
      // 10 there. 打印机 at ¥6,000–9,000 (every twentieth of 500–800) is not within 2 × 40
      // past the walk: looked up. With a category the lookup's own index narrows: no reach;
      // nor when the word has fewer matches than the limits' `reachFrom`.
      const wayOf = (q: SearchQuery, limits: Partial<CandidateLimits> = {}) => new TenantDb(orm).transaction(ctx, async (em) => {
        const codes = await lookUpCodes(em, ctx.tenantId, queryTerms(q.text ?? '').latin.filter(isCode));
        const statement = buildSearch(ctx.tenantId, q, 20, { cap: 10, walk: 100, reachFrom: 1, ...limits }, codes);
        const [row] = await em.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (analyze, format json) ${statement.text}`, [...statement.params]);
        return candidateWay(row['QUERY PLAN'][0].Plan);
      }, SEARCH_SETTINGS);
      const priced: [SearchQuery, CandidateWay, number][] = [
        [{ text: '办公', filters: { priceMinFen: 400_000n, priceMaxFen: 500_000n } }, 'reached', 10],
        [{ text: '办公', filters: { priceMinFen: 400_000n, priceMaxFen: 500_000n }, sort: 'price_desc' }, 'reached', 10],
        [{ text: '打印机', filters: { priceMinFen: 600_000n, priceMaxFen: 900_000n, inStock: true } }, 'looked up', 10],
        [{ text: '办公', filters: { priceMinFen: 400_000n, priceMaxFen: 500_000n, categoryCode: CAT.desktops } }, 'looked up', 10],
        [{ text: '办公', filters: { priceMinFen: 9_000_000n } }, 'looked up', 1],
      ];
      for (const [q, way, total] of priced) {
        const label = `${q.text} ${JSON.stringify(q.filters, (_, v) => (typeof v === 'bigint' ? v.toString() : v))} ${q.sort ?? ''}`;
        expect(await wayOf(q), label).toBe(way);
        const [a, b] = await Promise.all([walkAll.search(ctx, { ...q, first: 20 }), walkShort.search(ctx, { ...q, first: 20 })]);
        expect(b.total.value, label).toBe(total);
        expect(b.hits.map((h) => h.listingId), label).toEqual(a.hits.map((h) => h.listingId));
        expect(b.facets, label).toEqual(a.facets);
      }
      expect(await wayOf(priced[0][0], { reachFrom: 802 })).toBe('looked up');
      // A bare number beside a word: its first walk is `substringWalk` long, not `walk`.
      expect(await wayOf({ text: '办公 179' }, { walk: 1000, substringWalk: 1000 })).toBe('walked');
      expect(await wayOf({ text: '办公 179' }, { walk: 1000, substringWalk: 20 })).toBe('looked up');
    } finally {
      await orm.close(true);
    }
  });
});

describe('PostgreSQL tokens of an older text analysis', () => {
  it('finds documents tokenised before product names were words, then re-tokenises them', async () => {
    const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 1 }));
    try {
      const ctx = contextFor(await createTenant());
      const { docs } = catalogue(ctx.tenantId);
      const desk = { ...docs.desktop, listingId: newId(), title: '联想 启天 台式计算机', model: 'M437' };
      // No description: the desktop's (商用台式机) would make it a 台式计算机 by its synonym.
      const laptop = { ...docs.desktop, listingId: newId(), title: '便携式计算机 配台式支架', model: 'X14', description: '' };
      const port = new PgSearchAdapter(new TenantDb(orm), { cap: 1000, walk: 10_000 });
      await port.upsert(ctx, [desk, laptop]);
      // As the first text analysis wrote them: jieba's own words, version 1.
      const older: [string, string[]][] = [[desk.listingId, ['联想', '启天', '台式', '计算', '算机', '计算机', 'm437']], [laptop.listingId, ['便携', '便携式', '计算', '算机', '计算机', '配', '台式', '支架', 'x14']]];
      for (const [id, tokens] of older) {
        await asOwner(ctx.tenantId, (c) => c.query(`update search_document set tokens = setweight(array_to_tsvector($2::text[]), 'A'), text_version = 1 where listing_id = $1`, [id, tokens]));
      }
      // Each search comes from a new adapter, as from a process that has not seen the tenant.
      const titles = async (text: string) => (await new PgSearchAdapter(new TenantDb(orm), { cap: 1000, walk: 10_000 }).search(ctx, { text })).hits.map((h) => h.title).sort();
      // Until re-tokenised, a product word also matches its parts, as before.
      expect(await titles('台式计算机')).toEqual([laptop.title, desk.title].sort());
      expect(await titles('联想 台式计算机')).toEqual([desk.title]);

      expect(await port.retokenise(ctx)).toBe(2);
      expect(await port.retokenise(ctx)).toBe(0);
      const versions = await asOwner(ctx.tenantId, async (c) => (await c.query<{ v: number }>(`select distinct text_version as v from search_document where tenant_id = $1`, [ctx.tenantId])).rows.map((r) => r.v));
      expect(versions).toEqual([2]);
      // Now the product word is one token: the laptop with a desk stand is no 台式计算机.
      expect(await titles('台式计算机')).toEqual([desk.title]);
      expect(await titles('计算机')).toEqual([laptop.title, desk.title].sort());
      expect(await titles('便携式计算机')).toEqual([laptop.title]);
    } finally {
      await orm.close(true);
    }
  });
});

describe('PostgreSQL lookup: regions from the token index', () => {
  it('finds exactly the listings of a city, a county or the province, with other filters', async () => {
    const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 1 }));
    try {
      const ctx = contextFor(await createTenant());
      const { docs } = catalogue(ctx.tenantId);
      const regions = ['330106', '330102', '330100', '330205', '330200', '331001'];
      const all = regions.flatMap((supplierRegion, i) => [0n, 1n].map((j) => ({
        ...docs.desktop, listingId: newId(), title: `显微镜 ${i}-${j}`, model: `MX-${i}-${j}`, priceFen: 100_000n + j * 100_000n, supplierRegion,
      })));
      // Under 100 matches: every search here is looked up, with the region test.
      const port = new PgSearchAdapter(new TenantDb(orm), { cap: 1000, walk: 10_000 });
      await port.upsert(ctx, all);
      const found = async (filters: SearchFilters) => new Set((await port.search(ctx, { text: '显微镜', filters, first: 100 })).hits.map((h) => h.listingId));
      const ids = (keep: (d: (typeof all)[number]) => boolean) => new Set(all.filter(keep).map((d) => d.listingId));

      expect(await found({ supplierRegions: ['330100'] })).toEqual(ids((d) => d.supplierRegion.startsWith('3301')));
      expect(await found({ supplierRegions: ['330205', '330102'] })).toEqual(ids((d) => ['330205', '330102'].includes(d.supplierRegion)));
      expect(await found({ supplierRegions: ['330200', '331001'] })).toEqual(ids((d) => d.supplierRegion.startsWith('3302') || d.supplierRegion === '331001'));
      expect(await found({ supplierRegions: ['330000'] })).toEqual(ids(() => true));
      expect(await found({ supplierRegions: ['330100'], priceMinFen: 150_000n })).toEqual(ids((d) => d.supplierRegion.startsWith('3301') && d.priceFen >= 150_000n));
      expect(await found({ supplierRegions: ['440300'] })).toEqual(new Set());
    } finally {
      await orm.close(true);
    }
  });
});

describe('PostgreSQL search admission', () => {
  it('waits its turn when the searches allowed at once are running, then runs', async () => {
    const orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
    try {
      const ctx = contextFor(await createTenant());
      const { all } = catalogue(ctx.tenantId);
      const gate = new Gate(1);
      const port = new PgSearchAdapter(new TenantDb(orm), { cap: 1000, walk: 10_000 }, gate);
      await port.upsert(ctx, all);
      let release!: () => void;
      const holder = gate.run(() => new Promise<void>((r) => (release = r)));
      let done = false;
      const search = port.search(ctx, { text: '台式计算机' }).then((r) => ((done = true), r));
      expect(gate.load).toEqual({ running: 1, waiting: 1 });
      await new Promise((r) => setTimeout(r, 100));
      expect(done).toBe(false);
      release();
      await holder;
      expect((await search).hits.length).toBeGreaterThan(0);
      expect(gate.load).toEqual({ running: 0, waiting: 0 });
    } finally {
      await orm.close(true);
    }
  });
});
