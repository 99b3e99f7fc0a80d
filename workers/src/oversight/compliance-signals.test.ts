import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../../../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertLotBid, insertSplitOrder, signalsOf } from '../../../api/test/signals.js';
import { insertSupplier, insertTenderProject } from '../../../api/test/tender.js';
import { createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { COLLUSION_CRON, collusionSchedulerId, ORDER_SPLITTING_CRON, orderSplittingSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('compliance signal jobs (oversight.detect-order-splitting, oversight.detect-collusion)', () => {
  const config = testConfig(uniquePrefix('signals'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    const tenant = await createTenant({ settings: { purchaseRoutes: { directOrderMaxFen: '5000000', mallSourcingMaxFen: '10000000', publicTenderMinFen: '10000000' } } });
    [app, people] = await Promise.all([workerApp(config), createPeople(tenant)]);
    queues = app.get(JobQueues);
    await seedCategories(people.tenant.id);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  async function run(name: 'oversight.detect-order-splitting' | 'oversight.detect-collusion', data: Record<string, unknown>) {
    const jobId = await queues.enqueue(name, { tenantId: people.tenant.id, ...data } as never);
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue('price-inspection').getJobState(jobId)), `${name} to finish`);
    const job = await queues.queue('price-inspection').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('runs both checks nightly for every tenant', async () => {
    await app.get(TenantSchedules).sync();
    const q = queues.queue('price-inspection');
    expect(await q.getJobScheduler(orderSplittingSchedulerId(people.tenant.id))).toMatchObject({ pattern: ORDER_SPLITTING_CRON, name: 'oversight.detect-order-splitting' });
    expect(await q.getJobScheduler(collusionSchedulerId(people.tenant.id))).toMatchObject({ pattern: COLLUSION_CRON, name: 'oversight.detect-collusion' });
  });

  it('the nightly order-splitting run at a fixed clock raises the signal once', async () => {
    const o = (placedAt: string) => insertSplitOrder(people.tenant.id, {
      unitId: people.organisations.purchasing_unit.id, buyerUserId: people.users.purchaser.id, supplierId: people.organisations.supplier.id, categoryCode: 'A02010104', amountFen: 5_000_000n, placedAt: new Date(placedAt),
    });
    await o('2026-04-02T02:00:00Z');
    await o('2026-05-02T02:00:00Z');
    expect(await run('oversight.detect-order-splitting', { asOf: '2026-06-01T18:00:00.000Z' })).toMatchObject({ result: { raised: 1, refreshed: 0 } });
    expect(await run('oversight.detect-order-splitting', { asOf: '2026-06-02T18:00:00.000Z' })).toMatchObject({ result: { raised: 0, refreshed: 0 } });
    expect((await signalsOf(people.tenant.id)).map((s) => s.dedupe_key)).toEqual([`order_splitting:${people.organisations.purchasing_unit.id}:A020101:2026Q2`]);
  });

  it("the job after a lot's opening raises the same-device signal for that lot", async () => {
    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ state: 'evaluating' }] });
    for (let i = 0; i < 2; i++) {
      const s = await insertSupplier(people.tenant.id, people.tenant.slug);
      await insertLotBid(people.tenant.id, lotId, { supplierId: s.organisationId, submittedBy: s.userId, deviceId: 'dev-shared', priceFen: BigInt(100_000_000 + i * 17_000_000) });
    }
    expect(await run('oversight.detect-collusion', { lotId })).toMatchObject({ result: { raised: 1 } });
    expect((await signalsOf(people.tenant.id)).filter((s) => s.dedupe_key.startsWith('same_origin'))).toEqual([expect.objectContaining({ dedupe_key: `same_origin:${lotId}:device:dev-shared` })]);
  });
});
