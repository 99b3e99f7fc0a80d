import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { OpeningService } from '../../tender/opening/opening.service.js';
import { startApi, type TestApi } from '../../../test/app.js';
import { seedCategories } from '../../../test/catalog.js';
import { insertEvaluation } from '../../../test/evaluation.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertOrganisation } from '../../../test/mall.js';
import { bidContent, prepareBidder, SUBMIT_BID, submitInput, sealing } from '../../../test/sealed-bids.js';
import { insertLotBid, insertSplitOrder, signalsOf, signalState } from '../../../test/signals.js';
import { insertSourcingOrder } from '../../../test/sourcing-orders.js';
import { insertSupplier, insertTenderProject } from '../../../test/tender.js';
import { asOwner, contextFor, createTenant } from '../../../test/tenants.js';
import { ComplianceChecks } from './compliance-checks.js';

// One-click up to ¥50,000; public tender from ¥100,000, so two full one-click orders reach it.
const ROUTES = { purchaseRoutes: { directOrderMaxFen: '5000000', mallSourcingMaxFen: '10000000', publicTenderMinFen: '10000000' } };
// 15 August 2026, noon in Shanghai: the third quarter.
const AS_OF = new Date('2026-08-15T04:00:00Z');
const JULY = new Date('2026-07-10T02:00:00Z');

