import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertSupplier } from '../../../test/tender.js';
import { asOwner, contextFor } from '../../../test/tenants.js';
import { auctionRow, insertAuction } from '../../../test/auctions.js';
import { ADDRESS, insertBudgetLine } from '../../../test/mall.js';
import { AuditVerifier } from '../../platform/audit/audit-verifier.service.js';
import { AuctionCloseService } from './auction-close.service.js';
import { AuctionSweepService } from './auction-sweep.service.js';

const CREATE = `mutation ($input: CreateAuctionInput!) { createAuction(input: $input) { id state direction startPrice step floor deposit endsAt serverTime bidCount } }`;
const BID = `mutation ($input: PlaceAuctionBidInput!) { placeAuctionBid(input: $input) { duplicate bestPrice endsAt serverTime bid { id sequence bidder price abnormallyLow extended } } }`;
const AUCTION = `query ($id: ID!) { auction(id: $id) { id state floor bestPrice bidCount endsAt extensions winner { id name } myDeposit { state amount } } }`;
const LOG = `query ($id: ID!) { auctionLog(auctionId: $id) { sequence bidder price abnormallyLow winning bidderOrganisation { id name } } }`;
const ROOM = `subscription ($id: ID!, $after: Int) { auctionRoom(auctionId: $id, afterSequence: $after) { auctionId serverTime state endsAt bestPrice lastSequence bidders myBidder myRank myBestPrice bids { sequence bidder price mine abnormallyLow } } }`;

interface Bidder { organisationId: string; userId: string; token: string }
interface RoomEvent { lastSequence: number; bestPrice: string | null; myRank: number | null; myBidder: string | null; serverTime: string; state: string; bids: { sequence: number; bidder: string; price: string | null; mine: boolean; abnormallyLow: boolean }[] }

