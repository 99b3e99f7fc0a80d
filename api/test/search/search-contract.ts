import { PolicyTag, type TenantContext } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenant } from '../tenants.js';
import { CAT, catalogue } from './search-fixtures.js';
import type { SearchPort, SearchQuery } from '../../src/catalog/search/search-port.js';

/** What an adapter's test file hands the suite: the port, and how to close it. */
export interface ContractSubject {
  port: SearchPort;
  /** Closes connections and drops what the suite's tenants left in the engine. */
  close(tenants: readonly TenantContext[]): Promise<void>;
}

/**
 * The one behaviour both adapters must show. Each adapter's test file calls this with a
 * factory; nothing here knows which engine answers.
 */
export function searchContract(name: string, make: () => Promise<ContractSubject>): void {
  describe(`search contract: ${name}`, () => {
    let subject: ContractSubject;
    let ctx: TenantContext;
    let other: TenantContext;
    let fixture: ReturnType<typeof catalogue>;
    let foreign: ReturnType<typeof catalogue>;

    const ids = async (query: SearchQuery) => (await subject.port.search(ctx, query)).hits.map((h) => h.listingId);

    beforeAll(async () => {
      subject = await make();
      const [a, b] = await Promise.all([createTenant(), createTenant()]);
      ctx = contextFor(a);
      other = contextFor(b);
      fixture = catalogue(a.id);
      foreign = catalogue(b.id);
      await subject.port.upsert(ctx, fixture.all);
      await subject.port.upsert(other, foreign.all);
    });
    afterAll(() => subject?.close([ctx, other]));

    it('finds Chinese words in compounds: 台式计算机, 打印纸, 空调', async () => {
      const d = fixture.docs;
      expect(new Set(await ids({ text: '台式计算机' }))).toEqual(new Set([d.desktop.listingId, d.desktop2.listingId]));
      expect(new Set(await ids({ text: '打印纸' }))).toEqual(new Set([d.paperLabelled.listingId, d.paperPlain.listingId]));
      expect(new Set(await ids({ text: '空调' }))).toEqual(new Set([d.airCon.listingId, d.airConExpired.listingId]));
      expect(new Set(await ids({ text: '计算机' }))).toEqual(new Set([d.desktop.listingId, d.desktop2.listingId, d.laptop.listingId]));
    });

    it('finds a product by the everyday word for it: 电脑, 台式电脑, 笔记本电脑, 复印纸', async () => {
      const d = fixture.docs;
      expect(new Set(await ids({ text: '电脑' }))).toEqual(new Set([d.desktop.listingId, d.desktop2.listingId, d.laptop.listingId]));
      expect(new Set(await ids({ text: '台式电脑' }))).toEqual(new Set([d.desktop.listingId, d.desktop2.listingId]));
      expect(await ids({ text: '笔记本电脑' })).toEqual([d.laptop.listingId]);
      // The listings say 打印纸; the catalogue's name is 复印纸.
      expect(new Set(await ids({ text: '复印纸' }))).toEqual(new Set([d.paperLabelled.listingId, d.paperPlain.listingId]));
      expect(await ids({ text: '联想 电脑' })).toHaveLength(2);
    });

    it('finds English words and brands, whatever their case', async () => {
      expect(await ids({ text: 'thinkpad' })).toEqual([fixture.docs.laptop.listingId]);
      expect(await ids({ text: 'ThinkPad 笔记本' })).toEqual([fixture.docs.laptop.listingId]);
    });

    it('finds a model number, a part of one, and one with a typo', async () => {
      const laptop = fixture.docs.laptop.listingId;
      expect(await ids({ text: 'i5-1340P' })).toEqual([laptop]);
      // KFR-26GW is two edits from KFR-35GW, so it may come too — after the exact model.
      expect((await ids({ text: 'KFR-35GW' }))[0]).toBe(fixture.docs.airConExpired.listingId);
      // Two digits swapped: found. Another processor (three edits away): not.
      expect(await ids({ text: 'i5-1430P' })).toEqual([laptop]);
      expect(await ids({ text: 'i5-1235U' })).toEqual([]);
      expect(await ids({ text: '台式计算机 B730E' })).toEqual([fixture.docs.desktop2.listingId]);
    });

    it('returns nothing for words no listing has', async () => {
      const r = await subject.port.search(ctx, { text: '挖掘机' });
      expect(r.hits).toEqual([]);
      expect(r.total).toEqual({ value: 0, exact: true });
    });

    it('shows policy goods first at equal relevance, even against better price, integrity and sales', async () => {
      const hits = (await subject.port.search(ctx, { text: '打印纸' })).hits;
      expect(hits.map((h) => h.listingId)).toEqual([fixture.docs.paperLabelled.listingId, fixture.docs.paperPlain.listingId]);
      expect(hits[0].score.components.policy).toBe(1);
      expect(hits[1].score.components.policy).toBe(0);
      expect(hits[1].score.components.integrity).toBeGreaterThan(hits[0].score.components.integrity);
      expect(hits[1].score.components.sales).toBeGreaterThan(hits[0].score.components.sales);
    });

    it('counts only policy tags valid today: an expired energy label neither filters nor ranks', async () => {
      const energy = await ids({ filters: { policyTags: [PolicyTag.EnergySaving] } });
      expect(new Set(energy)).toEqual(new Set([fixture.docs.desktop.listingId, fixture.docs.laptop.listingId, fixture.docs.airCon.listingId]));
      const [expired] = (await subject.port.search(ctx, { text: 'KFR-35GW' })).hits;
      expect(expired.policyTags).toEqual([]);
      expect(expired.score.components.policy).toBe(0);
    });

    it('filters by category subtree, brand, price range, region and stock', async () => {
      const d = fixture.docs;
      expect(new Set(await ids({ filters: { categoryCode: CAT.computers } }))).toEqual(new Set([d.desktop.listingId, d.desktop2.listingId, d.laptop.listingId]));
      expect(new Set(await ids({ filters: { categoryCode: CAT.desktops } }))).toEqual(new Set([d.desktop.listingId, d.desktop2.listingId]));
      expect(await ids({ text: '计算机', filters: { brands: ['华为'] } })).toEqual([d.desktop2.listingId]);
      expect(new Set(await ids({ filters: { priceMinFen: 250_000n, priceMaxFen: 500_000n } }))).toEqual(new Set([d.desktop.listingId, d.airCon.listingId, d.airConExpired.listingId]));
      expect(new Set(await ids({ text: '空调', filters: { inStock: true } }))).toEqual(new Set([d.airConExpired.listingId]));
      // 330000 takes in every Zhejiang county; 330100 only Hangzhou's.
      expect(new Set(await ids({ filters: { supplierRegions: ['330100'] } }))).toEqual(new Set([d.desktop.listingId, d.laptop.listingId, d.paperLabelled.listingId]));
      expect(await ids({ filters: { supplierRegions: ['330000'], categoryCode: CAT.airCon } })).toEqual([d.airCon.listingId]);
    });

    it('counts facets over the matches: next category level, brands, valid policy tags, regions, price buckets', async () => {
      const r = await subject.port.search(ctx, { filters: { categoryCode: 'A02' } });
      expect(r.total).toEqual({ value: 5, exact: true });
      expect(r.facets.categories).toEqual([{ value: CAT.computers, count: 3 }, { value: CAT.office, count: 2 }]);
      expect(r.facets.brands).toEqual(expect.arrayContaining([{ value: '联想', count: 1 }, { value: 'ThinkPad', count: 1 }, { value: '格力', count: 1 }]));
      expect(r.facets.brands).toHaveLength(5);
      expect(r.facets.policyTags).toEqual([{ value: 'energy_saving', count: 3 }, { value: 'sme', count: 1 }]);
      expect(r.facets.regions).toEqual(expect.arrayContaining([{ value: '330106', count: 1 }, { value: '440305', count: 1 }]));
      expect(r.facets.priceBuckets).toEqual([
        { minFen: 100_000n, maxFen: 300_000n, count: 1 },
        { minFen: 300_000n, maxFen: 500_000n, count: 2 },
        { minFen: 500_000n, maxFen: 1_000_000n, count: 2 },
      ]);
      const paper = await subject.port.search(ctx, { text: '打印纸' });
      expect(paper.facets.priceBuckets).toEqual([{ minFen: null, maxFen: 10_000n, count: 2 }]);
      expect(paper.facets.categories).toEqual([{ value: 'A09', count: 2 }]);
    });

    it('sorts by price both ways and by sales', async () => {
      const prices = (await subject.port.search(ctx, { sort: 'price_asc', first: 100 })).hits.map((h) => h.priceFen);
      expect(prices).toEqual([...prices].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
      expect(prices).toHaveLength(7);
      const desc = (await subject.port.search(ctx, { text: '计算机', sort: 'price_desc' })).hits.map((h) => h.listingId);
      expect(desc).toEqual([fixture.docs.laptop.listingId, fixture.docs.desktop2.listingId, fixture.docs.desktop.listingId]);
      const sales = (await subject.port.search(ctx, { sort: 'sales', first: 2 })).hits.map((h) => h.salesCount);
      expect(sales).toEqual([5000, 300]);
    });

    for (const sort of ['relevance', 'price_asc', 'price_desc', 'sales'] as const) {
      it(`pages with cursors (${sort}): every listing once, in order, then no next page`, async () => {
        const seen: string[] = [];
        let after: string | undefined;
        for (let page = 0; page < 10; page++) {
          const r = await subject.port.search(ctx, { sort, first: 3, after });
          seen.push(...r.hits.map((h) => h.listingId));
          if (!r.pageInfo.hasNextPage) break;
          after = r.pageInfo.endCursor ?? undefined;
        }
        expect(seen).toHaveLength(7);
        expect(new Set(seen)).toEqual(new Set(fixture.all.map((d) => d.listingId)));
        const whole = await ids({ sort, first: 100 });
        expect(seen).toEqual(whole);
      });
    }

    it("never shows another tenant's listings, nor explains them", async () => {
      const mine = new Set(fixture.all.map((d) => d.listingId));
      for (const text of ['台式计算机', '打印纸', 'i5-1340P', '']) {
        const r = await subject.port.search(ctx, { text, first: 100 });
        expect(r.hits.every((h) => mine.has(h.listingId))).toBe(true);
      }
      expect(await subject.port.explain(ctx, foreign.docs.desktop.listingId, '台式计算机')).toBeNull();
    });

    it('explains a listing: relevance for the text, the rank and its components', async () => {
      const e = await subject.port.explain(ctx, fixture.docs.paperLabelled.listingId, '打印纸');
      expect(e).toMatchObject({ listingId: fixture.docs.paperLabelled.listingId, matched: true, policyTags: ['environmental_label'], integrityScore: 60 });
      expect(e!.breakdown.relevance).toBeGreaterThan(0);
      expect(e!.breakdown.components.policy).toBe(1);
      expect(e!.breakdown.components.integrity).toBeCloseTo(0.6, 10);
      const unmatched = await subject.port.explain(ctx, fixture.docs.paperLabelled.listingId, '空调');
      expect(unmatched).toMatchObject({ matched: false, breakdown: { relevance: 0 } });
    });

    it('replaces a listing on upsert and drops it on remove', async () => {
      const changed = { ...fixture.docs.desktop2, title: '华为 擎云 B730E 台式计算机 信创', stock: 0, updatedAt: new Date() };
      await subject.port.upsert(ctx, [changed]);
      expect(await ids({ text: '信创' })).toEqual([changed.listingId]);
      expect(await ids({ text: '台式计算机', filters: { inStock: true } })).toEqual([fixture.docs.desktop.listingId]);
      await subject.port.remove(ctx, [changed.listingId]);
      expect(await ids({ text: '台式计算机' })).toEqual([fixture.docs.desktop.listingId]);
      await subject.port.upsert(ctx, [{ ...fixture.docs.desktop2, updatedAt: new Date() }]);
    });
  });
}
