import type { ChildProcess } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { InspectionService } from '@zhengcai/api/oversight/inspection/inspection.service';
import { verifyAuditChain } from '@zhengcai/api/platform/audit/verify-audit-chain';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../../../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertInspectionCatalogue } from '../../../api/test/oversight.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, runChild, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { QueueWorkers } from '../runtime/queue-workers.js';

const PRODUCTS = 150;
const BATCH = '4';
// A dead worker's job is taken back after the lock lapses: seconds here, not the default 30 s.
const STALLED_MS = '1500';

/**
 * The nightly price inspection's worker process is killed (SIGKILL) in the middle of the run,
 * after some batches committed. Another worker takes the job back once its lock lapses, resumes
 * after the last committed batch, and the one run ends having inspected every listing once and
 * raised, audited and announced each finding once.
 */
describe('resilience: the price inspection worker killed mid-run', () => {
  const prefix = uniquePrefix('inspection-kill');
  let app: INestApplicationContext;
  let people: PeopleFixture;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    [app, people] = await Promise.all([workerApp(testConfig(prefix, { WORKER_STALLED_MS: STALLED_MS })), createPeople()]);
    await seedCategories(people.tenant.id);
    app.get(InspectionService).batchSize = Number(BATCH);
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await closeAndClean(app);
  });

  const run = () => asOwner(people.tenant.id, async (c) => (await c.query<{ state: string; total: number; done: number; findings: number }>(`select state, total, done, findings from inspection_run`)).rows);

  it('resumes after the last committed batch and raises each finding once', async () => {
    const over = await insertInspectionCatalogue(people.tenant.id, people.organisations.supplier.id, PRODUCTS);
    const queues = app.get(JobQueues);
    const jobId = await queues.enqueue('oversight.inspect-catalog', { tenantId: people.tenant.id, asOf: '2026-03-02T02:00:00.000Z' });

    const worker = runChild('queue-worker.ts', [], { ...process.env, QUEUE_PREFIX: prefix, WORKER_STALLED_MS: STALLED_MS, TEST_INSPECTION_BATCH: BATCH });
    child = worker.child;
    await waitFor(async () => worker.lines.includes('ready') || worker.child.exitCode !== null, 'the worker to start', 30_000);
    // Some batches committed, the run not finished: kill it there.
    await waitFor(async () => ((await run())[0]?.done ?? 0) >= 40, 'the first batches', 30_000);
    worker.child.kill('SIGKILL');
    expect((await worker.exited).signal).toBe('SIGKILL');
    const [cut] = await run();
    expect(cut.state).toBe('running');
    expect(cut.done).toBeLessThan(cut.total);

    await app.get(QueueWorkers).start();
    await waitFor(async () => (await queues.queue('price-inspection').getJobState(jobId)) === 'completed', 'the job to be taken back and finished', 60_000);

    expect(await run()).toEqual([{ state: 'done', total: 2 * PRODUCTS, done: 2 * PRODUCTS, findings: PRODUCTS }]);
    const q = <T>(sql: string) => asOwner(people.tenant.id, async (c) => (await c.query(sql)).rows as T[]);
    const findings = await q<{ listing_id: string }>(`select listing_id from price_finding`);
    expect(findings.map((f) => f.listing_id).sort()).toEqual([...over].sort());
    expect(await q(`select count(*)::int as n from audit_entry where action = 'oversight.price-finding.open'`)).toEqual([{ n: PRODUCTS }]);
    expect(await q(`select count(*)::int as n from outbox_event where type = 'oversight.price-finding.raised'`)).toEqual([{ n: PRODUCTS }]);
    const chain = await verifyAuditChain(process.env.DATABASE_URL!, people.tenant.code);
    expect(chain.code, chain.message).toBe(0);
  }, 120_000);
});
