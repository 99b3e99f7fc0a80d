import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { seedCategories } from '../../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertOrganisation } from '../../../test/mall.js';
import { insertFinding, insertSupplierOrganisation } from '../../../test/oversight.js';
import { insertContractAt, insertOrderAt, insertTaggedListing } from '../../../test/statistics.js';
import { asOwner, contextFor, createTenant } from '../../../test/tenants.js';
import { StatisticsReportService } from './statistics-report.service.js';

/** Asia/Shanghai is UTC+8: these instants sit on either side of local month ends. */
const JAN_15 = new Date('2025-01-15T02:00:00Z');
const JAN_31_LAST_SECOND = new Date('2025-01-31T15:59:59Z');
const FEB_1_LOCAL = new Date('2025-01-31T16:30:00Z');
const PERIOD = { from: '2025-01', to: '2025-03' };

describe('statistics over GraphQL: every figure reconciles with its records', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let other: PeopleFixture;
  const tokens: Record<string, string> = {};
  let s1: string;
  let s2: string;

  beforeAll(async () => {
    api = await startApi();
    [people, other] = await Promise.all([createPeople(await createTenant()), createPeople(await createTenant())]);
    await Promise.all([seedCategories(people.tenant.id), seedCategories(other.tenant.id)]);
    tokens.finance = (await login(api, people.tenant, people.users.finance.loginName)).accessToken;
    tokens.operator = (await login(api, people.tenant, people.users.operator.loginName)).accessToken;
    tokens.purchaser = (await login(api, people.tenant, people.users.purchaser.loginName)).accessToken;

    const t = people.tenant.id;
    s1 = people.organisations.supplier.id;
    s2 = await insertSupplierOrganisation(t);
    const s3 = await insertSupplierOrganisation(t);
    const s4 = await insertSupplierOrganisation(t);
    await asOwner(t, async (c) => {
      await c.query(`update organisation set enterprise_size = 'small' where id = $1`, [s1]);
      await c.query(`update organisation set enterprise_size = 'large' where id = $1`, [s2]);
    });
    const desk = await insertTaggedListing(t, s1, 'A060201');
    const desktop = await insertTaggedListing(t, s2, 'A02010104', [{ tag: 'energy_saving', validUntil: '2099-12-31' }]);
    // 首台套 expired the day before the order: it does not count; the rural label does.
    const rural = await insertTaggedListing(t, s2, 'A060201', [{ tag: 'first_of_kind', validUntil: '2025-01-30' }, { tag: 'rural_revitalization', validUntil: '2026-12-31' }]);

    // January: ¥1,000 accepted of ¥2,000 ordered; ¥600 at the last second of the month.
    await insertOrderAt(people, { state: 'accepted', placedAt: JAN_15, supplierId: s1, lines: [{ listingId: desk, unitPriceFen: 100_000n, quantity: 2, acceptedQuantity: 1 }] });
    await insertOrderAt(people, { state: 'paid', placedAt: JAN_31_LAST_SECOND, supplierId: s2, lines: [{ listingId: rural, unitPriceFen: 60_000n, quantity: 1, acceptedQuantity: 1 }] });
    // Not spending: cancelled, and not yet confirmed by the supplier.
    await insertOrderAt(people, { state: 'cancelled', placedAt: JAN_15, supplierId: s2, lines: [{ listingId: desktop, unitPriceFen: 300_000n, quantity: 1 }] });
    await insertOrderAt(people, { state: 'placed', placedAt: JAN_15, supplierId: s1, lines: [{ listingId: desk, unitPriceFen: 80_000n, quantity: 1 }] });
    // February in Shanghai, still January in UTC.
    await insertOrderAt(people, { state: 'confirmed', placedAt: FEB_1_LOCAL, supplierId: s2, lines: [{ listingId: desktop, unitPriceFen: 500_000n, quantity: 1 }] });

    // Public tender: budget ¥500,000, contract ¥470,000 signed in February; opened in January with 3 valid bids of 4.
    await insertContractAt(people, {
      method: 'public_tender', categoryCode: 'A02010104', budgetFen: 50_000_000n,
      bids: [{ supplierId: s2, priceFen: 47_000_000n }, { supplierId: s1, priceFen: 48_000_000n }, { supplierId: s3, priceFen: 49_000_000n }, { supplierId: s4, priceFen: 45_000_000n, state: 'disqualified' }],
      submittedAt: new Date('2025-01-18T02:00:00Z'), openedAt: new Date('2025-01-20T02:00:00Z'), signedAt: new Date('2025-02-10T02:00:00Z'),
    });
    // 竞争性磋商: budget ¥200,000, contract ¥180,000 to a small enterprise, signed in March; opened in February with 2 bids.
    await insertContractAt(people, {
      method: 'competitive_consultation', categoryCode: 'A060201', budgetFen: 20_000_000n,
      bids: [{ supplierId: s1, priceFen: 18_000_000n, sme: 'small' }, { supplierId: s3, priceFen: 19_000_000n }],
      submittedAt: new Date('2025-02-24T02:00:00Z'), openedAt: new Date('2025-02-25T02:00:00Z'), signedAt: new Date('2025-03-05T02:00:00Z'),
    });
    // A drafted, unsigned contract is no spending and no saving.
    await insertContractAt(people, {
      categoryCode: 'A02010104', budgetFen: 10_000_000n, bids: [{ supplierId: s2, priceFen: 9_000_000n }],
      submittedAt: new Date('2025-03-01T02:00:00Z'), openedAt: new Date('2025-04-01T02:00:00Z'), signedAt: null,
    });

    // Price findings raised in January (one still open, one delisted) and February (dismissed).
    const f1 = await insertFinding(t, desk, s1, { state: 'open' });
    const f2 = await insertFinding(t, desktop, s2, { state: 'delisted' });
    const f3 = await insertFinding(t, rural, s2, { state: 'dismissed' });
    await asOwner(t, (c) => c.query(`update price_finding set created_at = case id when $1 then $4::timestamptz when $2 then $4::timestamptz else $5::timestamptz end where id in ($1, $2, $3)`,
      [f1, f2, f3, JAN_15, FEB_1_LOCAL]));

    // Another tenant's spending in the same months never counts here.
    const theirs = await insertTaggedListing(other.tenant.id, other.organisations.supplier.id, 'A060201');
    await insertOrderAt(other, { state: 'accepted', placedAt: JAN_15, supplierId: other.organisations.supplier.id, lines: [{ listingId: theirs, unitPriceFen: 9_999_900n, quantity: 1, acceptedQuantity: 1 }] });
    await insertFinding(other.tenant.id, theirs, other.organisations.supplier.id, { state: 'open' });
  });
  afterAll(() => api.close());

  const gql = async (who: string, query: string, variables: object = {}) => (await api.gql(query, { variables, headers: headers(people.tenant, tokens[who]) })).body;

  it('spending by method per month: confirmed orders at their accepted amount, signed contracts, month ends in the tenant time zone', async () => {
    const body = await gql('finance', `query ($p: StatisticsPeriodInput!) { spendingStatistics(period: $p, by: METHOD) { by total rows { month key label amount records } totals { key amount records shareBp } } }`, { p: PERIOD });
    expect(body.errors).toBeUndefined();
    expect(body.data?.spendingStatistics).toEqual({
      by: 'METHOD',
      total: '656600.00',
      rows: [
        { month: '2025-01', key: 'mall', label: '网上超市', amount: '1600.00', records: 2 },
        { month: '2025-02', key: 'public_tender', label: '公开招标', amount: '470000.00', records: 1 },
        { month: '2025-02', key: 'mall', label: '网上超市', amount: '5000.00', records: 1 },
        { month: '2025-03', key: 'competitive_consultation', label: '竞争性磋商', amount: '180000.00', records: 1 },
      ],
      totals: [
        { key: 'public_tender', amount: '470000.00', records: 1, shareBp: 7158 },
        { key: 'competitive_consultation', amount: '180000.00', records: 1, shareBp: 2741 },
        { key: 'mall', amount: '6600.00', records: 3, shareBp: 101 },
      ],
    });
  });

  it('spending by supplier and by category, and the filters', async () => {
    const q = `query ($p: StatisticsPeriodInput!, $by: SpendingDimension!, $f: StatisticsFilterInput) { spendingStatistics(period: $p, by: $by, filter: $f) { total totals { key label amount } } }`;
    const bySupplier = (await gql('finance', q, { p: PERIOD, by: 'SUPPLIER' })).data?.spendingStatistics;
    expect(bySupplier.totals.map((x: { key: string; amount: string }) => [x.key, x.amount])).toEqual([[s2, '475600.00'], [s1, '181000.00']]);
    const byCategory = (await gql('finance', q, { p: PERIOD, by: 'CATEGORY' })).data?.spendingStatistics;
    expect(byCategory.totals.map((x: { key: string; amount: string }) => [x.key, x.amount])).toEqual([['A02', '475000.00'], ['A06', '181600.00']]);
    expect(byCategory.totals[0].label).not.toBe('A02');
    const bySub = (await gql('finance', q, { p: PERIOD, by: 'SUBCATEGORY' })).data?.spendingStatistics;
    expect(bySub.totals.map((x: { key: string }) => x.key)).toEqual(['A0201', 'A0602']);

    expect((await gql('finance', q, { p: PERIOD, by: 'METHOD', f: { categoryCode: 'A02' } })).data?.spendingStatistics.total).toBe('475000.00');
    expect((await gql('finance', q, { p: PERIOD, by: 'METHOD', f: { unitId: await insertOrganisation(people.tenant.id) } })).data?.spendingStatistics.total).toBe('0.00');
    expect((await gql('finance', q, { p: { from: '2025-02', to: '2025-02' }, by: 'METHOD' })).data?.spendingStatistics.total).toBe('475000.00');
  });

  it('savings rate: lot budget against the signed contract, drafts left out', async () => {
    const body = await gql('finance', `query ($p: StatisticsPeriodInput!) { savingsStatistics(period: $p) { rows { month lots budget price savings rateBp } total { lots budget price savings rateBp } } }`, { p: PERIOD });
    expect(body.data?.savingsStatistics).toEqual({
      rows: [
        { month: '2025-01', lots: 0, budget: '0.00', price: '0.00', savings: '0.00', rateBp: 0 },
        { month: '2025-02', lots: 1, budget: '500000.00', price: '470000.00', savings: '30000.00', rateBp: 600 },
        { month: '2025-03', lots: 1, budget: '200000.00', price: '180000.00', savings: '20000.00', rateBp: 1000 },
      ],
      total: { lots: 2, budget: '700000.00', price: '650000.00', savings: '50000.00', rateBp: 714 },
    });
  });

  it('policy shares: labels valid on the order day, SME from the supplier or the winning bid, against the reserved share target', async () => {
    const body = await gql('finance', `query ($p: StatisticsPeriodInput!) { policyShareStatistics(period: $p) { smeTargetBp rows { month total green sme firstOfKind rural greenBp smeBp ruralBp } total { total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp } } }`, { p: PERIOD });
    expect(body.data?.policyShareStatistics).toEqual({
      smeTargetBp: 4000,
      rows: [
        { month: '2025-01', total: '1600.00', green: '0.00', sme: '1000.00', firstOfKind: '0.00', rural: '600.00', greenBp: 0, smeBp: 6250, ruralBp: 3750 },
        { month: '2025-02', total: '475000.00', green: '5000.00', sme: '0.00', firstOfKind: '0.00', rural: '0.00', greenBp: 105, smeBp: 0, ruralBp: 0 },
        { month: '2025-03', total: '180000.00', green: '0.00', sme: '180000.00', firstOfKind: '0.00', rural: '0.00', greenBp: 0, smeBp: 10000, ruralBp: 0 },
      ],
      total: { total: '656600.00', green: '5000.00', sme: '181000.00', firstOfKind: '0.00', rural: '600.00', greenBp: 76, smeBp: 2757, firstOfKindBp: 0, ruralBp: 9 },
    });
  });

  it('concentration: HHI per category from the suppliers’ shares', async () => {
    const body = await gql('finance', `query ($p: StatisticsPeriodInput!) { concentrationStatistics(period: $p) { rows { categoryCode total suppliers hhi topShareBp } } }`, { p: PERIOD });
    expect(body.data?.concentrationStatistics.rows).toEqual([
      { categoryCode: 'A02', total: '475000.00', suppliers: 1, hhi: 10000, topShareBp: 10000 },
      // 10000 · (181000² + 600²) ÷ 181600² = 9934.14
      { categoryCode: 'A06', total: '181600.00', suppliers: 2, hhi: 9934, topShareBp: 9967 },
    ]);
  });

  it('competition and participation per month', async () => {
    const body = await gql('finance', `query ($p: StatisticsPeriodInput!) { competitionStatistics(period: $p) { rows { month lots validBids bidsPerLotHundredths bidders sellers suppliers } total { lots validBids bidsPerLotHundredths } } }`, { p: PERIOD });
    expect(body.data?.competitionStatistics).toEqual({
      rows: [
        { month: '2025-01', lots: 1, validBids: 3, bidsPerLotHundredths: 300, bidders: 4, sellers: 2, suppliers: 4 },
        { month: '2025-02', lots: 1, validBids: 2, bidsPerLotHundredths: 200, bidders: 2, sellers: 1, suppliers: 3 },
        { month: '2025-03', lots: 0, validBids: 0, bidsPerLotHundredths: 0, bidders: 1, sellers: 0, suppliers: 1 },
      ],
      total: { lots: 2, validBids: 5, bidsPerLotHundredths: 250 },
    });
  });

  it('inspection findings by month and outcome; another tenant’s never count', async () => {
    const body = await gql('operator', `query ($p: StatisticsPeriodInput!) { inspectionStatistics(period: $p) { rows { month total open justified dismissed corrected delisted } total { total open delisted dismissed } } }`, { p: PERIOD });
    expect(body.data?.inspectionStatistics).toEqual({
      rows: [
        { month: '2025-01', total: 2, open: 1, justified: 0, dismissed: 0, corrected: 0, delisted: 1 },
        { month: '2025-02', total: 1, open: 0, justified: 0, dismissed: 1, corrected: 0, delisted: 0 },
        { month: '2025-03', total: 0, open: 0, justified: 0, dismissed: 0, corrected: 0, delisted: 0 },
      ],
      total: { total: 3, open: 1, delisted: 1, dismissed: 1 },
    });
  });

  it('exports a figure as .xlsx with the same rows as its table', async () => {
    const body = await gql('finance', `query ($p: StatisticsPeriodInput!) { statisticsExport(figure: SPENDING, by: METHOD, period: $p) { fileName mimeType contentBase64 } }`, { p: PERIOD });
    expect(body.data?.statisticsExport.fileName).toBe('采购金额-采购方式-2025-01-2025-03.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(body.data?.statisticsExport.contentBase64, 'base64') as never);
    const values = wb.worksheets[0].getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(values).toEqual([
      ['月份', '采购方式', '编码', '金额（元）', '笔数'],
      ['2025-01', '网上超市', 'mall', '1600.00', 2],
      ['2025-02', '公开招标', 'public_tender', '470000.00', 1],
      ['2025-02', '网上超市', 'mall', '5000.00', 1],
      ['2025-03', '竞争性磋商', 'competitive_consultation', '180000.00', 1],
      ['合计', '', '', '656600.00', 5],
    ]);
  });

  it('refuses a bad period with the field named', async () => {
    const q = `query ($p: StatisticsPeriodInput!) { savingsStatistics(period: $p) { total { lots } } }`;
    const order = await gql('finance', q, { p: { from: '2025-03', to: '2025-01' } });
    expect(order.errors?.[0].extensions).toMatchObject({ reason: 'STATISTICS_PERIOD_ORDER', field: 'period.to' });
    expect(order.errors?.[0].message).toContain('早于');
    const long = await gql('finance', q, { p: { from: '2022-01', to: '2025-01' } });
    expect(long.errors?.[0].extensions).toMatchObject({ reason: 'STATISTICS_PERIOD_TOO_LONG', field: 'period.to' });
    expect(long.errors?.[0].message).toBe('统计期间为 37 个月，最长 36 个月，请缩短。');
    const format = await gql('finance', q, { p: { from: '2025-1', to: '2025-02' } });
    expect(format.errors?.[0].extensions).toMatchObject({ reason: 'STATISTICS_PERIOD_FORMAT', field: 'period.from' });
    const filter = await gql('finance', `{ spendingStatistics(period: { from: "2025-01", to: "2025-01" }, by: METHOD, filter: { categoryCode: "X9" }) { total } }`);
    expect(filter.errors?.[0].extensions).toMatchObject({ reason: 'STATISTICS_FILTER_INVALID', field: 'filter.categoryCode' });
  });

  it('reports: generated once per period, regenerated on request, downloadable with a sheet per figure; bad input writes nothing', async () => {
    const reports = api.app.get(StatisticsReportService);
    const ctx = contextFor(people.tenant);
    // The schedule on 1 February 2025 (local): January's report, once however often it runs.
    const first = await reports.generateScheduled(ctx, new Date('2025-01-31T18:10:00Z'));
    expect(first).toHaveLength(1);
    expect(await reports.generateScheduled(ctx, new Date('2025-01-31T18:20:00Z'))).toEqual([]);
    // 1 January 2026: December's report and the year 2025.
    expect(await reports.generateScheduled(ctx, new Date('2025-12-31T18:10:00Z'))).toHaveLength(2);

    const list = await gql('finance', `{ statisticsReports { id kind period state fileName generatedAt } }`);
    expect(list.data?.statisticsReports.map((r: { kind: string; period: string; state: string }) => [r.kind, r.period, r.state])).toEqual([
      ['MONTH', '2025-12', 'READY'], ['MONTH', '2025-01', 'READY'], ['YEAR', '2025', 'READY'],
    ]);
    const jan = list.data?.statisticsReports.find((r: { period: string }) => r.period === '2025-01');

    const file = await gql('finance', `query ($id: ID!) { statisticsReportFile(id: $id) { fileName contentBase64 } }`, { id: jan.id });
    expect(file.data?.statisticsReportFile.fileName).toBe('政府采购统计月报-2025-01.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data?.statisticsReportFile.contentBase64, 'base64') as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '采购金额-采购方式', '采购金额-品目（一级）', '采购金额-品目（二级）', '采购金额-采购单位', '采购金额-供应商', '节支率', '政策功能', '市场集中度', '竞争与参与', '价格巡检', '诚信等级分布', '合规预警', '合同融资',
    ]);
    expect(wb.getWorksheet('采购金额-采购方式')!.getRow(3).values).toEqual([undefined, '合计', '', '', '1600.00', 2]);

    // Regenerate on request: pending (download refused) until the workers replace the file.
    const again = await gql('finance', `mutation { requestStatisticsReport(input: { kind: MONTH, period: "2025-01" }) { id state } }`);
    expect(again.data?.requestStatisticsReport).toEqual({ id: jan.id, state: 'PENDING' });
    const pending = await gql('finance', `query ($id: ID!) { statisticsReportFile(id: $id) { fileName } }`, { id: jan.id });
    expect(pending.errors?.[0].extensions?.reason).toBe('STATISTICS_REPORT_NOT_READY');
    expect(await reports.generate(ctx, jan.id)).toBe(true);
    expect(await reports.generate(ctx, jan.id)).toBe(false);
    const events = await asOwner(people.tenant.id, async (c) => (await c.query(`select count(*)::int n from outbox_event where type = 'oversight.statistics-report.requested' and payload->>'reportId' = $1`, [jan.id])).rows[0].n);
    expect(events).toBe(1);

    const count = () => asOwner(people.tenant.id, async (c) => (await c.query(`select count(*)::int n from statistics_report`)).rows[0].n);
    const before = await count();
    const future = await gql('finance', `mutation { requestStatisticsReport(input: { kind: YEAR, period: "2999" }) { id } }`);
    expect(future.errors?.[0].extensions).toMatchObject({ reason: 'STATISTICS_PERIOD_NOT_STARTED', field: 'input.period' });
    const malformed = await gql('finance', `mutation { requestStatisticsReport(input: { kind: MONTH, period: "2025" }) { id } }`);
    expect(malformed.errors?.[0].extensions).toMatchObject({ reason: 'STATISTICS_PERIOD_FORMAT', field: 'input.period' });
    expect(await count()).toBe(before);
    expect((await gql('purchaser', `{ statisticsReports { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
