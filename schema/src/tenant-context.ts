import { AsyncLocalStorage } from 'node:async_hooks';

export type Locale = 'zh-CN' | 'en';

/**
 * Who is acting, for which tenant. Services take it as their first argument; a copy also
 * lives in AsyncLocalStorage for code that cannot receive it (loggers, ORM hooks).
 */
export interface TenantContext {
  readonly tenantId: string;
  readonly tenantCode: string;
  readonly locale: Locale;
  /** Set once identity exists; undefined for anonymous (public) calls. */
  readonly userId?: string;
  readonly organisationId?: string;
  readonly roles: readonly string[];
  /** Correlates log lines, audit entries and jobs of one request. */
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<TenantContext>();

export class MissingTenantContextError extends Error {
  constructor() {
    super('No tenant context is set for this call: resolve the tenant before touching tenant data.');
    this.name = 'MissingTenantContextError';
  }
}

export function runInTenantContext<T>(ctx: TenantContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** The current context; throws rather than silently acting for no tenant. */
export function currentTenantContext(): TenantContext {
  const ctx = storage.getStore();
  if (!ctx) throw new MissingTenantContextError();
  return ctx;
}

export function peekTenantContext(): TenantContext | undefined {
  return storage.getStore();
}
