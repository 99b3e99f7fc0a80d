import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../graphql/api-error';
import { SESSION_STORAGE_KEY, useAuthStore, type AuthApi, type SessionPayload } from './auth-store';

const NOW = Date.parse('2026-11-23T08:00:00Z');
let issued = 0;

/** A session answer whose access token lives `ttlMs` from the (fake) now. */
function session(ttlMs = 15 * 60_000): SessionPayload {
  issued += 1;
  return {
    accessToken: `access-${issued}`,
    accessTokenExpiresAt: new Date(Date.now() + ttlMs).toISOString(),
    refreshToken: `refresh-${issued}`,
    refreshTokenExpiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    user: { id: 'u1', displayName: '采购经办人', loginName: 'zj-buyer', roles: ['PURCHASER', 'UNIT_ADMIN'], organisationId: 'o1' },
  };
}

const refused = (reason: string, code = 'UNAUTHENTICATED') =>
  new ApiError({ kind: 'graphql', locale: 'zh-CN', errors: [{ message: reason, extensions: { code, reason } }] });

function fakeApi(overrides: Partial<AuthApi> = {}) {
  const api = {
    login: vi.fn(async () => session()),
    refresh: vi.fn(async (_token: string) => session()),
    logout: vi.fn(async () => true),
    profile: vi.fn(async () => ({ organisation: { id: 'o1', name: '浙江省机关事务管理局', kind: 'PURCHASING_UNIT' as const, uscc: null, active: true } })),
  };
  return Object.assign(api, overrides) as typeof api;
}

