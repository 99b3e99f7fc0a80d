import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from '@zhengcai/schema';
import type { JobCatalogue } from '@zhengcai/api/platform/jobs/job-catalogue';
import { PlatformModule } from '@zhengcai/api/platform/platform.module';
import { CatalogModule } from '@zhengcai/api/catalog/catalog.module';
import { SearchModule } from '@zhengcai/api/catalog/search/search.module';
import { PaymentsModule } from '@zhengcai/api/payments/payments.module';
import { MallModule } from '@zhengcai/api/mall/mall.module';
import { TenderModule } from '@zhengcai/api/tender/tender.module';
import { DepositsModule } from '@zhengcai/api/deposits/deposits.module';
import { OversightModule } from '@zhengcai/api/oversight/oversight.module';
import { SourcingModule } from '@zhengcai/api/sourcing/sourcing.module';
import { NotificationsModule } from '@zhengcai/api/notifications/notifications.module';
import { FinancingModule } from '@zhengcai/api/financing/financing.module';
import { TenantSchedules } from './maintenance/tenant-schedules.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { PRODUCT_PROCESSORS } from './processors.js';
import { JobRunner } from './runtime/job-runner.js';
import { ProcessorRegistry } from './runtime/processor-registry.js';
import { QueueWorkers } from './runtime/queue-workers.js';
import { SystemContexts } from './runtime/system-contexts.js';

export interface WorkerModuleOptions {
  /** Defaults to the product's; tests extend it with jobs of their own. */
  jobCatalogue?: JobCatalogue;
  /** Defaults to the product's processors. */
  processors?: Type[];
}

/**
 * The worker process: the same platform and context services as the API, and no GraphQL.
 * Nothing runs until main (or a test) starts the queue workers, the relay and the schedules.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, { jobCatalogue: options.jobCatalogue }), SearchModule, CatalogModule, MallModule, PaymentsModule, TenderModule, DepositsModule, OversightModule, SourcingModule, NotificationsModule, FinancingModule, DiscoveryModule],
      providers: [SystemContexts, ProcessorRegistry, JobRunner, QueueWorkers, OutboxRelay, TenantSchedules, ...(options.processors ?? PRODUCT_PROCESSORS)],
    };
  }
}
