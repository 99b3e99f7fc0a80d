import type { INestApplicationContext } from '@nestjs/common';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { DeadlineSweepService } from '@zhengcai/api/tender/deadline-sweep.service';
import { newId } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertSupplier, insertTenderProject } from '../../../api/test/tender.js';
import { asOwner, contextFor } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { TENDER_DEADLINES_CRON, tenderDeadlinesSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

const DEADLINE = new Date('2026-11-02T01:00:00.000Z');

describe('the bid-deadline sweep', () => {
  const config = testConfig(uniquePrefix('tender-deadlines'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;
  let suppliers: { organisationId: string; userId: string }[];

  beforeAll(async () => {
    app = await workerApp(config);
    queues = app.get(JobQueues);
    people = await createPeople();
    suppliers = [{ organisationId: people.organisations.supplier.id, userId: people.users.supplier.id }];
    for (const slug of ['b', 'c']) suppliers.push(await insertSupplier(people.tenant.id, slug));
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  /** A sealed bid as submission leaves it (placeholders for the sealed columns). */
  const submit = (lotId: string, n: number, state = 'submitted') => Promise.all(suppliers.slice(0, n).map((s) => q(
    `insert into tender_bid (id, tenant_id, lot_id, supplier_id, submitted_by, version, state, submitted_at, ciphertext, wrapped_key, digest, signature, bidder_public_key, receipt)
     values ($1, $2, $3, $4, $5, 1, $6, $7, 'x', 'x', repeat('0', 64), 'x', 'x', 'x')`,
    [newId(), people.tenant.id, lotId, s.organisationId, s.userId, state, new Date(DEADLINE.getTime() - 86_400_000)],
  )));
  const lots = (ids: string[]) => q<{ id: string; state: string; failure_reason: string | null; opened_at: Date | null }>('select id, state, failure_reason, opened_at from tender_lot where id = any($1) order by lot_no', [ids]);

  it('is scheduled every minute for every tenant', async () => {
    await app.get(TenantSchedules).sync();
    const scheduler = await queues.queue('publication').getJobScheduler(tenderDeadlinesSchedulerId(people.tenant.id));
    expect(scheduler).toMatchObject({ pattern: TENDER_DEADLINES_CRON, name: 'tender.sweep-deadlines' });
  });

  it('fails a lot with too few live bids (流标), moves one with enough to opening, completes a project whose lots all ended, and runs twice harmlessly', async () => {
    const two = await insertTenderProject(people, { bidDeadline: DEADLINE, lots: [{}, {}] });
    await submit(two.lotIds[0], 2);
    await submit(two.lotIds[1], 3);
    // A withdrawn bid is not live.
    const single = await insertTenderProject(people, { bidDeadline: DEADLINE });
    await submit(single.lotIds[0], 2);
    await q(`update tender_bid set state = 'withdrawn' where lot_id = $1 and supplier_id = $2`, [single.lotIds[0], suppliers[1].organisationId]);
    const later = await insertTenderProject(people, { bidDeadline: new Date(DEADLINE.getTime() + 86_400_000) });

    const before = await q('select count(*)::int n from tender_lot where state = \'bidding\'');
    const asOf = new Date(DEADLINE.getTime() + 30_000);
    // Two runs at once: each lot is acted on by exactly one of them.
    const sweep = app.get(DeadlineSweepService);
    const db = app.get(TenantDb);
    const ctx = contextFor(people.tenant);
    const results = await Promise.all([0, 1].map(() => db.transaction(ctx, (em, tx) => sweep.sweep(em, tx, ctx, asOf))));
    expect(results.reduce((s, r) => ({ opened: s.opened + r.opened, failed: s.failed + r.failed, completed: s.completed + r.completed }), { opened: 0, failed: 0, completed: 0 }))
      .toEqual({ opened: 1, failed: 2, completed: 1 });
    expect(before).toEqual([{ n: 4 }]);

    expect(await lots(two.lotIds)).toMatchObject([
      { state: 'failed', failure_reason: '投标截止时递交投标文件的供应商仅 2 家，不足 3 家，流标', opened_at: null },
      { state: 'opening', failure_reason: null, opened_at: asOf },
    ]);
    expect(await lots(single.lotIds)).toMatchObject([{ state: 'failed', failure_reason: '投标截止时递交投标文件的供应商仅 1 家，不足 3 家，流标' }]);
    expect(await lots(later.lotIds)).toMatchObject([{ state: 'bidding' }]);
    expect(await q('select id, state from tender_project where id = any($1) order by state::text', [[two.projectId, single.projectId]])).toEqual([
      { id: single.projectId, state: 'completed' }, { id: two.projectId, state: 'published' },
    ]);
    const events = () => q<{ payload: { lotId: string; trigger: string } }>(`select payload from outbox_event where type = 'tender.lot.failed' order by payload->>'lotId'`);
    expect((await events()).map((e) => e.payload)).toEqual([two.lotIds[0], single.lotIds[0]].sort().map((lotId) => ({ lotId, trigger: 'lot_failed' })));
    expect(await q(`select action, count(*)::int n from audit_entry where subject_id = any($1) group by action order by action`, [[...two.lotIds, ...single.lotIds, single.projectId]])).toEqual([
      { action: 'tender.lot.close-bidding', n: 1 }, { action: 'tender.lot.fail', n: 2 }, { action: 'tender.project.complete', n: 1 },
    ]);

    // The job, through the queue with its own clock: nothing left to do before the later deadline.
    const jobId = await queues.enqueue('tender.sweep-deadlines', { tenantId: people.tenant.id, asOf: asOf.toISOString() });
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue('publication').getJobState(jobId)), 'the sweep to finish');
    const job = await queues.queue('publication').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    expect(job?.returnvalue).toEqual({ status: 'done', result: { opened: 0, failed: 0, completed: 0 } });
    expect(await events()).toHaveLength(2);
  });
});
