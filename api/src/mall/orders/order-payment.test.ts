import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { AlipayGateway } from '../../../test/alipay-gateway/alipay-gateway.js';
import { insertListing, seedCategories } from '../../../test/catalog.js';
import { createPeople, headers, loginAll, type PeopleFixture, type PersonKey, type TestSession } from '../../../test/identity.js';
import { budgetLineState, insertBudgetLine, ORDER_FIELDS, PLACE_ORDER, placeInput } from '../../../test/mall.js';
import { configureAlipay, idempotencyKey, postNotify } from '../../../test/payments.js';

type Order = { id: string; state: string; total: string; acceptedAmount: string | null; lines: { id: string; quantity: number }[]; timeline: { action: string; note: string | null }[] };

/**
 * The mall and payments together, through the API only: an order placed, fulfilled, accepted
 * in part and invoiced is paid through the treasury (finance approves) or through Alipay (the
 * stand-in gateway's signed notify); the order closes and its budget moves from frozen to used.
 */
describe('paying an order', () => {
  let api: TestApi;
  let gateway: AlipayGateway;
  let people: PeopleFixture;
  let s: Record<PersonKey, TestSession>;

  beforeAll(async () => {
    [api, gateway, people] = await Promise.all([startApi(), new AlipayGateway().start(), createPeople()]);
    await seedCategories(people.tenant.id);
    s = await loginAll(api, people);
    await configureAlipay(api, people, s.finance, gateway);
  });
  afterAll(async () => {
    await api?.close();
    await gateway?.close();
  });

  async function gql<T>(who: PersonKey, document: string, variables: object = {}): Promise<T> {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, s[who].accessToken) });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return Object.values(body.data!)[0] as T;
  }
  const order = (id: string) => gql<Order>('purchaser', `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id });

  /** Four desks bought, three accepted, invoiced for the three: ¥3,840.00 of ¥5,120.00. */
  async function invoicedOrder(): Promise<{ order: Order; budgetLine: string }> {
    const [listing, budgetLine] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 100_000_00n)]);
    const placed = await gql<Order>('purchaser', PLACE_ORDER, { input: placeInput(listing, budgetLine, { quantity: 4 }) });
    const id = placed.id;
    await gql('supplier', `mutation ($id: ID!) { confirmOrder(id: $id) { id } }`, { id });
    await gql('supplier', `mutation ($id: ID!) { shipOrder(id: $id, input: { logisticsCompany: "顺丰速运", trackingNo: "SF1234567890" }) { id } }`, { id });
    await gql('supplier', `mutation ($id: ID!) { markOrderDelivered(id: $id) { id } }`, { id });
    await gql('purchaser', `mutation ($id: ID!, $input: AcceptOrderInput!) { acceptOrder(id: $id, input: $input) { id } }`, {
      id, input: { lines: [{ lineId: placed.lines[0].id, acceptedQuantity: 3 }], note: '一张桌面划伤，退回' },
    });
    const invoiced = await gql<Order>('supplier', `mutation ($id: ID!) { invoiceOrder(id: $id, input: { invoiceNo: "25332000000012345678", issuedOn: "2026-11-20", amount: "3840.00" }) { ${ORDER_FIELDS} } }`, { id });
    expect(invoiced).toMatchObject({ state: 'INVOICED', total: '5120.00', acceptedAmount: '3840.00' });
    // Partial acceptance already released the unaccepted ¥1,280.00.
    expect(await budgetLineState(people.tenant.id, budgetLine)).toMatchObject({ frozen: 3840_00n, used: 0n });
    return { order: invoiced, budgetLine };
  }

  const START = `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { id paymentNo state amount payUrl } }`;

  it('treasury: the buyer asks, finance approves with the bank reference; the order closes and the budget is used', async () => {
    const { order: o, budgetLine } = await invoicedOrder();
    const payment = await gql<{ id: string; state: string; amount: string }>('purchaser', START, { input: { subjectType: 'order', subjectId: o.id, provider: 'TREASURY', idempotencyKey: idempotencyKey() } });
    expect(payment).toMatchObject({ state: 'AWAITING_APPROVAL', amount: '3840.00' });
    expect((await order(o.id)).state).toBe('INVOICED');

    const queue = await gql<{ nodes: { id: string }[] }>('finance', `{ paymentRequests(first: 50) { nodes { id } } }`);
    expect(queue.nodes.map((n) => n.id)).toContain(payment.id);
    await gql('finance', `mutation ($id: ID!) { approvePaymentRequest(id: $id, bankReference: "GK2026112300017") { id state } }`, { id: payment.id });

    const paid = await order(o.id);
    expect(paid.state).toBe('CLOSED');
    expect(paid.timeline.map((t) => t.action).slice(-2)).toEqual(['pay', 'close']);
    expect(paid.timeline.at(-2)!.note).toContain('GK2026112300017');
    const line = await budgetLineState(people.tenant.id, budgetLine);
    expect(line).toMatchObject({ amount: 100_000_00n, used: 3840_00n, frozen: 0n });
    expect(line.ledger).toEqual({ amount: line.amount, used: line.used, frozen: line.frozen });

    // Paid once: a second request for the same order is refused.
    const again = await api.gql(START, { variables: { input: { subjectType: 'order', subjectId: o.id, provider: 'TREASURY', idempotencyKey: idempotencyKey() } }, headers: headers(people.tenant, s.purchaser.accessToken) });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ reason: expect.stringMatching(/^(SUBJECT_ALREADY_PAID|ORDER_NOT_PAYABLE)$/) });
  });

  it('alipay: a signed notify pays the order once; a replay and a forged notify change nothing', async () => {
    const { order: o, budgetLine } = await invoicedOrder();
    const payment = await gql<{ paymentNo: string; state: string; payUrl: string }>('purchaser', START, { input: { subjectType: 'order', subjectId: o.id, provider: 'ALIPAY', idempotencyKey: idempotencyKey() } });
    expect(payment.state).toBe('PENDING');
    expect(new URL(payment.payUrl).origin).toBe(new URL(gateway.gatewayUrl).origin);

    const forged = gateway.notify({ outTradeNo: payment.paymentNo, tradeNo: '2026112322001400000000000001', totalAmount: '3840.00', status: 'TRADE_SUCCESS' }, {}, gateway.app.privateKey);
    expect((await postNotify(api, people.tenant.code, forged)).text).toBe('fail');
    expect((await order(o.id)).state).toBe('INVOICED');

    const trade = gateway.pay(payment.paymentNo, '3840.00');
    const notify = gateway.notify(trade);
    expect((await postNotify(api, people.tenant.code, notify)).text).toBe('success');
    expect((await postNotify(api, people.tenant.code, notify)).text).toBe('success');
    const paid = await order(o.id);
    expect(paid.state).toBe('CLOSED');
    expect(paid.timeline.filter((t) => t.action === 'pay')).toHaveLength(1);
    expect(await budgetLineState(people.tenant.id, budgetLine)).toMatchObject({ used: 3840_00n, frozen: 0n });
  });

  it('an order that is not invoiced cannot be paid', async () => {
    const [listing, budgetLine] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 100_000_00n)]);
    const placed = await gql<Order>('purchaser', PLACE_ORDER, { input: placeInput(listing, budgetLine) });
    const r = await api.gql(START, { variables: { input: { subjectType: 'order', subjectId: placed.id, provider: 'TREASURY', idempotencyKey: idempotencyKey() } }, headers: headers(people.tenant, s.purchaser.accessToken) });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORDER_NOT_PAYABLE' });
    expect(await budgetLineState(people.tenant.id, budgetLine)).toMatchObject({ frozen: 1280_00n, used: 0n });
  });
});
