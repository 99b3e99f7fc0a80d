import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@zhengcai/schema';

/** What is known about the HTTP request being served, before any tenant is resolved. */
export interface RequestScope {
  readonly requestId: string;
  readonly locale: Locale;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
