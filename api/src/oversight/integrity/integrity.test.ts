import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { startApi, type TestApi } from '../../../test/app.js';
import { insertListing, seedCategories } from '../../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertEvaluation } from '../../../test/evaluation.js';
import { insertIntegrityEvent, integrityEventState, penaltyCount } from '../../../test/integrity.js';
import { insertSupplierOrganisation } from '../../../test/oversight.js';
import { bidContent, insertSigningKey, sealing, submitInput } from '../../../test/sealed-bids.js';
import { registerForLot } from '../../../test/tender-notices.js';
import { insertTenderProject } from '../../../test/tender.js';
import { asOwner, contextFor, createTenant } from '../../../test/tenants.js';
import { IntegrityStandings } from './integrity-standings.js';

const DAY = 86_400_000;
const ASOF = new Date('2026-06-01T00:00:00.000Z');
type Who = 'operator' | 'supplier' | 'finance' | 'expert';

describe('supplier integrity over GraphQL', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let blocked: PeopleFixture;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    api = await startApi();
    [people, blocked] = await Promise.all([
      createPeople(await createTenant({ settings: { integrity: { halfLifeDays: 10 } } })),
      createPeople(await createTenant()),
    ]);
    await Promise.all([seedCategories(people.tenant.id), seedCategories(blocked.tenant.id)]);
    for (const p of [people, blocked]) {
      for (const k of ['operator', 'supplier', 'finance', 'expert'] as const) tokens.set(`${p.tenant.id}:${k}`, (await login(api, p.tenant, p.users[k].loginName)).accessToken);
    }
  });
  afterAll(() => api.close());

  const gqlIn = async (p: PeopleFixture, who: Who, query: string, variables: object = {}) =>
    (await api.gql(query, { variables, headers: headers(p.tenant, tokens.get(`${p.tenant.id}:${who}`)) })).body;
  const gql = (who: Who, query: string, variables: object = {}) => gqlIn(people, who, query, variables);
  const recompute = (p: PeopleFixture, asOf: Date, supplierId?: string) => {
    const ctx: TenantContext = contextFor(p.tenant);
    return api.app.get(TenantDb).transaction(ctx, (em, tx) => api.app.get(IntegrityStandings).recompute(em, tx, ctx, asOf, supplierId));
  };
  const standingRow = (p: PeopleFixture, supplierId: string) =>
    asOwner(p.tenant.id, async (c) => (await c.query(`select s.score, s.band, s.blocked_by_band, s.event_count, o.integrity_score, o.integrity_band, o.integrity_band_blocked
      from integrity_standing s join organisation o on o.id = s.supplier_id where s.supplier_id = $1`, [supplierId])).rows[0]);

  it('decays each event by its half-life on a fixed clock, rounds once half-up, clamps to 0–100, and counts appealed but not removed events', async () => {
    const s = await insertSupplierOrganisation(people.tenant.id);
    // −25 ten days (one half-life) ago weighs −12.5: 87.5 rounds half-up to 88 (band B).
    await insertIntegrityEvent(people.tenant.id, s, { points: -25, occurredAt: new Date(ASOF.getTime() - 10 * DAY) });
    // A removed event never counts; an appealed one counts until decided.
    await insertIntegrityEvent(people.tenant.id, s, { points: -40, occurredAt: ASOF, state: 'removed' });
    expect((await recompute(people, ASOF, s)).changed).toEqual([{ supplierId: s, before: { score: null, band: null, blocked: false }, after: { score: 88, band: 'B', blocked: false } }]);
    expect(await standingRow(people, s)).toEqual({ score: 88, band: 'B', blocked_by_band: false, event_count: 1, integrity_score: 88, integrity_band: 'B', integrity_band_blocked: false });
    // Idempotent: the same clock changes nothing.
    expect((await recompute(people, ASOF, s)).changed).toEqual([]);
    // Twenty days on, the event weighs −3.125: 96.875 → 97, band A again.
    expect((await recompute(people, new Date(ASOF.getTime() + 20 * DAY), s)).changed[0].after).toEqual({ score: 97, band: 'A', blocked: false });

    await insertIntegrityEvent(people.tenant.id, s, { points: -100, occurredAt: ASOF, state: 'appealed' });
    await insertIntegrityEvent(people.tenant.id, s, { points: -100, occurredAt: ASOF });
    expect((await recompute(people, ASOF, s)).changed[0].after).toEqual({ score: 0, band: 'D', blocked: true });
  });

  it('the nightly recompute is set-based over every supplier; a changed standing re-indexes the listings on sale', async () => {
    const listing = await insertListing(people, 'approved');
    await insertIntegrityEvent(people.tenant.id, people.organisations.supplier.id, { points: -5, occurredAt: ASOF });
    const result = await recompute(people, ASOF);
    expect(result.suppliers).toBeGreaterThanOrEqual(2);
    expect(result.changed.find((c) => c.supplierId === people.organisations.supplier.id)?.after).toEqual({ score: 95, band: 'A', blocked: false });
    const events = await asOwner(people.tenant.id, async (c) => (await c.query(`select payload from outbox_event where type = 'catalog.listing.changed' and payload->>'listingId' = $1`, [listing])).rows);
    expect(events.length).toBeGreaterThanOrEqual(1);
    // The listing shows its supplier's band.
    expect((await gql('operator', `query ($id: ID!) { listing(id: $id) { supplierIntegrityBand } }`, { id: listing })).data?.listing).toEqual({ supplierIntegrityBand: 'A' });
  });

  it('a supplier sees its events with points now; appeals its own, once; an operator upholds and the score rises back, or rejects', async () => {
    const supplier = people.organisations.supplier.id;
    const late = await insertIntegrityEvent(people.tenant.id, supplier, { kind: 'delivered_late', points: -30, occurredAt: new Date(), evidence: { orderId: supplier, orderNo: 'ZC-1' } });
    const other = await insertIntegrityEvent(people.tenant.id, await insertSupplierOrganisation(people.tenant.id), { points: -30 });
    await recompute(people, new Date(), supplier);
    const mine = await gql('supplier', `{ myIntegrity(first: 5) { standing { score band blockedByBand } events { nodes { id kind points pointsNow state evidence { orderNo } appeal { state } } } } }`);
    expect(mine.data?.myIntegrity.standing).toEqual({ score: 70, band: 'C', blockedByBand: false });
    expect(mine.data?.myIntegrity.events.nodes[0]).toMatchObject({ id: late, kind: 'DELIVERED_LATE', points: -30, state: 'EFFECTIVE', evidence: { orderNo: 'ZC-1' }, appeal: null });
    expect(mine.data?.myIntegrity.events.nodes[0].pointsNow).toBeCloseTo(-30, 1);

    const APPEAL = `mutation ($id: ID!, $r: String!) { appealIntegrityEvent(eventId: $id, reason: $r) { appealId state } }`;
    // Another supplier's event does not exist for this one; a missing reason names the field; neither writes anything.
    expect((await gql('supplier', APPEAL, { id: other, r: '不是我的' })).errors?.[0].extensions).toMatchObject({ reason: 'INTEGRITY_EVENT_NOT_FOUND', field: 'eventId' });
    expect((await gql('supplier', APPEAL, { id: late, r: ' ' })).errors?.[0].extensions).toMatchObject({ reason: 'REASON_REQUIRED', field: 'reason' });
    expect(await integrityEventState(people.tenant.id, other)).toBe('effective');
    expect(await integrityEventState(people.tenant.id, late)).toBe('effective');

    const appeal = (await gql('supplier', APPEAL, { id: late, r: '已按期发货，物流单可查' })).data?.appealIntegrityEvent;
    expect(appeal).toMatchObject({ state: 'OPEN' });
    expect((await gql('supplier', APPEAL, { id: late, r: '再次申诉' })).errors?.[0].extensions).toMatchObject({ reason: 'INTEGRITY_APPEAL_ALREADY_OPEN', field: 'eventId' });

    const queue = await gql('operator', `{ integrityAppeals { nodes { id supplierName reason event { id kind points } } } }`);
    expect(queue.data?.integrityAppeals.nodes).toContainEqual({ id: appeal.appealId, supplierName: people.organisations.supplier.name, reason: '已按期发货，物流单可查', event: { id: late, kind: 'DELIVERED_LATE', points: -30 } });

    const DECIDE = `mutation ($id: ID!, $u: Boolean!, $r: String!) { decideIntegrityAppeal(appealId: $id, uphold: $u, reason: $r) { state } }`;
    expect((await gql('finance', DECIDE, { id: appeal.appealId, u: true, r: '物流单据属实' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql('operator', DECIDE, { id: appeal.appealId, u: true, r: '物流单据属实' })).data?.decideIntegrityAppeal).toEqual({ state: 'UPHELD' });
    expect((await gql('operator', DECIDE, { id: appeal.appealId, u: false, r: '改判' })).errors?.[0].extensions).toMatchObject({ reason: 'INTEGRITY_APPEAL_ALREADY_DECIDED' });
    // Removed: the score is back to its base at once, and the event cannot be appealed again.
    const after = await gql('supplier', `{ myIntegrity { standing { score band } events { nodes { id state pointsNow appeal { state decisionReason } } } } }`);
    expect(after.data?.myIntegrity.standing).toEqual({ score: 100, band: 'A' });
    expect(after.data?.myIntegrity.events.nodes.find((e: { id: string }) => e.id === late)).toEqual({ id: late, state: 'REMOVED', pointsNow: 0, appeal: { state: 'UPHELD', decisionReason: '物流单据属实' } });
    expect((await gql('supplier', APPEAL, { id: late, r: '再来' })).errors?.[0].extensions?.reason).toBe('INTEGRITY_EVENT_NOT_APPEALABLE');
    // Everything the supplier's page asks for.
    const full = await gql('supplier', `{ myIntegrity(first: 20) {
      standing { score band blockedByBand operatorBlocked eventCount computedAt }
      events { nodes { id kind occurredAt points pointsNow state manual
        evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }
        appeal { id state reason decisionReason createdAt decidedAt } } pageInfo { hasNextPage endCursor } } } }`);
    expect(full.errors).toBeUndefined();
    const queue2 = await gql('operator', `{ integrityAppeals(state: UPHELD) { nodes { id createdAt decidedAt event { occurredAt pointsNow evidence { orderNo } } } } }`);
    expect(queue2.errors).toBeUndefined();

    // A rejected appeal leaves the event effective.
    const second = await insertIntegrityEvent(people.tenant.id, supplier, { points: -2 });
    const a2 = (await gql('supplier', APPEAL, { id: second, r: '不服' })).data?.appealIntegrityEvent;
    expect((await gql('operator', DECIDE, { id: a2.appealId, u: false, r: '证据不足' })).data?.decideIntegrityAppeal).toEqual({ state: 'REJECTED' });
    expect(await integrityEventState(people.tenant.id, second)).toBe('effective');
    const audits = await asOwner(people.tenant.id, async (c) => (await c.query(`select action from audit_entry where subject_id = $1 order by created_at, action`, [late])).rows.map((r) => r.action));
    expect(audits).toEqual(['integrity.appeal.open', 'integrity.appeal.uphold']);
  });

  it('finance enters an administrative penalty with its document; bad input names the field and writes nothing', async () => {
    const s = await insertSupplierOrganisation(people.tenant.id);
    const PENALTY = `mutation ($input: IntegrityPenaltyInput!) { recordIntegrityPenalty(input: $input) { eventId standing { score band blockedByBand } } }`;
    const today = new Date().toISOString().slice(0, 10);
    const input = { supplierId: s, kind: 'ADMINISTRATIVE_PENALTY', documentNo: '浙财采罚〔2026〕8号', authority: '浙江省财政厅', decidedOn: today, points: 12 };
    for (const [patch, reason, field] of [
      [{ kind: 'PRICE_OFFENCE' }, 'INTEGRITY_PENALTY_KIND', 'input.kind'],
      [{ documentNo: 'x' }, 'INTEGRITY_DOCUMENT_NO', 'input.documentNo'],
      [{ decidedOn: '2026-02-30' }, 'INTEGRITY_DATE_INVALID', 'input.decidedOn'],
      [{ decidedOn: '2999-01-01' }, 'INTEGRITY_DATE_FUTURE', 'input.decidedOn'],
      [{ points: 0 }, 'INTEGRITY_POINTS_RANGE', 'input.points'],
    ] as const) {
      const body = await gql('finance', PENALTY, { input: { ...input, ...patch } });
      expect(body.errors?.[0].extensions, reason).toMatchObject({ reason });
      expect([field, field.replace('input.', '')]).toContain(body.errors?.[0].extensions?.field);
    }
    expect(await penaltyCount(people.tenant.id, input.documentNo)).toBe(0);
    const ok = await gql('finance', PENALTY, { input });
    // Decided today (at most a day and a half ago, local midnight): 12 points, a little decayed with a 10-day half-life.
    expect(ok.data?.recordIntegrityPenalty.standing.score).toBeGreaterThanOrEqual(88);
    expect(ok.data?.recordIntegrityPenalty.standing.score).toBeLessThanOrEqual(91);
    expect(await penaltyCount(people.tenant.id, input.documentNo)).toBe(1);
    const detail = await gql('operator', `query ($id: ID!) { supplierIntegrity(supplierId: $id) { events { nodes { kind points manual evidence { documentNo authority decidedOn } } } } }`, { id: s });
    expect(detail.data?.supplierIntegrity.events.nodes).toEqual([{ kind: 'ADMINISTRATIVE_PENALTY', points: -12, manual: true, evidence: { documentNo: '浙财采罚〔2026〕8号', authority: '浙江省财政厅', decidedOn: today } }]);
  });

  it('a supplier in the block band cannot submit listings nor bid (specific errors); the standings list filters by band and block', async () => {
    const supplier = blocked.organisations.supplier.id;
    const today = new Date().toISOString().slice(0, 10);
    const penalty = await gqlIn(blocked, 'operator', `mutation ($input: IntegrityPenaltyInput!) { recordIntegrityPenalty(input: $input) { standing { score band blockedByBand } } }`,
      { input: { supplierId: supplier, kind: 'BLACKLIST_RECORD', documentNo: '黑名单-2026-01', authority: '浙江省财政厅', decidedOn: today } });
    expect(penalty.data?.recordIntegrityPenalty.standing).toEqual({ score: 50, band: 'D', blockedByBand: true });

    const draft = await insertListing(blocked, 'draft');
    expect((await gqlIn(blocked, 'supplier', `mutation ($id: ID!) { submitListing(id: $id) { id } }`, { id: draft })).errors?.[0].extensions).toMatchObject({ reason: 'SUPPLIER_BAND_BLOCKED' });
    expect(await asOwner(blocked.tenant.id, async (c) => (await c.query(`select state from listing where id = $1`, [draft])).rows[0].state)).toBe('draft');

    const { lotIds: [lotId] } = await insertTenderProject(blocked);
    const keys = await insertSigningKey(blocked.tenant.id, supplier, blocked.users.supplier.id);
    await registerForLot(blocked.tenant.id, lotId, supplier, blocked.users.supplier.id);
    const bid = await gqlIn(blocked, 'supplier', `mutation ($input: SubmitBidInput!) { submitBid(input: $input) { id } }`, { input: submitInput(lotId, sealing.sealBid(bidContent('1000.00'), keys)) });
    expect(bid.errors?.[0].extensions).toMatchObject({ reason: 'BID_SUPPLIER_BAND_BLOCKED' });
    expect(await asOwner(blocked.tenant.id, async (c) => Number((await c.query(`select count(*) as n from tender_bid where lot_id = $1`, [lotId])).rows[0].n))).toBe(0);

    const list = await gqlIn(blocked, 'finance', `{ integrityStandings(filter: { band: D }) { nodes { supplierId score band blockedByBand operatorBlocked computedAt } } }`);
    expect(list.data?.integrityStandings.nodes).toEqual([expect.objectContaining({ supplierId: supplier, score: 50, band: 'D', blockedByBand: true, operatorBlocked: false })]);
    const fine = await gqlIn(blocked, 'finance', `{ integrityStandings(filter: { blocked: false }) { nodes { supplierId band computedAt } } }`);
    expect(fine.data?.integrityStandings.nodes.map((n: { supplierId: string }) => n.supplierId)).not.toContain(supplier);
  });

  it("experts see each bidder's current band on the score sheet", async () => {
    const { lotId, bidIds } = await insertEvaluation(people);
    await asOwner(people.tenant.id, (c) => c.query(`update organisation set integrity_band = 'C' where id = (select supplier_id from tender_bid where id = $1)`, [bidIds[0]]));
    const sheet = await gql('expert', `query ($l: ID!) { evaluationScoreSheet(lotId: $l) { bids { bidId supplierIntegrityBand } } }`, { l: lotId });
    expect(sheet.data?.evaluationScoreSheet.bids).toContainEqual({ bidId: bidIds[0], supplierIntegrityBand: 'C' });
    expect(sheet.data?.evaluationScoreSheet.bids.filter((b: { supplierIntegrityBand: string | null }) => b.supplierIntegrityBand === null)).toHaveLength(2);
  });

  it('the integrity rules are tenant settings: read, changed, and refused out of range or out of order', async () => {
    const SET = `mutation ($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { settings { integrity { halfLifeDays bandAMin bandBMin blockBand priceOffencePoints } } } }`;
    const changed = await gqlIn(blocked, 'operator', SET, { input: { integrity: { priceOffencePoints: 15, blockBand: 'C' } } });
    expect(changed.data?.updateTenantSettings.settings.integrity).toEqual({ halfLifeDays: 365, bandAMin: 90, bandBMin: 75, blockBand: 'C', priceOffencePoints: 15 });
    expect((await gqlIn(blocked, 'operator', SET, { input: { integrity: { bandBMin: 95 } } })).errors?.[0].extensions).toMatchObject({ reason: 'SETTING_BAND_ORDER', field: 'integrity.bandBMin' });
    expect((await gqlIn(blocked, 'operator', SET, { input: { integrity: { halfLifeDays: 0 } } })).errors?.[0].extensions).toMatchObject({ reason: 'SETTING_OUT_OF_RANGE', field: 'integrity.halfLifeDays' });
  });
});
