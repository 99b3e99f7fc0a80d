import { AsyncLocalStorage } from 'node:async_hooks';

/** Set while work runs inside one of this process's transactions. */
const inTransaction = new AsyncLocalStorage<true>();

/**
 * A transaction opened inside another waits for a second pooled connection while holding the
 * first: with as many such callers as the pool has connections, none ever gets one and the
 * process stops. It also cannot see the outer transaction's uncommitted rows. Pass the
 * EntityManager down instead (`…In(em, tx, …)` methods), or, for a job whose service commits
 * on its own, mark its processor `commits: 'own'`.
 */
export class NestedTransactionError extends Error {
  constructor() {
    super('A database transaction was opened inside another one: it would hold one pooled connection while waiting for a second. Pass the EntityManager down instead.');
  }
}

/** Refuses to take a connection from the pool for work that already holds one. */
export function assertNotInTransaction(): void {
  if (inTransaction.getStore()) throw new NestedTransactionError();
}

/** Runs a transaction's work marked as holding its connection. */
export function holdingConnection<T>(work: () => Promise<T>): Promise<T> {
  return inTransaction.run(true, work);
}
