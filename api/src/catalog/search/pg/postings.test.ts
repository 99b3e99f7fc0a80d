import { MikroORM } from '@mikro-orm/postgresql';
import { newId, ormConfig, PolicyTag } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../../test/search/search-fixtures.js';
import { asOwner, contextFor, createTenant } from '../../../../test/tenants.js';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import type { TenantContext } from '@zhengcai/schema';
import type { SearchDocument, SearchQuery, SearchResult } from '../search-port.js';
import { queryTerms } from '../text/segmenter.js';
import { type CandidateWay, candidateWay, type PlanNode } from './candidate-way.js';
import { PgSearchAdapter, SEARCH_SETTINGS } from './pg-search.adapter.js';
import { buildSearch } from './pg-search.query.js';
import { loadPostedWords } from './postings.js';
import { isCode, lookUpCodes } from './search-terms.js';

/**
 * Postings that differ from what the documents say (each side's surplus), for the tenant: one
 * per posted word a document's tokens hold, with the document's rank and filtered columns.
 */
async function postingDrift(tenantId: string): Promise<unknown[]> {
  return asOwner(tenantId, async (c) => {
    const expected = `select d.tenant_id, w.word, d.listing_id, d.rank, d.category_path, d.brand, d.price_fen, d.stock, d.policy_tags, d.supplier_region
      from search_document d join search_posted_word w on w.tenant_id = d.tenant_id and tsvector_to_array(d.tokens) && w.lexemes
      where d.tenant_id = $1`;
    const actual = `select tenant_id, word, listing_id, rank, category_path, brand, price_fen, stock, policy_tags, supplier_region from search_posting where tenant_id = $1`;
    const { rows } = await c.query(`(${expected} except ${actual}) union all (${actual} except ${expected})`, [tenantId]);
    return rows;
  });
}

const postingCount = (tenantId: string) =>
  asOwner(tenantId, async (c) => Number((await c.query<{ n: string }>('select count(*) as n from search_posting where tenant_id = $1', [tenantId])).rows[0].n));

/**
 * 800 listings, ranks falling with the number: 联想 台式计算机 in most; 办公椅 in every tenth,
 * from 永艺 in every twentieth, 人体工学 in every fortieth; 中小企业 (ranked first) in every
 * thirtieth listing; one 办公椅 ranked last and one desktop carry 稀有.
 */
function chairsAmongDesktops(ctx: TenantContext): SearchDocument[] {
  const { docs } = catalogue(ctx.tenantId);
  return Array.from({ length: 800 }, (_, i) => {
    const chair = i % 10 === 0;
    const brand = i % 20 === 0 ? '永艺' : '联想';
    const words = chair ? ['办公椅', i % 40 === 0 ? '人体工学' : '', i === 790 ? '稀有' : ''] : ['台式计算机', i === 5 ? '稀有' : ''];
    return {
      ...docs.desktop,
      listingId: newId(),
      title: `${brand} ${words.join(' ')} 型号${i}`,
      brand,
      model: `M${1000 + i}`,
      policyTags: i % 30 === 0 ? [{ tag: PolicyTag.Sme, validUntil: null }] : [],
      integrityScore: 100 - Math.floor(i / 8),
      salesCount: 800 - i,
      priceFen: 100_000n + BigInt(i) * 1_000n,
      stock: i % 7 === 0 ? 0 : 10,
    };
  });
}