describe('auctions (反向竞价 and 公物处置)', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let tokens: Record<'purchaser' | 'finance' | 'agency', string>;
  const bidders: Bidder[] = [];
  let outsider: Bidder;
  const clients: Client[] = [];
  let budgetLineId: string;

  beforeAll(async () => {
    api = await startApi({ TRUST_PROXY_HOPS: '1' });
    people = await createPeople();
    tokens = {
      purchaser: (await login(api, people.tenant, people.users.purchaser.loginName)).accessToken,
      finance: (await login(api, people.tenant, people.users.finance.loginName)).accessToken,
      agency: (await login(api, people.tenant, people.users.agency.loginName)).accessToken,
    };
    bidders.push({ organisationId: people.organisations.supplier.id, userId: people.users.supplier.id, token: (await login(api, people.tenant, people.users.supplier.loginName)).accessToken });
    for (const slug of ['b', 'c']) {
      const s = await insertSupplier(people.tenant.id, slug);
      bidders.push({ ...s, token: (await login(api, people.tenant, s.loginName)).accessToken });
    }
    budgetLineId = await insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, 100_000_000_00n);
    const o = await insertSupplier(people.tenant.id, 'x');
    outsider = { ...o, token: (await login(api, people.tenant, o.loginName)).accessToken };
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api.close();
  });

  const gql = (doc: string, variables: object, token?: string, extra: Record<string, string> = {}) => api.gql(doc, { variables, headers: headers(people.tenant, token, extra) });
  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  const reason = (body: { errors?: { extensions?: { reason?: string } }[] }) => body.errors?.[0]?.extensions?.reason ?? 'OK';
  const params = (body: { errors?: unknown[] }) => (body.errors?.[0] as { extensions?: Record<string, unknown> } | undefined)?.extensions;
  let keyNo = 0;
  const bid = (b: Bidder, auctionId: string, price: string, clientKey = `bid-key-${++keyNo}-${Date.now()}`, extra: Record<string, string> = {}) =>
    gql(BID, { input: { auctionId, price, clientKey } }, b.token, extra);
  const reverseInput = (over: object = {}) => ({
    direction: 'REVERSE', title: '办公桌反向竞价', description: '1.4 米办公桌 20 张，含安装', startPrice: '100000.00', step: '100.00', floor: '60000.00',
    startsAt: new Date().toISOString(), durationMinutes: 60, invitedSupplierIds: bidders.map((b) => b.organisationId), quantity: 20,
    budgetLineId, deliveryAddress: ADDRESS, ...over,
  });
  const bidRows = (auctionId: string) => q<{ n: number }>('select count(*)::int n from auction_bid where auction_id = $1', [auctionId]).then((r) => r[0].n);

  function watch(auctionId: string, after: number, token?: string) {
    const events: RoomEvent[] = [];
    const errors: unknown[] = [];
    const done = { completed: false };
    let notify: (() => void) | undefined;
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: true,
      connectionParams: { 'x-tenant': people.tenant.code, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    clients.push(client);
    const stop = client.subscribe<{ auctionRoom: RoomEvent }>({ query: ROOM, variables: { id: auctionId, after } }, {
      next: (m) => { if (m.data) events.push(m.data.auctionRoom); else errors.push(m.errors); notify?.(); },
      error: (e) => { errors.push(e); notify?.(); },
      complete: () => { done.completed = true; notify?.(); },
    });
    const until = async (ok: () => boolean) => {
      const deadline = Date.now() + 10_000;
      while (!ok()) {
        if (Date.now() > deadline) throw new Error(`room: timed out with ${JSON.stringify(events)} ${JSON.stringify(errors)}`);
        await new Promise<void>((r) => { notify = r; setTimeout(r, 200); });
      }
    };
    return { events, errors, until, stop, done };
  }

  describe('opening an auction', () => {
    it('names the field of bad input, says what to do, and writes nothing', async () => {
      const before = await q<{ n: number }>('select count(*)::int n from auction');
      const cases: [object, string, string][] = [
        [{ step: '100000.00' }, 'AUCTION_PRICE_INVALID', 'input.step'],
        [{ floor: '100001.00' }, 'AUCTION_PRICE_INVALID', 'input.floor'],
        [{ title: 'x' }, 'AUCTION_TITLE_INVALID', 'input.title'],
        [{ durationMinutes: 2 }, 'AUCTION_TIME_INVALID', 'input.durationMinutes'],
        [{ startsAt: '2020-01-01T00:00:00Z' }, 'AUCTION_TIME_INVALID', 'input.startsAt'],
        [{ extendByMinutes: 0 }, 'AUCTION_EXTENSION_INVALID', 'input.extendByMinutes'],
        [{ invitedSupplierIds: [bidders[0].organisationId, people.organisations.purchasing_unit.id] }, 'AUCTION_PARTY_INVALID', 'input.invitedSupplierIds[1]'],
        [{ budgetLineId: null }, 'AUCTION_BUDGET_REQUIRED', 'input.budgetLineId'],
        [{ deliveryAddress: null }, 'AUCTION_BUDGET_REQUIRED', 'input.deliveryAddress'],
        [{ budgetLineId: people.organisations.purchasing_unit.id }, 'BUDGET_LINE_NOT_FOUND', 'input.budgetLineId'],
      ];
      for (const [over, expected, field] of cases) {
        const { body } = await gql(CREATE, { input: reverseInput(over) }, tokens.purchaser);
        expect([reason(body), params(body)?.field]).toEqual([expected, field]);
      }
      const photo = await gql(CREATE, { input: { ...reverseInput(), direction: 'FORWARD', photoUrls: ['https://img.example.cn/a.jpg', 'ftp://x'] } }, tokens.purchaser);
      expect([reason(photo.body), params(photo.body)?.field]).toEqual(['AUCTION_PHOTO_URL_INVALID', 'input.photoUrls[1]']);
      expect(photo.body.errors?.[0].message).toContain('https');
      // An agency names the unit it runs the auction for; finance cannot run a procurement auction.
      expect(reason((await gql(CREATE, { input: reverseInput() }, tokens.agency)).body)).toBe('AUCTION_PARTY_INVALID');
      expect(reason((await gql(CREATE, { input: reverseInput() }, tokens.finance)).body)).toBe('AUCTION_PARTY_INVALID');
      expect(await q('select count(*)::int n from auction')).toEqual(before);
      expect(await q(`select count(*)::int n from budget_movement where line_id = $1 and kind <> 'load'`, [budgetLineId])).toEqual([{ n: 0 }]);
      const byAgency = await gql(CREATE, { input: reverseInput({ buyerOrganisationId: people.organisations.purchasing_unit.id }) }, tokens.agency);
      expect(byAgency.body.errors).toBeUndefined();
    });
  });

  describe('a reverse auction', () => {
    let id: string;
    const [a, b, c] = [0, 1, 2];

    beforeAll(async () => {
      const { body } = await gql(CREATE, { input: reverseInput({ invitedSupplierIds: bidders.map((x) => x.organisationId) }) }, tokens.purchaser);
      expect(body.errors).toBeUndefined();
      const created = body.data!.createAuction as { id: string; state: string; floor: string };
      expect(created).toMatchObject({ state: 'SCHEDULED', floor: '60000.00' });
      id = created.id;
    });

    it('takes bids downward, each below the bidder\'s own previous one by the decrement; refuses bad bids specifically and writes nothing', async () => {
      const first = await bid(bidders[a], id, '90000.00');
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data!.placeAuctionBid).toMatchObject({ duplicate: false, bestPrice: '90000.00', bid: { sequence: 1, bidder: '供应商1', price: '90000.00', abnormallyLow: false } });
      expect((await auctionRow(people.tenant.id, id))?.state).toBe('live');
      // Another supplier may bid above the best: its rank shows it.
      expect((await bid(bidders[b], id, '95000.00')).body.data!.placeAuctionBid).toMatchObject({ bid: { sequence: 2, bidder: '供应商2' }, bestPrice: '90000.00' });

      const decrement = await bid(bidders[a], id, '89950.00');
      expect([reason(decrement.body), params(decrement.body)?.field, params(decrement.body)?.max]).toEqual(['AUCTION_BID_DECREMENT', 'price', '89900.00']);
      expect(decrement.body.errors?.[0].message).toContain('89900.00');
      expect(reason((await bid(bidders[c], id, '100000.01')).body)).toBe('AUCTION_BID_ABOVE_CEILING');
      expect(reason((await bid(outsider, id, '80000.00')).body)).toBe('AUCTION_NOT_QUALIFIED');
      expect(reason((await gql(BID, { input: { auctionId: id, price: '80000.00', clientKey: 'bad key!' } }, bidders[c].token)).body)).toBe('IDEMPOTENCY_KEY_FORMAT');
      expect(reason((await gql(BID, { input: { auctionId: id, price: '80000.00', clientKey: 'no-auction-1' } }, tokens.purchaser)).body)).toBe('AUCTION_OWN');
      expect(await bidRows(id)).toBe(2);
    });

    it('answers a resubmission with the same client key with the first bid (idempotent), and refuses the key for another price', async () => {
      const key = `reconnect-${Date.now()}`;
      const once = await bid(bidders[c], id, '92000.00', key);
      const again = await bid(bidders[c], id, '92000.00', key);
      expect(again.body.data!.placeAuctionBid).toMatchObject({ duplicate: true, bid: (once.body.data!.placeAuctionBid as { bid: object }).bid });
      expect(reason((await bid(bidders[c], id, '91000.00', key)).body)).toBe('AUCTION_BID_KEY_REUSED');
      expect(await bidRows(id)).toBe(3);
    });

    it('flags a bid under the private floor instead of taking it as the best price', async () => {
      const low = await bid(bidders[b], id, '59999.99');
      expect(low.body.data!.placeAuctionBid).toMatchObject({ bid: { abnormallyLow: true, price: '59999.99' }, bestPrice: '90000.00' });
      // The floor is the organiser's: a supplier does not see it.
      expect((await gql(AUCTION, { id }, bidders[a].token)).body.data!.auction).toMatchObject({ floor: null, bestPrice: '90000.00', bidCount: 4 });
      expect((await gql(AUCTION, { id }, tokens.purchaser)).body.data!.auction).toMatchObject({ floor: '60000.00' });
    });

    it('streams the room over graphql-ws: catch-up first, then each bid in order, pseudonyms and the viewer\'s own rank, server time', async () => {
      const roomA = watch(id, 0, bidders[a].token);
      await roomA.until(() => roomA.events.length >= 1);
      const [start] = roomA.events;
      expect(start.bids.map((x) => [x.sequence, x.bidder, x.mine])).toEqual([[1, '供应商1', true], [2, '供应商2', false], [3, '供应商3', false], [4, '供应商2', false]]);
      // Another bidder's abnormally low bid shows without its price.
      expect(start.bids[3]).toMatchObject({ abnormallyLow: true, price: null });
      expect(start).toMatchObject({ lastSequence: 4, bestPrice: '90000.00', myBidder: '供应商1', myRank: 1, state: 'LIVE' });
      expect(Math.abs(Date.parse(start.serverTime) - Date.now())).toBeLessThan(5_000);
      expect(JSON.stringify(start)).not.toContain(bidders[b].organisationId);

      await bid(bidders[c], id, '85000.00');
      await roomA.until(() => roomA.events.length >= 2);
      expect(roomA.events[1]).toMatchObject({ lastSequence: 5, bestPrice: '85000.00', myRank: 2, bids: [{ sequence: 5, bidder: '供应商3', price: '85000.00', mine: false }] });

      // A reconnecting client names the last sequence it saw and gets only what followed.
      await bid(bidders[a], id, '84000.00');
      const again = watch(id, 5, bidders[b].token);
      await again.until(() => again.events.length >= 1);
      expect(again.events[0].bids.map((x) => x.sequence)).toEqual([6]);
      expect(again.events[0]).toMatchObject({ myBidder: '供应商2', myRank: 3 });
      await roomA.until(() => roomA.events.length >= 3);
      expect(roomA.events[2]).toMatchObject({ myRank: 1, bids: [{ sequence: 6, mine: true }] });

      // Guests may not watch a reverse auction.
      const guest = watch(id, 0);
      await guest.until(() => guest.errors.length > 0);
      expect(JSON.stringify(guest.errors)).toContain('AUCTION_NOT_FOUND');
    });

    it('extends the end for a bid in the last minutes, up to the cap', async () => {
      await q(`update auction set ends_at = now() + interval '2 minutes', max_extensions = 1 where id = $1`, [id]);
      const before = (await auctionRow(people.tenant.id, id))!.ends_at;
      const late = await bid(bidders[b], id, '83000.00');
      expect(late.body.data!.placeAuctionBid).toMatchObject({ bid: { extended: true } });
      const after = (await auctionRow(people.tenant.id, id))!;
      expect(after.ends_at.getTime() - before.getTime()).toBe(300_000);
      expect(after.extensions).toBe(1);
      await q(`update auction set ends_at = now() + interval '2 minutes' where id = $1`, [id]);
      expect((await bid(bidders[c], id, '82000.00')).body.data!.placeAuctionBid).toMatchObject({ bid: { extended: false } });
    });

    it('refuses bids after the server\'s end even before the sweep; the sweep awards the lowest valid bid and publishes the award; then the log names everyone', async () => {
      const endsAt = new Date(Date.now() - 1_000);
      await q(`update auction set ends_at = $2 where id = $1`, [id, endsAt]);
      const late = await bid(bidders[a], id, '70000.00');
      expect(reason(late.body)).toBe('AUCTION_ENDED');
      expect(reason((await gql(LOG, { id }, bidders[a].token)).body)).toBe('AUCTION_LOG_NOT_PUBLISHED');

      const sweep = api.app.get(AuctionSweepService);
      const ctx = contextFor(people.tenant);
      const runs = await Promise.all([sweep.sweep(ctx, new Date()), sweep.sweep(ctx, new Date())]);
      expect(runs.reduce((s, r) => s + r.awarded, 0)).toBe(1);
      const row = (await auctionRow(people.tenant.id, id))!;
      expect(row).toMatchObject({ state: 'awarded', winner_id: bidders[c].organisationId, best_price_fen: '8200000' });
      const [event] = await q<{ payload: Record<string, unknown> }>(`select payload from outbox_event where type = 'sourcing.auction.awarded' and payload->>'auctionId' = $1`, [id]);
      expect(event.payload).toMatchObject({
        outcome: 'awarded', direction: 'reverse', buyerOrganisationId: people.organisations.purchasing_unit.id, supplierOrganisationId: bidders[c].organisationId, priceFen: '8200000', quantity: 20,
      });
      const log = (await gql(LOG, { id })).body;
      expect(reason(log)).toBe('AUCTION_NOT_FOUND');
      const entries = (await gql(LOG, { id }, bidders[a].token)).body.data!.auctionLog as { sequence: number; winning: boolean; bidderOrganisation: { id: string }; abnormallyLow: boolean }[];
      expect(entries.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(entries.filter((e) => e.winning).map((e) => e.bidderOrganisation.id)).toEqual([bidders[c].organisationId]);
      expect(entries[3]).toMatchObject({ abnormallyLow: true, bidderOrganisation: { id: bidders[b].organisationId } });
      expect(await q(`select action from audit_entry where subject_id = $1 order by seq`, [id])).toEqual(
        ['sourcing.auction.create', 'sourcing.auction.start', 'sourcing.auction.end', 'sourcing.auction.award'].map((action) => ({ action })),
      );
      // The award became a mall order for the lot at the winning price: the ceiling frozen at
      // creation is released and the price frozen for the order, which then runs the mall's life cycle.
      const [order] = await q<{ id: string; state: string; origin: string; total_fen: string; supplier_id: string }>(
        `select id, state, origin, total_fen::text, supplier_id from mall_order where origin_id = $1`, [id]);
      expect(order).toMatchObject({ state: 'placed', origin: 'auction', total_fen: '8200000', supplier_id: bidders[c].organisationId });
      expect((await gql(`query ($id: ID!) { auction(id: $id) { orderId budgetLineId } }`, { id }, tokens.purchaser)).body.data!.auction).toEqual({ orderId: order.id, budgetLineId });
      expect(await q(`select kind, frozen_delta_fen::text as frozen from budget_movement where order_id = any($1) order by kind::text, frozen_delta_fen desc`, [[id, order.id]])).toEqual([
        { kind: 'freeze', frozen: '10000000' }, { kind: 'freeze', frozen: '8200000' }, { kind: 'release', frozen: '-10000000' },
      ]);
    });
  });

  describe('a public asset auction (公物处置)', () => {
    let id: string;
    const forwardInput = () => ({
      direction: 'FORWARD', title: '罚没车辆 2019 款轿车一辆', description: '行驶 8 万公里，手续齐全', startPrice: '50000.00', step: '500.00', deposit: '5000.00', appraisal: '60000.00',
      photoUrls: ['https://img.example.cn/car-1.jpg'], viewing: '12 月 1 日至 3 日 9:00–17:00 于市公物仓看样', startsAt: new Date().toISOString(), durationMinutes: 30,
    });

    beforeAll(async () => {
      const { body } = await gql(CREATE, { input: forwardInput() }, tokens.finance);
      expect(body.errors).toBeUndefined();
      id = (body.data!.createAuction as { id: string }).id;
    });

    it('lets anyone registered with a paid deposit bid upwards by the increment; guests may watch', async () => {
      expect(reason((await bid(bidders[0], id, '50000.00')).body)).toBe('AUCTION_DEPOSIT_UNPAID');
      const reg = await gql(`mutation ($id: ID!) { registerForAuction(auctionId: $id) { id amount state virtualAccountRef } }`, { id }, bidders[0].token);
      expect(reg.body.data!.registerForAuction).toMatchObject({ amount: '5000.00', state: 'DUE' });
      const again = await gql(`mutation ($id: ID!) { registerForAuction(auctionId: $id) { id } }`, { id }, bidders[0].token);
      expect((again.body.data!.registerForAuction as { id: string }).id).toBe((reg.body.data!.registerForAuction as { id: string }).id);
      for (const b of bidders.slice(1)) await gql(`mutation ($id: ID!) { registerForAuction(auctionId: $id) { id } }`, { id }, b.token);
      // The money arrives (bank transfer matched or Alipay settled: the deposits context's paths).
      await q(`update deposit set state = 'held', paid_at = now() - interval '1 day', paid_via = 'bank_transfer', payment_reference = 'BK-' || left(id::text, 8) where auction_id = $1`, [id]);
      expect((await gql(AUCTION, { id }, bidders[0].token)).body.data!.auction).toMatchObject({ myDeposit: { state: 'HELD', amount: '5000.00' } });

      const guest = watch(id, 0);
      await guest.until(() => guest.events.length >= 1);
      expect(reason((await bid(bidders[0], id, '49999.00')).body)).toBe('AUCTION_BID_INCREMENT');
      expect((await bid(bidders[0], id, '50000.00', 'fw-bid-0001', { 'x-device-id': 'dev-shared', 'x-forwarded-for': '203.0.113.7' })).body.errors).toBeUndefined();
      const low = await bid(bidders[1], id, '50400.00');
      expect([reason(low.body), params(low.body)?.min]).toEqual(['AUCTION_BID_INCREMENT', '50500.00']);
      expect((await bid(bidders[1], id, '50500.00', 'fw-bid-0002', { 'x-device-id': 'dev-shared', 'x-forwarded-for': '203.0.113.7' })).body.errors).toBeUndefined();
      expect((await bid(bidders[2], id, '52000.00')).body.errors).toBeUndefined();
      await guest.until(() => guest.events.at(-1)?.lastSequence === 3);
      expect(guest.events.flatMap((e) => e.bids.map((x) => [x.sequence, x.bidder]))).toEqual([[1, '竞买人1'], [2, '竞买人2'], [3, '竞买人3']]);
      expect(guest.events.at(-1)).toMatchObject({ bestPrice: '52000.00', myRank: null });
    });

    it('awards the highest bid; refunds the losers\' deposits once through the refund path, credits the winner\'s, issues the settlement record and records signals', async () => {
      await q(`update auction set ends_at = now() - interval '1 second' where id = $1`, [id]);
      const ctx = contextFor(people.tenant);
      const guest = watch(id, 3);
      await guest.until(() => guest.events.length >= 1);
      await api.app.get(AuctionSweepService).sweep(ctx, new Date());
      // The decided auction ends the room's stream after saying so.
      await guest.until(() => guest.done.completed);
      expect(guest.events.at(-1)).toMatchObject({ state: 'AWARDED', bids: [] });
      const close = () => api.app.get(TenantDb).transaction(ctx, (em, tx) => api.app.get(AuctionCloseService).close(em, tx, ctx, id, new Date()));
      const first = await close();
      expect(first).toMatchObject({ refunded: 2, applied: 1 });
      expect(await close()).toMatchObject({ refunded: 0, applied: 0, settlementId: first.settlementId });
      const deposits = await q<{ supplier_id: string; state: string; refunds: number; trigger: string | null }>(
        `select d.supplier_id, d.state, count(r.id)::int refunds, max(r.trigger) as trigger from deposit d left join deposit_refund r on r.deposit_id = d.id where d.auction_id = $1 group by d.id order by d.state`, [id]);
      const order = (x: { supplier_id: string }, y: { supplier_id: string }) => (x.supplier_id < y.supplier_id ? -1 : 1);
      expect(deposits.sort(order)).toEqual([
        { supplier_id: bidders[2].organisationId, state: 'applied', refunds: 0, trigger: null },
        ...[bidders[0], bidders[1]].map((b) => ({ supplier_id: b.organisationId, state: 'refunded', refunds: 1, trigger: 'auction_lost' })),
      ].sort(order));
      const settlement = await gql(`query ($id: ID!) { auctionSettlement(auctionId: $id) { price depositCredited balanceDue winner { id } text } }`, { id }, bidders[2].token);
      expect(settlement.body.data!.auctionSettlement).toMatchObject({ price: '52000.00', depositCredited: '5000.00', balanceDue: '47000.00', winner: { id: bidders[2].organisationId } });
      expect((settlement.body.data!.auctionSettlement as { text: string }).text).toContain('成交确认书');
      const signals = await q<{ kind: string; dedupe_key: string; auction_id: string }>(`select kind, dedupe_key, auction_id from compliance_signal where auction_id = $1 order by dedupe_key`, [id]);
      expect(signals).toEqual([
        { kind: 'same_origin', dedupe_key: `same_origin:auction:${id}:device:dev-shared`, auction_id: id },
        { kind: 'same_origin', dedupe_key: `same_origin:auction:${id}:ip:203.0.113.7`, auction_id: id },
      ]);
    });
  });

  it('numbers concurrent bids 1, 2, 3 … without gaps or repeats, in the order they commit', async () => {
    const id = await insertAuction(people);
    const all = [...bidders, outsider];
    // Bidders at once; each one's two bids one after the other (the second must beat its first).
    const results = (await Promise.all(all.map(async (b, i) => [await bid(b, id, `${90_000 - i}.00`), await bid(b, id, `${80_000 - i}.00`)]))).flat();
    expect(results.map((r) => r.body.errors)).toEqual(results.map(() => undefined));
    const rows = await q<{ seq: number }>('select seq from auction_bid where auction_id = $1 order by created_at, seq', [id]);
    expect(rows.map((r) => r.seq).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await auctionRow(people.tenant.id, id))?.last_seq).toBe(8);
  });

  it('under a burst of concurrent bids keeps gap-free numbering, strictly better prices, one audit entry per bid and an intact audit chain', async () => {
    const all = [...bidders, outsider];
    const key = (i: number) => `burst-${i}-${Date.now()}`;
    // Forward: every accepted bid must beat the best so far by the increment, whoever commits first.
    const fwd = await insertAuction(people, { direction: 'forward', startPriceFen: 100_000n, stepFen: 100n });
    const fwdBids = Array.from({ length: 40 }, (_, i) => ({ b: all[i % all.length], price: `${1_000 + i * 3}.00`, clientKey: key(i) }));
    const fwdResults = await Promise.all(fwdBids.map(({ b, price, clientKey }) => bid(b, fwd, price, clientKey)));
    const fwdReasons = new Set(fwdResults.map((r) => reason(r.body)));
    expect([...fwdReasons].every((x) => x === 'OK' || x === 'AUCTION_BID_INCREMENT')).toBe(true);
    // Reverse: the same bidder's concurrent bids are measured against its own last valid bid, read under the lock;
    // the same key sent twice at once makes one bid.
    const rev = await insertAuction(people, { stepFen: 100n });
    const revBids = Array.from({ length: 40 }, (_, i) => ({ b: all[i % all.length], price: `${90_000 - i * 7}.00`, clientKey: key(100 + i) }));
    revBids.push({ ...revBids[0] }, { ...revBids[1] });
    const revResults = await Promise.all(revBids.map(({ b, price, clientKey }) => bid(b, rev, price, clientKey)));
    expect([...new Set(revResults.map((r) => reason(r.body)))].every((x) => x === 'OK' || x === 'AUCTION_BID_DECREMENT')).toBe(true);
    expect(revResults.filter((r) => (r.body.data?.placeAuctionBid as { duplicate: boolean } | undefined)?.duplicate).length).toBeLessThanOrEqual(2);

    for (const [id, results] of [[fwd, fwdResults], [rev, revResults]] as const) {
      const accepted = new Set(results.filter((r) => !r.body.errors).map((r) => (r.body.data!.placeAuctionBid as { bid: { id: string } }).bid.id));
      const rows = await q<{ id: string; seq: number; bidder_id: string; price: string; pseudonym_no: number }>(
        'select id, seq, bidder_id, price_fen::text as price, pseudonym_no from auction_bid where auction_id = $1 order by seq', [id],
      );
      expect(rows.length).toBeGreaterThan(1);
      expect(new Set(rows.map((r) => r.id))).toEqual(accepted);
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      const auction = await auctionRow(people.tenant.id, id);
      expect(auction?.last_seq).toBe(rows.length);
      // One pseudonym per bidder, numbered 1 … n.
      const names = new Map(rows.map((r) => [r.bidder_id, r.pseudonym_no]));
      expect([...names.values()].sort()).toEqual([...names.keys()].map((_, i) => i + 1));
      if (id === fwd) {
        for (let i = 1; i < rows.length; i++) expect(BigInt(rows[i].price) - BigInt(rows[i - 1].price) >= 100n).toBe(true);
        expect(BigInt(auction!.best_price_fen as string)).toBe(BigInt(rows.at(-1)!.price));
      } else {
        for (const bidderId of names.keys()) {
          const own = rows.filter((r) => r.bidder_id === bidderId).map((r) => BigInt(r.price));
          for (let i = 1; i < own.length; i++) expect(own[i - 1] - own[i] >= 100n).toBe(true);
        }
        expect(BigInt(auction!.best_price_fen as string)).toBe(rows.map((r) => BigInt(r.price)).reduce((m, p) => (p < m ? p : m)));
      }
      const audits = await q<{ subject_id: string; seq: number }>(
        `select subject_id, (change->>'seq')::int as seq from audit_entry where action = 'sourcing.auction.bid' and change->>'auctionId' = $1 order by seq`, [id],
      );
      expect(audits.map((a) => a.subject_id).sort()).toEqual(rows.map((r) => r.id).sort());
      expect(audits.map((a) => a.seq).sort((x, y) => x - y)).toEqual(rows.map((r) => r.seq));
    }
    expect(await api.app.get(AuditVerifier).verify(contextFor(people.tenant))).toMatchObject({ ok: true });
  });

  it('cancels before the end (the organiser only) and then takes no bids', async () => {
    const { body } = await gql(CREATE, { input: reverseInput() }, tokens.purchaser);
    const id = (body.data!.createAuction as { id: string }).id;
    expect(reason((await gql(`mutation ($id: ID!) { cancelAuction(auctionId: $id, reason: "需求变更") { state } }`, { id }, tokens.agency)).body)).toBe('AUCTION_NOT_FOUND');
    const cancelled = await gql(`mutation ($id: ID!) { cancelAuction(auctionId: $id, reason: "需求变更") { state stateReason } }`, { id }, tokens.purchaser);
    expect(cancelled.body.data!.cancelAuction).toEqual({ state: 'CANCELLED', stateReason: '需求变更' });
    expect(reason((await bid(bidders[0], id, '90000.00')).body)).toBe('AUCTION_TRANSITION_NOT_ALLOWED');
    expect(await q(`select type, payload->>'outcome' as outcome from outbox_event where payload->>'auctionId' = $1`, [id])).toEqual([{ type: 'sourcing.auction.closed', outcome: 'cancelled' }]);
    // The ceiling frozen for it is given back.
    expect(await q(`select kind, frozen_delta_fen::text as frozen from budget_movement where order_id = $1 order by kind::text`, [id])).toEqual([
      { kind: 'freeze', frozen: '10000000' }, { kind: 'release', frozen: '-10000000' },
    ]);
  });
});
