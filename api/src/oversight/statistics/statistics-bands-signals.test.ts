import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertIntegrityEvent } from '../../../test/integrity.js';
import { insertSupplierOrganisation } from '../../../test/oversight.js';
import { insertSignal } from '../../../test/signals.js';
import { asOwner, contextFor, createTenant } from '../../../test/tenants.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { IntegrityStandings } from '../integrity/integrity-standings.js';
import { StatisticsReportService } from './statistics-report.service.js';

const PERIOD = { from: '2025-01', to: '2025-03' };

/** Sets when a signal was raised and what kind it is. */
const raise = (tenantId: string, id: string, at: string, kind = 'same_origin') =>
  asOwner(tenantId, (c) => c.query(`update compliance_signal set created_at = $2, kind = $3::compliance_signal_kind where id = $1`, [id, at, kind]));

describe('statistics: integrity bands and compliance signals reconcile with their records', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let other: PeopleFixture;
  let token: string;
  let baseSuppliers: number;

  beforeAll(async () => {
    api = await startApi();
    [people, other] = await Promise.all([createPeople(await createTenant()), createPeople(await createTenant())]);
    token = (await login(api, people.tenant, people.users.finance.loginName)).accessToken;
    const t = people.tenant.id;

    const clean = await insertSupplierOrganisation(t);
    const decaying = await insertSupplierOrganisation(t);
    const late = await insertSupplierOrganisation(t);
    const march = await insertSupplierOrganisation(t);
    const removed = await insertSupplierOrganisation(t);
    // Every supplier registered before the period, except `late` (mid-February).
    await asOwner(t, (c) => c.query(`update organisation set created_at = '2024-12-01T00:00:00Z' where kind = 'supplier'`));
    await asOwner(t, (c) => c.query(`update organisation set created_at = '2025-02-15T00:00:00Z' where id = $1`, [late]));
    baseSuppliers = await asOwner(t, async (c) => (await c.query(`select count(*)::int n from organisation where kind = 'supplier'`)).rows[0].n - 5);

    // −12 on 10 January decays: 89 (B) at the ends of January and February, 90 (A) at the end of March.
    await insertIntegrityEvent(t, decaying, { points: -12, occurredAt: new Date('2025-01-10T02:00:00Z') });
    // −50: D from February, the month it registered.
    await insertIntegrityEvent(t, late, { points: -50, occurredAt: new Date('2025-02-20T02:00:00Z') });
    // −30 in March: C at the end of March only.
    await insertIntegrityEvent(t, march, { points: -30, occurredAt: new Date('2025-03-05T02:00:00Z') });
    // A removed event never counts.
    await insertIntegrityEvent(t, removed, { points: -50, occurredAt: new Date('2025-01-05T02:00:00Z'), state: 'removed' });
    // Standings now: three computed, the rest not yet scored.
    await asOwner(t, (c) => c.query(
      `insert into integrity_standing (tenant_id, supplier_id, score, band, blocked_by_band, event_count, computed_at)
       values ($1, $2, 100, 'A', false, 0, now()), ($1, $3, 50, 'D', true, 1, now()), ($1, $4, 71, 'C', false, 1, now())`,
      [t, clean, late, march],
    ));

    // Signals: two in January (open, dismissed), one in February (order splitting, referred), one before the period (open).
    await raise(t, await insertSignal(t, 'open'), '2025-01-10T02:00:00Z');
    await raise(t, await insertSignal(t, 'dismissed'), '2025-01-31T15:59:59Z');
    await raise(t, await insertSignal(t, 'referred'), '2025-01-31T16:30:00Z', 'order_splitting');
    await raise(t, await insertSignal(t, 'open'), '2024-12-10T02:00:00Z');

    // Another tenant's supplier, event and signal in the same months never count here.
    const theirs = await insertSupplierOrganisation(other.tenant.id);
    await insertIntegrityEvent(other.tenant.id, theirs, { points: -80, occurredAt: new Date('2025-01-10T02:00:00Z') });
    await raise(other.tenant.id, await insertSignal(other.tenant.id, 'open'), '2025-01-10T02:00:00Z');
  });
  afterAll(() => api.close());

  const gql = async (query: string, variables: object = {}) => (await api.gql(query, { variables, headers: headers(people.tenant, token) })).body;

  it('integrity bands now from the standings, and at each month end replayed from the events with decay', async () => {
    const body = await gql(`query ($p: StatisticsPeriodInput!) { integrityBandStatistics(period: $p) { now { month a b c d unscored total } rows { month a b c d unscored total } } }`, { p: PERIOD });
    expect(body.errors).toBeUndefined();
    const n = baseSuppliers;
    expect(body.data?.integrityBandStatistics).toEqual({
      now: { month: null, a: 1, b: 0, c: 1, d: 1, unscored: n + 2, total: n + 5 },
      rows: [
        { month: '2025-01', a: n + 3, b: 1, c: 0, d: 0, unscored: null, total: n + 4 },
        { month: '2025-02', a: n + 3, b: 1, c: 0, d: 1, unscored: null, total: n + 5 },
        { month: '2025-03', a: n + 3, b: 0, c: 1, d: 1, unscored: null, total: n + 5 },
      ],
    });
  });

  it('months that have not begun have no band row', async () => {
    const body = await gql(`{ integrityBandStatistics(period: { from: "2025-03", to: "2099-12" }) { rows { month } } }`);
    expect(body.errors?.[0].extensions).toMatchObject({ reason: 'STATISTICS_PERIOD_TOO_LONG', field: 'period.to' });
    const next = new Date();
    const y = next.getUTCFullYear() + 1;
    const future = await gql(`query ($p: StatisticsPeriodInput!) { integrityBandStatistics(period: $p) { rows { month } } }`, { p: { from: `${y}-01`, to: `${y}-02` } });
    expect(future.data?.integrityBandStatistics.rows).toEqual([]);
  });

  it('signals raised per month by kind and state (tenant time zone), and every signal by state now', async () => {
    const body = await gql(`query ($p: StatisticsPeriodInput!) { signalStatistics(period: $p) {
      rows { month total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }
      total { month total open dismissed referred orderSplitting sameOrigin } now { open dismissed referred } } }`, { p: PERIOD });
    expect(body.errors).toBeUndefined();
    const zero = { identicalDocuments: 0, pricePattern: 0, sharedPeople: 0, expertDeviation: 0 };
    expect(body.data?.signalStatistics).toEqual({
      rows: [
        { month: '2025-01', total: 2, open: 1, dismissed: 1, referred: 0, orderSplitting: 0, sameOrigin: 2, ...zero },
        { month: '2025-02', total: 1, open: 0, dismissed: 0, referred: 1, orderSplitting: 1, sameOrigin: 0, ...zero },
        { month: '2025-03', total: 0, open: 0, dismissed: 0, referred: 0, orderSplitting: 0, sameOrigin: 0, ...zero },
      ],
      total: { month: null, total: 3, open: 1, dismissed: 1, referred: 1, orderSplitting: 1, sameOrigin: 2 },
      now: { open: 2, dismissed: 1, referred: 1 },
    });
  });

  it('exports both figures with the same rows as their tables', async () => {
    const load = async (figure: string) => {
      const body = await gql(`query ($p: StatisticsPeriodInput!) { statisticsExport(figure: ${figure}, period: $p) { fileName contentBase64 } }`, { p: PERIOD });
      expect(body.errors).toBeUndefined();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(body.data?.statisticsExport.contentBase64, 'base64') as never);
      return { name: body.data?.statisticsExport.fileName, values: wb.worksheets[0].getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1)) };
    };
    const signals = await load('SIGNALS');
    expect(signals.name).toBe('合规预警-2025-01-2025-03.xlsx');
    expect(signals.values.slice(1)).toEqual([
      ['2025-01', 2, 0, 2, 0, 0, 0, 0, 1, 1, 0],
      ['2025-02', 1, 1, 0, 0, 0, 0, 0, 0, 0, 1],
      ['2025-03', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['合计', 3, 1, 2, 0, 0, 0, 0, 1, 1, 1],
      ['全部预警当前状态', '', '', '', '', '', '', '', 2, 1, 1],
    ]);
    const bands = await load('INTEGRITY');
    const n = baseSuppliers;
    expect(bands.values).toEqual([
      ['月份', 'A 级', 'B 级', 'C 级', 'D 级', '尚未评分', '供应商数'],
      ['当前', 1, 0, 1, 1, n + 2, n + 5],
      ['2025-01', n + 3, 1, 0, 0, '', n + 4],
      ['2025-02', n + 3, 1, 0, 1, '', n + 5],
      ['2025-03', n + 3, 0, 1, 1, '', n + 5],
    ]);
  });

  it('the monthly report holds both sheets', async () => {
    const reports = api.app.get(StatisticsReportService);
    // 1 February 2025 local: January's report.
    const [id] = await reports.generateScheduled(contextFor(people.tenant), new Date('2025-01-31T18:10:00Z'));
    const file = await gql(`query ($id: ID!) { statisticsReportFile(id: $id) { contentBase64 } }`, { id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data?.statisticsReportFile.contentBase64, 'base64') as never);
    expect(wb.getWorksheet('合规预警')!.getRow(2).values).toEqual([undefined, '2025-01', 2, 0, 2, 0, 0, 0, 0, 1, 1, 0]);
    expect(wb.getWorksheet('诚信等级分布')!.getRow(3).values).toEqual([undefined, '2025-01', baseSuppliers + 3, 1, 0, 0, '', baseSuppliers + 4]);
  });

  it("a month the nightly recompute kept shows what was seen then; the running month and months never kept are replayed", async () => {
    const t = people.tenant.id;
    const ctx = contextFor(people.tenant, { roles: ['system'] as never });
    // The last nightly run of February 2025 (Asia/Shanghai), under the thresholds of the time.
    await api.app.get(TenantDb).transaction(ctx, (em, tx) => api.app.get(IntegrityStandings).recompute(em, tx, ctx, new Date('2025-02-28T15:30:00Z')));
    const counted = await asOwner(t, async (c) => (await c.query(`select band, count(*)::int as n from integrity_standing group by band`)).rows as { band: string; n: number }[]);
    const of = (band: string) => counted.find((x) => x.band === band)?.n ?? 0;
    const kept = await asOwner(t, async (c) => (await c.query(`select month, a, b, c, d, band_a_min, band_b_min, band_c_min from integrity_band_month`)).rows);
    expect(kept).toEqual([{ month: '2025-02', a: of('A'), b: of('B'), c: of('C'), d: of('D'), band_a_min: 90, band_b_min: 75, band_c_min: 60 }]);
    // Make the kept month differ from any replay, as a later change of thresholds would.
    await asOwner(t, (c) => c.query(`update integrity_band_month set a = 1, b = 2, c = 3, d = 4 where month = '2025-02'`));

    const body = await gql(`query ($p: StatisticsPeriodInput!) { integrityBandStatistics(period: $p) { rows { month a b c d total } } }`, { p: PERIOD });
    const n = baseSuppliers;
    expect(body.data?.integrityBandStatistics.rows).toEqual([
      { month: '2025-01', a: n + 3, b: 1, c: 0, d: 0, total: n + 4 },
      { month: '2025-02', a: 1, b: 2, c: 3, d: 4, total: 10 },
      { month: '2025-03', a: n + 3, b: 0, c: 1, d: 1, total: n + 5 },
    ]);
    // Another tenant never sees this row.
    expect(await asOwner(other.tenant.id, async (c) => (await c.query(`select count(*)::int as n from integrity_band_month`)).rows)).toEqual([{ n: 0 }]);
  });
});
