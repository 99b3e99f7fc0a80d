import type { Router } from 'vue-router';
import type { Role } from '../graphql/generated/graphql';
import { safeRedirect } from './redirect';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only users holding one of these roles may open the page (signed in implied). */
    roles?: readonly Role[];
    /** Any signed-in user may open the page. */
    requiresAuth?: boolean;
  }
}

/** The part of the auth store the guard reads (kept narrow so tests can pass a plain object). */
export interface GuardAuth {
  readonly signedIn: boolean;
  hasAnyRole(roles: readonly string[]): boolean;
  restore(): Promise<void>;
}

/**
 * Sends signed-out visitors of protected pages to `login` with a `redirect` back, users
 * without the page's roles to `forbidden`, and a signed-in user away from the login page.
 */
export function installAuthGuard(router: Router, auth: GuardAuth) {
  router.beforeEach(async (to) => {
    await auth.restore();
    if (to.name === 'login') return auth.signedIn ? safeRedirect(to.query.redirect) : true;
    const roles = to.meta.roles;
    if (!roles && !to.meta.requiresAuth) return true;
    if (!auth.signedIn) return { name: 'login', query: { redirect: to.fullPath } };
    if (roles && !auth.hasAnyRole(roles)) return { name: 'forbidden', query: { from: to.fullPath } };
    return true;
  });
}

/** Whether a page needs a session (for deciding whether an ended session leaves it). */
export function needsSession(meta: { roles?: readonly unknown[]; requiresAuth?: boolean }): boolean {
  return !!meta.roles || !!meta.requiresAuth;
}
