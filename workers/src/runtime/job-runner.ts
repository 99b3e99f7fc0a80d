import { Injectable } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '@zhengcai/schema';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { CatalogueError, JobCatalogue } from '@zhengcai/api/platform/jobs/job-catalogue';
import { FailedAttempt } from '@zhengcai/api/platform/jobs/failed-attempt';
import { ProcessorRegistry } from './processor-registry.js';
import { SystemContexts } from './system-contexts.js';

export type JobOutcome =
  | { status: 'done'; result: unknown }
  /** A delivery of a job whose work had already committed: nothing was done again. */
  | { status: 'already-processed' };

export type RunnableJob = Pick<Job, 'id' | 'name' | 'data' | 'queueName' | 'attemptsMade'>;

/**
 * Runs one delivery of a job: validates the payload against the catalogue, restores the
 * tenant, and in one tenant transaction records the job as processed and does the work (a
 * processor whose service commits on its own works outside it: see `JobCommits`).
 * A job that can never succeed (unknown job or tenant, invalid payload) fails at once
 * instead of burning its retries; it stays in the failed set for an operator.
 */
@Injectable()
export class JobRunner {
  constructor(
    private readonly db: TenantDb,
    private readonly catalogue: JobCatalogue,
    private readonly processors: ProcessorRegistry,
    private readonly contexts: SystemContexts,
  ) {}

  async run(job: RunnableJob): Promise<JobOutcome> {
    const registered = this.processors.get(job.name);
    if (!registered) throw new UnrecoverableError(`no processor for job ${job.name} in this process`);
    let payload;
    try {
      payload = this.catalogue.parse(job.name, job.data);
    } catch (err) {
      throw err instanceof CatalogueError ? new UnrecoverableError(err.message) : err;
    }
    const ctx = await this.contexts.forTenant(payload.tenantId, payload.requestId ?? `job-${job.id}`);
    if (!ctx) throw new UnrecoverableError(`job ${job.name} ${job.id} is for tenant ${payload.tenantId}, which does not exist`);
    const delivery = { id: job.id!, name: job.name, queue: job.queueName, attempt: job.attemptsMade + 1 };
    const record = (em: EntityManager) =>
      em.execute<{ id: string }[]>(
        `insert into processed_job (id, tenant_id, queue, job_id, job_name) values (?, ?, ?, ?, ?)
         on conflict (tenant_id, queue, job_id) do nothing returning id`,
        [newId(), ctx.tenantId, job.queueName, job.id, job.name],
      );

    if (registered.commits === 'own') {
      // No connection is held while the service works in transactions of its own.
      const done = await this.db.transaction(ctx, (em) =>
        em.execute<{ id: string }[]>('select id from processed_job where tenant_id = ? and queue = ? and job_id = ?', [ctx.tenantId, job.queueName, job.id]),
      );
      if (done.length > 0) return { status: 'already-processed' };
      const result = await registered.processor.process({ ctx, payload, job: delivery });
      await this.db.transaction(ctx, record);
      return { status: 'done', result: result ?? null };
    }

    try {
      return await this.db.transaction(ctx, async (em, tx): Promise<JobOutcome> => {
        // First, so that a concurrent delivery of the same job waits on the unique key and
        // then finds it taken; a rollback (the work failed) frees it for the retry.
        const claimed = await record(em);
        if (claimed.length === 0) return { status: 'already-processed' };
        const result = await registered.processor.process({ ctx, payload, em, tx, job: delivery });
        return { status: 'done', result: result ?? null };
      });
    } catch (err) {
      if (!(err instanceof FailedAttempt)) throw err;
      // The job's transaction is rolled back and its connection released: record, then fail.
      await this.db.transaction(ctx, err.record);
      throw err.failure;
    }
  }
}
