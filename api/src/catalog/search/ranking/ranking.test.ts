import { MikroORM } from '@mikro-orm/postgresql';
import { newId, ormConfig, PolicyTag, type TenantContext } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDb } from '../../../platform/database/tenant-db.js';
import { catalogue } from '../../../../test/search/search-fixtures.js';
import { asOwner, contextFor, createTenant } from '../../../../test/tenants.js';
import { PgSearchAdapter } from '../pg/pg-search.adapter.js';
import type { SearchDocument } from '../search-port.js';
import { explainScore } from './explanation.js';
import { DEFAULT_RANKING_FORMULA } from './ranking-formula.js';

interface Stored { listing_id: string; rank: number; rank_policy: number; rank_integrity: number; rank_price: number; rank_sales: number; rank_median_fen: string; policy_tags: string[] }

describe('ranking: set-based recompute and explanation', () => {
  let orm: MikroORM;
  let port: PgSearchAdapter;
  let ctx: TenantContext;
  let docs: SearchDocument[];

  const stored = (t: TenantContext) =>
    asOwner(t.tenantId, async (c) => {
      const rows = (await c.query<Stored>('select listing_id, rank, rank_policy, rank_integrity, rank_price, rank_sales, rank_median_fen, policy_tags from search_document')).rows;
      return new Map(rows.map((r) => [r.listing_id, r]));
    });

  beforeAll(async () => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
    port = new PgSearchAdapter(new TenantDb(orm), { cap: 1000, walk: 10_000 });
    ctx = contextFor(await createTenant());
    const base = catalogue(ctx.tenantId).docs.paperPlain;
    // Three listings of one leaf category priced ¥10, ¥20, ¥30 (median ¥20), sales 0, 9, 99.
    docs = [
      { ...base, listingId: newId(), priceFen: 1_000n, salesCount: 0, integrityScore: 50, policyTags: [{ tag: PolicyTag.Sme, validUntil: null }] },
      { ...base, listingId: newId(), priceFen: 2_000n, salesCount: 9, integrityScore: 75, policyTags: [] },
      { ...base, listingId: newId(), priceFen: 3_000n, salesCount: 99, integrityScore: 100, policyTags: [{ tag: PolicyTag.EnergySaving, validUntil: '2020-01-01' }] },
    ];
    await port.upsert(ctx, docs);
  });
  afterAll(() => orm.close(true));

  it('computes every component from the whole tenant: median price, top sales, tags valid today', async () => {
    const rows = await stored(ctx);
    const [cheap, mid, dear] = docs.map((d) => rows.get(d.listingId)!);
    expect([cheap, mid, dear].map((r) => r.rank_median_fen)).toEqual(['2000', '2000', '2000']);
    expect(cheap.rank_price).toBeCloseTo(2000 / 3000, 12);
    expect(mid.rank_price).toBeCloseTo(0.5, 12);
    expect(dear.rank_price).toBeCloseTo(2000 / 5000, 12);
    expect(cheap.rank_sales).toBe(0);
    expect(mid.rank_sales).toBeCloseTo(Math.log(10) / Math.log(100), 12);
    expect(dear.rank_sales).toBe(1);
    // The energy label expired in 2020: not a tag today, no policy weight.
    expect(dear.policy_tags).toEqual([]);
    expect(dear.rank_policy).toBe(0);
    expect(cheap.policy_tags).toEqual(['sme']);
    const f = DEFAULT_RANKING_FORMULA;
    const expected = (f.policyWeightBp * 1 + f.integrityWeightBp * 0.5 + f.priceWeightBp * (2000 / 3000) + f.salesWeightBp * 0) / 10_000;
    expect(cheap.rank).toBeCloseTo(expected, 12);
  });

  it('follows a formula change on refresh, writing only rows that change', async () => {
    await asOwner(ctx.tenantId, (c) =>
      c.query(`insert into search_ranking_formula (id, tenant_id, policy_weight_bp, integrity_weight_bp, price_weight_bp, sales_weight_bp, policy_tags)
               values (gen_random_uuid(), $1, 5100, 0, 0, 4900, '{energy_saving}')`, [ctx.tenantId]),
    );
    expect(await port.refreshRanks(ctx)).toBe(3);
    const rows = await stored(ctx);
    // sme no longer counts; only sales do.
    expect(rows.get(docs[0].listingId)!.rank).toBe(0);
    expect(rows.get(docs[2].listingId)!.rank).toBeCloseTo(0.49, 12);
    expect(await port.refreshRanks(ctx)).toBe(0);
  });

  it('re-ranks the category when one listing changes price', async () => {
    await port.upsert(ctx, [{ ...docs[1], priceFen: 4_000n, updatedAt: new Date(Date.now() + 1000) }]);
    const rows = await stored(ctx);
    // Prices ¥10, ¥30, ¥40: the median is now ¥30 for the whole category.
    expect(rows.get(docs[1].listingId)!.rank_median_fen).toBe('3000');
    expect(rows.get(docs[1].listingId)!.rank_price).toBeCloseTo(3000 / 7000, 12);
  });

  it('explains each component with its weight, in Chinese and English', async () => {
    await asOwner(ctx.tenantId, (c) => c.query('delete from search_ranking_formula'));
    await port.refreshRanks(ctx);
    const score = (await port.explain(ctx, docs[0].listingId, '打印纸'))!;
    const zh = explainScore(score, { ...DEFAULT_RANKING_FORMULA }, 'zh-CN', '打印纸');
    expect(zh.lines.map((l) => [l.component, l.weightBp])).toEqual([['policy', 5500], ['integrity', 2000], ['price', 1500], ['sales', 1000]]);
    expect(zh.lines[0].detail).toBe('持有有效的政策功能标识：中小企业');
    expect(zh.lines[1].detail).toBe('供应商诚信分 50/100');
    expect(zh.lines[2].detail).toContain('¥10.00');
    expect(zh.lines[2].detail).toContain('同类目中位价 ¥30.00');
    expect(zh.lines.reduce((s, l) => s + l.contribution, 0)).toBeCloseTo(zh.rank, 12);
    expect(zh.pendingRecompute).toBe(false);
    expect(zh.score).toBeCloseTo(zh.relevance * (1 + zh.rank), 12);
    const en = explainScore(score, { ...DEFAULT_RANKING_FORMULA }, 'en', '打印纸');
    expect(en.lines[0].detail).toBe('Holds valid policy labels: SME');
    expect(en.formula).toContain('policy goods come first');
    // A formula the stored ranks do not yet follow is said so.
    expect(explainScore(score, { ...DEFAULT_RANKING_FORMULA, salesWeightBp: 0, integrityWeightBp: 3000 }, 'en', null).pendingRecompute).toBe(true);
  });
});
