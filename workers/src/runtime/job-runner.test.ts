import type { INestApplicationContext } from '@nestjs/common';
import { z } from 'zod';
import { CalendarDay, CalendarDayKind, newId } from '@zhengcai/schema';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { defineJob, jobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOwner, contextFor, createTenant } from '../../../api/test/tenants.js';
import { deliveryCatalogue, RECORD_EFFECT } from '../../test/delivery-fixture.ts';
import { effects, EffectProcessor } from '../../test/effect-processor.ts';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { type JobWork, type OwnCommitWork, ProcessesJob } from './job-processor.js';
import { type JobOutcome, JobRunner } from './job-runner.js';
import { QueueWorkers } from './queue-workers.js';

const FLAKY = 'test.flaky';
const OWN = 'test.own-commit';
const catalogue = deliveryCatalogue.extend({
  [FLAKY]: defineJob({
    queue: 'integrity',
    payload: jobPayload({ day: z.iso.date() }),
    attempts: 3,
    backoff: { type: 'fixed', delay: 100 },
    description: 'Test job: fails its first attempt after writing.',
  }),
  [OWN]: defineJob({
    queue: 'integrity',
    payload: jobPayload({ day: z.iso.date() }),
    attempts: 3,
    backoff: { type: 'fixed', delay: 100 },
    description: 'Test job: commits on its own, fails its first attempt.',
  }),
});

/** Writes, then fails on the first attempt: the retry must not find the first attempt's row. */
class FlakyProcessor {
  async process({ em, ctx, payload, job }: JobWork<{ day: string }>) {
    em.create(CalendarDay, { tenantId: ctx.tenantId, day: payload.day, kind: CalendarDayKind.Holiday, name: 'flaky' });
    await em.flush();
    if (job.attempt === 1) throw new Error('supplier system timed out');
    const [{ setting }] = await em.execute<{ setting: string }[]>(`select current_setting('app.tenant_id', true) as setting`);
    return { attempt: job.attempt, tenantCode: ctx.tenantCode, setting, roles: ctx.roles };
  }
}
ProcessesJob(FLAKY)(FlakyProcessor);

let ownDb: TenantDb;
/** Commits on its own (a day per run), then fails its first attempt. */
class OwnCommitProcessor {
  async process({ ctx, payload, job }: OwnCommitWork<{ day: string }>) {
    const day = new Date(Date.parse(payload.day) + (job.attempt - 1) * 86_400_000).toISOString().slice(0, 10);
    await ownDb.transaction(ctx, async (em) => {
      em.create(CalendarDay, { tenantId: ctx.tenantId, day, kind: CalendarDayKind.Holiday, name: 'own' });
    });
    if (job.attempt === 1) throw new Error('price feed timed out');
    return { day };
  }
}
ProcessesJob(OWN, { commits: 'own' })(OwnCommitProcessor);

