import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { TEXT_VERSION } from '@zhengcai/api/catalog/search/text/segmenter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSearchDocument } from '../../../api/test/search/seed.js';
import { asOwner, createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { retokeniseJobId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('search.retokenise-tenant', () => {
  const config = testConfig(uniquePrefix('retokenise'));
  let app: INestApplicationContext;
  let queues: JobQueues;

  beforeAll(async () => {
    app = await workerApp(config);
    queues = app.get(JobQueues);
  });
  afterAll(() => closeAndClean(app));

  const versionOf = (tenantId: string, id: string) =>
    asOwner(tenantId, async (c) => (await c.query<{ text_version: number }>('select text_version from search_document where listing_id = $1', [id])).rows[0].text_version);
  const commonWords = (tenantId: string) =>
    asOwner(tenantId, async (c) => Number((await c.query<{ n: string }>('select count(*) as n from search_common_word where tenant_id = $1', [tenantId])).rows[0].n));

  it("brings the tenant's older documents to the current text analysis once, at a worker's start, and counts its words", async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    // The seed writes tokens as the first text analysis did.
    const [docA, docB] = await Promise.all([insertSearchDocument(a.id, { title: '甲 台式计算机' }), insertSearchDocument(b.id, { title: '乙 台式计算机' })]);
    expect(await versionOf(a.id, docA)).toBe(1);
    const schedules = app.get(TenantSchedules);
    // Two workers starting side by side queue one job for the tenant.
    await Promise.all([schedules.catchUpText([a.id]), schedules.catchUpText([a.id])]);
    const ranking = queues.queue('ranking');
    expect((await ranking.getJobs(['waiting', 'active', 'completed'])).filter((j) => j.name === 'search.retokenise-tenant')).toHaveLength(1);

    await app.get(QueueWorkers).start();
    const jobId = retokeniseJobId(a.id);
    await waitFor(async () => (await ranking.getJobState(jobId)) === 'completed', 'the catch-up to complete');
    expect(await versionOf(a.id, docA)).toBe(TEXT_VERSION);
    const counted = await commonWords(a.id);
    expect(counted).toBeGreaterThan(0);
    expect((await ranking.getJob(jobId))?.returnvalue).toEqual({ status: 'done', result: { retokenised: 1, commonWords: counted } });
    // Another tenant is not touched by this tenant's job.
    expect(await versionOf(b.id, docB)).toBe(1);

    // Asked again while the job is kept, nothing new is queued; a fresh job finds nothing to do.
    await schedules.catchUpText([a.id]);
    expect((await ranking.getJobs(['waiting', 'active', 'completed'])).filter((j) => j.name === 'search.retokenise-tenant')).toHaveLength(1);
    const again = await queues.enqueue('search.retokenise-tenant', { tenantId: a.id });
    await waitFor(async () => (await ranking.getJobState(again)) === 'completed', 'the second catch-up to complete');
    expect((await ranking.getJob(again))?.returnvalue).toEqual({ status: 'done', result: { retokenised: 0, commonWords: null } });
  });
});
