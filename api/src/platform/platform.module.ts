import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@zhengcai/schema';
import { AuditModule } from './audit/audit.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { RedisModule } from './redis/redis.module.js';
import { TenancyModule } from './tenancy/tenancy.module.js';

/**
 * The platform services both entry points (API and workers) stand on: configuration,
 * logging, database with tenant transactions and their audit chain, Redis, tenancy and
 * calendars. No GraphQL.
 */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule, AuditModule, RedisModule, TenancyModule, CalendarModule],
      exports: [TenancyModule, CalendarModule, AuditModule],
    };
  }
}
