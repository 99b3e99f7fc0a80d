import { Injectable } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { assertNotInTransaction, holdingConnection } from './one-connection.js';

/**
 * Transactions for platform-level tables (platform operators), which row-level security shows
 * only when `app.scope` is `platform`. It opens no tenant: tenant data stays behind its own
 * wall, reached by operator APIs one tenant transaction at a time.
 */
@Injectable()
export class PlatformDb {
  constructor(private readonly orm: MikroORM) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    assertNotInTransaction();
    return this.orm.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('app.scope', 'platform', true)`);
      return holdingConnection(() => work(em));
    });
  }
}
