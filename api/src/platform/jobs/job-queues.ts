import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { type Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@zhengcai/schema';
import { InjectConfig } from '../config/config.module.js';
import { REDIS } from '../redis/redis.module.js';
import { JobCatalogue, type JobName, type JobPayload, type PreparedJob, type QueueName } from './job-catalogue.js';

/** A nightly (or other cron) schedule for one tenant's job. */
export interface TenantSchedule {
  /** Cron pattern, read in `tz`. */
  pattern: string;
  /** IANA time zone; the tenant's own (Asia/Shanghai for every province today). */
  tz: string;
}

/**
 * The only way into BullMQ: jobs are checked against the catalogue, then added with the
 * catalogue's options. Queues are opened on first use, so building the app (or its SDL)
 * never touches Redis.
 */
@Injectable()
export class JobQueues implements BeforeApplicationShutdown {
  private readonly open = new Map<QueueName, Queue>();

  constructor(
    readonly catalogue: JobCatalogue,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The BullMQ queue by name, under this deployment's key prefix. */
  queue(name: QueueName): Queue {
    let queue = this.open.get(name);
    if (!queue) {
      // The shared client is reused, not closed, by BullMQ; RedisModule owns it.
      queue = new Queue(name, { connection: this.redis, prefix: this.config.QUEUE_PREFIX });
      this.open.set(name, queue);
    }
    return queue;
  }

  /** Enqueues a catalogued job now. Prefer `tx.publish(domainEvent(...))` when a transaction caused it. */
  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: { jobId?: string } = {}): Promise<string> {
    const job = await this.dispatch(this.catalogue.prepare(name, payload, options.jobId));
    return job.id!;
  }

  /** Adds a prepared job. With a job id already stored in the queue, BullMQ adds nothing. */
  dispatch(job: PreparedJob): Promise<Job> {
    return this.queue(job.queue).add(job.name, job.data, job.opts);
  }

  /** Creates or updates a repeating job (idempotent: the scheduler id is the key). */
  async schedule<N extends JobName>(schedulerId: string, name: N, payload: JobPayload<N>, when: TenantSchedule): Promise<void> {
    const { queue, data, opts } = this.catalogue.prepare(name, payload);
    const { jobId: _none, delay: _delay, deduplication: _dedup, ...template } = opts;
    await this.queue(queue).upsertJobScheduler(schedulerId, { pattern: when.pattern, tz: when.tz }, { name, data, opts: template });
  }

  /** Every queue the catalogue uses, opened. */
  all(): Queue[] {
    return this.catalogue.queues().map((q) => this.queue(q));
  }

  /** Before Redis and the database close (they close in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.open.values()].map((q) => q.close()));
    this.open.clear();
  }
}
