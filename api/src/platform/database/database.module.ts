import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { type AppConfig, ormConfig } from '@zhengcai/schema';
import { APP_CONFIG } from '../config/config.module.js';
import { PlatformDb } from './platform-db.js';
import { TenantDb } from './tenant-db.js';

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
    TenantDb,
    PlatformDb,
  ],
  exports: [MikroORM, TenantDb, PlatformDb],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async onApplicationShutdown(): Promise<void> {
    await this.orm.close();
  }
}