describe('job runner', () => {
  const config = testConfig(uniquePrefix('runner'));
  let app: INestApplicationContext;
  let db: TenantDb;
  let queues: JobQueues;

  beforeAll(async () => {
    app = await workerApp(config, { jobCatalogue: catalogue, processors: [EffectProcessor, FlakyProcessor, OwnCommitProcessor] });
    db = app.get(TenantDb);
    ownDb = db;
    queues = app.get(JobQueues);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const settled = (queue: 'notifications' | 'integrity', id: string) =>
    waitFor(async () => {
      const state = await queues.queue(queue).getJobState(id);
      // Read after the state settled, so that its result or failure reason is there.
      return (state === 'completed' || state === 'failed') && { job: (await queues.queue(queue).getJob(id))!, state };
    }, `job ${id} to settle`);

  it('restores the tenant from the payload, retries a failed attempt with its writes rolled back', async () => {
    const tenant = await createTenant();
    const job = await queues.dispatch(catalogue.prepare(FLAKY, { tenantId: tenant.id, day: '2041-01-01' }));
    const { job: done, state } = await settled('integrity', job.id!);
    expect(state).toBe('completed');
    expect(done.returnvalue).toEqual({
      status: 'done',
      result: { attempt: 2, tenantCode: tenant.code, setting: tenant.id, roles: ['system'] },
    } satisfies JobOutcome);
    expect(await db.transaction(contextFor(tenant), (em) => em.count(CalendarDay, { name: 'flaky' }))).toBe(1);
  });

  it('fails a job for an unknown tenant at once, keeps it, and runs it when retried once the tenant exists', async () => {
    const tenantId = newId();
    const job = await queues.dispatch(deliveryCatalogue.prepare(RECORD_EFFECT, { tenantId, orderNo: 'U-1' }));
    const { job: failed, state } = await settled('notifications', job.id!);
    expect(state).toBe('failed');
    expect(failed.failedReason).toBe(`job ${RECORD_EFFECT} ${job.id} is for tenant ${tenantId}, which does not exist`);
    expect(failed.attemptsMade).toBe(1); // of 3: retrying cannot create a tenant
    expect(await queues.queue('notifications').getFailedCount()).toBeGreaterThanOrEqual(1);

    const t = await createTenant({ id: tenantId, name: '补建省' });
    await failed.retry();
    await waitFor(async () => (await queues.queue('notifications').getJobState(job.id!)) === 'completed', 'the retried job to complete');
    expect(await effects(db, contextFor(t), 'U-1')).toBe(1);
  });

  it('fails a job whose payload breaks its schema, naming what is wrong', async () => {
    const tenant = await createTenant();
    // Straight into BullMQ, past the catalogue, as a stale producer might.
    const job = await queues.queue('notifications').add(RECORD_EFFECT, { tenantId: tenant.id }, { attempts: 3 });
    const { job: failed, state } = await settled('notifications', job.id!);
    expect(state).toBe('failed');
    expect(failed.failedReason).toMatch(/payload of test.record-effect is invalid[\s\S]*orderNo/);
    expect(failed.attemptsMade).toBe(1);
  });

  it('does the work once when the same job is delivered twice at the same moment', async () => {
    const tenant = await createTenant();
    const runner = app.get(JobRunner);
    const delivery = { id: newId(), name: RECORD_EFFECT, queueName: 'notifications', attemptsMade: 0, data: { tenantId: tenant.id, orderNo: 'D-1' } };
    const outcomes = await Promise.all([runner.run(delivery), runner.run({ ...delivery }), runner.run({ ...delivery })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['already-processed', 'already-processed', 'done']);
    expect(await effects(db, contextFor(tenant), 'D-1')).toBe(1);
  });

  it('runs work that commits on its own outside any job transaction, records it once done, and skips it when delivered again', async () => {
    const tenant = await createTenant();
    const runner = app.get(JobRunner);
    const delivery = { id: newId(), name: OWN, queueName: 'integrity', attemptsMade: 0, data: { tenantId: tenant.id, day: '2042-03-02' } };
    await expect(runner.run(delivery)).rejects.toThrow('price feed timed out');
    expect(await runner.run({ ...delivery, attemptsMade: 1 })).toEqual({ status: 'done', result: { day: '2042-03-03' } } satisfies JobOutcome);
    expect(await runner.run({ ...delivery, attemptsMade: 2 })).toEqual({ status: 'already-processed' } satisfies JobOutcome);
    // The failed attempt's own commit stays (such work must be safe to repeat); the skipped one wrote nothing.
    const days = await db.transaction(contextFor(tenant), (em) => em.find(CalendarDay, { name: 'own' }, { orderBy: { day: 'asc' } }));
    expect(days.map((d) => d.day)).toEqual(['2042-03-02', '2042-03-03']);
    const records = await asOwner(tenant.id, async (c) => (await c.query('select job_name from processed_job where job_id = $1', [delivery.id])).rows);
    expect(records).toEqual([{ job_name: OWN }]);
  });
});
