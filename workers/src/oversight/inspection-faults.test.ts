import { randomInt } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { InspectionService } from '@zhengcai/api/oversight/inspection/inspection.service';
import { verifyAuditChain } from '@zhengcai/api/platform/audit/verify-audit-chain';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../../../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertListingOf, insertReference, insertStandardProduct } from '../../../api/test/oversight.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, sleep, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { QueueWorkers } from '../runtime/queue-workers.js';

const PRODUCTS = 30;

/**
 * The nightly price inspection while PostgreSQL keeps cutting the worker's connections: each
 * cut fails the job mid-run, the retry resumes after the last committed batch, and in the end
 * the run has inspected every listing once and raised each finding once, audited once.
 * (Worker processes killed outright are covered by the refund and outbox crash tests.)
 */
describe('resilience: price inspection with its database connections cut mid-run', () => {
  const appName = `zc-inspection-faults-${randomInt(1_000_000)}`;
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set('application_name', appName);
  let app: INestApplicationContext;
  let people: PeopleFixture;

  beforeAll(async () => {
    [app, people] = await Promise.all([workerApp(testConfig(uniquePrefix('inspection-faults'), { DATABASE_URL: url.toString(), WORKER_CONCURRENCY: '1' })), createPeople()]);
    await seedCategories(people.tenant.id);
    // Small batches, so that cuts land between committed batches as well as inside them.
    app.get(InspectionService).batchSize = 4;
  });
  afterAll(() => closeAndClean(app));

  it('finishes one run that inspected every listing once and raised each finding once', async () => {
    const over: string[] = [];
    for (let i = 0; i < PRODUCTS; i++) {
      const product = await insertStandardProduct(people.tenant.id);
      over.push(await insertListingOf(people.tenant.id, people.organisations.supplier.id, 150_000n, { standardProductId: product }));
      await insertListingOf(people.tenant.id, people.organisations.supplier.id, 100_000n, { standardProductId: product });
      await insertReference(people.tenant.id, { standardProductId: product }, '京东', 100_000n, new Date('2026-03-01T02:00:00.000Z'));
    }
    const queues = app.get(JobQueues);
    const jobId = await queues.enqueue('oversight.inspect-catalog', { tenantId: people.tenant.id, asOf: '2026-03-02T02:00:00.000Z' });
    const queue = queues.queue('price-inspection');

    const cutter = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await cutter.connect();
    let terminated = 0;
    let failures = 0;
    try {
      await app.get(QueueWorkers).start();
      // Cut until the job has failed three times; each failure waits out its backoff, promoted here.
      for (let i = 0; i < 600 && failures < 3; i++) {
        const { rows } = await cutter.query<{ n: number }>(
          `select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity where application_name = $1 and state <> 'idle'`,
          [appName],
        );
        terminated += rows[0].n;
        await sleep(randomInt(20, 80));
        const job = await queue.getJob(jobId);
        if ((await job?.getState()) === 'delayed') {
          failures++;
          await job!.promote();
        }
        if ((await job?.getState()) === 'completed') break;
      }
    } finally {
      await cutter.end();
    }
    await waitFor(async () => (await queue.getJobState(jobId)) === 'completed', 'the inspection to finish', 30_000);
    // The fault happened, and the run survived at least one failed attempt.
    expect(terminated).toBeGreaterThan(0);
    expect((await queue.getJob(jobId))?.attemptsMade).toBeGreaterThanOrEqual(1);

    const q = <T>(sql: string) => asOwner(people.tenant.id, async (c) => (await c.query(sql)).rows as T[]);
    expect(await q(`select state, total, done, findings from inspection_run`)).toEqual([{ state: 'done', total: 2 * PRODUCTS, done: 2 * PRODUCTS, findings: PRODUCTS }]);
    const findings = await q<{ listing_id: string }>(`select listing_id from price_finding`);
    expect(findings.map((f) => f.listing_id).sort()).toEqual([...over].sort());
    expect(await q(`select count(*)::int as n from audit_entry where action = 'oversight.price-finding.open'`)).toEqual([{ n: PRODUCTS }]);
    expect(await q(`select count(*)::int as n from outbox_event where type = 'oversight.price-finding.raised'`)).toEqual([{ n: PRODUCTS }]);
    const chain = await verifyAuditChain(process.env.DATABASE_URL!, people.tenant.code);
    expect(chain.code, chain.message).toBe(0);
  }, 120_000);
});
