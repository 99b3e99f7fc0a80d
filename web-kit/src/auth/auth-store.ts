import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ApiError } from '../graphql/api-error';
import type { OrganisationKind, Role } from '../graphql/generated/graphql';

/** What `login` and `refreshSession` return. */
export interface SessionPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: SessionUser;
}

export interface SessionUser {
  id: string;
  displayName: string;
  loginName: string;
  roles: Role[];
  organisationId: string;
}

export interface Profile {
  organisation: { id: string; name: string; kind: OrganisationKind; uscc?: string | null; active: boolean };
}

/**
 * The calls the store needs, passed in by the app's wiring: the store never imports the
 * GraphQL client, so the client can call back into the store without an import cycle.
 */
export interface AuthApi {
  login(loginName: string, password: string): Promise<SessionPayload>;
  refresh(refreshToken: string): Promise<SessionPayload>;
  logout(refreshToken: string): Promise<boolean>;
  profile(): Promise<Profile>;
}

export interface AuthOptions {
  api: AuthApi;
  /** The session ended by itself (refresh refused, token reused…): send the user to login. */
  onSessionEnded?: (reason: string) => void;
}

/**
 * Why the refresh token lives in sessionStorage: it survives a reload (so a 401 can refresh
 * and the user keeps their page) but not the closing of the tab, which on a shared office
 * computer ends the session. It is per tab, which also matters because refresh tokens are
 * single use: tabs sharing one through localStorage would race to spend it, and the loser's
 * reuse would revoke the whole session. The access token stays in memory only.
 */
export const SESSION_STORAGE_KEY = 'zhengcai.session';

/** Refresh this long before the access token expires (or at 4/5 of a shorter lifetime). */
const REFRESH_LEAD_MS = 60_000;
/** A token this close to expiry is refreshed before it is sent. */
const MIN_VALIDITY_MS = 10_000;

/** Refusals of a refresh that mean the session is over (not a network blip). */
const SESSION_OVER = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

interface Stored {
  refreshToken: string;
  refreshTokenExpiresAt: string;
  tenantCode: string;
}

