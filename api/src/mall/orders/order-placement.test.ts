import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { insertListing, seedCategories, VALID_CERT } from '../../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import {
  ADDRESS, budgetLineState, CURRENT_YEAR, insertBudgetLine, insertOrganisation, mallFootprint, PLACE_ORDER, placeInput, setListing,
} from '../../../test/mall.js';
import { asOwner } from '../../../test/tenants.js';

describe('placing orders', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let buyer: Record<string, string>;
  let other: PeopleFixture;

  beforeAll(async () => {
    api = await startApi();
    [people, other] = await Promise.all([createPeople(), createPeople()]);
    await Promise.all([seedCategories(people.tenant.id), seedCategories(other.tenant.id)]);
    buyer = headers(people.tenant, (await login(api, people.tenant, people.users.purchaser.loginName)).accessToken);
  });
  afterAll(() => api?.close());

  const place = (input: object, h = buyer) => api.gql(PLACE_ORDER, { variables: { input }, headers: h });
  const unit = () => people.organisations.purchasing_unit.id;

  it('creates the order in one transaction: budget frozen, stock taken, timeline and audit written, deadline set', async () => {
    const [listing, line] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, unit(), 10_000_00n)]);
    const { body } = await place(placeInput(listing, line, { quantity: 3, expectedUnitPrice: '1280.00' }));
    expect(body.errors).toBeUndefined();
    const order = body.data!.placeOrder as Record<string, any>;
    expect(order).toMatchObject({ state: 'PLACED', total: '3840.00', buyerId: unit(), supplierId: people.organisations.supplier.id, dueKind: 'CONFIRM', overdue: [] });
    expect(order.orderNo).toMatch(new RegExp(`^DD${CURRENT_YEAR}\\d{6}$`));
    expect(order.lines).toEqual([expect.objectContaining({ listingId: listing, unitPrice: '1280.00', quantity: 3, amount: '3840.00' })]);
    expect(order.timeline).toEqual([expect.objectContaining({ fromState: null, toState: 'PLACED', action: 'place', actorUserId: people.users.purchaser.id })]);
    expect(new Date(order.dueAt).getTime()).toBeGreaterThan(Date.now());
    const state = await budgetLineState(people.tenant.id, line);
    expect(state).toMatchObject({ amount: 10_000_00n, used: 0n, frozen: 3840_00n, movements: 2 });
    expect(state.ledger).toEqual({ amount: state.amount, used: state.used, frozen: state.frozen });
    const stock = await asOwner(people.tenant.id, async (c) => (await c.query('select stock from listing where id = $1', [listing])).rows[0].stock);
    expect(stock).toBe(7);
    const audit = await asOwner(people.tenant.id, async (c) => (await c.query(`select action from audit_entry where subject_id = $1`, [order.id])).rows);
    expect(audit).toEqual([{ action: 'mall.order.place' }]);
    const events = await asOwner(people.tenant.id, async (c) => (await c.query(`select type, payload from outbox_event where payload->>'listingId' = $1`, [listing])).rows);
    expect(events).toEqual([{ type: 'catalog.listing.changed', payload: { listingId: listing } }]);
  });

  describe('refuses bad input with its own reason and writes nothing', () => {
    const cases: { name: string; reason: string; field: string; setup: () => Promise<{ input: object; headers?: Record<string, string> }>; extensions?: Record<string, unknown> }[] = [
      { name: 'quantity 0', reason: 'QUANTITY_NOT_POSITIVE', field: 'quantity', setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 10_000_00n), { quantity: 0 }) }) },
      { name: 'negative quantity', reason: 'QUANTITY_NOT_POSITIVE', field: 'quantity', setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 10_000_00n), { quantity: -2 }) }) },
      { name: 'fractional quantity', reason: 'QUANTITY_NOT_WHOLE', field: 'quantity', setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 10_000_00n), { quantity: 1.5 }) }) },
      {
        name: 'a changed price', reason: 'PRICE_CHANGED', field: 'expectedUnitPrice', extensions: { currentPrice: '1280.00' },
        setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 10_000_00n), { expectedUnitPrice: '1200.00' }) }),
      },
      { name: 'a delisted listing', reason: 'LISTING_NOT_ON_SALE', field: 'listingId', setup: async () => ({ input: placeInput(await insertListing(people, 'delisted'), await insertBudgetLine(people.tenant.id, unit(), 10_000_00n)) }) },
      { name: 'too little stock', reason: 'OUT_OF_STOCK', field: 'quantity', extensions: { stock: '10' }, setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 100_000_00n), { quantity: 11 }) }) },
      {
        name: 'too little budget', reason: 'BUDGET_INSUFFICIENT', field: 'budgetLineId', extensions: { available: '2000.00' },
        setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 2000_00n), { quantity: 2 }) }),
      },
      {
        name: 'a total over the one-click limit', reason: 'ORDER_OVER_DIRECT_LIMIT', field: 'quantity', extensions: { requiredRoute: 'ONLINE_INQUIRY', limit: '50000.00' },
        setup: async () => ({ input: placeInput(await insertListing(people, 'approved', 60_000_00n), await insertBudgetLine(people.tenant.id, unit(), 1_000_000_00n), { expectedUnitPrice: '60000.00' }) }),
      },
      {
        name: "another unit's budget line", reason: 'BUDGET_LINE_NOT_FOUND', field: 'budgetLineId',
        setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, await insertOrganisation(people.tenant.id), 10_000_00n)) }),
      },
      {
        name: "another tenant's budget line", reason: 'BUDGET_LINE_NOT_FOUND', field: 'budgetLineId',
        setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(other.tenant.id, other.organisations.purchasing_unit.id, 10_000_00n)) }),
      },
      {
        name: "last year's budget line", reason: 'BUDGET_LINE_NOT_CURRENT_YEAR', field: 'budgetLineId',
        setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 10_000_00n, CURRENT_YEAR - 1)) }),
      },
      {
        name: 'an address the listing does not deliver to', reason: 'REGION_NOT_DELIVERED', field: 'deliveryAddress.regionCode',
        setup: async () => ({ input: placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 10_000_00n), { deliveryAddress: { ...ADDRESS, regionCode: '500101' } }) }),
      },
      {
        name: 'an expired 节能产品 certificate in a mandatory category', reason: 'ENERGY_SAVING_CERTIFICATE_INVALID', field: 'listingId',
        setup: async () => {
          const listing = await insertListing(people, 'approved');
          await setListing(people.tenant.id, listing, `category_id = (select id from category where code = 'A02010104'), policy_tags = $2::jsonb`, [
            JSON.stringify([{ tag: 'energy_saving', ...VALID_CERT, validUntil: '2024-12-31' }]),
          ]);
          return { input: placeInput(listing, await insertBudgetLine(people.tenant.id, unit(), 10_000_00n)) };
        },
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const { input } = await c.setup();
        const before = await mallFootprint(people.tenant.id);
        const { body } = await place(input);
        expect(body.errors?.[0]?.extensions).toMatchObject({ reason: c.reason, field: c.field, ...c.extensions });
        expect(body.errors?.[0]?.message).not.toBe(c.reason);
        expect(await mallFootprint(people.tenant.id)).toEqual(before);
      });
    }

    it('a blocked supplier', async () => {
      const [listing, line] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, unit(), 10_000_00n)]);
      await asOwner(people.tenant.id, (c) => c.query('update organisation set integrity_blocked = true where id = $1', [people.organisations.supplier.id]));
      try {
        const before = await mallFootprint(people.tenant.id);
        const { body } = await place(placeInput(listing, line));
        expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'ORDER_SUPPLIER_BLOCKED', field: 'listingId' });
        expect(await mallFootprint(people.tenant.id)).toEqual(before);
      } finally {
        await asOwner(people.tenant.id, (c) => c.query('update organisation set integrity_blocked = false where id = $1', [people.organisations.supplier.id]));
      }
    });

    it('the quantity message is localized', async () => {
      const input = placeInput(await insertListing(people, 'approved'), await insertBudgetLine(people.tenant.id, unit(), 10_000_00n), { quantity: 1.5 });
      const { body } = await api.gql(PLACE_ORDER, { variables: { input }, headers: { ...buyer, 'accept-language': 'en' } });
      expect(body.errors?.[0]?.message).toBe('The quantity must be a whole number; got 1.5.');
    });
  });

  it('never lets concurrent orders drive a line below zero: exactly the orders that fit succeed', async () => {
    const listing = await insertListing(people, 'approved');
    await setListing(people.tenant.id, listing, 'stock = 1000');
    // 7 orders of ¥1,280 fit into ¥9,000; 24 try at once.
    const line = await insertBudgetLine(people.tenant.id, unit(), 9000_00n);
    const results = await Promise.all(Array.from({ length: 24 }, () => place(placeInput(listing, line))));
    const ok = results.filter((r) => !r.body.errors);
    const refused = results.filter((r) => r.body.errors);
    expect(ok).toHaveLength(7);
    expect(refused.map((r) => r.body.errors![0].extensions?.reason)).toEqual(Array(17).fill('BUDGET_INSUFFICIENT'));
    const state = await budgetLineState(people.tenant.id, line);
    expect(state).toMatchObject({ amount: 9000_00n, used: 0n, frozen: 7n * 1280_00n, movements: 8 });
    expect(state.ledger).toEqual({ amount: state.amount, used: state.used, frozen: state.frozen });
    const stock = await asOwner(people.tenant.id, async (c) => (await c.query('select stock from listing where id = $1', [listing])).rows[0].stock);
    expect(stock).toBe(1000 - 7);
  });

  describe('idempotency', () => {
    it('the same key and input return the same order; a different input under the key is refused and changes nothing', async () => {
      const [listing, line] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, unit(), 10_000_00n)]);
      const input = placeInput(listing, line);
      const first = await place(input);
      const again = await place(input);
      expect(again.body).toEqual(first.body);
      const before = await mallFootprint(people.tenant.id);
      const changed = await place({ ...input, quantity: 2 });
      expect(changed.body.errors?.[0]?.extensions).toMatchObject({ reason: 'IDEMPOTENCY_KEY_REUSED', code: 'CONFLICT', field: 'idempotencyKey' });
      expect(await mallFootprint(people.tenant.id)).toEqual(before);
    });

    it('keys belong to their user: another user may use the same key for their own order', async () => {
      const [listing, line] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, unit(), 10_000_00n)]);
      const input = placeInput(listing, line);
      const mine = await place(input);
      // A second buyer of the same unit.
      await asOwner(people.tenant.id, (c) => c.query(`update user_account set roles = '{purchaser,unit_admin}' where id = $1`, [people.users.unitAdmin.id]));
      const theirs = await place(input, headers(people.tenant, (await login(api, people.tenant, people.users.unitAdmin.loginName)).accessToken));
      expect(theirs.body.errors).toBeUndefined();
      expect((theirs.body.data!.placeOrder as { id: string }).id).not.toBe((mine.body.data!.placeOrder as { id: string }).id);
    });

    it('50 concurrent copies make one order and one freeze, and all get the identical response', async () => {
      const [listing, line] = await Promise.all([insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, unit(), 10_000_00n)]);
      const input = placeInput(listing, line, { quantity: 2 });
      const results = await Promise.all(Array.from({ length: 50 }, () => place(input)));
      expect(results[0].body.errors).toBeUndefined();
      for (const r of results) expect(r.body).toEqual(results[0].body);
      const counts = await asOwner(people.tenant.id, async (c) => (await c.query(
        `select (select count(*) from mall_order where budget_line_id = $1) orders, (select count(*) from budget_movement where line_id = $1 and kind = 'freeze') freezes`, [line],
      )).rows[0]);
      expect(counts).toEqual({ orders: '1', freezes: '1' });
      expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 2560_00n });
    });
  });

  describe('cart checkout', () => {
    const CHECKOUT = `mutation ($input: CheckoutCartInput!) { checkoutCart(input: $input) { id orderNo supplierId total lines { listingId quantity } } }`;

    it('splits the cart into one order per supplier, each checked and frozen on the one budget line', async () => {
      const [a1, a2, b1, line, secondSupplier] = await Promise.all([
        insertListing(people, 'approved'), insertListing(people, 'approved'), insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, unit(), 10_000_00n),
        insertOrganisation(people.tenant.id, 'supplier'),
      ]);
      await setListing(people.tenant.id, b1, 'supplier_id = $2', [secondSupplier]);
      const items = [a1, b1, a2].map((listingId) => ({ listingId, quantity: 1, expectedUnitPrice: '1280.00' }));
      const input = { items, budgetLineId: line, deliveryAddress: ADDRESS, idempotencyKey: randomUUID() };
      const { body } = await api.gql(CHECKOUT, { variables: { input }, headers: buyer });
      expect(body.errors).toBeUndefined();
      const orders = body.data!.checkoutCart as { supplierId: string; total: string; lines: unknown[] }[];
      expect(orders.map((o) => [o.supplierId, o.total, o.lines.length]).sort()).toEqual(
        [[people.organisations.supplier.id, '2560.00', 2], [secondSupplier, '1280.00', 1]].sort(),
      );
      expect(await budgetLineState(people.tenant.id, line)).toMatchObject({ frozen: 3840_00n, movements: 3 });
      const replay = await api.gql(CHECKOUT, { variables: { input }, headers: buyer });
      expect(replay.body).toEqual(body);
    });

    it('is all or nothing: one bad item refuses the cart, naming the item', async () => {
      const [a1, a2, line] = await Promise.all([insertListing(people, 'approved'), insertListing(people, 'approved'), insertBudgetLine(people.tenant.id, unit(), 100_000_00n)]);
      const before = await mallFootprint(people.tenant.id);
      const items = [{ listingId: a1, quantity: 1, expectedUnitPrice: '1280.00' }, { listingId: a2, quantity: 11, expectedUnitPrice: '1280.00' }];
      const { body } = await api.gql(CHECKOUT, { variables: { input: { items, budgetLineId: line, deliveryAddress: ADDRESS, idempotencyKey: randomUUID() } }, headers: buyer });
      expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'OUT_OF_STOCK', field: 'items[1].quantity' });
      const fractional = await api.gql(CHECKOUT, {
        variables: { input: { items: [items[0], { ...items[1], quantity: 0.5 }], budgetLineId: line, deliveryAddress: ADDRESS, idempotencyKey: randomUUID() } }, headers: buyer,
      });
      expect(fractional.body.errors?.[0]?.extensions).toMatchObject({ reason: 'QUANTITY_NOT_WHOLE', field: 'items[1].quantity' });
      expect(await mallFootprint(people.tenant.id)).toEqual(before);
    });
  });
});
