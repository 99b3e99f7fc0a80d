import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JOB_CATALOGUE, JobCatalogue } from './job-catalogue.js';
import { JobQueues } from './job-queues.js';

/** The job catalogue and the queues, for the API and the workers alike. */
@Global()
@Module({})
export class JobsModule {
  /** A catalogue other than the product's is for tests that add jobs of their own. */
  static forRoot(catalogue: JobCatalogue = JOB_CATALOGUE): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JobCatalogue, useValue: catalogue }, JobQueues],
      exports: [JobCatalogue, JobQueues],
    };
  }
}
