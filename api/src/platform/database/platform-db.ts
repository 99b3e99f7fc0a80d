import { Injectable, Optional } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { InFlightWork, runTracked } from './in-flight-work.js';
import { assertNotInTransaction, holdingConnection } from './one-connection.js';

/**
 * Transactions for platform-level tables (platform operators), which row-level security shows
 * only when `app.scope` is `platform`. It opens no tenant: tenant data stays behind its own
 * wall, reached by operator APIs one tenant transaction at a time.
 */
@Injectable()
export class PlatformDb {
  constructor(
    private readonly orm: MikroORM,
    @Optional() private readonly inFlight?: InFlightWork,
  ) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    assertNotInTransaction();
    return runTracked(this.inFlight, () => this.orm.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('app.scope', 'platform', true)`);
      return holdingConnection(() => work(em));
    }));
  }
}
