import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../../test/app.js';
import { createPeople, createPlatformOperator, headers, OPERATOR_LOGIN, operatorLogin, type PeopleFixture, type TestOperator } from '../../../../test/identity.js';

const OVERVIEW = `{ platformTenants { id code organisations users } }`;

describe('platform operator', () => {
  let api: TestApi;
  let operator: TestOperator;
  let a: PeopleFixture;
  let b: PeopleFixture;

  beforeAll(async () => {
    api = await startApi({ TRUST_PROXY_HOPS: '1' });
    [operator, a, b] = await Promise.all([createPlatformOperator(), createPeople(), createPeople()]);
  });
  afterAll(() => api.close());

  it('logs in without a tenant and sees every tenant with its counts, through the operator API only', async () => {
    const token = await operatorLogin(api, operator.loginName);
    const { body } = await api.gql(OVERVIEW, { headers: { authorization: `Bearer ${token}` } });
    const rows = body.data?.platformTenants as { id: string; code: string; organisations: number; users: number }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    // createPeople: one organisation of each of the 5 kinds, one user for each of the 7 roles.
    expect(byId.get(a.tenant.id)).toEqual({ id: a.tenant.id, code: a.tenant.code, organisations: 5, users: 7 });
    expect(byId.get(b.tenant.id)).toMatchObject({ organisations: 5, users: 7 });
    expect(rows.map((r) => r.code)).toEqual([...rows.map((r) => r.code)].sort());
    // The same token opens no tenant operation.
    const me = await api.gql('{ me { id } }', { headers: headers(a.tenant, token) });
    expect(me.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a wrong password, and tenant users are not platform operators', async () => {
    const wrong = await api.gql(OPERATOR_LOGIN, { variables: { loginName: operator.loginName, password: 'Wrong2026pass' }, headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(wrong.body.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const tenantUser = await api.gql(OPERATOR_LOGIN, { variables: { loginName: a.users.operator.loginName, password: 'Test2026pass' }, headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(tenantUser.body.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it('keeps the operator table out of reach of tenant transactions', async () => {
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      await db.query('begin');
      await db.query(`select set_config('app.tenant_id', $1, true)`, [a.tenant.id]);
      expect((await db.query('select id from platform_operator')).rows).toEqual([]);
      await db.query('rollback');
      await db.query('begin');
      await db.query(`select set_config('app.scope', 'platform', true)`);
      expect((await db.query('select id from platform_operator where id = $1', [operator.id])).rows).toHaveLength(1);
      // Platform scope opens no tenant's rows.
      expect((await db.query('select id from organisation')).rows).toEqual([]);
      await db.query('rollback');
    } finally {
      await db.end();
    }
  });
});
