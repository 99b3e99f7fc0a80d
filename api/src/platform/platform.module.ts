import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@zhengcai/schema';
import { AuditModule } from './audit/audit.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import type { JobCatalogue } from './jobs/job-catalogue.js';
import { JobsModule } from './jobs/jobs.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { RedisModule } from './redis/redis.module.js';
import { TenancyModule } from './tenancy/tenancy.module.js';

export interface PlatformOptions {
  /** Defaults to the product's catalogue; tests pass one extended with their own jobs. */
  jobCatalogue?: JobCatalogue;
}

/**
 * The platform services both entry points (API and workers) stand on: configuration,
 * logging, database with tenant transactions and their audit chain, the outbox, job queues,
 * Redis, tenancy and calendars. No GraphQL.
 */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, options: PlatformOptions = {}): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        AuditModule,
        RedisModule,
        JobsModule.forRoot(options.jobCatalogue),
        OutboxModule,
        TenancyModule,
        CalendarModule,
      ],
      exports: [TenancyModule, CalendarModule, AuditModule],
    };
  }
}
