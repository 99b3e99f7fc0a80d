import type { INestApplicationContext } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { StatisticsReportService } from '@zhengcai/api/oversight/statistics/statistics-report.service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../../../api/test/catalog.js';
import { createPeople, type PeopleFixture } from '../../../api/test/identity.js';
import { insertOrderAt, insertTaggedListing, xlsxSheets } from '../../../api/test/statistics.js';
import { asOwner, contextFor, createTenant } from '../../../api/test/tenants.js';
import { closeAndClean, testConfig, uniquePrefix, waitFor, workerApp } from '../../test/helpers.ts';
import { STATISTICS_REPORTS_CRON, statisticsReportsSchedulerId, TenantSchedules } from '../maintenance/tenant-schedules.js';
import { QueueWorkers } from '../runtime/queue-workers.js';

// 02:10 on 1 January 2026 in Shanghai: December's report and the year 2025 are due.
const NEW_YEAR = '2025-12-31T18:10:00.000Z';

describe('statistics report job (oversight.generate-statistics-report)', () => {
  const config = testConfig(uniquePrefix('statistics'));
  let app: INestApplicationContext;
  let queues: JobQueues;
  let people: PeopleFixture;

  beforeAll(async () => {
    const tenant = await createTenant();
    [app, people] = await Promise.all([workerApp(config), createPeople(tenant)]);
    queues = app.get(JobQueues);
    await seedCategories(people.tenant.id);
    await app.get(QueueWorkers).start();
  });
  afterAll(() => closeAndClean(app));

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  async function run(data: Record<string, unknown>) {
    const jobId = await queues.enqueue('oversight.generate-statistics-report', { tenantId: people.tenant.id, ...data } as never);
    await waitFor(async () => ['completed', 'failed'].includes(await queues.queue('imports').getJobState(jobId)), 'the report job to finish');
    const job = await queues.queue('imports').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('is scheduled on the 1st of every month at 02:10 in the tenant time zone', async () => {
    await app.get(TenantSchedules).sync();
    expect(await queues.queue('imports').getJobScheduler(statisticsReportsSchedulerId(people.tenant.id))).toMatchObject({
      pattern: STATISTICS_REPORTS_CRON, name: 'oversight.generate-statistics-report', tz: 'Asia/Shanghai',
    });
  });

  it('generates the month and, in January, the year once; a request regenerates and replaces the file', async () => {
    const listing = await insertTaggedListing(people.tenant.id, people.organisations.supplier.id, 'A060201');
    await insertOrderAt(people, { state: 'accepted', placedAt: new Date('2025-12-10T02:00:00Z'), supplierId: people.organisations.supplier.id, lines: [{ listingId: listing, unitPriceFen: 123_456n, quantity: 1, acceptedQuantity: 1 }] });

    const first = (await run({ asOf: NEW_YEAR })) as { result: { generated: string[] } };
    expect(first.result.generated).toHaveLength(2);
    // A second delivery (or a retry) finds both ready and writes nothing.
    expect(await run({ asOf: NEW_YEAR })).toMatchObject({ result: { generated: [] } });
    const rows = await q<{ id: string; kind: string; period: string; state: string; generated_at: Date }>(`select id, kind, period, state, generated_at from statistics_report order by kind, period`);
    expect(rows.map((r) => [r.kind, r.period, r.state])).toEqual([['month', '2025-12', 'ready'], ['year', '2025', 'ready']]);
    expect(await q(`select count(*)::int n from audit_entry where action = 'oversight.statistics-report.generate'`)).toEqual([{ n: 2 }]);

    const readSpending = async (id: string) => {
      const file = await app.get(StatisticsReportService).file(contextFor(people.tenant), id);
      const spending = Object.values(await xlsxSheets(file.contentBase64))[0];
      return spending[spending.length - 1];
    };
    const december = rows[0];
    expect(await readSpending(december.id)).toEqual(['合计', '', '', '1234.56', 1]);

    // A late order for December, then finance asks again: the file is replaced.
    await insertOrderAt(people, { state: 'confirmed', placedAt: new Date('2025-12-20T02:00:00Z'), supplierId: people.organisations.supplier.id, lines: [{ listingId: listing, unitPriceFen: 100_000n, quantity: 2 }] });
    const requested = await app.get(StatisticsReportService).request(contextFor(people.tenant, { userId: people.users.finance.id }), { kind: 'month' as never, period: '2025-12' });
    expect(requested).toMatchObject({ id: december.id, state: 'pending' });
    expect(await run({ reportId: december.id })).toMatchObject({ result: { generated: [december.id] } });
    expect(await readSpending(december.id)).toEqual(['合计', '', '', '3234.56', 2]);
    expect(await q(`select count(*)::int n from statistics_report`)).toEqual([{ n: 2 }]);
  });
});
