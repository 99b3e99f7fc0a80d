import { newId } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../test/app.js';
import { insertListing, seedCategories } from '../../test/catalog.js';
import { createPeople, headers, login, outcome, type PeopleFixture } from '../../test/identity.js';
import { budgetLineState, insertBudgetLine } from '../../test/mall.js';
import { expireInquiry, type ExtraSupplier, INQUIRY_FIELDS, inquiryInput, insertBuyer, insertSuppliers, QUOTE_FIELDS, quoteDeadlineIn } from '../../test/sourcing.js';
import { asOwner, contextFor } from '../../test/tenants.js';
import { TenantDb } from '../platform/database/tenant-db.js';
import { InvitationsService } from './invitations.service.js';

const PUBLISH = `mutation ($input: PublishInquiryInput!) { publishInquiry(input: $input) { ${INQUIRY_FIELDS} } }`;
const QUOTE = `mutation ($input: SubmitInquiryQuoteInput!) { submitInquiryQuote(input: $input) { ${QUOTE_FIELDS} } }`;
const QUOTES = `query ($id: ID!) { inquiryQuotes(inquiryId: $id) { ${QUOTE_FIELDS} } }`;
const MY_QUOTE = `query ($id: ID!) { myInquiryQuote(inquiryId: $id) { ${QUOTE_FIELDS} } }`;
const INQUIRY = `query ($id: ID!) { inquiry(id: $id) { ${INQUIRY_FIELDS} } }`;
const CLOSE = `mutation ($id: ID!) { closeInquiry(id: $id) { ${INQUIRY_FIELDS} } }`;
const AWARD = `mutation ($id: ID!, $q: ID!) { awardInquiry(id: $id, quoteId: $q) { ${INQUIRY_FIELDS} } }`;
const PASS_OVER = `mutation ($id: ID!, $q: ID!, $r: String!) { passOverInquiryQuote(id: $id, quoteId: $q, reason: $r) { ${INQUIRY_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!, $r: String!) { cancelInquiry(id: $id, reason: $r) { ${INQUIRY_FIELDS} } }`;
const RELAUNCH = `mutation ($id: ID!, $d: DateTime!, $k: String!) { relaunchInquiry(id: $id, quoteDeadline: $d, idempotencyKey: $k) { ${INQUIRY_FIELDS} } }`;
const ORDER = `query ($id: ID!) { order(id: $id) { id state total origin originId supplierId lines { id listingId specification title unitPrice quantity amount } } }`;

