import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type TestTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { QueueWorkers } from './queue-workers.js';

/**
 * More jobs running than the database pool has connections. Jobs whose services commit in
 * transactions of their own (search indexing, ranking, imports, inspection runs …) must not
 * hold a connection of the pool while they wait for another: with every connection held by
 * such a job, none would ever finish and the whole worker would stop.
 */
describe('a worker with fewer database connections than running jobs', () => {
  const config = testConfig(uniquePrefix('pool-pressure'), { DATABASE_POOL_MAX: '2', WORKER_CONCURRENCY: '5' });
  let app: INestApplicationContext;
  let tenant: TestTenant;

  beforeAll(async () => {
    tenant = await createTenant();
    app = await workerApp(config);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  it('finishes a burst of self-committing jobs on two connections, each once', async () => {
    const queues = app.get(JobQueues);
    const ids = await Promise.all([
      ...Array.from({ length: 8 }, () => queues.enqueue('search.index-listing', { tenantId: tenant.id, listingId: randomUUID() })),
      queues.enqueue('search.rank-tenant', { tenantId: tenant.id }),
    ]);
    const states = () => Promise.all(ids.map((id, i) => queues.queue(i < 8 ? 'search-index' : 'ranking').getJobState(id)));
    await waitFor(async () => (await states()).every((s) => s === 'completed'), 'every job completed', 30_000);
    const index = await Promise.all(ids.slice(0, 8).map(async (id) => (await queues.queue('search-index').getJob(id))?.returnvalue));
    // A listing that does not exist is taken out of the index (nothing to show).
    expect(index.map((r) => r?.result?.outcome)).toEqual(Array(8).fill('removed'));
  });
});
