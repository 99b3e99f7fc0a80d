import type { INestApplicationContext } from '@nestjs/common';
import { newId } from '@zhengcai/schema';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeople } from '../../../api/test/identity.js';
import { asOwner, createTenant, type TestTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { QueueWorkers } from '../runtime/queue-workers.js';
import { HOUSEKEEPING_CRON, housekeepingSchedulerId, TenantSchedules } from './tenant-schedules.js';

describe('nightly housekeeping', () => {
  const config = testConfig(uniquePrefix('housekeeping'));
  let app: INestApplicationContext;
  let queues: JobQueues;

  beforeAll(async () => {
    app = await workerApp(config);
    queues = app.get(JobQueues);
  });
  afterAll(() => closeAndClean(app));

  it('schedules every tenant at 03:30 in its own time zone, once however often it syncs', async () => {
    const tenant = await createTenant();
    const schedules = app.get(TenantSchedules);
    await schedules.sync();
    await schedules.sync();
    const maintenance = queues.queue('maintenance');
    const scheduler = await maintenance.getJobScheduler(housekeepingSchedulerId(tenant.id));
    expect(scheduler).toMatchObject({ pattern: HOUSEKEEPING_CRON, tz: 'Asia/Shanghai', name: 'maintenance.housekeeping' });
    expect(scheduler?.template?.data).toEqual({ tenantId: tenant.id });
    const nextRun = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(new Date(scheduler!.next!));
    expect(nextRun).toBe('03:30');
    const all = await maintenance.getJobSchedulers(0, -1);
    expect(all.filter((s) => s.key === housekeepingSchedulerId(tenant.id))).toHaveLength(1);
    const delayed = await maintenance.getJobs(['delayed'], 0, -1);
    expect(delayed.filter((j) => j.data.tenantId === tenant.id)).toHaveLength(1);
  });

  it("prunes only the tenant's old published events, old processed-job records and long-expired refresh tokens", async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    const people = await Promise.all([createPeople(a), createPeople(b)]);
    const seed = (t: TestTenant, userId: string) =>
      asOwner(t.id, async (c) => {
        const token = (expiresIn: string) =>
          c.query(`insert into refresh_token (id, tenant_id, user_id, family_id, secret_hash, expires_at) values ($1, $2, $3, $4, $5, now() + $6::interval)`, [
            newId(), t.id, userId, newId(), 'x'.repeat(64), expiresIn,
          ]);
        await token('-3 days'); // expired days ago: goes
        await token('-1 hour'); // just expired, within the grace day: stays
        await token('14 days'); // live: stays
        const event = (created: string, published: string | null) =>
          c.query(
            `insert into outbox_event (id, tenant_id, created_at, type, payload, request_id, published_at)
             values ($1, $2, now() - $3::interval, 'test.old', '{}', 'r', now() - $4::interval)`,
            [newId(), t.id, created, published],
          );
        await event('10 days', '10 days'); // published long ago: goes
        await event('1 day', '1 day'); // published recently: stays
        await event('30 days', null); // never published: stays, whatever its age
        const processed = (age: string) =>
          c.query(`insert into processed_job (id, tenant_id, created_at, queue, job_id, job_name) values ($1, $2, now() - $3::interval, 'refunds', $4, 'x')`, [
            newId(), t.id, age, newId(),
          ]);
        await processed('40 days'); // goes
        await processed('2 days'); // stays
      });
    await Promise.all([seed(a, people[0].users.purchaser.id), seed(b, people[1].users.purchaser.id)]);

    await app.get(QueueWorkers).start();
    const jobId = await queues.enqueue('maintenance.housekeeping', { tenantId: a.id });
    await waitFor(async () => (await queues.queue('maintenance').getJobState(jobId)) === 'completed', 'housekeeping to complete');
    const job = await queues.queue('maintenance').getJob(jobId);
    expect(job?.returnvalue).toEqual({ status: 'done', result: { outboxPruned: 1, processedPruned: 1, refreshTokensPruned: 1 } });

    const left = (t: TestTenant) =>
      asOwner(t.id, async (c) => ({
        outbox: Number((await c.query('select count(*) from outbox_event')).rows[0].count),
        processed: Number((await c.query('select count(*) from processed_job')).rows[0].count),
        tokens: Number((await c.query('select count(*) from refresh_token')).rows[0].count),
      }));
    // Tenant a keeps two events and two records (its old one and the housekeeping job's own).
    expect(await left(a)).toEqual({ outbox: 2, processed: 2, tokens: 2 });
    expect(await left(b)).toEqual({ outbox: 3, processed: 2, tokens: 3 });
  });
});