describe('auth store', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
    sessionStorage.clear();
    setActivePinia(createPinia());
  });
  afterEach(() => vi.useRealTimers());

  it('signs in to a province: token in memory, only the refresh token stored for this tab', async () => {
    const api = fakeApi();
    const auth = useAuthStore();
    auth.configure({ api });
    await auth.login('zj-buyer', 'Demo@2026', '330000');

    expect(api.login).toHaveBeenCalledWith('zj-buyer', 'Demo@2026');
    expect(auth.signedIn).toBe(true);
    expect(auth.tenantCode).toBe('330000');
    expect(auth.hasAnyRole(['SUPPLIER'])).toBe(false);
    expect(auth.hasAnyRole(['UNIT_ADMIN', 'FINANCE'])).toBe(true);
    expect(auth.profile?.organisation.name).toBe('浙江省机关事务管理局');
    const stored = JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!);
    expect(stored).toMatchObject({ refreshToken: auth.refreshToken, tenantCode: '330000' });
    expect(JSON.stringify(stored)).not.toContain(auth.accessToken!);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('passes a refused login to the form and stays signed out', async () => {
    const auth = useAuthStore();
    auth.configure({ api: fakeApi({ login: vi.fn(async () => Promise.reject(refused('INVALID_CREDENTIALS'))) }) });
    await expect(auth.login('zj-buyer', 'wrong', '330000')).rejects.toThrow('INVALID_CREDENTIALS');
    expect(auth.signedIn).toBe(false);
    expect(auth.tenantCode).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('refreshes silently a minute before the access token expires', async () => {
    const api = fakeApi();
    const auth = useAuthStore();
    auth.configure({ api });
    await auth.login('zj-buyer', 'Demo@2026', '330000');
    const first = auth.refreshToken;

    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(api.refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000 + 1);
    expect(api.refresh).toHaveBeenCalledWith(first);
    expect(auth.accessToken).not.toBe('access-1');
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!).refreshToken).toBe(auth.refreshToken);
  });

  it('shares one refresh among concurrent callers (a second would spend a spent token)', async () => {
    let resolve!: (s: SessionPayload) => void;
    const api = fakeApi();
    api.refresh.mockImplementationOnce(() => new Promise<SessionPayload>((r) => (resolve = r)));
    const auth = useAuthStore();
    auth.configure({ api });
    await auth.login('zj-buyer', 'Demo@2026', '330000');

    const all = Promise.all([auth.refresh(), auth.refresh(), auth.refresh()]);
    resolve(session());
    expect(await all).toEqual([true, true, true]);
    expect(api.refresh).toHaveBeenCalledTimes(1);
    // Once settled, a later refresh is a new request.
    await auth.refresh();
    expect(api.refresh).toHaveBeenCalledTimes(2);
  });

  it('refreshes before handing out a token that is about to expire', async () => {
    const api = fakeApi({ login: vi.fn(async () => session(5_000)) });
    const auth = useAuthStore();
    auth.configure({ api });
    await auth.login('zj-buyer', 'Demo@2026', '330000');
    const token = await auth.validAccessToken();
    expect(api.refresh).toHaveBeenCalledTimes(1);
    expect(token).toBe(auth.accessToken);
    expect(token).not.toBe('access-1');
  });

  it('ends the session when a refresh is refused (token reused) and says why', async () => {
    const ended = vi.fn();
    const auth = useAuthStore();
    auth.configure({ api: fakeApi({ refresh: vi.fn(async () => Promise.reject(refused('REFRESH_TOKEN_REUSED'))) }), onSessionEnded: ended });
    await auth.login('zj-buyer', 'Demo@2026', '330000');

    expect(await auth.refresh()).toBe(false);
    expect(auth.signedIn).toBe(false);
    expect(auth.accessToken).toBeNull();
    expect(auth.tenantCode).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(ended).toHaveBeenCalledWith('REFRESH_TOKEN_REUSED');
  });

  it('keeps the session when the refresh only failed to reach the server', async () => {
    const ended = vi.fn();
    const auth = useAuthStore();
    const offline = new ApiError({ kind: 'network', locale: 'zh-CN' });
    auth.configure({ api: fakeApi({ refresh: vi.fn(async () => Promise.reject(offline)) }), onSessionEnded: ended });
    await auth.login('zj-buyer', 'Demo@2026', '330000');

    expect(await auth.refresh()).toBe(false);
    expect(auth.signedIn).toBe(true);
    expect(ended).not.toHaveBeenCalled();
  });

  it('resumes the tab\'s session after a reload through the stored refresh token', async () => {
    const first = useAuthStore();
    first.configure({ api: fakeApi() });
    await first.login('zj-buyer', 'Demo@2026', '330000');
    const stored = first.refreshToken;

    setActivePinia(createPinia());
    const api = fakeApi();
    const auth = useAuthStore();
    auth.configure({ api });
    expect(auth.status).toBe('unknown');
    await auth.restore();
    expect(api.refresh).toHaveBeenCalledWith(stored);
    expect(auth.signedIn).toBe(true);
    expect(auth.tenantCode).toBe('330000');
  });

  it('starts signed out when the stored session is refused, without announcing an ended session', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ refreshToken: 'r', refreshTokenExpiresAt: '2026-12-01T00:00:00Z', tenantCode: '330000' }));
    const ended = vi.fn();
    const auth = useAuthStore();
    auth.configure({ api: fakeApi({ refresh: vi.fn(async () => Promise.reject(refused('SESSION_INVALID'))) }), onSessionEnded: ended });
    await auth.restore();
    expect(auth.status).toBe('anonymous');
    expect(ended).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('does not try a stored refresh token past its expiry', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ refreshToken: 'r', refreshTokenExpiresAt: '2026-11-01T00:00:00Z', tenantCode: '330000' }));
    const api = fakeApi();
    const auth = useAuthStore();
    auth.configure({ api });
    await auth.restore();
    expect(api.refresh).not.toHaveBeenCalled();
    expect(auth.status).toBe('anonymous');
  });

  it('logs out: forgets everything here and ends the session on the server', async () => {
    const api = fakeApi();
    const auth = useAuthStore();
    auth.configure({ api });
    await auth.login('zj-buyer', 'Demo@2026', '330000');
    const token = auth.refreshToken;
    await auth.logout();
    expect(api.logout).toHaveBeenCalledWith(token);
    expect(auth.signedIn).toBe(false);
    expect(auth.profile).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    // No timer left to refresh a session that is gone.
    await vi.advanceTimersByTimeAsync(20 * 60_000);
    expect(api.refresh).not.toHaveBeenCalled();
  });
});
