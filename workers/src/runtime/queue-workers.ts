import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@zhengcai/schema';
import { InjectConfig } from '@zhengcai/api/platform/config/config.module';
import { JobCatalogue } from '@zhengcai/api/platform/jobs/job-catalogue';
import { LOGGER, type Logger } from '@zhengcai/api/platform/logging/logging.module';
import { REDIS } from '@zhengcai/api/platform/redis/redis.module';
import { JobRunner } from './job-runner.js';
import { ProcessorRegistry } from './processor-registry.js';

/** One BullMQ worker per queue that this process has processors for. */
@Injectable()
export class QueueWorkers implements BeforeApplicationShutdown {
  private workers: Worker[] = [];

  constructor(
    private readonly processors: ProcessorRegistry,
    private readonly runner: JobRunner,
    private readonly catalogue: JobCatalogue,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    if (this.workers.length) return;
    const queues = new Set(this.processors.names().map((name) => this.catalogue.job(name).queue));
    for (const queue of queues) {
      const worker = new Worker(queue, (job) => this.runner.run(job), {
        connection: this.redis,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: this.config.WORKER_CONCURRENCY,
        // A worker killed mid-job leaves it locked; another worker takes it back once the lock lapses.
        lockDuration: this.config.WORKER_STALLED_MS,
        stalledInterval: this.config.WORKER_STALLED_MS,
      });
      worker.on('failed', (job, err) =>
        this.logger.warn({ queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
      );
      worker.on('error', (err) => this.logger.error({ queue, err: err.message }, 'queue worker error'));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
    this.logger.info({ queues: [...queues] }, 'queue workers started');
  }

  /** Lets running jobs finish, then stops taking new ones. */
  async stop(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.close()));
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
