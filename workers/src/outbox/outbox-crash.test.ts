import type { INestApplicationContext } from '@nestjs/common';
import { OutboxEvent, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenant } from '../../../api/test/tenants.js';
import { deliveryCatalogue, placeOrder } from '../../test/delivery-fixture.ts';
import { effects, EffectProcessor } from '../../test/effect-processor.ts';
import { closeAndClean, runChild, sleep, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import type { JobOutcome } from '../runtime/job-runner.js';
import { QueueWorkers } from '../runtime/queue-workers.js';
import { OutboxRelay } from './outbox-relay.js';

/**
 * Real processes die at the worst moments; PostgreSQL and Redis are real. The effect job
 * adds a row on every run, so "exactly once" is counted in the database.
 */
describe('outbox delivery when processes crash', () => {
  const prefix = uniquePrefix('crash');
  const config = testConfig(prefix, { OUTBOX_POLL_MS: '200' });
  const childEnv = { ...process.env, QUEUE_PREFIX: prefix };
  let app: INestApplicationContext;
  let db: TenantDb;
  let queues: JobQueues;

  beforeAll(async () => {
    app = await workerApp(config, { jobCatalogue: deliveryCatalogue, processors: [EffectProcessor] });
    db = app.get(TenantDb);
    queues = app.get(JobQueues);
  });
  afterAll(() => closeAndClean(app));

  const pendingEvent = async (ctx: TenantContext) => {
    const rows = await db.transaction(ctx, (em) => em.find(OutboxEvent, {}));
    expect(rows).toHaveLength(1);
    return rows[0];
  };
  const completed = (jobId: string) =>
    waitFor(async () => (await queues.queue('notifications').getJobState(jobId)) === 'completed' && queues.queue('notifications').getJob(jobId), `job ${jobId} to complete`).then((job) => job!);
  const published = async (ctx: TenantContext) => (await pendingEvent(ctx)).publishedAt instanceof Date;

  it('runs the job, once, when the process that committed the event was killed before any relay ran', async () => {
    const tenant = await createTenant();
    const ctx = contextFor(tenant);
    const committer = runChild('commit-then-hang.ts', [tenant.id, tenant.code, 'A-1', '2039-01-01'], childEnv);
    await waitFor(async () => committer.lines.includes('committed') || committer.child.exitCode !== null, 'the child to commit');
    expect(committer.child.exitCode, 'the child exited before committing').toBeNull();
    committer.child.kill('SIGKILL');
    expect((await committer.exited).signal).toBe('SIGKILL');

    // Committed and durable, but nothing reached Redis.
    const event = await pendingEvent(ctx);
    expect(event.publishedAt ?? null).toBeNull();
    expect(await queues.queue('notifications').getJob(event.id)).toBeUndefined();
    expect(await effects(db, ctx, 'A-1')).toBe(0);

    await app.get(QueueWorkers).start();
    await app.get(OutboxRelay).start();
    await waitFor(async () => (await effects(db, ctx, 'A-1')) === 1, 'the effect');
    await waitFor(() => published(ctx), 'the event to be marked published');

    // More sweeps and NOTIFY-triggered runs find nothing to do; the job stays done once.
    await app.get(OutboxRelay).sweep();
    await sleep(600);
    expect(await effects(db, ctx, 'A-1')).toBe(1);
    const job = await completed(event.id);
    expect(job.returnvalue).toMatchObject({ status: 'done' } satisfies Partial<JobOutcome>);
  });

  it('does not run the job twice when the relay dies after enqueueing but before marking the event published', async () => {
    await app.get(OutboxRelay).stop();
    await app.get(QueueWorkers).stop();
    const tenant = await createTenant();
    const ctx = contextFor(tenant);
    await placeOrder(db, ctx, 'B-1', '2039-01-02');
    const event = await pendingEvent(ctx);

    const relay = runChild('relay-dies-after-enqueue.ts', [tenant.id], childEnv);
    const { signal, stderr } = await relay.exited;
    expect(signal, stderr).toBe('SIGKILL');
    expect(relay.lines).toEqual([`enqueued ${event.id}`]);

    // The job is in Redis, the row still says unpublished: the state a crash leaves.
    expect((await pendingEvent(ctx)).publishedAt ?? null).toBeNull();
    const queued = await queues.queue('notifications').getJob(event.id);
    expect(await queued?.getState()).toBe('waiting');

    // The worker runs the job; then the relay, back up, sends the same event again.
    await app.get(QueueWorkers).start();
    await waitFor(async () => (await effects(db, ctx, 'B-1')) === 1, 'the effect');
    const done = await completed(event.id);
    await app.get(OutboxRelay).start();
    await waitFor(() => published(ctx), 'the event to be marked published');
    await sleep(600);
    // BullMQ still held the job id, so nothing was added or run again.
    const after = await queues.queue('notifications').getJob(event.id);
    expect(after?.finishedOn).toBe(done.finishedOn);
    expect(after?.timestamp).toBe(done.timestamp);
    expect(await effects(db, ctx, 'B-1')).toBe(1);

    // Past the completed-job retention the id is free in Redis: a late resend adds a new job,
    // and the processed-job record in PostgreSQL turns it into a no-op.
    await after!.remove();
    await queues.dispatch(deliveryCatalogue.prepareEvent(await pendingEvent(ctx)));
    const resent = await completed(event.id);
    expect(resent.returnvalue).toEqual({ status: 'already-processed' } satisfies JobOutcome);
    expect(await effects(db, ctx, 'B-1')).toBe(1);
  });
});
