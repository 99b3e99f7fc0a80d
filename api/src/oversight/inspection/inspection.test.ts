import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { startApi, type TestApi } from '../../../test/app.js';
import { seedCategories } from '../../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertOrder } from '../../../test/mall.js';
import {
  findingsOf, findingState, insertFinding, insertListingOf, insertPriceChange, insertReference, insertStandardProduct, insertSupplierOrganisation, referenceCsvBase64,
} from '../../../test/oversight.js';
import { asOwner, contextFor, createTenant } from '../../../test/tenants.js';
import { InspectionService } from './inspection.service.js';

const DAY = 86_400_000;
const RULES = { priceAboveReferenceAlertBp: 1000, minPeerSample: 3, minTransactionSample: 2, importedMaxAgeDays: 30, historyDays: 90, correctionWorkingDays: 5 };

describe('price inspection over GraphQL', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let supplierA: string;
  const tokens: Record<'operator' | 'supplier' | 'finance', string> = { operator: '', supplier: '', finance: '' };

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople(await createTenant({ settings: { inspection: RULES } }));
    await seedCategories(people.tenant.id);
    supplierA = people.organisations.supplier.id;
    for (const k of ['operator', 'supplier', 'finance'] as const) tokens[k] = (await login(api, people.tenant, people.users[k].loginName)).accessToken;
  });
  afterAll(() => api.close());

  const gql = async (who: keyof typeof tokens | 'anonymous', query: string, variables: object = {}) =>
    (await api.gql(query, { variables, headers: headers(people.tenant, who === 'anonymous' ? undefined : tokens[who]) })).body;
  const ctx = () => contextFor(people.tenant);
  const inspection = () => api.app.get(InspectionService);

  /** A whole-catalogue run as the workers carry it out; returns the run's id. */
  async function runCatalog(): Promise<string> {
    const run = await inspection().start(ctx());
    await inspection().runPending(ctx(), run.id);
    return run.id;
  }
  /** The incremental job's work for one listing. */
  const inspectListing = (listingId: string) => api.app.get(TenantDb).transaction(ctx(), (em, tx) => inspection().inspectListingIn(em, tx, ctx(), listingId, new Date()));

  it('imported references: the lowest current source is the reference; exactly at the tolerance is no finding; stale ones do not count', async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const above = await insertListingOf(people.tenant.id, supplierA, 120_000n, { standardProductId: product });
    const atEdge = await insertListingOf(people.tenant.id, supplierA, 110_000n, { standardProductId: product });
    await insertReference(people.tenant.id, { standardProductId: product }, '京东', 100_000n, new Date(Date.now() - 2 * DAY));
    await insertReference(people.tenant.id, { standardProductId: product }, '天猫', 105_000n, new Date(Date.now() - DAY));
    // Older than the 30-day maximum age: ignored, though lower.
    await insertReference(people.tenant.id, { standardProductId: product }, '苏宁', 50_000n, new Date(Date.now() - 40 * DAY));
    await runCatalog();

    const [finding] = await findingsOf(people.tenant.id, above);
    expect(finding).toMatchObject({ state: 'open', reference_fen: '100000', reference_source: 'imported', deviation_bp: 2000 });
    expect(finding.evidence).toEqual([{ source: 'imported', valueFen: '100000', sample: 2, counted: true, detail: { 京东: '100000', 天猫: '105000' } }]);
    expect(await findingsOf(people.tenant.id, atEdge)).toEqual([]);

    const body = await gql('operator', `query ($l: ID!) { priceFindings(filter: { listingId: $l }) { nodes { state price reference referenceSource deviationBp toleranceBp evidence { source value sample counted detail { key value } } } } }`, { l: above });
    expect(body.data?.priceFindings).toEqual({ nodes: [{
      state: 'OPEN', price: '1200.00', reference: '1000.00', referenceSource: 'IMPORTED', deviationBp: 2000, toleranceBp: 1000,
      evidence: [{ source: 'IMPORTED', value: '1000.00', sample: 2, counted: true, detail: [{ key: '京东', value: '1000.00' }, { key: '天猫', value: '1050.00' }] }],
    }] });
  });

  it("peers: the median of other suppliers' listings of the product, only from the minimum sample on; the band shows the quartiles", async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const others = await Promise.all([1, 2, 3].map(() => insertSupplierOrganisation(people.tenant.id)));
    await insertListingOf(people.tenant.id, others[0], 90_000n, { standardProductId: product });
    await insertListingOf(people.tenant.id, others[1], 100_000n, { standardProductId: product });
    const third = await insertListingOf(people.tenant.id, others[2], 110_000n, { standardProductId: product });
    const mine = await insertListingOf(people.tenant.id, supplierA, 130_000n, { standardProductId: product });
    // Another product with two other suppliers only: below the minimum sample of three.
    const thin = await insertStandardProduct(people.tenant.id);
    await insertListingOf(people.tenant.id, others[0], 50_000n, { standardProductId: thin });
    await insertListingOf(people.tenant.id, others[1], 50_000n, { standardProductId: thin });
    const thinMine = await insertListingOf(people.tenant.id, supplierA, 90_000n, { standardProductId: thin });
    await runCatalog();

    const [finding] = await findingsOf(people.tenant.id, mine);
    expect(finding).toMatchObject({ reference_fen: '100000', reference_source: 'peer', deviation_bp: 3000 });
    expect(finding.evidence).toEqual([{ source: 'peer', valueFen: '100000', sample: 3, counted: true, detail: { q1Fen: '95000', q3Fen: '105000', minSample: 3 } }]);
    // The third supplier's peers are 900, 1000 and 1300: median 1000, and 1100 is within 10 %.
    expect(await findingsOf(people.tenant.id, third)).toEqual([]);
    expect(await findingsOf(people.tenant.id, thinMine)).toEqual([]);

    const band = await gql('anonymous', `query ($l: ID!) { listingPriceBand(listingId: $l) { price q1 median q3 sampleSize importedLowest reference alertAbove } }`, { l: mine });
    expect(band.data?.listingPriceBand).toEqual({ price: '1300.00', q1: '950.00', median: '1000.00', q3: '1050.00', sampleSize: 3, importedLowest: null, reference: '1000.00', alertAbove: '1100.00' });
    const thinBand = await gql('anonymous', `query ($l: ID!) { listingPriceBand(listingId: $l) { q1 median sampleSize reference } }`, { l: thinMine });
    expect(thinBand.data?.listingPriceBand).toEqual({ q1: null, median: null, sampleSize: 2, reference: null });
    const offSale = await insertListingOf(people.tenant.id, supplierA, 1_000n, { state: 'draft' });
    expect((await gql('anonymous', `query ($l: ID!) { listingPriceBand(listingId: $l) { price } }`, { l: offSale })).errors?.[0].extensions?.reason).toBe('LISTING_NOT_FOUND');
  });

  it("peers with repeated prices and a supplier listing the product twice: the band's quartiles are percentile_cont over the other suppliers' listings", async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const others = await Promise.all([1, 2, 3, 4].map(() => insertSupplierOrganisation(people.tenant.id)));
    const prices: [string, bigint][] = [
      [others[0], 80_000n], [others[0], 100_000n], [others[1], 100_000n], [others[2], 100_000n], [others[2], 126_000n], [others[3], 93_000n], [supplierA, 100_000n], [supplierA, 99_000n],
    ];
    const listings = [];
    for (const [supplier, price] of prices) listings.push({ supplier, id: await insertListingOf(people.tenant.id, supplier, price, { standardProductId: product }) });
    for (const { supplier, id } of listings) {
      const expected = await asOwner(people.tenant.id, async (c) => (await c.query(
        `select count(*)::int as n, round(percentile_cont(0.25) within group (order by price_fen))::text as q1, round(percentile_cont(0.5) within group (order by price_fen))::text as med,
           round(percentile_cont(0.75) within group (order by price_fen))::text as q3
         from listing where standard_product_id = $1 and state = 'approved' and supplier_id <> $2`, [product, supplier])).rows[0]);
      const band = await gql('anonymous', `query ($l: ID!) { listingPriceBand(listingId: $l) { q1 median q3 sampleSize } }`, { l: id });
      const yuan = (fen: string) => (Number(fen) / 100).toFixed(2);
      expect(band.data?.listingPriceBand).toEqual({ q1: yuan(expected.q1), median: yuan(expected.med), q3: yuan(expected.q3), sampleSize: expected.n });
    }
  });

  it('the walk visits every listing on sale once, product by product and then those without one, whatever the batch size', async () => {
    const service = inspection();
    const before = service.batchSize;
    service.batchSize = 3;
    try {
      const overpriced: string[] = [];
      for (let p = 0; p < 3; p++) {
        const product = await insertStandardProduct(people.tenant.id);
        await insertReference(people.tenant.id, { standardProductId: product }, '京东', 10_000n);
        for (let i = 0; i < 2 + p; i++) overpriced.push(await insertListingOf(people.tenant.id, supplierA, 50_000n + BigInt(i), { standardProductId: product }));
      }
      // No standard product: only its own history and imported references can judge it.
      for (let i = 0; i < 4; i++) {
        const id = await insertListingOf(people.tenant.id, supplierA, 90_000n, { standardProductId: null });
        await insertReference(people.tenant.id, { listingId: id }, '京东', 10_000n);
        overpriced.push(id);
      }
      const run = await inspection().start(ctx());
      const batches = await service.runPending(ctx(), run.id);
      const done = await inspection().get(ctx(), run.id);
      expect(done).toMatchObject({ state: 'done', done: done.total });
      expect(batches).toBe(Math.floor(done.total / 3));
      for (const id of overpriced) expect((await findingsOf(people.tenant.id, id)).map((f) => f.state)).toContain('open');
    } finally {
      service.batchSize = before;
    }
  });

  it("history: the listing's own lowest price in the window, including the price in force at its start", async () => {
    const listing = await insertListingOf(people.tenant.id, supplierA, 130_000n);
    await insertPriceChange(people.tenant.id, listing, 100_000n, new Date(Date.now() - 120 * DAY));
    await insertPriceChange(people.tenant.id, listing, 115_000n, new Date(Date.now() - 30 * DAY));
    await insertPriceChange(people.tenant.id, listing, 130_000n, new Date(Date.now() - DAY));
    expect(await inspectListing(listing)).toEqual({ found: 1, corrected: 0 });
    const [finding] = await findingsOf(people.tenant.id, listing);
    // 1000.00 was in force when the 90-day window opened.
    expect(finding).toMatchObject({ reference_fen: '100000', reference_source: 'history', deviation_bp: 3000 });
    expect(finding.evidence).toEqual([{ source: 'history', valueFen: '100000', sample: 3, counted: true, detail: { days: 90 } }]);
  });

  it('transactions: the median unit price of accepted order lines of the product, from the minimum sample on', async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const sold = await insertListingOf(people.tenant.id, supplierA, 90_000n, { standardProductId: product });
    for (const price of [80_000n, 90_000n]) {
      const { lineId } = await insertOrder(people, 'accepted', sold);
      await asOwner(people.tenant.id, (c) => c.query('update mall_order_line set unit_price_fen = $2 where id = $1', [lineId, price.toString()]));
    }
    // A cancelled order is no transaction.
    const { lineId } = await insertOrder(people, 'cancelled', sold);
    await asOwner(people.tenant.id, (c) => c.query('update mall_order_line set unit_price_fen = 1000 where id = $1', [lineId]));
    const dear = await insertListingOf(people.tenant.id, supplierA, 100_000n, { standardProductId: product });
    await inspectListing(dear);
    await inspectListing(sold);
    const [finding] = await findingsOf(people.tenant.id, dear);
    expect(finding).toMatchObject({ reference_fen: '85000', reference_source: 'transactions', deviation_bp: 1764 });
    expect(finding.evidence).toEqual([{ source: 'transactions', valueFen: '85000', sample: 2, counted: true, detail: { days: 180, minSample: 2 } }]);
    expect(await findingsOf(people.tenant.id, sold)).toEqual([]);
  });

  it('a price change within tolerance closes the live finding (the incremental job), and the change publishes the event that runs it', async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const listing = await insertListingOf(people.tenant.id, supplierA, 150_000n, { standardProductId: product });
    await insertReference(people.tenant.id, { listingId: listing }, '京东', 100_000n);
    await inspectListing(listing);
    expect((await findingsOf(people.tenant.id, listing)).map((f) => f.state)).toEqual(['open']);

    // Still above: the finding stays, and no second one is raised.
    expect((await gql('supplier', `mutation ($id: ID!) { changeListingPrice(id: $id, price: "1200.00") { id } }`, { id: listing })).errors).toBeUndefined();
    expect(await inspectListing(listing)).toEqual({ found: 0, corrected: 0 });
    expect((await gql('supplier', `mutation ($id: ID!) { changeListingPrice(id: $id, price: "1100.00") { id } }`, { id: listing })).errors).toBeUndefined();
    const events = await asOwner(people.tenant.id, async (c) => (await c.query(`select payload from outbox_event where type = 'catalog.listing.price-changed' and payload->>'listingId' = $1`, [listing])).rows);
    expect(events).toHaveLength(2);
    expect(await inspectListing(listing)).toEqual({ found: 0, corrected: 1 });
    expect(await findingsOf(people.tenant.id, listing)).toMatchObject([{ state: 'corrected', close_note: 'price_within_tolerance' }]);
  });

  it('the supplier justifies (the clock waits), the operator reopens with a new period or dismisses; a dismissed price is not flagged again', async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const listing = await insertListingOf(people.tenant.id, supplierA, 150_000n, { standardProductId: product });
    await insertReference(people.tenant.id, { standardProductId: product }, '京东', 100_000n);
    await inspectListing(listing);
    const [{ id }] = await findingsOf(people.tenant.id, listing);

    const empty = await gql('supplier', `mutation ($id: ID!) { justifyPriceFinding(id: $id, reason: " ") { state } }`, { id });
    expect(empty.errors?.[0].extensions).toMatchObject({ reason: 'REASON_REQUIRED', field: 'reason' });
    expect(await findingState(people.tenant.id, id)).toBe('open');

    const mine = await gql('supplier', `{ myPriceFindings(filter: { state: OPEN }) { nodes { id } } }`);
    expect((mine.data?.myPriceFindings as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(id);
    const justified = await gql('supplier', `mutation ($id: ID!) { justifyPriceFinding(id: $id, reason: "定制配色，成本更高") { state justification } }`, { id });
    expect(justified.data?.justifyPriceFinding).toEqual({ state: 'JUSTIFIED', justification: '定制配色，成本更高' });
    const again = await gql('supplier', `mutation ($id: ID!) { justifyPriceFinding(id: $id, reason: "再次说明") { state } }`, { id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PRICE_FINDING_TRANSITION_NOT_ALLOWED' });

    const reopened = await gql('operator', `mutation ($id: ID!) { reopenPriceFinding(id: $id, note: "说明不充分") { state dueAt } }`, { id });
    expect((reopened.data?.reopenPriceFinding as { state: string }).state).toBe('OPEN');
    expect(new Date((reopened.data?.reopenPriceFinding as { dueAt: string }).dueAt).getTime()).toBeGreaterThan(Date.now() + 5 * DAY);

    const dismissed = await gql('operator', `mutation ($id: ID!) { dismissPriceFinding(id: $id, reason: "参考价为促销价，不具可比性") { state dismissalReason closedAt } }`, { id });
    expect(dismissed.data?.dismissPriceFinding).toMatchObject({ state: 'DISMISSED', dismissalReason: '参考价为促销价，不具可比性' });
    await inspectListing(listing);
    expect((await findingsOf(people.tenant.id, listing)).map((f) => f.state)).toEqual(['dismissed']);
    const audit = await asOwner(people.tenant.id, async (c) => (await c.query(`select action from audit_entry where subject_id = $1 order by seq`, [id])).rows.map((r) => r.action));
    expect(audit).toEqual(['oversight.price-finding.open', 'oversight.price-finding.justify', 'oversight.price-finding.reopen', 'oversight.price-finding.dismiss']);

    // Another supplier's finding is not found for this supplier.
    const other = await insertFinding(people.tenant.id, await insertListingOf(people.tenant.id, await insertSupplierOrganisation(people.tenant.id), 1_000n), people.organisations.purchasing_unit.id);
    expect((await gql('supplier', `query ($id: ID!) { priceFinding(id: $id) { id } }`, { id: other })).errors?.[0].extensions?.reason).toBe('PRICE_FINDING_NOT_FOUND');
  });

  it('a run shows its progress batch by batch: done of total, findings so far', async () => {
    const service = inspection();
    const before = service.batchSize;
    service.batchSize = 2;
    try {
      const product = await insertStandardProduct(people.tenant.id);
      await insertReference(people.tenant.id, { standardProductId: product }, '京东', 10_000n);
      for (let i = 0; i < 3; i++) await insertListingOf(people.tenant.id, supplierA, 50_000n, { standardProductId: product });
      const started = await gql('operator', `mutation { startInspectionRun { id trigger state total done findings } }`);
      const run = started.data?.startInspectionRun as { id: string; total: number };
      const onSale = await asOwner(people.tenant.id, async (c) => Number((await c.query(`select count(*) from listing where state = 'approved'`)).rows[0].count));
      expect(run).toMatchObject({ trigger: 'MANUAL', state: 'RUNNING', total: onSale, done: 0, findings: 0 });

      expect(await service.runPending(ctx(), run.id, 1)).toBe(1);
      const progress = await gql('finance', `query ($id: ID!) { inspectionRun(id: $id) { state done total } }`, { id: run.id });
      expect(progress.data?.inspectionRun).toEqual({ state: 'RUNNING', done: 2, total: onSale });

      await service.runPending(ctx(), run.id);
      const finished = await gql('operator', `query ($id: ID!) { inspectionRun(id: $id) { state done findings finishedAt } }`, { id: run.id });
      const raised = await asOwner(people.tenant.id, async (c) => Number((await c.query(`select count(*) from price_finding where run_id = $1`, [run.id])).rows[0].count));
      expect(raised).toBeGreaterThanOrEqual(3);
      expect(finished.data?.inspectionRun).toMatchObject({ state: 'DONE', done: onSale, findings: raised });
      const runs = await gql('operator', `{ inspectionRuns(first: 1) { nodes { id } } }`);
      expect(runs.data?.inspectionRuns).toEqual({ nodes: [{ id: run.id }] });
      // A second delivery of the finished run does nothing.
      expect(await service.runPending(ctx(), run.id)).toBe(0);
    } finally {
      service.batchSize = before;
    }
  });

  it('reference upload: good rows imported, bad rows reported with their field and downloadable', async () => {
    const product = await insertStandardProduct(people.tenant.id);
    const listing = await insertListingOf(people.tenant.id, supplierA, 10_000n);
    const unknown = '0190b3c4-0000-7000-8000-000000000000';
    const csv = referenceCsvBase64([
      `${product},,京东,999.00,2026-01-05,https://item.jd.com/1.html`,
      `,${listing},天猫,88.50,2026-01-06,`,
      `${product},,京东,九百,2026-01-05,`,
      `${unknown},,京东,999.00,2026-01-05,`,
      `,,京东,999.00,2026-01-05,`,
      `${product},,京东,999.00,2999-01-01,`,
      `${product},${listing},京东,999.00,2026-01-05,`,
    ]);
    const body = await gql('operator', `mutation ($input: ImportPriceReferencesInput!) { importPriceReferences(input: $input) { id origin total imported failed errors { row field column reason } } }`, { input: { fileName: '参考价.csv', contentBase64: csv } });
    expect(body.errors).toBeUndefined();
    const imp = body.data?.importPriceReferences as { id: string };
    expect(imp).toMatchObject({
      origin: 'FILE', total: 7, imported: 2, failed: 5,
      errors: [
        { row: 4, field: 'price', column: '参考价（元）', reason: 'PRICE_FORMAT' },
        { row: 5, field: 'standardProductId', column: '标准商品编号', reason: 'PRICE_REFERENCE_TARGET_NOT_FOUND' },
        { row: 6, field: 'standardProductId', column: '标准商品编号', reason: 'PRICE_REFERENCE_TARGET_REQUIRED' },
        { row: 7, field: 'observedOn', column: '采集日期', reason: 'PRICE_REFERENCE_DATE_FUTURE' },
        { row: 8, field: 'standardProductId', column: '标准商品编号', reason: 'PRICE_REFERENCE_TARGET_REQUIRED' },
      ],
    });
    const stored = await asOwner(people.tenant.id, async (c) => (await c.query(`select standard_product_id, listing_id, source_name, price_fen from price_reference where import_id = $1 order by price_fen`, [imp.id])).rows);
    expect(stored).toEqual([
      { standard_product_id: null, listing_id: listing, source_name: '天猫', price_fen: '8850' },
      { standard_product_id: product, listing_id: null, source_name: '京东', price_fen: '99900' },
    ]);
    const report = await gql('finance', `query ($id: ID!) { priceReferenceImportErrorReport(id: $id, format: CSV) { fileName contentBase64 } }`, { id: imp.id });
    const text = Buffer.from((report.data?.priceReferenceImportErrorReport as { contentBase64: string }).contentBase64, 'base64').toString('utf8');
    expect(text.split('\r\n')[1]).toContain('"4","参考价（元）","price","PRICE_FORMAT"');

    // The template reads back as the template: a file made from it imports.
    const template = await gql('operator', `{ priceReferenceTemplate { fileName contentBase64 } }`);
    const templateBase64 = (template.data?.priceReferenceTemplate as { contentBase64: string }).contentBase64;
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(templateBase64, 'base64') as unknown as ArrayBuffer);
    workbook.worksheets[0].addRow([product, '', '价格监测中心', '950.00', '2026-01-07', '']);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const fromTemplate = await gql('operator', `mutation ($input: ImportPriceReferencesInput!) { importPriceReferences(input: $input) { imported failed } }`, { input: { fileName: '参考价.xlsx', contentBase64: filled } });
    expect(fromTemplate.data?.importPriceReferences).toEqual({ imported: 1, failed: 0 });

    const broken = await gql('operator', `mutation ($input: ImportPriceReferencesInput!) { importPriceReferences(input: $input) { id } }`, { input: { fileName: 'x.csv', contentBase64: Buffer.from('a,b\r\n1,2\r\n').toString('base64') } });
    expect(broken.errors?.[0].extensions?.reason).toBe('UPLOAD_HEADER');
  });

  it('refuses a negative tolerance (and other rules out of range) naming the field, and changes nothing', async () => {
    const stored = async () => asOwner(people.tenant.id, async (c) => (await c.query('select settings from tenant where id = $1', [people.tenant.id])).rows[0].settings);
    const before = await stored();
    const update = `mutation ($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { settings { inspection { priceAboveReferenceAlertBp minPeerSample sources } } } }`;
    const negative = await gql('operator', update, { input: { inspection: { priceAboveReferenceAlertBp: -100 } } });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SETTING_OUT_OF_RANGE', field: 'inspection.priceAboveReferenceAlertBp' });
    expect(negative.errors?.[0].message).toContain('0.00%');
    const zeroSample = await gql('operator', update, { input: { inspection: { minPeerSample: 0 } } });
    expect(zeroSample.errors?.[0].extensions).toMatchObject({ reason: 'SETTING_OUT_OF_RANGE', field: 'inspection.minPeerSample' });
    const badUrl = await gql('operator', update, { input: { inspection: { referenceFeedUrl: 'ftp://prices.example.cn' } } });
    expect(badUrl.errors?.[0].extensions).toMatchObject({ reason: 'SETTING_INVALID', field: 'inspection.referenceFeedUrl' });
    expect(await stored()).toEqual(before);
    const ok = await gql('operator', update, { input: { inspection: { sources: ['PEER', 'IMPORTED'] } } });
    expect((ok.data?.updateTenantSettings as { settings: { inspection: object } }).settings.inspection).toEqual({ priceAboveReferenceAlertBp: 1000, minPeerSample: 3, sources: ['PEER', 'IMPORTED'] });
    await gql('operator', update, { input: { inspection: { sources: ['IMPORTED', 'PEER', 'HISTORY', 'TRANSACTIONS'] } } });
  });

  describe('the price feed (a local HTTP server stands in for an external price site)', () => {
    let server: Server;
    let answer: { status: number; body: string } = { status: 200, body: '{}' };
    let feedUrl = '';
    beforeAll(async () => {
      server = createServer((_req, res) => res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prices.json`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('is read on request as an import: good items in, bad items reported; an unreachable or malformed feed is refused', async () => {
      const feed = `mutation { importPriceReferenceFeed { origin name total imported failed errors { row field reason } } }`;
      // Unset: the operator is told to set it.
      expect((await gql('operator', feed)).errors?.[0].extensions).toMatchObject({ reason: 'PRICE_REFERENCE_FEED_NOT_CONFIGURED', field: 'inspection.referenceFeedUrl' });
      const set = await gql('operator', `mutation ($u: String!) { updateTenantSettings(input: { inspection: { referenceFeedUrl: $u } }) { id } }`, { u: feedUrl });
      expect(set.errors).toBeUndefined();

      const product = await insertStandardProduct(people.tenant.id);
      answer = { status: 200, body: JSON.stringify({ prices: [
        { standardProductId: product, source: '京东', price: '1999.00', observedOn: '2026-01-02', url: 'https://item.jd.com/2.html' },
        { standardProductId: product, source: '京东', price: -5, observedOn: '2026-01-02' },
        { source: '', price: '1.00', observedOn: 'yesterday' },
      ] }) };
      const read = await gql('operator', feed);
      expect(read.data?.importPriceReferenceFeed).toEqual({
        origin: 'FEED', name: feedUrl, total: 3, imported: 1, failed: 2,
        errors: [
          { row: 2, field: 'price', reason: 'PRICE_NOT_POSITIVE' },
          { row: 3, field: 'standardProductId', reason: 'PRICE_REFERENCE_TARGET_REQUIRED' },
          { row: 3, field: 'source', reason: 'PRICE_REFERENCE_SOURCE_INVALID' },
          { row: 3, field: 'observedOn', reason: 'PRICE_REFERENCE_DATE_INVALID' },
        ],
      });

      answer = { status: 503, body: 'busy' };
      expect((await gql('operator', feed)).errors?.[0].extensions).toMatchObject({ reason: 'PRICE_REFERENCE_FEED_UNAVAILABLE' });
      expect((await gql('operator', feed)).errors?.[0].message).toContain('503');
      answer = { status: 200, body: '<html>' };
      expect((await gql('operator', feed)).errors?.[0].extensions?.reason).toBe('PRICE_REFERENCE_FEED_FORMAT');
    });
  });
});