export const useAuthStore = defineStore('auth', () => {
  const accessToken = ref<string | null>(null);
  const accessExpiresAt = ref(0);
  const refreshToken = ref<string | null>(null);
  const refreshExpiresAt = ref(0);
  /** The province the session belongs to: requests go there while signed in. */
  const tenantCode = ref<string | null>(null);
  const user = shallowRef<SessionUser | null>(null);
  const profile = shallowRef<Profile | null>(null);
  /** `unknown` until a stored session has been tried. */
  const status = ref<'unknown' | 'anonymous' | 'signed-in'>('unknown');

  const signedIn = computed(() => status.value === 'signed-in');
  const roles = computed<Role[]>(() => user.value?.roles ?? []);

  let options: AuthOptions | null = null;
  let inflight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring: Promise<void> | null = null;

  function configure(next: AuthOptions) {
    options = next;
  }

  function api(): AuthApi {
    if (!options) throw new Error('auth store not configured: call configure({ api }) in main.ts');
    return options.api;
  }

  function hasAnyRole(wanted: readonly string[]): boolean {
    return roles.value.some((r) => wanted.includes(r));
  }

  function apply(session: SessionPayload, tenant: string) {
    accessToken.value = session.accessToken;
    accessExpiresAt.value = Date.parse(session.accessTokenExpiresAt);
    refreshToken.value = session.refreshToken;
    refreshExpiresAt.value = Date.parse(session.refreshTokenExpiresAt);
    tenantCode.value = tenant;
    user.value = session.user;
    status.value = 'signed-in';
    writeStored({ refreshToken: session.refreshToken, refreshTokenExpiresAt: session.refreshTokenExpiresAt, tenantCode: tenant });
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    const lifetime = accessExpiresAt.value - Date.now();
    const lead = Math.min(REFRESH_LEAD_MS, lifetime / 5);
    timer = setTimeout(() => void refresh(), Math.max(0, lifetime - lead));
  }

  function clear() {
    clearTimeout(timer);
    timer = undefined;
    accessToken.value = null;
    accessExpiresAt.value = 0;
    refreshToken.value = null;
    refreshExpiresAt.value = 0;
    tenantCode.value = null;
    user.value = null;
    profile.value = null;
    status.value = 'anonymous';
    removeStored();
  }

  async function loadProfile() {
    try {
      profile.value = await api().profile();
    } catch {
      // The menu then shows the name without the organisation; pages load `me` themselves.
    }
  }

  /** Signs in to the given province; the API's error (wrong password…) is thrown to the form. */
  async function login(loginName: string, password: string, tenant: string) {
    if (signedIn.value) await logout();
    // The tenant is fixed before the call so the request and the session agree on it.
    tenantCode.value = tenant;
    try {
      apply(await api().login(loginName, password), tenant);
    } catch (err) {
      tenantCode.value = null;
      throw err;
    }
    await loadProfile();
  }

  /**
   * Trades the refresh token for a new pair. Concurrent callers share one request (a second
   * request would spend an already spent token and revoke the session). Resolves true when
   * there is a fresh access token; a refusal ends the session, a network failure keeps it.
   */
  function refresh(): Promise<boolean> {
    if (inflight) return inflight;
    const token = refreshToken.value;
    const tenant = tenantCode.value;
    if (!token || !tenant) return Promise.resolve(false);
    inflight = (async () => {
      try {
        apply(await api().refresh(token), tenant);
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.codes.some((c) => SESSION_OVER.has(c))) {
          const wasSignedIn = signedIn.value;
          clear();
          if (wasSignedIn) options?.onSessionEnded?.(err.errors[0]?.extensions?.reason ?? 'SESSION_INVALID');
        }
        return false;
      } finally {
        inflight = null;
      }
    })();
    return inflight;
  }

  /** The access token to send, refreshed first when it is about to expire (e.g. after sleep). */
  async function validAccessToken(): Promise<string | null> {
    if (inflight) await inflight;
    if (accessToken.value && accessExpiresAt.value - Date.now() < MIN_VALIDITY_MS) await refresh();
    return accessToken.value;
  }

  /** Picks up the session of this tab after a reload; resolves once the outcome is known. */
  function restore(): Promise<void> {
    restoring ??= (async () => {
      const stored = readStored();
      if (!stored || Date.parse(stored.refreshTokenExpiresAt) <= Date.now()) {
        clear();
        return;
      }
      refreshToken.value = stored.refreshToken;
      tenantCode.value = stored.tenantCode;
      if (await refresh()) {
        void loadProfile();
      } else if (status.value === 'unknown') {
        // Not refused, only unreachable: stay signed out for now and keep the stored token,
        // so a reload once the network is back resumes the session.
        accessToken.value = null;
        refreshToken.value = null;
        tenantCode.value = null;
        status.value = 'anonymous';
      }
    })();
    return restoring;
  }

  async function logout() {
    const token = refreshToken.value;
    clear();
    if (!token) return;
    try {
      await api().logout(token);
    } catch {
      // Signed out here already; the server's session then simply expires.
    }
  }

  return {
    accessToken, accessExpiresAt, refreshToken, tenantCode, user, profile, status, signedIn, roles,
    configure, hasAnyRole, login, refresh, validAccessToken, restore, logout, clear,
  };
});

function readStored(): Stored | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Stored>;
    return typeof parsed.refreshToken === 'string' && typeof parsed.tenantCode === 'string' && typeof parsed.refreshTokenExpiresAt === 'string'
      ? (parsed as Stored)
      : null;
  } catch {
    // Storage disabled or a damaged value: there is no session to resume.
    return null;
  }
}

function writeStored(value: Stored) {
  try {
    globalThis.sessionStorage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Storage disabled: the session lasts until the page is reloaded.
  }
}

function removeStored() {
  try {
    globalThis.sessionStorage?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Nothing stored when storage is disabled.
  }
}