describe('PostgreSQL postings of posted words', () => {
  let orm: MikroORM;
  beforeAll(() => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
  });
  afterAll(() => orm.close(true));

  it('posts product names and brands neither rare nor in most documents, and keeps postings in step with every write', async () => {
    const ctx = contextFor(await createTenant());
    const port = new PgSearchAdapter(new TenantDb(orm), { cap: 10, walk: 100 });
    const docs = chairsAmongDesktops(ctx);
    await port.upsert(ctx, docs);
    expect(await postingCount(ctx.tenantId)).toBe(0); // nothing posted before the words are counted

    await port.countWords(ctx);
    const posted = await asOwner(ctx.tenantId, async (c) => (await c.query<{ word: string; documents: number }>(
      'select word, documents from search_posted_word where tenant_id = $1 order by word', [ctx.tenantId])).rows);
    // 台式计算机 and 联想 are in most listings, 人体工学 is no product name or brand, 稀有 is in two.
    expect(posted).toEqual([{ word: '办公椅', documents: 80 }, { word: '永艺', documents: 40 }]);
    expect(await postingCount(ctx.tenantId)).toBe(120);
    expect(await postingDrift(ctx.tenantId)).toEqual([]);

    // A new chair, a chair that becomes a desk, a price and stock change, a rank change, a deletion.
    const [first, second, third] = [docs[0], docs[10], docs[20]];
    await port.upsert(ctx, [
      { ...docs[1], listingId: newId(), title: '永艺 办公椅 新品', brand: '永艺', updatedAt: new Date() },
      { ...second, title: '联想 台式计算机 改', updatedAt: new Date() },
      { ...third, priceFen: 1n, stock: 0, updatedAt: new Date() },
      { ...first, salesCount: 0, integrityScore: 0, updatedAt: new Date() },
    ]);
    await port.refreshRanks(ctx);
    await port.remove(ctx, [docs[30].listingId]);
    expect(await postingDrift(ctx.tenantId)).toEqual([]);
    // +the new chair's 办公椅 and 永艺; −办公椅 of the chair that became a desk; −办公椅 of the deleted chair.
    expect(await postingCount(ctx.tenantId)).toBe(120 + 2 - 1 - 1);

    // A word posted under other lexemes (the synonym list has changed since) is posted again.
    await asOwner(ctx.tenantId, (c) => c.query(`update search_posted_word set lexemes = '{办公椅,旧同义词}' where tenant_id = $1 and word = '办公椅'`, [ctx.tenantId]));
    await port.countWords(ctx);
    expect(await postingDrift(ctx.tenantId)).toEqual([]);
    const lexemes = await asOwner(ctx.tenantId, async (c) => (await c.query<{ lexemes: string[] }>(
      `select lexemes from search_posted_word where tenant_id = $1 and word = '办公椅'`, [ctx.tenantId])).rows[0].lexemes);
    expect(lexemes).toEqual(['办公椅']);
  });

  it('walks a posted word by its postings, finding what the walk over every document finds', async () => {
    const ctx = contextFor(await createTenant());
    const port = new PgSearchAdapter(new TenantDb(orm), { cap: 10, walk: 100, anchorWalk: 20 });
    await port.upsert(ctx, chairsAmongDesktops(ctx));
    const asked: SearchQuery[] = [
      { text: '办公椅' },
      { text: '办公椅', sort: 'price_desc' },
      { text: '永艺 办公椅' },
      { text: '办公椅 人体工学' },
      { text: '办公椅', filters: { policyTags: [PolicyTag.Sme] } },
      { text: '办公椅', filters: { inStock: true, priceMinFen: 300_000n } },
      { text: '办公椅 稀有' },
      { text: '永艺 台式计算机' },
    ].map((q) => ({ ...q, first: 20 }) as SearchQuery);
    const label = (q: SearchQuery) => `${q.text} ${JSON.stringify(q.filters ?? {}, (_, v) => (typeof v === 'bigint' ? v.toString() : v))} ${q.sort ?? ''}`;
    const before = new Map<string, SearchResult>();
    for (const q of asked) before.set(label(q), await port.search(ctx, q));

    await port.countWords(ctx);
    // A process reads the posted words once a minute: a new one reads them now.
    const anchoredPort = new PgSearchAdapter(new TenantDb(orm), { cap: 10, walk: 100, anchorWalk: 20 });
    const wayOf = (q: SearchQuery) => new TenantDb(orm).transaction(ctx, async (em) => {
      const codes = await lookUpCodes(em, ctx.tenantId, queryTerms(q.text ?? '').latin.filter(isCode));
      const statement = buildSearch(ctx.tenantId, q, 20, { cap: 10, walk: 100, anchorWalk: 20 }, codes, false, await loadPostedWords(em, ctx.tenantId));
      const [row] = await em.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (analyze, format json) ${statement.text}`, [...statement.params]);
      return candidateWay(row['QUERY PLAN'][0].Plan);
    }, SEARCH_SETTINGS);
    // 办公椅 fills the cap from its first postings; with 人体工学 (7 of the first 20) it walks on;
    // 稀有 is in none of the first twenty: looked up; 永艺 makes no desktops: none of its
    // postings match, and the lookup finds none either.
    const ways: Record<string, CandidateWay> = {
      '办公椅 {} ': 'anchored',
      '办公椅 {} price_desc': 'anchored',
      '永艺 办公椅 {} ': 'anchored',
      '办公椅 人体工学 {} ': 'anchored deeper',
      '办公椅 {"policyTags":["sme"]} ': 'anchored',
      '办公椅 {"inStock":true,"priceMinFen":"300000"} ': 'anchored',
      '办公椅 稀有 {} ': 'looked up',
      '永艺 台式计算机 {} ': 'anchored',
    };
    for (const q of asked) {
      const l = label(q);
      const r = await anchoredPort.search(ctx, q);
      expect(r.total, l).toEqual(before.get(l)!.total);
      expect(r.hits.map((h) => h.listingId), l).toEqual(before.get(l)!.hits.map((h) => h.listingId));
      expect(r.facets, l).toEqual(before.get(l)!.facets);
      expect(await wayOf(q), l).toBe(ways[l]);
    }
    expect(before.get('办公椅 稀有 {} ')!.hits.map((h) => h.title)).toEqual(['联想 办公椅  稀有 型号790']);
    expect(before.get('办公椅 {} ')!.total).toEqual({ value: 10, exact: false });

    // The words change after this process read them (办公椅 unposted): its next search expects
    // postings that are gone, finds nothing, learns so from the statement and asks again.
    await asOwner(ctx.tenantId, async (c) => {
      await c.query(`delete from search_posting where tenant_id = $1 and word = '办公椅'`, [ctx.tenantId]);
      await c.query(`delete from search_posted_word where tenant_id = $1 and word = '办公椅'`, [ctx.tenantId]);
    });
    const again = await anchoredPort.search(ctx, asked[0]);
    expect(again.hits.map((h) => h.listingId)).toEqual(before.get('办公椅 {} ')!.hits.map((h) => h.listingId));
  });
});
