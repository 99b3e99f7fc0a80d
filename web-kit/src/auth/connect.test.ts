import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { useTenantStore } from '../tenant/tenant-store';
import { MeQuery } from './documents';
import { useAuthStore } from './auth-store';
import { connectAuth } from './connect';

const page = { template: '<div />' };
const later = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A stand-in API over fetch: answers by operation, and records what each request carried. */
function fakeServer() {
  const calls: { op: string; auth?: string; tenant?: string }[] = [];
  let issued = 0;
  const state = { validToken: '', refuseRefresh: null as string | null, expireNextMe: false };
  const session = () => {
    issued += 1;
    state.validToken = `access-${issued}`;
    return {
      accessToken: state.validToken,
      accessTokenExpiresAt: later(15 * 60_000),
      refreshToken: `refresh-${issued}`,
      refreshTokenExpiresAt: later(86_400_000),
      user: { id: 'u1', displayName: '采购经办人', loginName: 'zj-buyer', roles: ['PURCHASER'], organisationId: 'o1' },
    };
  };
  const reply = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  const refusal = (reason: string) => reply({ errors: [{ message: reason, extensions: { code: 'UNAUTHENTICATED', reason } }] });
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    const headers = init?.headers as Record<string, string>;
    const op = /(?:query|mutation) (\w+)/.exec(query)![1];
    calls.push({ op, auth: headers.authorization, tenant: headers['x-tenant'] });
    // Yield so that concurrent requests really overlap.
    await new Promise((r) => setTimeout(r, 5));
    if (op === 'Login') return reply({ data: { login: session() } });
    if (op === 'RefreshSession') return state.refuseRefresh ? refusal(state.refuseRefresh) : reply({ data: { refreshSession: session() } });
    if (op === 'Logout') return reply({ data: { logout: true } });
    if (headers.authorization !== `Bearer ${state.validToken}` || state.expireNextMe) {
      state.expireNextMe = false;
      return refusal('ACCESS_TOKEN_EXPIRED');
    }
    return reply({ data: { me: { id: 'u1', displayName: '采购经办人', loginName: 'zj-buyer', roles: ['PURCHASER'], createdAt: later(0), organisation: { id: 'o1', name: '浙江省机关事务管理局', kind: 'PURCHASING_UNIT', uscc: null, active: true } } } });
  };
  return { calls, state, fetch: fetch as typeof globalThis.fetch };
}

function setUp(): { pinia: Pinia; router: Router; server: ReturnType<typeof fakeServer>; client: ReturnType<typeof connectAuth> } {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: page },
      { path: '/login', name: 'login', component: page },
      { path: '/forbidden', name: 'forbidden', component: page },
      { path: '/mall', name: 'mall', component: page, meta: { roles: ['PURCHASER'] } },
      { path: '/supplier', name: 'supplier', component: page, meta: { roles: ['SUPPLIER'] } },
    ],
  });
  const server = fakeServer();
  const client = connectAuth({ pinia, router, getLocale: () => 'zh-CN', fetch: server.fetch });
  useTenantStore(pinia).setTenants([
    { id: 't1', code: '330000', slug: 'zj', name: '浙江省' },
    { id: 't2', code: '500000', slug: 'cq', name: '重庆市' },
  ]);
  return { pinia, router, server, client };
}

describe('connectAuth (client, store and guard wired together)', () => {
  beforeEach(() => sessionStorage.clear());

  it('sends a visitor of a buyer page to login with a way back, and a supplier to the refusal', async () => {
    const { router } = setUp();
    await router.push('/mall');
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/mall');

    await useAuthStore().login('zj-buyer', 'Demo@2026', '330000');
    await router.push('/supplier');
    expect(router.currentRoute.value.name).toBe('forbidden');
    await router.push('/login?redirect=/mall');
    expect(router.currentRoute.value.fullPath).toBe('/mall');
  });

  it('refreshes once on an expired token and retries, sharing the refresh among concurrent requests', async () => {
    const { server, client } = setUp();
    const tenants = useTenantStore();
    tenants.choose('330000');
    await useAuthStore().login('zj-buyer', 'Demo@2026', '330000');
    server.state.validToken = 'rotated-on-the-server';
    server.calls.length = 0;

    const [a, b] = await Promise.all([client.request(MeQuery), client.request(MeQuery)]);
    expect(a.me.organisation.name).toBe('浙江省机关事务管理局');
    expect(b.me.loginName).toBe('zj-buyer');
    expect(server.calls.filter((c) => c.op === 'RefreshSession')).toHaveLength(1);
    // The refresh itself carries no access token (an expired one would be refused).
    expect(server.calls.find((c) => c.op === 'RefreshSession')?.auth).toBeUndefined();
    expect(server.calls.filter((c) => c.op === 'Me').at(-1)?.auth).toBe(`Bearer ${server.state.validToken}`);
    expect(tenants.lockedBySession).toBe(true);
    expect(server.calls.every((c) => c.tenant === '330000')).toBe(true);
  });

  it('sends the user to login with the page and the reason when the session is refused', async () => {
    const { server, client, router } = setUp();
    await useAuthStore().login('zj-buyer', 'Demo@2026', '330000');
    await router.push('/mall');
    server.state.refuseRefresh = 'REFRESH_TOKEN_REUSED';
    server.state.validToken = 'rotated-on-the-server';

    await expect(client.request(MeQuery)).rejects.toThrow('ACCESS_TOKEN_EXPIRED');
    await new Promise((r) => setTimeout(r, 0));
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query).toEqual({ redirect: '/mall', reason: 'REFRESH_TOKEN_REUSED' });
    expect(useAuthStore().signedIn).toBe(false);
    // Signed out, the switcher is free again.
    expect(useTenantStore().lockedBySession).toBe(false);
  });
});
