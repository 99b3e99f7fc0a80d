import { request } from 'node:http';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, LOGIN, outcome, type PeopleFixture, TEST_PASSWORD } from '../../../test/identity.js';
import { asOwner } from '../../../test/tenants.js';

const ME = `{ me { id loginName roles organisation { id kind } } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { id } } }`;
const LOGOUT = `mutation ($t: String!) { logout(refreshToken: $t) }`;

/** fetch() will not set Host; a raw request can, as a reverse proxy would. */
function postWithHost(url: string, host: string, token: string, query: string): Promise<{ errors: { extensions: Record<string, string> }[] }> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', headers: { host, 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject).end(body);
  });
}

describe('login sessions', () => {
  let api: TestApi;
  let zj: PeopleFixture;
  let other: PeopleFixture;
  let disabled: PeopleFixture;

  beforeAll(async () => {
    api = await startApi({ JWT_SECRET: 'a-test-secret-that-is-long-enough-1234' });
    [zj, other, disabled] = await Promise.all([createPeople(), createPeople(), createPeople()]);
  });
  afterAll(() => api.close());

  const refresh = (token: string, tenant = zj.tenant) => api.gql(REFRESH, { variables: { t: token }, headers: headers(tenant) });
  const me = (access: string, tenant = zj.tenant) => api.gql(ME, { headers: headers(tenant, access) });

  it('logs in with a password and returns a short access token carrying tenant, organisation and roles', async () => {
    const s = await login(api, zj.tenant, zj.users.purchaser.loginName.toUpperCase());
    const claims = decodeJwt(s.accessToken);
    expect(claims).toMatchObject({ sub: zj.users.purchaser.id, tid: zj.tenant.id, org: zj.users.purchaser.organisationId, roles: ['purchaser'] });
    expect(claims.exp! - claims.iat!).toBe(900);
    const { body } = await me(s.accessToken);
    expect(body.data?.me).toEqual({
      id: zj.users.purchaser.id,
      loginName: zj.users.purchaser.loginName,
      roles: ['PURCHASER'],
      organisation: { id: zj.users.purchaser.organisationId, kind: 'PURCHASING_UNIT' },
    });
  });

  it('refuses a wrong password and an unknown login name alike', async () => {
    const wrong = await api.gql(LOGIN, { variables: { loginName: zj.users.agency.loginName, password: 'Wrong2026pass' }, headers: headers(zj.tenant) });
    const unknown = await api.gql(LOGIN, { variables: { loginName: 'nobody-here', password: TEST_PASSWORD }, headers: headers(zj.tenant) });
    for (const r of [wrong, unknown]) {
      expect(r.body.data).toBeNull();
      expect(r.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    }
  });

  it('does not log a user in to another tenant, even with the right password', async () => {
    const r = await api.gql(LOGIN, { variables: { loginName: zj.users.supplier.loginName, password: TEST_PASSWORD }, headers: headers(other.tenant) });
    expect(r.body.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it('rotates the refresh token on every refresh', async () => {
    const first = await login(api, zj.tenant, zj.users.finance.loginName);
    const r1 = await refresh(first.refreshToken);
    const second = r1.body.data?.refreshSession as { accessToken: string; refreshToken: string; user: { id: string } };
    expect(second.user.id).toBe(zj.users.finance.id);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(decodeJwt(second.accessToken).sid).toBe(decodeJwt(first.accessToken).sid);
    const r2 = await refresh(second.refreshToken);
    expect(outcome(r2.body)).toBe('OK');
  });

  it('revokes the whole session when a spent refresh token is presented again', async () => {
    const first = await login(api, zj.tenant, zj.users.agency.loginName);
    const second = (await refresh(first.refreshToken)).body.data?.refreshSession as { accessToken: string; refreshToken: string };
    expect(outcome((await me(second.accessToken)).body)).toBe('OK');

    const replay = await refresh(first.refreshToken);
    expect(replay.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    // The thief's and the owner's tokens of that session are both dead now.
    expect((await refresh(second.refreshToken)).body.errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    expect((await me(second.accessToken)).body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    // Other sessions of the same user live on.
    const fresh = await login(api, zj.tenant, zj.users.agency.loginName);
    expect(outcome((await me(fresh.accessToken)).body)).toBe('OK');
    const rows = await asOwner(zj.tenant.id, (c) =>
      c.query<{ live: string }>(`select count(*) filter (where revoked_at is null) as live from refresh_token where family_id = $1`, [decodeJwt(first.accessToken).sid]),
    );
    expect(rows.rows[0].live).toBe('0');
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const s = await login(api, zj.tenant, zj.users.unitAdmin.loginName);
    const results = await Promise.all([refresh(s.refreshToken), refresh(s.refreshToken)]);
    expect(results.map((r) => outcome(r.body)).sort()).toEqual(['OK', 'UNAUTHENTICATED']);
  });

  it('logs out: the refresh token and the access tokens of the session stop working at once', async () => {
    const s = await login(api, zj.tenant, zj.users.supplier.loginName);
    const out = await api.gql(LOGOUT, { variables: { t: s.refreshToken }, headers: headers(zj.tenant) });
    expect(out.body.data).toEqual({ logout: true });
    expect((await refresh(s.refreshToken)).body.errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    expect((await me(s.accessToken)).body.errors?.[0].extensions?.reason).toBe('SESSION_REVOKED');
    const again = await api.gql(LOGOUT, { variables: { t: s.refreshToken }, headers: headers(zj.tenant) });
    expect(again.body.data).toEqual({ logout: false });
  });

  it('refuses malformed and forged refresh tokens', async () => {
    expect((await refresh('not-a-token')).body.errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    const s = await login(api, zj.tenant, zj.users.expert.loginName);
    const [id] = s.refreshToken.split('.');
    expect((await refresh(`${id}.${'A'.repeat(43)}`)).body.errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    expect(outcome((await refresh(s.refreshToken)).body)).toBe('OK');
  });

  it("refuses a token on another tenant's host with FORBIDDEN, even for public operations", async () => {
    const s = await login(api, zj.tenant, zj.users.operator.loginName);
    const mine = await me(s.accessToken);
    expect(outcome(mine.body)).toBe('OK');
    const elsewhere = await me(s.accessToken, other.tenant);
    expect(elsewhere.body.data).toBeNull();
    expect(elsewhere.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TENANT_MISMATCH' });
    const publicQuery = await api.gql('{ tenant { id } }', { headers: headers(other.tenant, s.accessToken) });
    expect(publicQuery.body.errors?.[0].extensions?.reason).toBe('TENANT_MISMATCH');
    // By host name instead of header: same refusal.
    const byHost = await postWithHost(api.url, `${other.tenant.slug}.mall.example.cn`, s.accessToken, ME);
    expect(byHost.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TENANT_MISMATCH' });
    const ownHost = await postWithHost(api.url, `${zj.tenant.slug}.mall.example.cn`, s.accessToken, ME);
    expect(ownHost.errors).toBeUndefined();
  });

  it('tells an expired, forged or malformed access token apart from no token', async () => {
    const expired = await startApi({ JWT_SECRET: 'a-test-secret-that-is-long-enough-1234', ACCESS_TOKEN_TTL_SECONDS: '60' });
    try {
      const s = await login(expired, zj.tenant, zj.users.purchaser.loginName);
      const [h, p, sig] = s.accessToken.split('.');
      const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
      const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, roles: ['tenant_operator'] })).toString('base64url')}.${sig}`;
      expect((await me(forged)).body.errors?.[0].extensions?.reason).toBe('ACCESS_TOKEN_INVALID');
      expect((await api.gql(ME, { headers: { ...headers(zj.tenant), authorization: 'Basic abc' } })).body.errors?.[0].extensions?.reason).toBe('ACCESS_TOKEN_INVALID');
      expect((await api.gql(ME, { headers: headers(zj.tenant) })).body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
    } finally {
      await expired.close();
    }
  });

  it('refuses an access token past its expiry', async () => {
    const { SignJWT } = await import('jose');
    const past = Math.floor(Date.now() / 1000) - 3600;
    const token = await new SignJWT({ typ: 'tenant', tid: zj.tenant.id, org: zj.users.purchaser.organisationId, roles: ['purchaser'], sid: zj.users.purchaser.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(zj.users.purchaser.id)
      .setIssuer('zhengcai')
      .setAudience('zhengcai-api')
      .setIssuedAt(past)
      .setExpirationTime(past + 900)
      .sign(new TextEncoder().encode('a-test-secret-that-is-long-enough-1234'));
    expect((await me(token)).body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCESS_TOKEN_EXPIRED' });
  });

  it('refuses a disabled account after checking its password, and ends its sessions at refresh', async () => {
    const fixture = disabled;
    const s = await login(api, fixture.tenant, fixture.users.supplier.loginName);
    await asOwner(fixture.tenant.id, (c) => c.query('update user_account set active = false where id = $1', [fixture.users.supplier.id]));
    const again = await api.gql(LOGIN, { variables: { loginName: fixture.users.supplier.loginName, password: TEST_PASSWORD }, headers: headers(fixture.tenant) });
    expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISABLED' });
    expect((await refresh(s.refreshToken, fixture.tenant)).body.errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    expect((await me(s.accessToken, fixture.tenant)).body.errors?.[0].extensions?.reason).toBe('SESSION_REVOKED');
  });
});
