import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { type AppConfig, ormConfig } from '@zhengcai/schema';
import { APP_CONFIG } from '../config/config.module.js';
import { LOGGER, type Logger } from '../logging/logging.module.js';
import { InFlightWork } from './in-flight-work.js';
import { PlatformDb } from './platform-db.js';
import { TenantDb } from './tenant-db.js';

/**
 * How long shutdown waits for database work that has started. Requests whose callers are
 * still connected end before this (the HTTP server closes first); this bounds the rest,
 * well inside the grace period process managers give a stopping process.
 */
const DRAIN_MS = 10_000;

@Global()
@Module({
  providers: [
    {
      provide: MikroORM,
      // Discovery only; the pool opens connections on first use.
      useFactory: (config: AppConfig) =>
        new MikroORM(ormConfig({ url: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX })),
      inject: [APP_CONFIG],
    },
    InFlightWork,
    TenantDb,
    PlatformDb,
  ],
  exports: [MikroORM, TenantDb, PlatformDb, InFlightWork],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly inFlight: InFlightWork,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    const left = await this.inFlight.drain(DRAIN_MS);
    if (left > 0) this.logger.warn({ running: left, waitedMs: DRAIN_MS }, 'closing the database pool with work still running');
    await this.orm.close();
  }
}
