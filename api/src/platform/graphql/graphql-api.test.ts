import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createTenant, type TestTenant } from '../../../test/tenants.js';

describe('GraphQL API', () => {
  let api: TestApi;
  let zj: TestTenant;
  let other: TestTenant;

  beforeAll(async () => {
    [zj, other] = await Promise.all([
      createTenant({ settings: { purchaseRoutes: { directOrderMaxFen: '3000000' }, deposits: { interestRateBp: 40 } } }),
      createTenant(),
    ]);
    api = await startApi();
  });
  afterAll(() => api.close());

  describe('tenants (public)', () => {
    it('pages through every tenant by code with Relay cursors', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 1000; page++) {
        const { body } = await api.gql('query($after: String) { tenants(first: 2, after: $after) { edges { cursor node { code name } } pageInfo { hasNextPage endCursor } } }', { variables: { after } });
        const conn = body.data!.tenants as { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        expect(conn.edges.length).toBeLessThanOrEqual(2);
        seen.push(...conn.edges.map((e) => e.node.code));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual([...seen].sort());
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining([zj.code, other.code]));
    });

    it('rejects a page size out of range and a forged cursor', async () => {
      const big = await api.gql('{ tenants(first: 101) { nodes { code } } }');
      expect(big.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE' });
      const forged = await api.gql('{ tenants(after: "not-a-cursor") { nodes { code } } }');
      expect(forged.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    });
  });

  describe('tenant resolution', () => {
    const q = '{ tenant { code name timeZone currency settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } deposits { interestRateBp lateChargeRateBp } tender { bidMinCalendarDays minBidders } } } }';

    it('finds the tenant by x-tenant code and shows its rules over the national defaults, money as decimal strings', async () => {
      const { body } = await api.gql(q, { headers: { 'x-tenant': zj.code } });
      expect(body.errors).toBeUndefined();
      expect(body.data!.tenant).toEqual({
        code: zj.code, name: zj.name, timeZone: 'Asia/Shanghai', currency: 'CNY',
        settings: {
          purchaseRoutes: { directOrderMax: '30000.00', mallSourcingMax: '1000000.00', publicTenderMin: '4000000.00' },
          deposits: { interestRateBp: 40, lateChargeRateBp: 522 },
          tender: { bidMinCalendarDays: 20, minBidders: 3 },
        },
      });
    });

    it('finds a province registered a moment after the directory was read, by code and by slug', async () => {
      expect((await api.gql('{ tenant { code } }', { headers: { 'x-tenant': zj.code } })).body.data!.tenant).toEqual({ code: zj.code });
      const fresh = await createTenant();
      expect((await api.gql('{ tenant { code } }', { headers: { 'x-tenant': fresh.code } })).body.data!.tenant).toEqual({ code: fresh.code });
      expect((await api.gql('{ tenant { code } }', { headers: { 'x-tenant': fresh.slug } })).body.data!.tenant).toEqual({ code: fresh.code });
    });

    it('finds the tenant by slug and by host name', async () => {
      const bySlug = await api.gql('{ tenant { code } }', { headers: { 'x-tenant': other.slug } });
      expect(bySlug.body.data!.tenant).toEqual({ code: other.code });
      // fetch() will not send a custom Host header; node:http will.
      const byHost = await new Promise<string>((resolve, reject) => {
        const req = request(`${api.url}/graphql`, { method: 'POST', headers: { host: `${other.slug}.mall.example.cn`, 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve(text));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ query: '{ tenant { code } }' }));
      });
      expect(JSON.parse(byHost)).toEqual({ data: { tenant: { code: other.code } } });
    });

    it('says in the caller\'s language when no tenant or an unknown tenant is named', async () => {
      const none = await api.gql('{ tenant { code } }');
      expect(none.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TENANT_REQUIRED' });
      expect(none.body.errors?.[0].message).toContain('x-tenant');
      expect(none.body.errors?.[0].message).toMatch(/请指定租户/);

      const unknown = await api.gql('{ tenant { code } }', { headers: { 'x-tenant': '999999x', 'accept-language': 'en-US,en;q=0.9,zh;q=0.5' } });
      expect(unknown.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'TENANT_UNKNOWN' });
      expect(unknown.body.errors?.[0].message).toBe('There is no tenant "999999x": check the province code or host name.');
    });

    it('answers every error with a request id that is also in the response header', async () => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc-123' }, body: JSON.stringify({ query: '{ tenant { code } }' }),
      });
      const body = (await res.json()) as { errors: { extensions: { requestId: string } }[] };
      expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
      expect(body.errors[0].extensions.requestId).toBe('trace-abc-123');
    });
  });

  it('marks answers as not to be stored, and spends no time tagging them', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  describe('abuse limits, enforced before execution', () => {
    it('refuses a query nested deeper than the limit', async () => {
      const deep = '{ tenants { edges { node { id } } pageInfo { hasNextPage } } __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }';
      const { body } = await api.gql(deep);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'QUERY_TOO_DEEP' });
      expect(body.errors?.[0].message).toContain('上限 10 层');
    });

    it('counts depth through fragments', async () => {
      const q = `query { __schema { ...T } }
        fragment T on __Schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`;
      const { body } = await api.gql(q);
      expect(body.errors?.[0].extensions?.reason).toBe('QUERY_TOO_DEEP');
    });

    it('refuses too many aliases', async () => {
      const fields = Array.from({ length: 16 }, (_, i) => `a${i}: tenants(first: 1) { nodes { code } }`).join(' ');
      const { body } = await api.gql(`{ ${fields} }`);
      expect(body.errors?.map((e) => e.extensions?.reason)).toContain('TOO_MANY_ALIASES');
    });

    it('refuses a query whose page sizes multiply past the cost limit', async () => {
      const fields = Array.from({ length: 10 }, (_, i) => `t${i}: tenants(first: 100) { edges { cursor node { id code name slug } } }`).join(' ');
      const { body } = await api.gql(`{ ${fields} }`);
      expect(body.data).toBeUndefined();
      expect(body.errors?.map((e) => e.extensions?.reason)).toContain('QUERY_TOO_COSTLY');
    });

    it('accepts an ordinary query under every limit', async () => {
      const { body } = await api.gql('{ a: tenants(first: 5) { nodes { code } } b: tenants(first: 5) { pageInfo { hasNextPage } } }');
      expect(body.errors).toBeUndefined();
    });

    it('refuses a batch with more operations than allowed, and runs one within it', async () => {
      const post = (ops: unknown[]) => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ops) });
      const tooMany = await post(Array.from({ length: 11 }, () => ({ query: '{ tenants { nodes { code } } }' })));
      expect(tooMany.status).toBe(413);
      const body = (await tooMany.json()) as { errors: { extensions: { code: string; reason: string } }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'REQUEST_TOO_LARGE', reason: 'BATCH_TOO_LARGE' });

      const ok = await post([{ query: '{ tenants(first: 1) { nodes { code } } }' }, { query: '{ tenants(first: 2) { nodes { code } } }' }]);
      expect(ok.status).toBe(200);
      const results = (await ok.json()) as { data: { tenants: { nodes: unknown[] } } }[];
      expect(results.map((r) => r.data.tenants.nodes.length)).toEqual([1, 2]);
    });

    it('refuses a query document longer than the limit without parsing it', async () => {
      const { status, body } = await api.gql(`{ tenants { nodes { code } } } # ${'x'.repeat(20_000)}`);
      expect(status).toBe(413);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'REQUEST_TOO_LARGE', reason: 'DOCUMENT_TOO_LARGE' });
    });
  });
});

describe('GraphQL API in production mode', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), PAYMENT_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') });
  });
  afterAll(() => api.close());

  it('turns introspection off', async () => {
    const { body } = await api.gql('{ __schema { queryType { name } } }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const { body } = await api.gql('{ tenantz { code } }');
    expect(body.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