describe('online inquiry', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let buyer: Record<string, string>;
  let suppliers: ExtraSupplier[];
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople();
    await seedCategories(people.tenant.id);
    suppliers = await insertSuppliers(people, 4);
    buyer = headers(people.tenant, (await login(api, people.tenant, people.users.purchaser.loginName)).accessToken);
    for (const s of suppliers) as[s.id] = headers(people.tenant, (await login(api, people.tenant, s.loginName)).accessToken);
  });
  afterAll(() => api?.close());

  const gql = async (query: string, variables: object, h: Record<string, string>) => (await api.gql(query, { variables, headers: h })).body;
  const unit = () => people.organisations.purchasing_unit.id;
  const footprint = () => asOwner(people.tenant.id, async (c) => (await c.query(`select (select count(*) from sourcing_inquiry)::int as inquiries, (select count(*) from sourcing_quote)::int as quotes`)).rows[0]);

  async function publish(overrides: Record<string, unknown> = {}) {
    const line = await insertBudgetLine(people.tenant.id, unit(), 100_000_00n);
    const body = await gql(PUBLISH, { input: inquiryInput(line, overrides) }, buyer);
    expect(body.errors).toBeUndefined();
    return { inquiry: body.data!.publishInquiry as Record<string, any>, line };
  }
  const quote = (s: ExtraSupplier, inquiryId: string, unitPrice: string, key = newId()) =>
    gql(QUOTE, { input: { inquiryId, unitPrice, offer: `${s.name} BZ-140 钢木办公桌`, idempotencyKey: key } }, as[s.id]);

  it('publishes an inquiry: budget frozen on the line, audited, announced', async () => {
    const { inquiry, line } = await publish();
    expect(inquiry).toMatchObject({ state: 'PUBLISHED', budget: '60000.00', budgetLineId: line, minQuotes: 3, tieRule: 'EARLIEST_SUBMISSION', validQuotes: null });
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 60_000_00n, movements: 2, ledger: { frozen: 60_000_00n } });
    const rows = await asOwner(people.tenant.id, async (c) => ({
      audit: (await c.query(`select action from audit_entry where subject_id = $1`, [inquiry.id])).rows,
      events: (await c.query(`select type from outbox_event where payload->>'inquiryId' = $1`, [inquiry.id])).rows,
    }));
    expect(rows).toEqual({ audit: [{ action: 'sourcing.inquiry.publish' }], events: [{ type: 'sourcing.inquiry.published' }] });
  });

  it('replays a publication retried with the same key', async () => {
    const line = await insertBudgetLine(people.tenant.id, unit(), 100_000_00n);
    const input = inquiryInput(line);
    const first = await gql(PUBLISH, { input }, buyer);
    const again = await gql(PUBLISH, { input }, buyer);
    expect((again.data!.publishInquiry as { id: string }).id).toBe((first.data!.publishInquiry as { id: string }).id);
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 60_000_00n, movements: 2 });
  });

  describe('refuses bad input with its own reason and writes nothing', () => {
    const cases: [string, Record<string, unknown>, string, string, Record<string, string>?][] = [
      ['a budget a one-click order covers', { budget: '50000.00' }, 'INQUIRY_ROUTE_MISMATCH', 'budget', { requiredRoute: 'DIRECT_ORDER' }],
      ['a budget above the mall sourcing limit', { budget: '1000000.01' }, 'INQUIRY_ROUTE_MISMATCH', 'budget', { requiredRoute: 'NON_TENDER_METHODS' }],
      ['a quote period under three working days', { quoteDeadline: new Date(Date.now() + 86_400_000).toISOString() }, 'INQUIRY_DEADLINE_TOO_SOON', 'quoteDeadline'],
      ['an unknown category', { categoryCode: 'A99' }, 'INQUIRY_CATEGORY_UNKNOWN', 'categoryCode'],
      ['fewer quotes than the province requires', { minQuotes: 2 }, 'INQUIRY_MIN_QUOTES', 'minQuotes'],
      ['a quantity of 0', { quantity: 0 }, 'QUANTITY_NOT_POSITIVE', 'quantity'],
      ['a short specification', { specification: '桌子' }, 'TEXT_LENGTH', 'specification'],
      ['a budget above what the line has', { budget: '100000.01' }, 'BUDGET_INSUFFICIENT', 'budgetLineId'],
    ];
    it.each(cases)('%s', async (_name, overrides, reason, field, details) => {
      const line = await insertBudgetLine(people.tenant.id, unit(), 100_000_00n);
      const before = await footprint();
      const body = await gql(PUBLISH, { input: inquiryInput(line, overrides) }, buyer);
      expect(body.errors?.[0].extensions).toMatchObject({ reason, field, ...(details ?? {}) });
      expect(await footprint()).toEqual(before);
      expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 0n, movements: 1 });
    });
  });

  it('keeps quotes sealed until the deadline, one per supplier, changeable, idempotent on retry', async () => {
    const { inquiry } = await publish();
    const [a, b, c] = suppliers;
    const first = await quote(a, inquiry.id, '2800.00');
    expect(first.data!.submitInquiryQuote).toMatchObject({ supplierId: a.id, unitPrice: '2800.00', total: '56000.00', revision: 1, rank: null });
    // A reconnect resends the same request: same quote, nothing new.
    const key = newId();
    const changed = await quote(a, inquiry.id, '2700.00', key);
    const resent = await quote(a, inquiry.id, '2700.00', key);
    expect(resent.data!.submitInquiryQuote).toEqual(changed.data!.submitInquiryQuote);
    expect(changed.data!.submitInquiryQuote).toMatchObject({ unitPrice: '2700.00', revision: 2 });
    expect(outcome(await quote(a, inquiry.id, '2600.00', key))).toBe('CONFLICT');
    // Above the budget (the ceiling price).
    const over = await quote(b, inquiry.id, '3000.01');
    expect(over.errors?.[0].extensions).toMatchObject({ reason: 'QUOTE_OVER_BUDGET', field: 'unitPrice' });
    await quote(b, inquiry.id, '2900.00');

    // Nobody reads amounts before the deadline: not the buyer, not another supplier.
    for (const h of [buyer, as[c.id]]) expect((await gql(QUOTES, { id: inquiry.id }, h)).errors?.[0].extensions?.reason).toBe('INQUIRY_QUOTES_HIDDEN');
    expect((await gql(MY_QUOTE, { id: inquiry.id }, as[c.id])).errors?.[0].extensions?.reason).toBe('QUOTE_NOT_FOUND');
    expect((await gql(MY_QUOTE, { id: inquiry.id }, as[b.id])).data!.myInquiryQuote).toMatchObject({ supplierId: b.id, unitPrice: '2900.00' });
    expect((await gql(INQUIRY, { id: inquiry.id }, buyer)).data!.inquiry).toMatchObject({ validQuotes: null });
    // The audit trail keeps a digest, not the amount.
    const audits = await asOwner(people.tenant.id, async (cl) => (await cl.query(`select change from audit_entry where action = 'sourcing.quote.submit' and change->>'inquiryId' = $1`, [inquiry.id])).rows);
    expect(JSON.stringify(audits)).not.toContain('2700');
  });

  it("fills the category suppliers' inboxes", async () => {
    const { inquiry } = await publish();
    await api.app.get(TenantDb).transaction(contextFor(people.tenant), (em) => api.app.get(InvitationsService).sync(em, contextFor(people.tenant), inquiry.id));
    const body = await gql(`{ inquiryInvitations { id status inquiry { id title state budget budgetLineId validQuotes } } }`, {}, as[suppliers[0].id]);
    expect(body.errors).toBeUndefined();
    expect((body.data!.inquiryInvitations as unknown[]).find((i) => (i as { inquiry: { id: string } }).inquiry.id === inquiry.id)).toMatchObject({
      status: 'INVITED', inquiry: { title: '办公桌采购询价', state: 'PUBLISHED', budget: '60000.00', budgetLineId: null, validQuotes: null },
    });
  });

  it('refuses a supplier without listings in the category', async () => {
    const [outsider] = await insertSuppliers(people, 1, false);
    as[outsider.id] = headers(people.tenant, (await login(api, people.tenant, outsider.loginName)).accessToken);
    const { inquiry } = await publish();
    const body = await quote(outsider, inquiry.id, '2000.00');
    expect(body.errors?.[0].extensions).toMatchObject({ reason: 'QUOTE_SUPPLIER_NOT_ELIGIBLE', field: 'inquiryId' });
  });

  it('closes at the deadline, ranks by total then earlier submission, and awards the lowest into a mall order', async () => {
    const { inquiry, line } = await publish();
    const [a, b, c, d] = suppliers;
    await quote(a, inquiry.id, '2500.00');
    await quote(b, inquiry.id, '2400.00');
    await quote(c, inquiry.id, '2400.00'); // same total, later: ranks after b
    await quote(d, inquiry.id, '2600.00');
    await expireInquiry(people.tenant.id, inquiry.id);
    const late = await quote(a, inquiry.id, '2300.00');
    expect(late.errors?.[0].extensions).toMatchObject({ reason: 'QUOTE_DEADLINE_PASSED', field: 'inquiryId' });

    const closed = await gql(CLOSE, { id: inquiry.id }, buyer);
    expect(closed.data!.closeInquiry).toMatchObject({ state: 'CLOSED', validQuotes: 4 });
    // Closing again changes nothing.
    expect((await gql(CLOSE, { id: inquiry.id }, buyer)).data!.closeInquiry).toEqual(closed.data!.closeInquiry);
    const audits = await asOwner(people.tenant.id, async (cl) => (await cl.query(`select count(*)::int as n from audit_entry where subject_id = $1 and action = 'sourcing.inquiry.close'`, [inquiry.id])).rows[0].n);
    expect(audits).toBe(1);

    const quotes = (await gql(QUOTES, { id: inquiry.id }, as[d.id])).data!.inquiryQuotes as Record<string, any>[];
    expect(quotes.map((q) => [q.supplierId, q.rank, q.recommended])).toEqual([[b.id, 1, true], [c.id, 2, false], [a.id, 3, false], [d.id, 4, false]]);

    // Only the recommended quote can be decided on; passing over b recommends c.
    expect((await gql(AWARD, { id: inquiry.id, q: quotes[1].id }, buyer)).errors?.[0].extensions?.reason).toBe('INQUIRY_QUOTE_NOT_RECOMMENDED');
    expect((await gql(PASS_OVER, { id: inquiry.id, q: quotes[0].id, r: '' }, buyer)).errors?.[0].extensions?.reason).toBe('REASON_REQUIRED');
    await gql(PASS_OVER, { id: inquiry.id, q: quotes[0].id, r: '样品不符合 E1 级要求' }, buyer);
    const after = (await gql(QUOTES, { id: inquiry.id }, buyer)).data!.inquiryQuotes as Record<string, any>[];
    expect(after.find((q) => q.recommended)).toMatchObject({ supplierId: c.id });
    expect(after[0]).toMatchObject({ passedOverReason: '样品不符合 E1 级要求' });

    const awarded = (await gql(AWARD, { id: inquiry.id, q: quotes[1].id }, buyer)).data!.awardInquiry as Record<string, any>;
    expect(awarded).toMatchObject({ state: 'AWARDED', awardedQuoteId: quotes[1].id });
    const order = (await gql(ORDER, { id: awarded.orderId }, buyer)).data!.order as Record<string, any>;
    expect(order).toMatchObject({ state: 'PLACED', total: '48000.00', origin: 'INQUIRY', originId: inquiry.id, supplierId: c.id });
    expect(order.lines).toEqual([expect.objectContaining({ listingId: null, title: '办公桌采购询价', unitPrice: '2400.00', quantity: 20, amount: '48000.00' })]);
    expect(order.lines[0].specification).toContain('E1 级板材');
    // The order keeps its total frozen; the rest of the inquiry's budget is released.
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 48_000_00n, movements: 4, ledger: { frozen: 48_000_00n } });

    // From here the mall's own life cycle: the supplier confirms, ships, delivers; the buyer accepts.
    const supplier = as[c.id];
    for (const [doc, h] of [
      [`mutation ($id: ID!) { confirmOrder(id: $id) { state } }`, supplier],
      [`mutation ($id: ID!) { shipOrder(id: $id, input: { logisticsCompany: "顺丰速运", trackingNo: "SF1234" }) { state } }`, supplier],
      [`mutation ($id: ID!) { markOrderDelivered(id: $id) { state } }`, supplier],
    ] as const) expect((await gql(doc, { id: order.id }, h)).errors).toBeUndefined();
    const accepted = await gql(`mutation ($id: ID!, $input: AcceptOrderInput!) { acceptOrder(id: $id, input: $input) { state acceptedAmount } }`,
      { id: order.id, input: { lines: [{ lineId: order.lines[0].id, acceptedQuantity: 20 }] } }, buyer);
    expect(accepted.data!.acceptOrder).toEqual({ state: 'ACCEPTED', acceptedAmount: '48000.00' });
  });

  it('fails with too few valid quotes, releases the budget, and may be relaunched once', async () => {
    const { inquiry, line } = await publish();
    await quote(suppliers[0], inquiry.id, '2500.00');
    await quote(suppliers[1], inquiry.id, '2400.00');
    await expireInquiry(people.tenant.id, inquiry.id);
    const failed = (await gql(CLOSE, { id: inquiry.id }, buyer)).data!.closeInquiry;
    expect(failed).toMatchObject({ state: 'FAILED', failure: 'TOO_FEW_QUOTES', validQuotes: 2 });
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 0n, ledger: { frozen: 0n } });
    // The comparison is open after the deadline, failed or not.
    expect((await gql(QUOTES, { id: inquiry.id }, buyer)).data!.inquiryQuotes).toHaveLength(2);

    const key = newId();
    const deadline = quoteDeadlineIn();
    const relaunched = await gql(RELAUNCH, { id: inquiry.id, d: deadline, k: key }, buyer);
    expect(relaunched.data!.relaunchInquiry).toMatchObject({ state: 'PUBLISHED', relaunchOf: inquiry.id, budget: '60000.00' });
    expect((await gql(RELAUNCH, { id: inquiry.id, d: deadline, k: key }, buyer)).data!.relaunchInquiry).toEqual(relaunched.data!.relaunchInquiry);
    expect((await gql(RELAUNCH, { id: inquiry.id, d: quoteDeadlineIn(), k: newId() }, buyer)).errors?.[0].extensions?.reason).toBe('INQUIRY_NOT_RELAUNCHABLE');
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 60_000_00n });
  });

  it('fails when every valid quote is passed over', async () => {
    const { inquiry, line } = await publish();
    for (const [i, s] of suppliers.slice(0, 3).entries()) await quote(s, inquiry.id, `${2400 + i * 10}.00`);
    await expireInquiry(people.tenant.id, inquiry.id);
    await gql(CLOSE, { id: inquiry.id }, buyer);
    let last: Record<string, any> = {};
    for (let i = 0; i < 3; i++) {
      const next = ((await gql(QUOTES, { id: inquiry.id }, buyer)).data!.inquiryQuotes as Record<string, any>[]).find((q) => q.recommended);
      last = (await gql(PASS_OVER, { id: inquiry.id, q: next!.id, r: '交货期无法满足' }, buyer)).data!.passOverInquiryQuote as Record<string, any>;
    }
    expect(last).toMatchObject({ state: 'FAILED', failure: 'ALL_PASSED_OVER' });
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 0n });
  });

  it('is cancelled before the deadline with a reason; the budget is released and quotes stop', async () => {
    const { inquiry, line } = await publish();
    await quote(suppliers[0], inquiry.id, '2500.00');
    expect((await gql(CLOSE, { id: inquiry.id }, buyer)).errors?.[0].extensions?.reason).toBe('INQUIRY_DEADLINE_NOT_PASSED');
    const cancelled = (await gql(CANCEL, { id: inquiry.id, r: '需求变更' }, buyer)).data!.cancelInquiry;
    expect(cancelled).toMatchObject({ state: 'CANCELLED', cancelReason: '需求变更' });
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 0n });
    expect((await quote(suppliers[1], inquiry.id, '2500.00')).errors?.[0].extensions?.reason).toBe('INQUIRY_TRANSITION_NOT_ALLOWED');
    // A cancelled inquiry's quotes are never opened.
    expect((await gql(QUOTES, { id: inquiry.id }, buyer)).errors?.[0].extensions?.reason).toBe('INQUIRY_QUOTES_HIDDEN');
  });

  it("hides another unit's inquiry from a buyer", async () => {
    const other = await insertBuyer(people);
    const otherBuyer = headers(people.tenant, (await login(api, people.tenant, other.loginName)).accessToken);
    const { inquiry } = await publish();
    expect((await gql(INQUIRY, { id: inquiry.id }, otherBuyer)).errors?.[0].extensions?.reason).toBe('INQUIRY_NOT_FOUND');
    expect((await gql(CANCEL, { id: inquiry.id, r: '越权撤销' }, otherBuyer)).errors?.[0].extensions?.reason).toBe('INQUIRY_NOT_FOUND');
  });

  it('keeps the listing-free order apart from the catalogue (no stock to return on cancellation)', async () => {
    await insertListing(people, 'approved');
    const { inquiry, line } = await publish();
    for (const [i, s] of suppliers.slice(0, 3).entries()) await quote(s, inquiry.id, `${2000 + i * 10}.00`);
    await expireInquiry(people.tenant.id, inquiry.id);
    await gql(CLOSE, { id: inquiry.id }, buyer);
    const best = ((await gql(QUOTES, { id: inquiry.id }, buyer)).data!.inquiryQuotes as Record<string, any>[])[0];
    const { orderId } = (await gql(AWARD, { id: inquiry.id, q: best.id }, buyer)).data!.awardInquiry as { orderId: string };
    const cancelled = await gql(`mutation ($id: ID!) { cancelOrder(id: $id, reason: "预算调整") { state } }`, { id: orderId }, buyer);
    expect(cancelled.data!.cancelOrder).toEqual({ state: 'CANCELLED' });
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 0n, ledger: { frozen: 0n } });
  });
  it("follows the province's sourcing rules, which operators set", async () => {
    const operator = headers(people.tenant, (await login(api, people.tenant, people.users.operator.loginName)).accessToken);
    const SET = `mutation ($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { settings { sourcing { minQuotes quoteMinWorkingDays } } } }`;
    expect((await gql(SET, { input: { sourcing: { minQuotes: 2 } } }, operator)).errors?.[0].extensions?.reason).toBe('SETTING_OUT_OF_RANGE');
    const set = await gql(SET, { input: { sourcing: { minQuotes: 4 } } }, operator);
    expect(set.data!.updateTenantSettings).toEqual({ settings: { sourcing: { minQuotes: 4, quoteMinWorkingDays: 3 } } });
    try {
      const { inquiry } = await publish();
      expect(inquiry.minQuotes).toBe(4);
    } finally {
      await gql(SET, { input: { sourcing: { minQuotes: 3 } } }, operator);
    }
  });
});
