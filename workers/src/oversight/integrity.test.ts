import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertListing, seedCategories } from '../../../api/test/catalog.js';
import { insertDeposit } from '../../../api/test/deposits.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertOrder } from '../../../api/test/mall.js';
import { insertFinding } from '../../../api/test/oversight.js';
import { insertTenderProject } from '../../../api/test/tender.js';
import { asOwner, createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { INTEGRITY_CRON, integritySchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('integrity jobs (record events from their sources once, recompute per supplier and nightly)', () => {
  const config = testConfig(uniquePrefix('integrity'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    const tenant = await createTenant({ settings: { integrity: { halfLifeDays: 30 }, inspection: { repeatOffenceCount: 2 } } });
    [app, people] = await Promise.all([workerApp(config), createPeople(tenant)]);
    queues = app.get(JobQueues);
    await seedCategories(people.tenant.id);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  async function run(name: string, data: Record<string, unknown>) {
    const jobId = await queues.enqueue(name as 'integrity.recompute-tenant', { tenantId: people.tenant.id, ...data } as never);
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue('integrity').getJobState(jobId)), `${name} to finish`);
    const job = await queues.queue('integrity').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return (job?.returnvalue as { result: unknown }).result;
  }
  /** Runs a job twice, as a replayed delivery would. */
  const twice = async (name: string, data: Record<string, unknown>) => [await run(name, data), await run(name, data)];

  it('recomputes nightly for every tenant', async () => {
    await app.get(TenantSchedules).sync();
    expect(await queues.queue('integrity').getJobScheduler(integritySchedulerId(people.tenant.id))).toMatchObject({ pattern: INTEGRITY_CRON, name: 'integrity.recompute-tenant' });
  });

  it('records each source fact once however often its job is delivered, with the weight in force, and recomputes idempotently', async () => {
    const supplier = people.organisations.supplier.id;
    const listing = await insertListing(people, 'approved');
    const shipped = await insertOrder(people, 'confirmed', listing);
    const accepted = await insertOrder(people, 'accepted', listing);
    const late = await insertOrder(people, 'confirmed', listing);

    expect(await twice('integrity.record-order-step', { orderId: shipped.orderId, step: 'ship', onTime: true })).toEqual([{ recorded: true }, { recorded: false }]);
    expect(await twice('integrity.record-order-step', { orderId: accepted.orderId, step: 'accept', onTime: true })).toEqual([{ recorded: true }, { recorded: false }]);
    expect(await twice('integrity.record-fulfilment-fact', { orderId: late.orderId, party: 'supplier', kind: 'ship' })).toEqual([{ recorded: true, integrityEvent: true }, { recorded: false, integrityEvent: false }]);
    // The buyer's missed acceptance is not the supplier's conduct.
    expect(await run('integrity.record-fulfilment-fact', { orderId: accepted.orderId, party: 'buyer', kind: 'accept' })).toEqual({ recorded: true, integrityEvent: false });

    // Two delisted findings: the second is a repeat offence (repeatOffenceCount 2) and weighs more.
    const first = await insertFinding(people.tenant.id, await insertListing(people, 'delisted'), supplier, { state: 'delisted' });
    const second = await insertFinding(people.tenant.id, await insertListing(people, 'delisted'), supplier, { state: 'delisted' });
    // Millisecond precision, as the sweep's JavaScript clock writes it.
    await q(`update price_finding set closed_at = date_trunc('milliseconds', now()) where id = any($1)`, [[first, second]]);
    expect(await twice('integrity.record-price-offence', { findingId: first })).toEqual([
      { offences: 2, repeat: true, recorded: true }, { offences: 2, repeat: true, recorded: false },
    ]);

    const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
    const deposit = await insertDeposit(people.tenant.id, lotId, supplier, { state: 'forfeited' });
    await q(`update deposit set forfeit_reason = '中标后拒签合同' where id = $1`, [deposit]);
    expect(await twice('integrity.record-deposit-forfeiture', { depositId: deposit })).toEqual([{ recorded: true, removed: false, refusedToSign: { recorded: false, removed: false } }, { recorded: false, removed: false, refusedToSign: { recorded: false, removed: false } }]);

    const events = await q<{ source_key: string; kind: string; points: number; state: string }>(`select source_key, kind, points, state from integrity_event where supplier_id = $1 order by kind::text`, [supplier]);
    expect(events).toEqual([
      { source_key: `order:${accepted.orderId}:acceptance_passed`, kind: 'acceptance_passed', points: 1, state: 'effective' },
      { source_key: `order:${shipped.orderId}:delivered_on_time`, kind: 'delivered_on_time', points: 1, state: 'effective' },
      { source_key: `order:${late.orderId}:delivered_late`, kind: 'delivered_late', points: -3, state: 'effective' },
      { source_key: `finding:${first}`, kind: 'price_offence', points: -20, state: 'effective' },
      { source_key: `deposit:${deposit}:forfeited`, kind: 'deposit_forfeited', points: -10, state: 'effective' },
    ].sort((a, b) => (a.kind < b.kind ? -1 : 1)));
    // Each new event asked for a recompute of its supplier.
    expect(await q(`select count(*)::int as n from outbox_event where type = 'integrity.supplier.changed' and payload->>'supplierId' = $1`, [supplier])).toEqual([{ n: 5 }]);

    // 100 + 1 + 1 − 3 − 20 − 10 = 69 (band C), now; a second run changes nothing.
    const now = new Date().toISOString();
    expect(await twice('integrity.recompute-supplier', { supplierId: supplier, asOf: now })).toEqual([{ changed: 1 }, { changed: 0 }]);
    expect(await q(`select score, band, blocked_by_band, event_count from integrity_standing where supplier_id = $1`, [supplier])).toEqual([{ score: 69, band: 'C', blocked_by_band: false, event_count: 5 }]);

    // Finance upholds the supplier's challenge of the forfeiture: the event leaves the score.
    await q(`update deposit set state = 'held', forfeit_reason = null where id = $1`, [deposit]);
    expect(await run('integrity.record-deposit-forfeiture', { depositId: deposit })).toEqual({ recorded: false, removed: true, refusedToSign: { recorded: false, removed: false } });
    expect(await q(`select state from integrity_event where source_key = $1`, [`deposit:${deposit}:forfeited`])).toEqual([{ state: 'removed' }]);

    // Nightly, sixty days on (two half-lives): the rest weigh a quarter: 100 + (2 − 23) ÷ 4 = 94.75 → 95.
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString();
    const nightly = (await run('integrity.recompute-tenant', { asOf: later })) as { suppliers: number; changed: number };
    expect(nightly.changed).toBeGreaterThanOrEqual(1);
    expect(await q(`select score, band from integrity_standing where supplier_id = $1`, [supplier])).toEqual([{ score: 95, band: 'A' }]);
    expect(await q(`select integrity_score, integrity_band, integrity_band_blocked from organisation where id = $1`, [supplier])).toEqual([{ integrity_score: 95, integrity_band: 'A', integrity_band_blocked: false }]);
  });
});