describe('compliance signals', () => {
  let api: TestApi;
  let people: PeopleFixture;
  const tokens: Record<'finance' | 'operator', string> = { finance: '', operator: '' };

  beforeAll(async () => {
    api = await startApi({ TRUST_PROXY_HOPS: '1' });
    people = await createPeople(await createTenant({ settings: ROUTES }));
    await seedCategories(people.tenant.id);
    for (const k of ['finance', 'operator'] as const) tokens[k] = (await login(api, people.tenant, people.users[k].loginName)).accessToken;
  });
  afterAll(() => api.close());

  const t = () => people.tenant.id;
  const ctx = () => contextFor(people.tenant);
  const gql = async (who: keyof typeof tokens, query: string, variables: object = {}) => (await api.gql(query, { variables, headers: headers(people.tenant, tokens[who]) })).body;
  const checks = () => api.app.get(ComplianceChecks);
  const splitting = (asOf = AS_OF) => api.app.get(TenantDb).transaction(ctx(), (em, tx) => checks().orderSplittingIn(em, tx, ctx(), asOf));
  const tenders = (lotId: string | null) => api.app.get(TenantDb).transaction(ctx(), (em, tx) => checks().tendersIn(em, tx, ctx(), lotId));
  const order = (unitId: string, amountFen: bigint, placedAt = JULY, categoryCode = 'A02010104', state = 'accepted') =>
    insertSplitOrder(t(), { unitId, buyerUserId: people.users.purchaser.id, supplierId: people.organisations.supplier.id, categoryCode, amountFen, placedAt, state });
  const signalsFor = async (key: string) => (await signalsOf(t())).filter((s) => s.dedupe_key.includes(key));
  const audits = (id: string) => asOwner(t(), async (c) => (await c.query<{ action: string }>(`select action from audit_entry where subject_id = $1 order by seq`, [id])).rows.map((r) => r.action));

  describe('order splitting', () => {
    it('two one-click orders of one category (at level 4) reaching the threshold exactly raise one signal with the orders as evidence', async () => {
      const unit = await insertOrganisation(t());
      const a = await order(unit, 5_000_000n);
      const b = await order(unit, 5_000_000n, new Date('2026-09-01T02:00:00Z'), 'A02010105');
      expect(await splitting()).toEqual({ raised: 1, refreshed: 0 });
      const [s] = await signalsFor(unit);
      expect(s).toMatchObject({ kind: 'order_splitting', state: 'open', amount_fen: '10000000', dedupe_key: `order_splitting:${unit}:A020101:2026Q3` });
      expect((s.evidence.orders as { orderId: string; amountFen: string }[]).map((o) => [o.orderId, o.amountFen])).toEqual([[a.orderId, '5000000'], [b.orderId, '5000000']]);
      expect(await audits(s.id)).toEqual(['oversight.compliance-signal.raise']);
    });

    it('a fen below the threshold is nothing', async () => {
      const unit = await insertOrganisation(t());
      await order(unit, 5_000_000n);
      await order(unit, 4_999_999n);
      await splitting();
      expect(await signalsFor(unit)).toEqual([]);
    });

    it('orders above the one-click limit, cancelled or rejected orders, and other categories do not count', async () => {
      const unit = await insertOrganisation(t());
      await order(unit, 5_000_000n);
      await order(unit, 5_000_001n);
      await order(unit, 5_000_000n, JULY, 'A02010104', 'cancelled');
      await order(unit, 5_000_000n, JULY, 'A02010104', 'rejected');
      await order(unit, 5_000_000n, JULY, 'A060201');
      await splitting();
      expect(await signalsFor(unit)).toEqual([]);
    });

    it('periods are quarters in the tenant time zone: the last second of June is another quarter, midnight of 1 July is this one', async () => {
      const apart = await insertOrganisation(t());
      await order(apart, 5_000_000n, new Date('2026-06-30T15:59:59Z'));
      await order(apart, 5_000_000n);
      const together = await insertOrganisation(t());
      await order(together, 5_000_000n, new Date('2026-06-30T16:00:00Z'));
      await order(together, 5_000_000n);
      await splitting();
      expect(await signalsFor(apart)).toEqual([]);
      expect(await signalsFor(together)).toHaveLength(1);
    });

    it('the run on the first day of a quarter still checks the quarter just ended', async () => {
      const unit = await insertOrganisation(t());
      await order(unit, 5_000_000n, new Date('2026-09-30T08:00:00Z'));
      await order(unit, 5_000_000n, new Date('2026-09-30T10:00:00Z'));
      await splitting(new Date('2026-09-30T18:30:00Z'));
      expect((await signalsFor(unit)).map((s) => s.dedupe_key)).toEqual([`order_splitting:${unit}:A020101:2026Q3`]);
    });

    it('a re-run raises nothing new; a new order refreshes an open signal; a reviewed one is left alone', async () => {
      const unit = await insertOrganisation(t());
      await order(unit, 5_000_000n);
      await order(unit, 5_000_000n);
      await splitting();
      const [first] = await signalsFor(unit);
      await splitting();
      expect(await signalsFor(unit)).toEqual([first]);
      expect(await audits(first.id)).toEqual(['oversight.compliance-signal.raise']);

      await order(unit, 1_000_000n);
      await splitting();
      const [refreshed] = await signalsFor(unit);
      expect(refreshed).toMatchObject({ id: first.id, amount_fen: '11000000' });
      expect(refreshed.evidence.orders).toHaveLength(3);
      expect(await audits(first.id)).toEqual(['oversight.compliance-signal.raise', 'oversight.compliance-signal.refresh']);

      const dismissed = await gql('finance', `mutation ($id: ID!) { dismissComplianceSignal(id: $id, reason: "经核实为不同预算项目") { state } }`, { id: first.id });
      expect(dismissed.data).toEqual({ dismissComplianceSignal: { state: 'DISMISSED' } });
      await order(unit, 1_000_000n);
      await splitting();
      const [after] = await signalsFor(unit);
      expect(after).toMatchObject({ state: 'dismissed', amount_fen: '11000000' });
    });

    it('a tenant that counts by year sums the quarters', async () => {
      const yearly = await createPeople(await createTenant({ settings: { ...ROUTES, signals: { splittingPeriod: 'year' } } }));
      await seedCategories(yearly.tenant.id);
      const o = (placedAt: Date) => insertSplitOrder(yearly.tenant.id, { unitId: yearly.organisations.purchasing_unit.id, buyerUserId: yearly.users.purchaser.id, supplierId: yearly.organisations.supplier.id, categoryCode: 'A02010104', amountFen: 5_000_000n, placedAt });
      await o(new Date('2026-02-01T02:00:00Z'));
      await o(JULY);
      const yctx = contextFor(yearly.tenant);
      await api.app.get(TenantDb).transaction(yctx, (em, tx) => checks().orderSplittingIn(em, tx, yctx, AS_OF));
      expect((await signalsOf(yearly.tenant.id)).map((s) => s.dedupe_key)).toEqual([`order_splitting:${yearly.organisations.purchasing_unit.id}:A020101:2026`]);
    });
    it('orders awarded from inquiries and reverse auctions count in their category, whatever their size; cancelled ones and auctions without a category do not', async () => {
      const sourcing = (unitId: string, origin: 'inquiry' | 'auction', categoryCode: string | null, amountFen: bigint, state = 'accepted') =>
        insertSourcingOrder(t(), { origin, unitId, buyerUserId: people.users.purchaser.id, supplierId: people.organisations.supplier.id, categoryCode, amountFen, placedAt: JULY, state });
      const mixed = await insertOrganisation(t());
      const a = await order(mixed, 3_000_000n, new Date('2026-07-09T02:00:00Z'));
      const b = await sourcing(mixed, 'inquiry', 'A02010105', 7_000_000n);
      const both = await insertOrganisation(t());
      await sourcing(both, 'auction', 'A02010104', 6_000_000n);
      await sourcing(both, 'inquiry', 'A02010104', 4_000_000n);
      const none = await insertOrganisation(t());
      await order(none, 3_000_000n);
      await sourcing(none, 'auction', null, 7_000_000n);
      await sourcing(none, 'inquiry', 'A02010104', 7_000_000n, 'cancelled');
      await splitting();
      const [s] = await signalsFor(mixed);
      expect(s).toMatchObject({ kind: 'order_splitting', amount_fen: '10000000', dedupe_key: `order_splitting:${mixed}:A020101:2026Q3` });
      expect((s.evidence.orders as { orderId: string; amountFen: string }[]).map((o) => [o.orderId, o.amountFen])).toEqual([[a.orderId, '3000000'], [b.orderId, '7000000']]);
      expect((await signalsFor(both)).map((x) => x.amount_fen)).toEqual(['10000000']);
      expect(await signalsFor(none)).toEqual([]);
    });
  });

  describe('tender collusion hints', () => {
    async function lotWith(bids: Parameters<typeof insertLotBid>[2][], state = 'evaluating') {
      const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ state: state as 'evaluating' }] });
      const ids: string[] = [];
      for (const b of bids) ids.push(await insertLotBid(t(), lotId, b));
      return { lotId, ids };
    }
    const bidder = async (over: Partial<Parameters<typeof insertLotBid>[2]> = {}) => {
      const s = await insertSupplier(t(), people.tenant.slug);
      return { supplierId: s.organisationId, submittedBy: s.userId, ...over };
    };
    const kinds = async (lotId: string) => (await signalsFor(lotId)).map((s) => s.dedupe_key.replace(`${lotId}:`, '')).sort();

    it('same device and same IP across suppliers; different ones are nothing', async () => {
      const { lotId, ids } = await lotWith([
        await bidder({ deviceId: 'dev-7f3a', ip: '203.0.113.5', priceFen: 100_000_000n }),
        await bidder({ deviceId: 'dev-7f3a', ip: '203.0.113.6', priceFen: 120_000_000n }),
        await bidder({ deviceId: 'dev-0001', ip: '203.0.113.6', priceFen: 150_000_000n }),
      ]);
      expect(await tenders(lotId)).toEqual({ raised: 2, refreshed: 0 });
      expect(await kinds(lotId)).toEqual(['same_origin:device:dev-7f3a', 'same_origin:ip:203.0.113.6']);
      const device = (await signalsFor(`${lotId}:device`))[0];
      expect((device.evidence.bids as { bidId: string }[]).map((b) => b.bidId)).toEqual(ids.slice(0, 2));

      const apart = await lotWith([await bidder({ deviceId: 'a', ip: '1.1.1.1' }), await bidder({ deviceId: 'b', ip: '1.1.1.2', priceFen: 130_000_000n })]);
      await tenders(apart.lotId);
      expect(await kinds(apart.lotId)).toEqual([]);
    });

    it('identical documents, the same user or signing key, prices in a progression, each a signal; a re-run raises nothing new', async () => {
      const first = await bidder({ documents: ['完全相同的技术方案'], priceFen: 90_000_000n, publicKey: '04shared' });
      const { lotId } = await lotWith([
        first,
        await bidder({ documents: ['完全相同的技术方案'], priceFen: 100_000_000n, publicKey: '04shared' }),
        { ...(await bidder({ priceFen: 110_000_000n })), submittedBy: first.submittedBy },
      ]);
      await tenders(lotId);
      expect(await kinds(lotId)).toEqual([
        expect.stringMatching(/^identical_documents:document:[0-9a-f]{64}$/),
        'price_pattern:arithmetic_progression',
        'shared_people:signing_key:04shared',
        `shared_people:user:${first.submittedBy}`,
      ]);
      expect(await tenders(lotId)).toEqual({ raised: 0, refreshed: 0 });
    });

    it('suppliers that declared one principal (written two ways) or one contact phone, through the API', async () => {
      const [a, b, c] = [await bidder({ priceFen: 100_000_000n }), await bidder({ priceFen: 103_000_000n }), await bidder({ priceFen: 151_000_000n })];
      const DECLARE = `mutation ($input: SupplierContactsInputType!) { declareSupplierContacts(input: $input) { legalRepresentative contactPhone } }`;
      const declare = async (who: { supplierId: string }, input: object) => {
        const [row] = await asOwner(t(), async (q) => (await q.query(`select login_name from user_account where organisation_id = $1`, [who.supplierId])).rows as { login_name: string }[]);
        const session = await login(api, people.tenant, row.login_name);
        const res = await api.gql(DECLARE, { variables: { input }, headers: headers(people.tenant, session.accessToken) });
        expect(res.body.errors).toBeUndefined();
        return res.body.data.declareSupplierContacts;
      };
      expect(await declare(a, { legalRepresentative: '张 三', contactPhone: '0571-8765 4321' })).toEqual({ legalRepresentative: '张三', contactPhone: '057187654321' });
      await declare(b, { legalRepresentative: '张三', contactPhone: '13800138000' });
      await declare(c, { legalRepresentative: '李四', contactPhone: '+86 0571 87654321' });
      const { lotId } = await lotWith([a, b, c]);
      await tenders(lotId);
      expect(await kinds(lotId)).toEqual(['shared_people:contact_phone:057187654321', 'shared_people:legal_representative:张三']);
    });

    it('bids withdrawn or replaced are not compared', async () => {
      const { lotId } = await lotWith([await bidder({ deviceId: 'dev-x' }), await bidder({ deviceId: 'dev-x', state: 'withdrawn' })]);
      await tenders(lotId);
      expect(await kinds(lotId)).toEqual([]);
    });

    it('lots still in bidding are not read; the run over all lots finds those after opening', async () => {
      const bidding = await lotWith([await bidder({ deviceId: 'dev-b', state: 'submitted' }), await bidder({ deviceId: 'dev-b', state: 'submitted' })], 'bidding');
      const failed = await lotWith([await bidder({ deviceId: 'dev-f' }), await bidder({ deviceId: 'dev-f' })], 'failed');
      await tenders(null);
      expect(await kinds(bidding.lotId)).toEqual([]);
      expect(await kinds(failed.lotId)).toEqual(['same_origin:device:dev-f']);
    });

    it("an expert flagged by the deviation analysis gets one signal per lot, with the flagged scores", async () => {
      const e = await insertEvaluation(people, { scored: true, deviation: true });
      await tenders(e.lotId);
      const [s] = await signalsFor(`expert_deviation:${e.lotId}`);
      expect(s).toMatchObject({ kind: 'expert_deviation', dedupe_key: `expert_deviation:${e.lotId}:${people.users.expert.id}` });
      expect(s.evidence.deviations).toEqual([expect.objectContaining({ bidId: e.bidIds[0], criterionKey: 'technical', scoreHundredths: 2000, meanHundredths: 3600, beyondThreshold: true })]);
    });

    it('the opening, once concluded, publishes the event the collusion job runs on', async () => {
      const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ state: 'opening' as 'evaluating' }], bidDeadline: new Date(Date.now() - 3 * 3600_000) });
      for (let i = 0; i < 3; i++) await insertLotBid(t(), lotId, await bidder({ priceFen: BigInt(100_000_000 + i * 7_000_000 + i * i) }));
      await api.app.get(OpeningService).concludeDue(ctx(), new Date());
      const events = await asOwner(t(), async (c) => (await c.query<{ payload: { lotId: string } }>(`select payload from outbox_event where type = 'tender.lot.opening-concluded'`)).rows);
      expect(events.map((e) => e.payload.lotId)).toContain(lotId);
    });

    it('a bid submitted over HTTP records its client IP and the x-device-id header', async () => {
      const { lotIds: [lotId] } = await insertTenderProject(people);
      const b = await prepareBidder(api, people, lotId);
      const sealed = sealing.sealBid(bidContent('980000.00'), b.keys);
      const { body } = await api.gql(SUBMIT_BID, { variables: { input: submitInput(lotId, sealed) }, headers: { ...b.headers, 'x-device-id': 'dev-browser-1', 'x-forwarded-for': '198.51.100.23' } });
      expect(body.errors).toBeUndefined();
      const [row] = await asOwner(t(), async (c) => (await c.query(`select submitted_ip, device_id from tender_bid where lot_id = $1`, [lotId])).rows);
      expect(row).toEqual({ submitted_ip: '198.51.100.23', device_id: 'dev-browser-1' });
    });
  });

  describe('review over GraphQL', () => {
    const FIELDS = `id kind state severity period categoryCode categoryName amount threshold directOrderMax unit { id name }
      orders { orderNo supplier { name } amount total placedAt } bids { bidId supplier { id name } price value } shared { kind value }
      lot { id title projectNo } reviewer { name } reviewedAt dismissalReason referredTo referralNote`;

    it('finance lists with filters and reads the evidence with names; operators may read', async () => {
      const unit = await insertOrganisation(t());
      await order(unit, 5_000_000n);
      await order(unit, 5_000_000n);
      await splitting();
      const list = await gql('finance', `query ($f: ComplianceSignalFilterInput) { complianceSignals(first: 5, filter: $f) { nodes { ${FIELDS} } pageInfo { hasNextPage } } }`,
        { f: { kind: 'ORDER_SPLITTING', state: 'OPEN', unitId: unit } });
      expect(list.errors).toBeUndefined();
      const [s] = (list.data as { complianceSignals: { nodes: Record<string, unknown>[] } }).complianceSignals.nodes;
      expect(s).toMatchObject({
        kind: 'ORDER_SPLITTING', state: 'OPEN', severity: 'HIGH', period: '2026Q3', categoryCode: 'A020101', categoryName: '计算机设备',
        amount: '100000.00', threshold: '100000.00', directOrderMax: '50000.00', unit: { id: unit, name: expect.stringContaining('另一单位') },
      });
      expect(s.orders).toEqual([
        expect.objectContaining({ amount: '50000.00', supplier: { name: people.organisations.supplier.name } }),
        expect.objectContaining({ amount: '50000.00' }),
      ]);
      const read = await gql('operator', `query ($id: ID!) { complianceSignal(id: $id) { id state } }`, { id: s.id });
      expect(read.data).toEqual({ complianceSignal: { id: s.id, state: 'OPEN' } });

      const none = await gql('finance', `{ complianceSignals(filter: { from: "2099-01-01T00:00:00Z" }) { nodes { id } } }`);
      expect(none.data).toEqual({ complianceSignals: { nodes: [] } });
      const bad = await gql('finance', `{ complianceSignals(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { nodes { id } } }`);
      expect(bad.errors?.[0].extensions).toMatchObject({ reason: 'COMPLIANCE_SIGNAL_FILTER_INVALID', field: 'filter.to' });
      const badId = await gql('finance', `{ complianceSignals(filter: { lotId: "nope" }) { nodes { id } } }`);
      expect(badId.errors?.[0].extensions).toMatchObject({ reason: 'COMPLIANCE_SIGNAL_FILTER_INVALID', field: 'filter.lotId' });
    });

    it('dismiss needs a reason, refer needs whom and a note; bad input changes nothing; a reviewed signal cannot be reviewed again; all audited', async () => {
      const { lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ state: 'evaluating' }] });
      for (let i = 0; i < 2; i++) {
        const s = await insertSupplier(t(), people.tenant.slug);
        await insertLotBid(t(), lotId, { supplierId: s.organisationId, submittedBy: s.userId, deviceId: 'dev-review', ip: '192.0.2.1', priceFen: BigInt(100_000_000 + i * 13_000_000) });
      }
      await tenders(lotId);
      const [ip, device] = (await signalsFor(lotId)).sort((a, b) => a.dedupe_key.localeCompare(b.dedupe_key)).reverse();
      expect([ip.dedupe_key, device.dedupe_key]).toEqual([expect.stringContaining(':ip:'), expect.stringContaining(':device:')]);

      const detail = await gql('finance', `query ($id: ID!) { complianceSignal(id: $id) { ${FIELDS} } }`, { id: device.id });
      expect(detail.data?.complianceSignal).toMatchObject({ kind: 'SAME_ORIGIN', shared: { kind: 'device', value: 'dev-review' }, lot: { id: lotId, title: '第1包' } });
      expect((detail.data?.complianceSignal as { bids: { value: string; price: string }[] }).bids.map((b) => [b.value, b.price])).toEqual([['dev-review', '1000000.00'], ['dev-review', '1130000.00']]);

      const DISMISS = `mutation ($id: ID!, $r: String!) { dismissComplianceSignal(id: $id, reason: $r) { state dismissalReason reviewer { name } reviewedAt } }`;
      const REFER = `mutation ($id: ID!, $to: String!, $n: String!) { referComplianceSignal(id: $id, to: $to, note: $n) { state referredTo referralNote } }`;
      const blank = await gql('finance', DISMISS, { id: device.id, r: ' ' });
      expect(blank.errors?.[0].extensions).toMatchObject({ reason: 'REASON_REQUIRED', field: 'reason' });
      const noTarget = await gql('finance', REFER, { id: device.id, to: '', n: '请核查' });
      expect(noTarget.errors?.[0].extensions).toMatchObject({ reason: 'COMPLIANCE_REFERRAL_TARGET_REQUIRED', field: 'to' });
      const noNote = await gql('finance', REFER, { id: device.id, to: '监督检查处', n: '' });
      expect(noNote.errors?.[0].extensions).toMatchObject({ reason: 'REASON_REQUIRED', field: 'note' });
      const missing = await gql('finance', DISMISS, { id: '00000000-0000-7000-8000-000000000000', r: '无' + '关' });
      expect(missing.errors?.[0].extensions).toMatchObject({ reason: 'COMPLIANCE_SIGNAL_NOT_FOUND' });
      expect(await signalState(t(), device.id)).toBe('open');
      expect(await audits(device.id)).toEqual(['oversight.compliance-signal.raise']);

      const referred = await gql('finance', REFER, { id: device.id, to: '监督检查处', n: '两家供应商同一设备投标，请核查' });
      expect(referred.data).toEqual({ referComplianceSignal: { state: 'REFERRED', referredTo: '监督检查处', referralNote: '两家供应商同一设备投标，请核查' } });
      const dismissed = await gql('finance', DISMISS, { id: ip.id, r: '同一园区共用出口网络' });
      expect(dismissed.data?.dismissComplianceSignal).toMatchObject({ state: 'DISMISSED', dismissalReason: '同一园区共用出口网络', reviewer: { name: '测试finance' } });
      const again = await gql('finance', DISMISS, { id: device.id, r: '重复处理' });
      expect(again.errors?.[0].extensions).toMatchObject({ reason: 'COMPLIANCE_SIGNAL_TRANSITION_NOT_ALLOWED' });
      expect(await audits(device.id)).toEqual(['oversight.compliance-signal.raise', 'oversight.compliance-signal.refer']);
      expect(await audits(ip.id)).toEqual(['oversight.compliance-signal.raise', 'oversight.compliance-signal.dismiss']);

      const operatorTry = await gql('operator', DISMISS, { id: ip.id, r: '运营人员不可处理' });
      expect(operatorTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('runComplianceChecks runs everything now and says what changed', async () => {
      const unit = await insertOrganisation(t());
      const now = new Date();
      await order(unit, 5_000_000n, now);
      await order(unit, 5_000_000n, now);
      const run = await gql('finance', `mutation { runComplianceChecks { raised refreshed } }`);
      expect(run.errors).toBeUndefined();
      expect((run.data as { runComplianceChecks: { raised: number } }).runComplianceChecks.raised).toBeGreaterThanOrEqual(1);
      expect(await signalsFor(unit)).toHaveLength(1);
      const again = await gql('finance', `mutation { runComplianceChecks { raised refreshed } }`);
      expect(again.data).toEqual({ runComplianceChecks: { raised: 0, refreshed: 0 } });
    });
  });
});
