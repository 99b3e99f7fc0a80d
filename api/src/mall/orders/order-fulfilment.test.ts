import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@zhengcai/schema';
import { startApi, type TestApi } from '../../../test/app.js';
import { insertListing, seedCategories } from '../../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { budgetLineState, insertBudgetLine, ORDER_FIELDS, PLACE_ORDER, placeInput } from '../../../test/mall.js';
import { asOwner, contextFor } from '../../../test/tenants.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { PayableRegistry } from '../../payments/payable.js';
import { AppError } from '../../platform/errors/app-error.js';
import { ListingQueries } from '../../catalog/listings/listing.queries.js';

type Order = Record<string, any>;

describe('order fulfilment', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let buyer: Record<string, string>;
  let supplier: Record<string, string>;
  let finance: Record<string, string>;
  let otherSupplier: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople();
    await seedCategories(people.tenant.id);
    const token = async (name: string) => headers(people.tenant, (await login(api, people.tenant, name)).accessToken);
    [buyer, supplier, finance] = await Promise.all([token(people.users.purchaser.loginName), token(people.users.supplier.loginName), token(people.users.finance.loginName)]);
    otherSupplier = await secondSupplierSession();
  });
  afterAll(() => api?.close());

  /** A second supplier user in its own organisation of the same tenant. */
  async function secondSupplierSession(): Promise<Record<string, string>> {
    const org = newId();
    const user = newId();
    await asOwner(people.tenant.id, async (c) => {
      await c.query(`insert into organisation (id, tenant_id, kind, name, uscc) select $1, $2, 'supplier', '另一供应商', '91350100M000100Y43'`, [org, people.tenant.id]);
      await c.query(
        `insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) select $1, $2, $3, $4, '另一供应商', password_hash, '{supplier}' from user_account where id = $5`,
        [user, people.tenant.id, org, `supplier2-${people.tenant.slug}`, people.users.supplier.id],
      );
    });
    return headers(people.tenant, (await login(api, people.tenant, `supplier2-${people.tenant.slug}`)).accessToken);
  }

  const call = async (h: Record<string, string>, field: string, args: string, vars: Record<string, unknown> = {}, varDefs = '$id: ID!'): Promise<{ data?: Order; error?: Record<string, any> }> => {
    const { body } = await api.gql(`mutation (${varDefs}) { ${field}(${args}) { ${ORDER_FIELDS} } }`, { variables: vars, headers: h });
    return { data: body.data?.[field] as Order | undefined, error: body.errors?.[0] as Record<string, any> | undefined };
  };
  const ok = async (...args: Parameters<typeof call>) => {
    const r = await call(...args);
    expect(r.error).toBeUndefined();
    return r.data!;
  };

  async function placed(quantity = 4): Promise<{ order: Order; line: string; listing: string }> {
    const [listing, line] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 100_000_00n)]);
    const { body } = await api.gql(PLACE_ORDER, { variables: { input: placeInput(listing, line, { quantity }) }, headers: buyer });
    expect(body.errors).toBeUndefined();
    return { order: body.data!.placeOrder as Order, line, listing };
  }

  const stockOf = (listing: string) => asOwner(people.tenant.id, async (c) => (await c.query('select stock, sales_count from listing where id = $1', [listing])).rows[0]);

  it('runs placed → confirmed → shipped → delivered → partly accepted → invoiced → paid → closed, with a timeline both parties see', async () => {
    const { order, line, listing } = await placed(4);
    const id = order.id;
    expect(await ok(supplier, 'confirmOrder', 'id: $id', { id })).toMatchObject({ state: 'CONFIRMED', dueKind: 'SHIP' });
    expect(await ok(supplier, 'shipOrder', 'id: $id, input: $input', { id, input: { logisticsCompany: '顺丰速运', trackingNo: 'SF1234567890' } }, '$id: ID!, $input: ShipOrderInput!'))
      .toMatchObject({ state: 'SHIPPED', dueKind: null });
    expect(await ok(buyer, 'markOrderDelivered', 'id: $id', { id })).toMatchObject({ state: 'DELIVERED', dueKind: 'ACCEPT' });

    const over = await call(buyer, 'acceptOrder', 'id: $id, input: $input', { id, input: { lines: [{ lineId: order.lines[0].id, acceptedQuantity: 5 }] } }, '$id: ID!, $input: AcceptOrderInput!');
    expect(over.error?.extensions).toMatchObject({ reason: 'ACCEPTED_QUANTITY_INVALID', field: 'lines[0].acceptedQuantity' });
    const accepted = await ok(buyer, 'acceptOrder', 'id: $id, input: $input', { id, input: { lines: [{ lineId: order.lines[0].id, acceptedQuantity: 3 }], note: '一台外观破损' } }, '$id: ID!, $input: AcceptOrderInput!');
    expect(accepted).toMatchObject({ state: 'ACCEPTED', acceptedAmount: '3840.00', lines: [expect.objectContaining({ quantity: 4, acceptedQuantity: 3 })] });
    // The unaccepted unit's budget is released; stock is not restocked (the goods came back damaged or not at all).
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 3840_00n, used: 0n });
    expect(await stockOf(listing)).toEqual({ stock: 6, sales_count: 3 });
    // The search document follows: the snapshot carries the sales, and the change is announced.
    expect((await api.app.get(ListingQueries).snapshot(contextFor(people.tenant), listing))?.salesCount).toBe(3);
    const announced = await asOwner(people.tenant.id, async (c) => (await c.query(`select count(*)::int n from outbox_event where type = 'catalog.listing.changed' and payload->>'listingId' = $1`, [listing])).rows[0].n);
    expect(announced).toBe(2);

    const invoice = { invoiceNo: '24332000000012345678', invoiceCode: null, issuedOn: '2026-01-05', amount: '5120.00' };
    const wrong = await call(supplier, 'invoiceOrder', 'id: $id, input: $input', { id, input: invoice }, '$id: ID!, $input: InvoiceOrderInput!');
    expect(wrong.error?.extensions).toMatchObject({ reason: 'INVOICE_AMOUNT_MISMATCH', field: 'amount', acceptedAmount: '3840.00' });
    expect(await ok(supplier, 'invoiceOrder', 'id: $id, input: $input', { id, input: { ...invoice, amount: '3840.00' } }, '$id: ID!, $input: InvoiceOrderInput!')).toMatchObject({ state: 'INVOICED' });

    // Payments call the registered handler in their own transaction.
    const handler = api.app.get(PayableRegistry).find('order')!;
    const db = api.app.get(TenantDb);
    const ctx = contextFor(people.tenant, { roles: ['system'] });
    const payable = await db.transaction(ctx, (em) => handler.describe(em, ctx, id));
    expect(payable).toMatchObject({ amountFen: 3840_00n, payerOrganisationId: people.organisations.purchasing_unit.id, payeeOrganisationId: people.organisations.supplier.id });
    await expect(db.transaction(ctx, (em, tx) => handler.settled(em, tx, ctx, id, { paymentId: newId(), provider: 'bank', amountFen: 100n, reference: 'X1' })))
      .rejects.toMatchObject({ reason: 'ORDER_PAYMENT_AMOUNT_MISMATCH' });
    await db.transaction(ctx, (em, tx) => handler.settled(em, tx, ctx, id, { paymentId: newId(), provider: 'bank', amountFen: 3840_00n, reference: 'HX20260105001' }));
    const state = await budgetLineState(people.tenant.id, line);
    expect(state).toMatchObject({ amount: 100_000_00n, used: 3840_00n, frozen: 0n });
    expect(state.ledger).toEqual({ amount: state.amount, used: state.used, frozen: state.frozen });
    // Paid once: a second settlement or description is refused.
    await expect(db.transaction(ctx, (em) => handler.describe(em, ctx, id))).rejects.toBeInstanceOf(AppError);

    const ORDER = `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
    for (const h of [buyer, supplier, finance]) {
      const { body } = await api.gql(ORDER, { variables: { id }, headers: h });
      expect((body.data!.order as Order).state).toBe('CLOSED');
      expect((body.data!.order as Order).timeline.map((e: Order) => e.action)).toEqual(['place', 'confirm', 'ship', 'deliver', 'accept', 'invoice', 'pay', 'close']);
    }
    const hidden = await api.gql(ORDER, { variables: { id }, headers: otherSupplier });
    expect(hidden.body.errors?.[0]?.extensions).toMatchObject({ reason: 'ORDER_NOT_FOUND' });
  });

  it('a supplier rejection releases the budget and restores the stock', async () => {
    const { order, line, listing } = await placed(2);
    const r = await ok(supplier, 'rejectOrder', 'id: $id, reason: $reason', { id: order.id, reason: '该型号已停产' }, '$id: ID!, $reason: String!');
    expect(r).toMatchObject({ state: 'REJECTED', reason: '该型号已停产', timeline: [expect.anything(), expect.objectContaining({ action: 'reject', note: '该型号已停产' })] });
    expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 0n, movements: 3 });
    expect((await stockOf(listing)).stock).toBe(10);
  });

  it('the buyer may cancel only before confirmation; other illegal steps are conflicts naming state and action', async () => {
    const first = await placed(1);
    expect(await ok(buyer, 'cancelOrder', 'id: $id', { id: first.order.id })).toMatchObject({ state: 'CANCELLED' });
    expect((await stockOf(first.listing)).stock).toBe(10);
    const second = await placed(1);
    await ok(supplier, 'confirmOrder', 'id: $id', { id: second.order.id });
    const late = await call(buyer, 'cancelOrder', 'id: $id', { id: second.order.id });
    expect(late.error?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORDER_TRANSITION_NOT_ALLOWED' });
    expect(late.error?.message).toContain('已确认');
    const early = await call(supplier, 'invoiceOrder', 'id: $id, input: $input', { id: second.order.id, input: { invoiceNo: '12345678', issuedOn: '2026-01-05', amount: '1280.00' } }, '$id: ID!, $input: InvoiceOrderInput!');
    expect(early.error?.extensions).toMatchObject({ reason: 'ORDER_TRANSITION_NOT_ALLOWED' });
  });

  it('refused acceptance sends the order back to shipped for redelivery', async () => {
    const { order } = await placed(1);
    await ok(supplier, 'confirmOrder', 'id: $id', { id: order.id });
    await ok(supplier, 'shipOrder', 'id: $id, input: $input', { id: order.id, input: { logisticsCompany: '京东物流', trackingNo: 'JD0001' } }, '$id: ID!, $input: ShipOrderInput!');
    await ok(supplier, 'markOrderDelivered', 'id: $id', { id: order.id });
    const refused = await ok(buyer, 'refuseOrderAcceptance', 'id: $id, reason: $reason', { id: order.id, reason: '型号与订单不符' }, '$id: ID!, $reason: String!');
    expect(refused).toMatchObject({ state: 'SHIPPED', reason: '型号与订单不符' });
  });

  it("another supplier cannot act on the order, and lists show each party its own orders", async () => {
    const { order } = await placed(1);
    const foreign = await call(otherSupplier, 'confirmOrder', 'id: $id', { id: order.id });
    expect(foreign.error?.extensions).toMatchObject({ reason: 'ORDER_NOT_FOUND' });
    const LIST = `query ($f: OrderFilterInput) { orders(filter: $f, first: 100) { nodes { id state } pageInfo { hasNextPage } } }`;
    const ids = async (h: Record<string, string>, f: object = {}) => ((await api.gql(LIST, { variables: { f }, headers: h })).body.data!.orders as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    expect(await ids(buyer)).toContain(order.id);
    expect(await ids(supplier)).toContain(order.id);
    expect(await ids(finance, { state: 'PLACED', buyerId: people.organisations.purchasing_unit.id })).toContain(order.id);
    expect(await ids(otherSupplier)).toEqual([]);
    expect(await ids(finance, { state: 'CLOSED', from: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([]);
    // Keyset pages of one walk every order once.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await api.gql(`query ($a: String) { orders(first: 2, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { variables: { a: after }, headers: finance });
      const page = body.data!.orders as { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual((await ids(finance)).sort());
  });

  it('finance exports the filtered orders as xlsx', async () => {
    await placed(1);
    const { body } = await api.gql(`{ ordersExport(filter: { state: PLACED }) { fileName mimeType contentBase64 } }`, { headers: finance });
    const file = body.data!.ordersExport as { contentBase64: string };
    expect(Buffer.from(file.contentBase64, 'base64').readUInt32LE(0)).toBe(0x04034b50);
  });
});
