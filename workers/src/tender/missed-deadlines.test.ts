import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertAwardedLot, insertChallenge } from '../../../api/test/tender.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { MISSED_DEADLINES_CRON, missedDeadlinesSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('missed tendering deadlines', () => {
  const config = testConfig(uniquePrefix('missed-deadlines'));
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

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  async function sweep(asOf: string) {
    const jobId = await queues.enqueue('tender.flag-missed-deadlines', { tenantId: people.tenant.id, asOf });
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue('publication').getJobState(jobId)), 'the sweep to finish');
    const job = await queues.queue('publication').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue as { status: string; result: Record<string, number> };
  }

  it('is scheduled hourly for every tenant on the publication queue', async () => {
    await app.get(TenantSchedules).sync();
    const scheduler = await queues.queue('publication').getJobScheduler(missedDeadlinesSchedulerId(people.tenant.id));
    expect(scheduler).toMatchObject({ pattern: MISSED_DEADLINES_CRON, name: 'tender.flag-missed-deadlines' });
  });

  it("records each missed deadline once at the job's clock, skips a lot held by a pending challenge, and moves nothing", async () => {
    const held = await insertAwardedLot(people);
    const challenge = await insertChallenge(people.tenant.id, held.lotId, held.bids[1].organisationId, held.bids[1].userId);
    const free = await insertAwardedLot(people);
    // Before any deadline: nothing.
    expect(await sweep(new Date().toISOString())).toEqual({ status: 'done', result: { award_notice: 0, challenge_answer: 0, complaint_decision: 0, contract_signing: 0 } });

    const later = new Date(Date.now() + 60 * 86_400_000).toISOString();
    expect(await sweep(later)).toEqual({ status: 'done', result: { award_notice: 0, challenge_answer: 1, complaint_decision: 0, contract_signing: 1 } });
    expect(await sweep(later)).toEqual({ status: 'done', result: { award_notice: 0, challenge_answer: 0, complaint_decision: 0, contract_signing: 0 } });
    expect(await q(`select kind, subject_id from tender_deadline_flag order by kind`)).toEqual([
      { kind: 'challenge_answer', subject_id: challenge },
      { kind: 'contract_signing', subject_id: free.contractId },
    ]);
    expect(await q(`select state from tender_lot where id = any($1) order by state`, [[held.lotId, free.lotId]])).toEqual([{ state: 'awarded' }, { state: 'awarded' }]);
    expect(await q(`select state from tender_challenge where id = $1`, [challenge])).toEqual([{ state: 'pending' }]);
  });
});
