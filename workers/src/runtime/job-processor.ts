import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '@zhengcai/api/platform/database/tx-effects';

export const JOB_PROCESSOR = 'zhengcai:job-processor';

/** Marks a provider as the processor of a catalogued job: `@ProcessesJob('maintenance.housekeeping')`. */
export const ProcessesJob = (jobName: string): ClassDecorator => SetMetadata(JOB_PROCESSOR, jobName);

/** What a processor gets: the restored tenant, the validated payload, and the job's transaction. */
export interface JobWork<P> {
  readonly ctx: TenantContext;
  readonly payload: P;
  /** Inside the job's tenant transaction; the processed-job record commits with this work. */
  readonly em: EntityManager;
  readonly tx: TxEffects;
  readonly job: { readonly id: string; readonly name: string; readonly queue: string; readonly attempt: number };
}

/**
 * A job's work: load, call a context service, record the result. It runs at most once to
 * commit per job id; throwing rolls everything back and BullMQ retries with backoff.
 */
export interface JobProcessor<P = unknown> {
  process(work: JobWork<P>): Promise<unknown>;
}
