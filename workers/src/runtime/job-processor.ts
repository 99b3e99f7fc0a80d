import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '@zhengcai/api/platform/database/tx-effects';

export const JOB_PROCESSOR = 'zhengcai:job-processor';

/**
 * Where a processor's work commits:
 * - `job` (the default): in the job's tenant transaction, together with the processed-job
 *   record, so the work commits at most once per job id;
 * - `own`: the service it calls commits in transactions of its own (batches that show
 *   progress, search documents, inspection runs). The runner then holds no connection while
 *   the work runs — a job holding one pooled connection while it waits for a second can, with
 *   enough such jobs, take the whole pool and stop the worker — and records the delivery once
 *   the work is done. Such work must be safe to run again (each batch or step checks what is
 *   already done), since a crash between the work and the record repeats it.
 */
export type JobCommits = 'job' | 'own';

export interface ProcessorMark {
  readonly jobName: string;
  readonly commits: JobCommits;
}

/** Marks a provider as the processor of a catalogued job: `@ProcessesJob('maintenance.housekeeping')`. */
export const ProcessesJob = (jobName: string, options: { commits?: JobCommits } = {}): ClassDecorator =>
  SetMetadata(JOB_PROCESSOR, { jobName, commits: options.commits ?? 'job' } satisfies ProcessorMark);

/** What every processor gets: the restored tenant, the validated payload and the delivery. */
export interface OwnCommitWork<P> {
  readonly ctx: TenantContext;
  readonly payload: P;
  readonly job: { readonly id: string; readonly name: string; readonly queue: string; readonly attempt: number };
}

/** What a processor of the default kind also gets: the job's transaction. */
export interface JobWork<P> extends OwnCommitWork<P> {
  /** Inside the job's tenant transaction; the processed-job record commits with this work. */
  readonly em: EntityManager;
  readonly tx: TxEffects;
}

/**
 * A job's work: load, call a context service, record the result. It runs at most once to
 * commit per job id; throwing rolls everything back and BullMQ retries with backoff.
 */
export interface JobProcessor<P = unknown> {
  process(work: JobWork<P>): Promise<unknown>;
}

/** A processor marked `commits: 'own'`: it gets no transaction and opens its own through its service. */
export interface OwnCommitProcessor<P = unknown> {
  process(work: OwnCommitWork<P>): Promise<unknown>;
}
