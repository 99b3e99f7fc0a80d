import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertTenderProject } from '../../../api/test/tender.js';
import { bidState, insertSealedBid, lotState } from '../../../api/test/sealed-bids.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { OPENINGS_CRON, openingsSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('concluding openings when the decryption window ends', () => {
  const config = testConfig(uniquePrefix('openings'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    app = await workerApp(config);
    queues = app.get(JobQueues);
    people = await createPeople();
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  async function run(asOf: string) {
    const jobId = await queues.enqueue('tender.conclude-openings', { tenantId: people.tenant.id, asOf });
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue('notifications').getJobState(jobId)), 'tender.conclude-openings to finish');
    expect((await queues.queue('notifications').getJob(jobId))?.failedReason).toBeUndefined();
  }

  it('is scheduled every 5 minutes for every tenant', async () => {
    await app.get(TenantSchedules).sync();
    const scheduler = await queues.queue('notifications').getJobScheduler(openingsSchedulerId(people.tenant.id));
    expect(scheduler).toMatchObject({ pattern: OPENINGS_CRON, name: 'tender.conclude-openings' });
  });

  it('leaves an opening inside its window alone, then marks sealed bids not decrypted and fails the lot', async () => {
    const deadline = new Date('2026-03-02T02:00:00.000Z');
    const { lotIds: [lotId] } = await insertTenderProject(people, { bidDeadline: deadline, lots: [{ state: 'opening' }] });
    const { bidId } = await insertSealedBid(people.tenant.id, lotId, people.organisations.supplier.id, people.users.supplier.id);
    await run('2026-03-02T02:29:59.000Z');
    expect(await lotState(people.tenant.id, lotId)).toBe('opening');
    await run('2026-03-02T02:30:00.000Z');
    expect(await bidState(people.tenant.id, bidId)).toBe('not_decrypted');
    expect(await lotState(people.tenant.id, lotId)).toBe('failed');
    const events = await asOwner(people.tenant.id, async (c) => (await c.query(`select 1 from outbox_event where type = 'tender.lot.failed' and payload->>'lotId' = $1`, [lotId])).rowCount);
    expect(events).toBe(1);
  });
});
