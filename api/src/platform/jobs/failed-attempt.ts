import type { EntityManager } from '@mikro-orm/postgresql';
import type { TxEffects } from '../database/tx-effects.js';

/**
 * A job attempt that failed but must leave a record (an e-mail refused, a lender's webhook
 * down). The job's transaction rolls back with everything the attempt did; then the runner
 * commits `record` in a fresh transaction — once the job's connection is back in the pool, so
 * the record never waits for a second one — and fails the attempt with `failure`, so the queue
 * retries it with backoff.
 */
export class FailedAttempt extends Error {
  constructor(
    readonly failure: Error,
    readonly record: (em: EntityManager, tx: TxEffects) => Promise<void>,
  ) {
    super(failure.message);
  }
}
