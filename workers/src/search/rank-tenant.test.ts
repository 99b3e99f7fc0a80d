import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSearchDocument } from '../../../api/test/search/seed.js';
import { asOwner, createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { TenantSchedules, RANKING_CRON, rankingSchedulerId } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('search.rank-tenant', () => {
  const config = testConfig(uniquePrefix('ranking'));
  let app: INestApplicationContext;
  let queues: JobQueues;

  beforeAll(async () => {
    app = await workerApp(config);
    queues = app.get(JobQueues);
  });
  afterAll(() => closeAndClean(app));

  it('is scheduled for every tenant at 00:05 in its own time zone', async () => {
    const tenant = await createTenant();
    await app.get(TenantSchedules).sync();
    const scheduler = await queues.queue('ranking').getJobScheduler(rankingSchedulerId(tenant.id));
    expect(scheduler).toMatchObject({ pattern: RANKING_CRON, tz: 'Asia/Shanghai', name: 'search.rank-tenant' });
    expect(scheduler?.template?.data).toEqual({ tenantId: tenant.id });
  });

  it("recomputes only the job's tenant's ranks with its formula", async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    const [docA, docB] = await Promise.all([insertSearchDocument(a.id, { title: '甲 台式计算机' }), insertSearchDocument(b.id, { title: '乙 台式计算机' })]);
    await asOwner(a.id, (c) =>
      c.query(`insert into search_ranking_formula (id, tenant_id, policy_weight_bp, integrity_weight_bp, price_weight_bp, sales_weight_bp, policy_tags)
               values (gen_random_uuid(), $1, 6000, 4000, 0, 0, '{energy_saving}')`, [a.id]),
    );
    await app.get(QueueWorkers).start();
    const jobId = await queues.enqueue('search.rank-tenant', { tenantId: a.id });
    await waitFor(async () => (await queues.queue('ranking').getJobState(jobId)) === 'completed', 'ranking to complete');
    // The seed writes tokens as the first text analysis did: the job re-tokenises them first,
    // then counts every word of the one document as common.
    const tokensOf = (tenantId: string, id: string) =>
      asOwner(tenantId, async (c) => (await c.query<{ lexemes: number; text_version: number }>('select length(tokens) as lexemes, text_version from search_document where listing_id = $1', [id])).rows[0]);
    const retokenised = await tokensOf(a.id, docA);
    expect(retokenised.text_version).toBe(2);
    expect((await queues.queue('ranking').getJob(jobId))?.returnvalue).toEqual({ status: 'done', result: { retokenised: 1, changed: 1, commonWords: retokenised.lexemes } });
    expect((await tokensOf(b.id, docB)).text_version).toBe(1);

    const rankOf = (tenantId: string, id: string) =>
      asOwner(tenantId, async (c) => (await c.query<{ rank: number; rank_integrity: number }>('select rank, rank_integrity from search_document where listing_id = $1', [id])).rows[0]);
    // Policy 1 × 60 % + integrity 0.9 × 40 %; price and sales weigh nothing.
    expect((await rankOf(a.id, docA)).rank).toBeCloseTo(0.6 + 0.9 * 0.4, 12);
    // The other tenant keeps what the seed wrote.
    expect(await rankOf(b.id, docB)).toEqual({ rank: 0.55, rank_integrity: 0 });
  });
});
