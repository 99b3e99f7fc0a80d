import { watch } from 'vue';
import type { Pinia } from 'pinia';
import type { Router } from 'vue-router';
import { createGraphQLClient, type GraphQLClient } from '../graphql/client';
import { useTenantStore } from '../tenant/tenant-store';
import { useAuthStore } from './auth-store';
import { LoginMutation, LogoutMutation, MeQuery, RefreshSessionMutation } from './documents';
import { installAuthGuard, needsSession } from './guard';

/**
 * Wires sign-in into an app (called from main.ts): the GraphQL client reads the token and
 * refreshes through callbacks into the auth store, the store calls the API through functions
 * handed to it, and neither module imports the other.
 */
export function connectAuth(deps: { pinia: Pinia; router: Router; getLocale: () => string; getHeaders?: () => Record<string, string>; fetch?: typeof fetch }): GraphQLClient {
  const { pinia, router, getLocale } = deps;
  const tenants = useTenantStore(pinia);
  const auth = useAuthStore(pinia);
  // While signed in, every request goes to the session's province.
  const getTenant = () => auth.tenantCode ?? tenants.current?.code ?? null;

  const toLogin = (reason?: string) => {
    const here = router.currentRoute.value;
    if (here.name === 'login') return;
    void router.push({ name: 'login', query: { redirect: here.fullPath, ...(reason ? { reason } : {}) } });
  };

  // Login, refresh and logout carry no access token: an expired one would be refused even
  // on these public operations, and a failure must not trigger another refresh.
  const sessionClient = createGraphQLClient({ getTenant, getLocale, fetch: deps.fetch });
  const client = createGraphQLClient({
    getTenant,
    getLocale,
    getHeaders: deps.getHeaders,
    fetch: deps.fetch,
    getAccessToken: () => auth.validAccessToken(),
    onUnauthorized: async (error) => {
      const hadSession = auth.signedIn;
      if (await auth.refresh()) return true;
      // An ended session navigates through onSessionEnded (with its reason); a visitor
      // without one who reached a protected operation is sent to login here.
      if (!hadSession && !auth.signedIn) toLogin(error.errors[0]?.extensions?.reason);
    },
  });

  auth.configure({
    api: {
      login: async (loginName, password) => (await sessionClient.request(LoginMutation, { loginName, password })).login,
      refresh: async (refreshToken) => (await sessionClient.request(RefreshSessionMutation, { refreshToken })).refreshSession,
      logout: async (refreshToken) => (await sessionClient.request(LogoutMutation, { refreshToken })).logout,
      profile: async () => (await client.request(MeQuery)).me,
    },
    onSessionEnded: (reason) => {
      // A public page stays open when the session ends; a protected one goes to login.
      if (needsSession(router.currentRoute.value.meta)) toLogin(reason);
    },
  });

  watch(() => (auth.signedIn ? auth.tenantCode : null), (code) => tenants.pinToSession(code));
  installAuthGuard(router, auth);
  void auth.restore();
  return client;
}
