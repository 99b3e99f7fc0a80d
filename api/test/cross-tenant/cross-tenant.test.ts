import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlBody, startApi, type TestApi } from '../app.js';
import { createPeople, headers, login, type PeopleFixture, type PersonKey, type TestSession } from '../identity.js';
import { type CrossTenantCase, CROSS_TENANT_CASES, type MarkerKind, type TenantSide, victimRecords } from './operations.js';

/**
 * Every query and mutation, tried with another tenant's ids and tokens: nothing of the victim
 * tenant may come back, and nothing of it may change.
 */
describe('cross-tenant isolation of every operation', () => {
  let api: TestApi;
  let victim: TenantSide & { markers: Map<MarkerKind, Set<string>> };
  let attacker: TenantSide;

  // Client IPs vary so that expected failed logins never add up against 127.0.0.1.
  const clientIp = () => `198.51.100.${randomInt(1, 255)}`;
  const gql = (document: string, variables: object, tenant: PeopleFixture['tenant'], token?: string) =>
    api.gql(document, { variables, headers: headers(tenant, token, { 'x-forwarded-for': clientIp() }) });

  function side(people: PeopleFixture, onSession?: (s: TestSession) => void): TenantSide {
    return {
      people,
      async session(person: PersonKey) {
        const s = await login(api, people.tenant, people.users[person].loginName);
        onSession?.(s);
        return s;
      },
    };
  }

  beforeAll(async () => {
    api = await startApi({ TRUST_PROXY_HOPS: '1' });
    const [v, a] = await Promise.all([createPeople(), createPeople()]);
    const markers = new Map<MarkerKind, Set<string>>([
      ['tenant', new Set([v.tenant.id, v.tenant.code, v.tenant.slug, v.tenant.name])],
      ['organisation', new Set(Object.values(v.organisations).flatMap((o) => [o.id, o.name, ...(o.uscc ? [o.uscc] : [])]))],
      ['user', new Set(Object.values(v.users).flatMap((u) => [u.id, u.loginName]))],
      ['session', new Set<string>()],
      // Filled as cases create the victim's records (listings, uploads, search documents …).
      ['record', victimRecords],
    ]);
    victim = { ...side(v, (s) => markers.get('session')!.add(s.accessToken).add(s.refreshToken)), markers };
    attacker = side(a);
  });
  afterAll(() => api.close());

  /** Strings anywhere in a variables object: what the attacker sent may be echoed back. */
  function sent(value: unknown, into = new Set<string>()): Set<string> {
    if (typeof value === 'string') into.add(value);
    else if (Array.isArray(value)) value.forEach((v) => sent(v, into));
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => sent(v, into));
    return into;
  }

  function expectNothingOfVictim(c: CrossTenantCase, body: GqlBody, variables: object) {
    const text = JSON.stringify(body);
    const echoed = sent(variables);
    const leaked = [...victim.markers]
      .filter(([kind]) => !c.publicMarkers?.includes(kind))
      .flatMap(([, values]) => [...values])
      .filter((m) => !echoed.has(m) && text.includes(m));
    expect(leaked, `${c.field} answered with the victim's ${leaked.join(', ')}`).toEqual([]);
    if (body.errors?.length) expect(body.data?.[c.field] ?? null).toBeNull();
  }

  const check = {
    refreshWorks: async (token: string) => {
      const r = await gql(`mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: token }, victim.people.tenant);
      return !r.body.errors;
    },
  };

  for (const c of CROSS_TENANT_CASES) {
    describe(`${c.type} ${c.field}`, () => {
      it("with the victim's ids, as the attacker on the attacker's tenant: gets nothing of the victim's", async () => {
        const variables = await c.variables(victim, attacker);
        const s = await attacker.session(c.caller);
        const { body } = await gql(c.document, variables, attacker.people.tenant, s.accessToken);
        expectNothingOfVictim(c, body, variables);
        await c.victimUnharmed?.(victim, variables, check);
      });

      it("with the attacker's token on the victim's tenant: FORBIDDEN, nothing back", async () => {
        const variables = await c.variables(victim, attacker);
        const s = await attacker.session(c.caller);
        const { body } = await gql(c.document, variables, victim.people.tenant, s.accessToken);
        expect(body.data ?? null).toBeNull();
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expectNothingOfVictim(c, body, variables);
        await c.victimUnharmed?.(victim, variables, check);
      });
    });
  }

  it('has a case for every Query and Mutation field of the schema, and none for a field that is gone', async () => {
    const { body } = await api.gql(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    const schema = body.data?.__schema as { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    const fields = [
      ...schema.queryType.fields.map((f) => `query ${f.name}`),
      ...schema.mutationType.fields.map((f) => `mutation ${f.name}`),
    ].sort();
    const registered = CROSS_TENANT_CASES.map((c) => `${c.type} ${c.field}`).sort();
    expect(registered, 'add a case to api/test/cross-tenant/operations.ts for each new operation').toEqual(fields);
  });
});
