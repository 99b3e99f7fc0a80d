import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertListing, seedCategories } from '../../../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { budgetLineState } from '../../../api/test/mall.js';
import { insertInquiry, insertSuppliers } from '../../../api/test/sourcing.js';
import { asOwner } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { INQUIRY_DEADLINES_CRON, inquiryDeadlinesSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

describe('inquiry deadlines and invitations', () => {
  const config = testConfig(uniquePrefix('inquiries'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    app = await workerApp(config);
    queues = app.get(JobQueues);
    people = await createPeople();
    await seedCategories(people.tenant.id);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  async function run(name: 'sourcing.close-inquiries' | 'sourcing.sync-invitations', data: Record<string, unknown>) {
    const queue = name === 'sourcing.close-inquiries' ? 'publication' : 'notifications';
    const jobId = await queues.enqueue(name, { tenantId: people.tenant.id, ...data } as never);
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue(queue).getJobState(jobId)), `${name} to finish`);
    const job = await queues.queue(queue).getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('is scheduled every minute for every tenant', async () => {
    await app.get(TenantSchedules).sync();
    const scheduler = await queues.queue('publication').getJobScheduler(inquiryDeadlinesSchedulerId(people.tenant.id));
    expect(scheduler).toMatchObject({ pattern: INQUIRY_DEADLINES_CRON, name: 'sourcing.close-inquiries' });
  });

  it('invites the eligible suppliers of the category once, and shows each its outcome after the award', async () => {
    await insertListing(people, 'approved');
    const [a, b] = await insertSuppliers(people, 2);
    const [outsider] = await insertSuppliers(people, 1, false);
    const { inquiryId } = await insertInquiry(people, 'published', { quotes: [{ supplierId: a.id, unitPriceFen: 2500_00n }] });
    expect(await run('sourcing.sync-invitations', { inquiryId })).toEqual({ status: 'done', result: { invited: 3, updated: 1 } });
    expect(await run('sourcing.sync-invitations', { inquiryId })).toEqual({ status: 'done', result: { invited: 0, updated: 0 } });
    const invitations = () => q<{ supplier_id: string; status: string }>(`select supplier_id, status from sourcing_invitation where inquiry_id = $1`, [inquiryId]);
    const statuses = async () => Object.fromEntries((await invitations()).map((i) => [i.supplier_id, i.status]));
    expect(await statuses()).toEqual({ [people.organisations.supplier.id]: 'invited', [a.id]: 'quoted', [b.id]: 'invited' });
    expect(Object.keys(await statuses())).not.toContain(outsider.id);

    await q(`update sourcing_inquiry set state = 'awarded', awarded_quote_id = (select id from sourcing_quote where inquiry_id = $1) where id = $1`, [inquiryId]);
    await q(`insert into sourcing_quote (id, tenant_id, inquiry_id, supplier_id, supplier_user_id, unit_price_fen, total_fen, offer, revision, submitted_at) values (gen_random_uuid(), $2, $1, $3, $4, 260000, 5200000, '乙', 1, now())`,
      [inquiryId, people.tenant.id, b.id, people.users.supplier.id]);
    expect(await run('sourcing.sync-invitations', { inquiryId })).toEqual({ status: 'done', result: { invited: 0, updated: 3 } });
    expect(await statuses()).toEqual({ [people.organisations.supplier.id]: 'ended', [a.id]: 'won', [b.id]: 'lost' });
  });

  it('closes due inquiries at the asOf clock: too few quotes fail and release the budget, enough close; once each', async () => {
    const [a, b, c] = await insertSuppliers(people, 3);
    const deadline = new Date('2026-03-02T07:00:00.000Z');
    const quotes = (n: number) => [a, b, c].slice(0, n).map((s, i) => ({ supplierId: s.id, unitPriceFen: BigInt(2500_00 - i * 100) }));
    const few = await insertInquiry(people, 'published', { deadline, quotes: quotes(2) });
    const enough = await insertInquiry(people, 'published', { deadline, quotes: quotes(3) });
    const later = await insertInquiry(people, 'published', { deadline: new Date('2026-03-09T07:00:00.000Z'), quotes: quotes(3) });

    expect(await run('sourcing.close-inquiries', { asOf: '2026-03-02T07:01:00.000Z' })).toEqual({ status: 'done', result: { closed: 1, failed: 1 } });
    const rows = await q<{ id: string; state: string; failure: string | null; valid_quotes: number | null }>(`select id, state, failure, valid_quotes from sourcing_inquiry where id = any($1)`, [[few.inquiryId, enough.inquiryId, later.inquiryId]]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(few.inquiryId)).toMatchObject({ state: 'failed', failure: 'too_few_quotes', valid_quotes: 2 });
    expect(byId.get(enough.inquiryId)).toMatchObject({ state: 'closed', failure: null, valid_quotes: 3 });
    expect(byId.get(later.inquiryId)).toMatchObject({ state: 'published' });
    expect(await budgetLineState(people.tenant.id, few.budgetLineId)).toMatchObject({ frozen: 0n, ledger: { frozen: 0n } });
    expect(await budgetLineState(people.tenant.id, enough.budgetLineId)).toMatchObject({ frozen: 60_000_00n });
    // Lowest total first: c (¥2,300), b, a.
    expect(await q(`select supplier_id, rank from sourcing_quote where inquiry_id = $1 order by rank`, [enough.inquiryId])).toEqual([
      { supplier_id: c.id, rank: 1 }, { supplier_id: b.id, rank: 2 }, { supplier_id: a.id, rank: 3 },
    ]);
    expect((await q<{ type: string }>(`select type from outbox_event where payload->>'inquiryId' = any($1) order by type`, [[few.inquiryId, enough.inquiryId]])).map((e) => e.type))
      .toEqual(['sourcing.inquiry.closed', 'sourcing.inquiry.failed']);

    // The next minute finds nothing to do.
    expect(await run('sourcing.close-inquiries', { asOf: '2026-03-02T07:02:00.000Z' })).toEqual({ status: 'done', result: { closed: 0, failed: 0 } });
  });
});
