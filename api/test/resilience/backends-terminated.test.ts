import { randomInt, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/verify-audit-chain.js';
import { startApi, type TestApi } from '../app.js';
import { insertListing, seedCategories } from '../catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../identity.js';
import { insertBudgetLine, PLACE_ORDER, placeInput } from '../mall.js';
import { asOwner } from '../tenants.js';
import { budgetsThatDoNotAddUp, ordersWithoutExactlyOneEvent, orphanRows } from './invariants.js';

/**
 * PostgreSQL cuts the API's connections (pg_terminate_backend: a failover, an operator, an OOM
 * kill) again and again while buyers place one-click orders. Clients retry with the same
 * idempotency key, as the storefront does. Afterwards every order exists once, stock and budget
 * moved once per order, the ledger adds up and the audit chain verifies.
 */
describe('resilience: database connections terminated while orders are placed', () => {
  // Only this API's connections carry the name, so other test files are left alone.
  const appName = `zc-resilience-${randomInt(1_000_000)}`;
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set('application_name', appName);
  let api: TestApi;
  let people: PeopleFixture;
  let token: string;

  beforeAll(async () => {
    api = await startApi({ DATABASE_URL: url.toString(), DATABASE_POOL_MAX: '4' });
    people = await createPeople();
    await seedCategories(people.tenant.id);
    token = (await login(api, people.tenant, people.users.purchaser.loginName)).accessToken;
  });
  afterAll(() => api?.close());

  it('lands every order once, moves stock and budget once per order, and keeps the ledger and the audit chain whole', async () => {
    const ORDERS = 30;
    const listing = await insertListing(people, 'approved');
    await asOwner(people.tenant.id, (c) => c.query('update listing set stock = 1000 where id = $1', [listing]));
    const line = await insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 1_000_000_00n);
    const keys = Array.from({ length: ORDERS }, () => randomUUID());

    let terminated = 0;
    let cutting = true;
    const orderIds = new Map<string, string>();
    const pause = (from: number, to: number) => new Promise((r) => setTimeout(r, randomInt(from, to)));
    const cutter = (async () => {
      // As the app role: a role may end its own sessions without any extra privilege.
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      try {
        while (cutting) {
          const landedBefore = orderIds.size;
          const { rows } = await c.query<{ n: number }>(
            `select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity where application_name = $1 and datname = current_database()`,
            [appName],
          );
          terminated += rows[0].n;
          await pause(20, 120);
          // Cuts come as fast as orders can land between them, never faster: on a loaded machine an
          // order may take longer than the pause, and a fault that never lets one through proves nothing.
          while (cutting && rows[0].n > 0 && orderIds.size === landedBefore) await pause(5, 15);
        }
      } finally {
        await c.end();
      }
    })();

    let retries = 0;
    const place = async (key: string) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const res = await api.gql(PLACE_ORDER, { variables: { input: placeInput(listing, line, { idempotencyKey: key }) }, headers: headers(people.tenant, token) }).catch(() => undefined);
        const order = res?.body.data?.placeOrder as { id: string } | undefined;
        if (order) {
          orderIds.set(key, order.id);
          return;
        }
        // A product refusal would be a bug here; a cut connection is retried like a flaky network.
        const code = res?.body.errors?.[0]?.extensions?.code;
        expect(code === undefined || code === 'INTERNAL_SERVER_ERROR', JSON.stringify(res?.body.errors)).toBe(true);
        retries++;
        await pause(10, 60);
      }
      throw new Error(`order ${key} never landed`);
    };
    try {
      // Four buyers' tabs at a time.
      for (let i = 0; i < keys.length; i += 4) await Promise.all(keys.slice(i, i + 4).map(place));
    } finally {
      cutting = false;
      await cutter;
    }
    // The fault really happened, and really hit requests.
    expect(terminated).toBeGreaterThan(0);
    expect(retries).toBeGreaterThan(0);

    // One order per key, and a retry after a lost answer got the same order back.
    expect(new Set(orderIds.values()).size).toBe(ORDERS);
    for (const key of keys.slice(0, 3)) {
      const again = await api.gql(PLACE_ORDER, { variables: { input: placeInput(listing, line, { idempotencyKey: key }) }, headers: headers(people.tenant, token) });
      expect((again.body.data?.placeOrder as { id: string }).id).toBe(orderIds.get(key));
    }
    const state = await asOwner(people.tenant.id, async (c) => ({
      orders: (await c.query('select count(*)::int as n from mall_order where budget_line_id = $1', [line])).rows[0].n as number,
      stock: (await c.query('select stock from listing where id = $1', [listing])).rows[0].stock as number,
      frozen: BigInt((await c.query('select frozen_fen from budget_line where id = $1', [line])).rows[0].frozen_fen),
    }));
    expect(state).toEqual({ orders: ORDERS, stock: 1000 - ORDERS, frozen: BigInt(ORDERS) * 128_000n });
    expect(await budgetsThatDoNotAddUp(people.tenant.id)).toEqual([]);
    expect(await orphanRows(people.tenant.id)).toEqual([]);
    expect(await ordersWithoutExactlyOneEvent(people.tenant.id)).toEqual([]);
    const chain = await verifyAuditChain(process.env.DATABASE_URL!, people.tenant.code);
    expect(chain.code, chain.message).toBe(0);
  }, 120_000);
});
