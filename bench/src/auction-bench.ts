/**
 * One reverse auction, many bidders, through the real subscription path: every bidder holds a
 * graphql-ws connection to the room (split over two API instances, so the bids of one reach the
 * watchers of the other only through Redis) and bids over HTTP GraphQL.
 * Measures bid → broadcast latency (from sending the bid to each client receiving it) and
 * checks that every client saw every bid once, in sequence order, with no gap.
 * The two API instances run as processes of their own, as deployed (`--no-api-processes` puts
 * them in this process, on the 200 clients' event loop).
 * Bids in flight default to 4: on 2 vCPU one auction's throughput stops rising there (~110 bids/s,
 * 22,000 deliveries/s); with more in flight a bid only waits longer in the queue, which measures
 * capacity, not the subscription path (the README table shows 1, 2, 4 and 8).
 * Usage (from the repository root): bench/run-auction [--bidders 200] [--rounds 3] [--concurrency 4] [--no-api-processes] [--keep]
 * Target: p95 ≤ 100 ms. Not part of the test suite; timings are never asserted.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { formatYuan, loadConfig, Role } from '@zhengcai/schema';
import { migrate } from '@zhengcai/schema/cli/migrate';
import { seedDemo } from '@zhengcai/api/seed/seed';
import { createHttpApp } from '@zhengcai/api/http-app';
import { AccessTokens } from '@zhengcai/api/platform/identity/access-tokens';
import { createServer } from 'node:net';
import { admin, type ApiProcess, apiEnv, startApi, withDatabase } from './api-process.ts';
import { describeMachine, percentile } from './machine.ts';

// The API's own graphql-ws client and ws (the bench package adds no dependencies of its own).
const apiRequire = createRequire(new URL('../../api/package.json', import.meta.url));
interface Sink<T> { next(m: { data?: T | null; errors?: unknown }): void; error(e: unknown): void; complete(): void }
interface WsClient { subscribe<T>(payload: { query: string; variables: object }, sink: Sink<T>): () => void; dispose(): Promise<void> | void }
const { createClient } = apiRequire('graphql-ws') as { createClient(options: object): WsClient };
const WebSocket = apiRequire('ws') as unknown;

const { values: args } = parseArgs({
  options: {
    bidders: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '4' },
    keep: { type: 'boolean', default: false },
    'api-processes': { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const log = (s: string) => console.log(s);
const TENANT = '330000';
const DB = `zhengcai_bench_auction_${process.pid}`;
const CEILING = 100_000_000n;
const STEP = 100n;
const ROOM = `subscription ($id: ID!, $after: Int) { auctionRoom(auctionId: $id, afterSequence: $after) { lastSequence bestPrice bids { sequence } } }`;
const BID = `mutation ($input: PlaceAuctionBidInput!) { placeAuctionBid(input: $input) { bid { sequence } } }`;

interface Bidder { userId: string; orgId: string; token: string; seen: number[]; receivedAt: Map<number, number>; ready: boolean }

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** A port nobody listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl || !process.env.REDIS_URL) throw new Error('DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL must be set: use bench/run-auction.');
  const n = Number(args.bidders);
  const rounds = Number(args.rounds);
  const concurrency = Number(args.concurrency);
  log(`» database ${DB}`);
  await admin(ownerUrl, (c) => c.query(`create database ${DB}`));
  const benchOwner = withDatabase(ownerUrl, DB);
  const benchApp = withDatabase(appUrl, DB);
  const owner = new pg.Client({ connectionString: benchOwner });
  const apps: Awaited<ReturnType<typeof createHttpApp>>[] = [];
  const processes: ApiProcess[] = [];
  const clients: WsClient[] = [];
  try {
    await migrate(benchOwner);
    await seedDemo(benchOwner);
    await owner.connect();
    const { rows: [tenant] } = await owner.query<{ id: string }>(`select id from tenant where code = $1`, [TENANT]);
    await owner.query('begin');
    await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
    const { rows: [unit] } = await owner.query<{ id: string }>(`select unit_id as id from budget_line limit 1`);
    const { rows: [buyer] } = await owner.query<{ id: string }>(`select id from user_account where organisation_id = $1 limit 1`, [unit.id]);
    const auctionId = randomUUID();
    await owner.query(
      `insert into auction (id, tenant_id, direction, state, title, description, organiser_id, buyer_id, created_by, start_price_fen, step_fen, starts_at, scheduled_end_at, ends_at,
         extend_window_seconds, extend_by_seconds, max_extensions)
       values ($1, $2, 'reverse', 'live', '基准竞价', '基准', $3, $3, $4, $5, $6, now() - interval '1 minute', now() + interval '2 hours', now() + interval '2 hours', 300, 300, 10)`,
      [auctionId, tenant.id, unit.id, buyer.id, CEILING, STEP],
    );
    const ids: { userId: string; orgId: string }[] = [];
    for (let i = 0; i < n; i++) {
      const orgId = randomUUID();
      const userId = randomUUID();
      await owner.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, 'supplier', $3, $4)`, [orgId, tenant.id, `竞价供应商${i}`, `9133${String(i).padStart(14, '0')}`]);
      await owner.query(`insert into user_account (id, tenant_id, organisation_id, login_name, display_name, password_hash, roles) values ($1, $2, $3, $4, $4, 'x', '{supplier}'::user_role[])`, [userId, tenant.id, orgId, `bench-auction-${i}`]);
      ids.push({ userId, orgId });
    }
    await owner.query('commit');

    // Two API instances: half the bidders watch through each, all bids go to the first.
    // One signing key for both instances, as a deployment shares it.
    const jwtSecret = randomBytes(32).toString('hex');
    const config = loadConfig({
      ...process.env, DATABASE_URL: benchApp, DATABASE_OWNER_URL: benchOwner, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: String(concurrency + 4), JWT_SECRET: jwtSecret,
    });
    let urls: string[];
    let tokens: Pick<AccessTokens, 'signTenant'>;
    if (args['api-processes']) {
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        processes.push(await startApi(apiEnv(benchApp, benchOwner, port, { JWT_SECRET: jwtSecret, DATABASE_POOL_MAX: String(concurrency + 4) }), port));
      }
      urls = processes.map((p) => p.url.replace('http://', ''));
      tokens = new AccessTokens(config, { warn: () => undefined } as never);
    } else {
      for (let i = 0; i < 2; i++) {
        const app = await createHttpApp(config);
        await app.listen(0, '127.0.0.1');
        apps.push(app);
      }
      urls = apps.map((a) => `127.0.0.1:${(a.getHttpServer().address() as { port: number }).port}`);
      tokens = apps[0].get(AccessTokens);
    }
    const bidders: Bidder[] = [];
    for (const id of ids) {
      const { token } = await tokens.signTenant({ userId: id.userId, tenantId: tenant.id, organisationId: id.orgId, roles: [Role.Supplier], sessionId: randomUUID() });
      bidders.push({ ...id, token, seen: [], receivedAt: new Map(), ready: false });
    }

    // 1. Everyone joins the room.
    let t = performance.now();
    const errors: unknown[] = [];
    await Promise.all(bidders.map((b, i) => new Promise<void>((resolve) => {
      const client = createClient({ url: `ws://${urls[i % 2]}/graphql`, webSocketImpl: WebSocket, connectionParams: { 'x-tenant': TENANT, authorization: `Bearer ${b.token}` }, lazy: true, retryAttempts: 0 });
      clients.push(client);
      client.subscribe<{ auctionRoom: { bids: { sequence: number }[] } }>({ query: ROOM, variables: { id: auctionId, after: 0 } }, {
        next: (m) => {
          const at = performance.now();
          if (!m.data) errors.push(m.errors);
          for (const x of m.data?.auctionRoom.bids ?? []) {
            b.seen.push(x.sequence);
            b.receivedAt.set(x.sequence, at);
          }
          if (!b.ready) {
            b.ready = true;
            resolve();
          }
        },
        error: (e) => { errors.push(e); resolve(); },
        complete: () => undefined,
      });
    })));
    log(`» ${n} bidders in the room over graphql-ws (two API instances): ${(performance.now() - t).toFixed(0)} ms`);

    // 2. Bidding: every bidder bids `rounds` times, each lower than its own previous by far more than the step.
    const bids = Array.from({ length: rounds }, (_, r) => bidders.map((b, i) => ({ b, price: CEILING - BigInt(r * n + i + 1) * STEP }))).flat();
    const sentAt = new Map<number, number>();
    const answered: number[] = [];
    const answeredAt = new Map<number, number>();
    t = performance.now();
    await pool(bids, concurrency, async ({ b, price }) => {
      const sent = performance.now();
      const res = await fetch(`http://${urls[0]}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': TENANT, authorization: `Bearer ${b.token}` },
        body: JSON.stringify({ query: BID, variables: { input: { auctionId, price: formatYuan(price), clientKey: randomUUID() } } }),
      });
      const body = (await res.json()) as { data?: { placeAuctionBid: { bid: { sequence: number } } }; errors?: unknown[] };
      if (!body.data) throw new Error(`bid refused: ${JSON.stringify(body.errors)}`);
      sentAt.set(body.data.placeAuctionBid.bid.sequence, sent);
      answeredAt.set(body.data.placeAuctionBid.bid.sequence, performance.now());
      answered.push(performance.now() - sent);
    });
    const bidMs = performance.now() - t;
    answered.sort((a, c) => a - c);
    log(`» ${bids.length} bids, concurrency ${concurrency}: ${(bidMs / 1000).toFixed(2)} s (${(bids.length / (bidMs / 1000)).toFixed(0)} bids/s); bid answered p50 ${percentile(answered, 50).toFixed(1)} ms, p95 ${percentile(answered, 95).toFixed(1)} ms`);

    // 3. Wait for the last broadcast to reach everyone (or give up after 30 s).
    const total = bids.length;
    const deadline = Date.now() + 30_000;
    while (bidders.some((b) => b.seen.length < total) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

    const latencies: number[] = [];
    // The fan-out alone: delivery after the bid's HTTP answer (negative when the broadcast came first).
    const fanOut: number[] = [];
    let missing = 0;
    let outOfOrder = 0;
    let duplicates = 0;
    for (const b of bidders) {
      missing += total - new Set(b.seen).size;
      duplicates += b.seen.length - new Set(b.seen).size;
      outOfOrder += b.seen.filter((s, i) => s !== i + 1).length;
      for (const [seq, at] of b.receivedAt) {
        latencies.push(at - sentAt.get(seq)!);
        fanOut.push(at - answeredAt.get(seq)!);
      }
    }
    latencies.sort((a, c) => a - c);
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p));
    log(`» bid → broadcast over ${latencies.length} deliveries: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`);
    fanOut.sort((a, c) => a - c);
    log(`» delivery after the bid's answer (fan-out alone): p50 ${percentile(fanOut, 50).toFixed(1)} ms, p95 ${percentile(fanOut, 95).toFixed(1)} ms`);
    log(`» every client's view: ${missing} missing, ${duplicates} duplicated, ${outOfOrder} out of sequence; ${errors.length} subscription errors`);

    const machine = describeMachine((await owner.query('show server_version')).rows[0].server_version);
    const result = { bidders: n, bids: total, concurrency, apiProcesses: args['api-processes'], bidMs, answeredP50Ms: percentile(answered, 50), answeredP95Ms: percentile(answered, 95), p50Ms: p50, p95Ms: p95, p99Ms: p99, maxMs: latencies.at(-1), fanOutP50Ms: percentile(fanOut, 50), fanOutP95Ms: percentile(fanOut, 95), missing, duplicates, outOfOrder, subscriptionErrors: errors.length, targetP95Ms: 100, machine };
    const dir = new URL('../results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL(`auction-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`, dir);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`» ${file.pathname}: p95 ${p95.toFixed(1)} ms against the 100 ms target`);
    if (missing || duplicates || outOfOrder || errors.length) throw new Error('some client did not see every bid once and in order');
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const app of apps) await app.close();
    for (const p of processes) await p.stop();
    await owner.end().catch(() => undefined);
    if (!args.keep) await admin(ownerUrl, (c) => c.query(`drop database if exists ${DB} with (force)`));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
