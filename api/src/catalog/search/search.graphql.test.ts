import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { catalogue } from '../../../test/search/search-fixtures.js';
import { contextFor } from '../../../test/tenants.js';
import { SEARCH_PORT, type SearchPort } from './search-port.js';

describe('search over GraphQL', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let fixture: ReturnType<typeof catalogue>;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople();
    fixture = catalogue(people.tenant.id);
    await api.app.get<SearchPort>(SEARCH_PORT).upsert(contextFor(people.tenant), fixture.all);
  });
  afterAll(() => api.close());

  const SEARCH = `query ($t: String, $f: SearchFiltersInput, $s: SearchSort, $n: Int, $a: String) {
    search(text: $t, filters: $f, sort: $s, first: $n, after: $a) {
      total { value exact }
      edges { cursor node { listingId title price policyTags score { relevance rank score components { policy } } } }
      pageInfo { hasNextPage endCursor }
      facets { categories { value count } policyTags { value count } priceBuckets { min max count } }
    }
  }`;

  it('answers anonymous buyers: money as yuan strings, tags as enum names, policy goods first', async () => {
    const { body } = await api.gql(SEARCH, { variables: { t: '打印纸' }, headers: headers(people.tenant) });
    expect(body.errors).toBeUndefined();
    const r = body.data!.search as { total: unknown; edges: { node: { listingId: string; price: string; policyTags: string[] } }[]; facets: { priceBuckets: unknown[] } };
    expect(r.total).toEqual({ value: 2, exact: true });
    expect(r.edges.map((e) => e.node.listingId)).toEqual([fixture.docs.paperLabelled.listingId, fixture.docs.paperPlain.listingId]);
    expect(r.edges[0].node).toMatchObject({ price: '25.00', policyTags: ['ENVIRONMENTAL_LABEL'] });
    expect(r.facets.priceBuckets).toEqual([{ min: null, max: '100.00', count: 2 }]);
  });

  it('filters by a price range in yuan and continues from an edge cursor', async () => {
    const vars = { f: { priceMin: '2000.00', priceMax: '6000.00' }, s: 'PRICE_ASC', n: 2 };
    const first = await api.gql(SEARCH, { variables: vars, headers: headers(people.tenant) });
    const page1 = first.body.data!.search as { edges: { cursor: string; node: { price: string } }[] };
    expect(page1.edges.map((e) => e.node.price)).toEqual(['2599.00', '3299.00']);
    const second = await api.gql(SEARCH, { variables: { ...vars, a: page1.edges[1].cursor }, headers: headers(people.tenant) });
    const page2 = second.body.data!.search as { edges: { node: { price: string } }[] };
    expect(page2.edges.map((e) => e.node.price)).toEqual(['4999.00', '5299.00']);
  });

  it('says which model numbers it searched as close ones: a typo, and none for a known code or a word', async () => {
    const Q = `query ($t: String) { search(text: $t) { nodes { listingId } corrections { asked matched } } }`;
    const ask = async (t: string) => (await api.gql(Q, { variables: { t }, headers: headers(people.tenant) })).body.data!.search as { nodes: { listingId: string }[]; corrections: unknown[] };
    // Two digits swapped: the listing with i5-1340P is found, and the buyer is told why.
    const typo = await ask('i5-1430P 笔记本');
    expect(typo.nodes.map((n) => n.listingId)).toEqual([fixture.docs.laptop.listingId]);
    expect(typo.corrections).toEqual([{ asked: 'i5-1430p', matched: ['i5-1340p'] }]);
    expect((await ask('i5-1340P')).corrections).toEqual([]);
    expect((await ask('打印纸')).corrections).toEqual([]);
    // Three edits away: nothing close, so nothing searched in its place.
    expect(await ask('i5-1235U')).toEqual({ nodes: [], corrections: [] });
  });

  it('refuses bad input with reasons: a reversed price range, a cursor that is not one, over-long text', async () => {
    const reasons = async (variables: object) => (await api.gql(SEARCH, { variables, headers: headers(people.tenant) })).body.errors?.map((e) => e.extensions?.reason);
    expect(await reasons({ f: { priceMin: '10.00', priceMax: '1.00' } })).toEqual(['SEARCH_FILTER_INVALID']);
    expect(await reasons({ a: 'not-a-cursor' })).toEqual(['INVALID_CURSOR']);
    expect(await reasons({ t: '纸'.repeat(101) })).toEqual(['SEARCH_TEXT_TOO_LONG']);
  });

  it('explains a ranking in the language asked for, and says NOT_FOUND for an unknown listing', async () => {
    const Q = `query ($id: ID!, $t: String) { searchExplanation(listingId: $id, text: $t) { matched rank lines { component label weightBp detail } formula } }`;
    const en = await api.gql(Q, { variables: { id: fixture.docs.laptop.listingId, t: 'ThinkPad' }, headers: { ...headers(people.tenant), 'accept-language': 'en' } });
    const e = en.body.data!.searchExplanation as { matched: boolean; lines: { component: string; label: string; detail: string }[] };
    expect(e.matched).toBe(true);
    expect(e.lines[0]).toMatchObject({ component: 'POLICY', label: 'Policy functions', detail: 'Holds valid policy labels: energy-saving product' });
    const zh = await api.gql(Q, { variables: { id: fixture.docs.laptop.listingId }, headers: headers(people.tenant) });
    expect((zh.body.data!.searchExplanation as { lines: { label: string }[] }).lines[0].label).toBe('政策功能');
    const missing = await api.gql(Q, { variables: { id: '00000000-0000-7000-8000-000000000000' }, headers: headers(people.tenant) });
    expect(missing.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SEARCH_LISTING_NOT_FOUND' });
  });

  it('lets the tenant operator change the formula: checked, audited, and a recompute queued through the outbox', async () => {
    const { accessToken } = await login(api, people.tenant, people.users.operator.loginName);
    const M = `mutation ($input: RankingWeightsInput!) { updateRankingWeights(input: $input) { policyWeightBp policyTags } }`;
    const bad = await api.gql(M, { variables: { input: { policyWeightBp: 5000, integrityWeightBp: 3000, priceWeightBp: 1000, salesWeightBp: 1000, policyTags: ['SME'] } }, headers: headers(people.tenant, accessToken) });
    expect(bad.body.errors?.[0].extensions?.reason).toBe('RANKING_POLICY_FIRST');
    const ok = await api.gql(M, { variables: { input: { policyWeightBp: 7000, integrityWeightBp: 1000, priceWeightBp: 1000, salesWeightBp: 1000, policyTags: ['SME', 'ENERGY_SAVING'] } }, headers: headers(people.tenant, accessToken) });
    expect(ok.body.data?.updateRankingWeights).toEqual({ policyWeightBp: 7000, policyTags: ['ENERGY_SAVING', 'SME'] });
    const read = await api.gql(`{ rankingWeights { policyWeightBp integrityWeightBp } }`, { headers: headers(people.tenant, accessToken) });
    expect(read.body.data?.rankingWeights).toEqual({ policyWeightBp: 7000, integrityWeightBp: 1000 });
    const { asOwner } = await import('../../../test/tenants.js');
    const trail = await asOwner(people.tenant.id, async (c) => ({
      audit: (await c.query(`select action from audit_entry where action = 'search.ranking.update'`)).rowCount,
      events: (await c.query(`select type from outbox_event where type = 'search.ranking-changed'`)).rowCount,
    }));
    expect(trail).toEqual({ audit: 1, events: 1 });
  });
});
