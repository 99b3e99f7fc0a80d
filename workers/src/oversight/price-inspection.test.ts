import type { INestApplicationContext } from '@nestjs/common';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { PriceFindingSweep } from '@zhengcai/api/oversight/inspection/price-finding-sweep';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../../../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { findingsOf, insertListingOf, insertReference, insertStandardProduct } from '../../../api/test/oversight.js';
import { asOwner, contextFor, createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { PRICE_FINDINGS_CRON, PRICE_INSPECTION_CRON, priceFindingsSchedulerId, priceInspectionSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

// Monday 2 March 2026, 10:00 in Shanghai; Tuesday the 3rd is a holiday in this tenant's calendar.
const MONDAY = '2026-03-02T02:00:00.000Z';
// Two working days later: the end of Thursday the 5th, local time.
const DUE = '2026-03-05T15:59:59.999Z';

describe('price inspection jobs (oversight.inspect-catalog, inspect-listing, sweep-price-findings, integrity.record-price-offence)', () => {
  const config = testConfig(uniquePrefix('inspection'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    const tenant = await createTenant({
      settings: { inspection: { correctionWorkingDays: 2, repeatOffenceCount: 1 } },
      days: [{ day: '2026-03-03', kind: 'holiday', name: '测试假日' }],
    });
    [app, people] = await Promise.all([workerApp(config), createPeople(tenant)]);
    queues = app.get(JobQueues);
    await seedCategories(people.tenant.id);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  async function run(name: string, queue: 'price-inspection' | 'integrity', data: Record<string, unknown>) {
    const jobId = await queues.enqueue(name as 'oversight.sweep-price-findings', { tenantId: people.tenant.id, ...data } as never);
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue(queue).getJobState(jobId)), `${name} to finish`);
    const job = await queues.queue(queue).getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('runs nightly and sweeps hourly for every tenant', async () => {
    await app.get(TenantSchedules).sync();
    const q1 = queues.queue('price-inspection');
    expect(await q1.getJobScheduler(priceInspectionSchedulerId(people.tenant.id))).toMatchObject({ pattern: PRICE_INSPECTION_CRON, name: 'oversight.inspect-catalog' });
    expect(await q1.getJobScheduler(priceFindingsSchedulerId(people.tenant.id))).toMatchObject({ pattern: PRICE_FINDINGS_CRON, name: 'oversight.sweep-price-findings' });
  });

  it('the nightly run finds, the deadline counts working days of the tenant calendar, and the sweep delists once under two concurrent sweeps', async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const listing = await insertListingOf(people.tenant.id, people.organisations.supplier.id, 150_000n, { standardProductId: product });
    const fine = await insertListingOf(people.tenant.id, people.organisations.supplier.id, 100_000n, { standardProductId: product });
    await insertReference(people.tenant.id, { standardProductId: product }, '京东', 100_000n, new Date('2026-03-01T02:00:00.000Z'));

    const nightly = await run('oversight.inspect-catalog', 'price-inspection', { asOf: MONDAY });
    expect(nightly).toMatchObject({ status: 'done', result: { done: 2, findings: 1 } });
    const [finding] = await findingsOf(people.tenant.id, listing);
    expect(finding.due_at.toISOString()).toBe(DUE);
    expect(await findingsOf(people.tenant.id, fine)).toEqual([]);
    const [runRow] = await q<{ trigger: string; state: string; total: number; done: number; findings: number }>(`select trigger, state, total, done, findings from inspection_run where id = $1`, [(nightly as { result: { runId: string } }).result.runId]);
    expect(runRow).toEqual({ trigger: 'schedule', state: 'done', total: 2, done: 2, findings: 1 });

    // Thursday evening: the deadline has not passed.
    expect(await run('oversight.sweep-price-findings', 'price-inspection', { asOf: '2026-03-05T12:00:00.000Z' })).toEqual({ status: 'done', result: { delisted: 0, offSale: 0 } });
    expect((await findingsOf(people.tenant.id, listing))[0].state).toBe('open');

    // Just past midnight: two sweeps at once delist it once.
    const ctx = contextFor(people.tenant);
    const sweep = () => app.get(TenantDb).transaction(ctx, (em, tx) => app.get(PriceFindingSweep).sweep(em, tx, ctx, new Date('2026-03-05T16:30:00.000Z')));
    const results = await Promise.all([sweep(), sweep()]);
    expect(results.map((r) => r.delisted).sort()).toEqual([0, 1]);
    expect((await findingsOf(people.tenant.id, listing))[0].state).toBe('delisted');
    expect(await q(`select state, delisted_by, delist_reason from listing where id = $1`, [listing])).toEqual([
      { state: 'delisted', delisted_by: 'inspection', delist_reason: '价格巡检：超出参考价容差且未在期限内更正或说明' },
    ]);
    expect(await q(`select action from audit_entry where subject_id = $1 and action like 'catalog.listing.%'`, [listing])).toEqual([{ action: 'catalog.listing.delist' }]);
    const offences = await q<{ payload: { findingId: string } }>(`select payload from outbox_event where type = 'oversight.price-offence.confirmed'`);
    expect(offences.map((o) => o.payload)).toEqual([{ findingId: finding.id }]);

    // The integrity hook counts the supplier's confirmed offences in the window.
    expect(await run('integrity.record-price-offence', 'integrity', { findingId: finding.id })).toEqual({ status: 'done', result: { offences: 1, repeat: true, recorded: true } });
    expect(await q(`select subject_type from audit_entry where action = 'integrity.price-offence.record' and subject_id = $1`, [people.organisations.supplier.id])).toEqual([{ subject_type: 'organisation' }]);
  });

  it('inspects one listing after a price change and closes live findings of listings taken off sale', async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const listing = await insertListingOf(people.tenant.id, people.organisations.supplier.id, 150_000n, { standardProductId: product });
    await insertReference(people.tenant.id, { listingId: listing }, '天猫', 100_000n);
    expect(await run('oversight.inspect-listing', 'price-inspection', { listingId: listing })).toEqual({ status: 'done', result: { found: 1, corrected: 0 } });
    await q(`update listing set state = 'delisted', delisted_by = 'supplier' where id = $1`, [listing]);
    expect(await run('oversight.sweep-price-findings', 'price-inspection', {})).toMatchObject({ result: { delisted: 0, offSale: 1 } });
    expect(await findingsOf(people.tenant.id, listing)).toMatchObject([{ state: 'corrected', close_note: 'off_sale' }]);
  });
});
