/**
 * `bench/run`: every scenario in one go against one generated database and the real API, one
 * table of results and ratios, written to bench/results/bench-<time>.{json,md}.
 * Usage (from the repository root): bench/run [--scale N] [--seed S] [--duration S] [--connections C]
 *   [--only a,b,…] [--quick] [--soak] [--force] [--max-load X] [--keep]
 * Scenarios: framework, search, detail, order, mixed, ranking, inspection, refunds, opening, auction
 * (soak with --soak). Not part of the test suite; nothing here is asserted.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { formatYuan, ormConfig } from '@zhengcai/schema';
import { migrate } from '@zhengcai/schema/cli/migrate';
import { seedDemo } from '@zhengcai/api/seed/seed';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { PgSearchAdapter } from '@zhengcai/api/catalog/search/pg/pg-search.adapter';
import { admin, dropDatabase, type ApiProcess, apiEnv, startApi, withDatabase } from './api-process.ts';
import { drive, type DriveFigure, send, type Step } from './drive.ts';
import { type BenchTenant, generate } from './generate.ts';
import { pastBusiness, priceHistory } from './history.ts';
import { busyDecision, describeMachine } from './machine.ts';
import { generateOrderData, type OrderData } from './order-data.ts';
import { ADDRESS, type Buyer, logIn, orderLoad, type Pick, placeOne } from './order-load.ts';
import { scriptRules } from './order-script.ts';
import { lastTransaction, parseStatementLog, pgbenchScript } from './pgbench-script.ts';
import { logSize, readLogFrom, runPgbench, serverLogFile, superuserSql } from './pgbench.ts';
import { cpuPerRequest, sample } from './proc.ts';
import { COMMON_WORD, FEW_MATCHES, MIXED, SEARCH_DOCUMENT, type SearchCase } from './scenarios.ts';
import { changeListings } from './listing-changes.ts';
import { searchStream } from './search-stream.ts';
import { countStatements, statementsPerRequest } from './statements.ts';
import { consoleTable, type Ratio, ratio, type Row, stampOf, type Summary, writeSummary } from './summary.ts';

export const SCENARIOS = ['framework', 'search', 'detail', 'order', 'mixed', 'ranking', 'inspection', 'refunds', 'opening', 'auction'] as const;

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string' },
    seed: { type: 'string', default: '0' },
    duration: { type: 'string' },
    connections: { type: 'string', default: '16' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'max-load': { type: 'string', default: '0.6', short: 'l' },
    keep: { type: 'boolean', default: false },
  },
});
const log = (s: string) => console.log(s);
const QUICK = args.quick;
const SCALE = Number(args.scale ?? (QUICK ? 20_000 : 1_000_000));
const SEED = Number(args.seed);
const SECONDS = Number(args.duration ?? (QUICK ? 3 : 20));
const WARM = QUICK ? 1 : 5;
const CONNECTIONS = Number(args.connections);
const SOAK_SECONDS = QUICK ? 30 : 300;
const SOAK_SAMPLE = QUICK ? 5 : 10;
const SOAK_WARM = QUICK ? 5 : 60;
const ONLY = new Set(args.only ? args.only.split(',').map((s) => s.trim()) : SCENARIOS);
for (const s of ONLY) {
  if (!(SCENARIOS as readonly string[]).includes(s)) {
    console.error(`--only: unknown scenario ${s}; the scenarios are ${SCENARIOS.join(', ')}`);
    process.exit(2);
  }
}
const TENANT = '330000';
const SHARES: Record<string, number> = { '330000': 0.5, '500000': 0.3, '450000': 0.2 };
const DB = `zhengcai_bench_run_${process.pid}`;
const CAP = 300;
/** Price changes of the listing detail's two listings: statements per request must not grow with them. */
const FEW_CHANGES = 3;
const MANY_CHANGES = QUICK ? 100 : 1000;
const rand = (n: number) => Math.floor(Math.random() * n);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const gqlBody = (query: string, variables: unknown = {}) => JSON.stringify({ query, variables });
const ME = 'query Me { me { id } }';
const LISTING = `query Listing($id: ID!) {
  listing(id: $id) {
    id state title description brand model price stock warrantyMonths categoryCode categoryName standardProductId
    deliveryRegionCodes imageUrls policyTags { tag certificateNo issuer validUntil valid }
    supplierId supplierName supplierRegionCode supplierIntegrityBlocked supplierIntegrityBand
    approvedAt submittedAt updatedAt rejectionReason delistedBy delistReason
    priceHistory { price previousPrice changedAt }
  }
}`;
const PLACE = `mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNo total } }`;

interface Scenario {
  name: string;
  steps: Step[];
  connections: number;
  target?: Row['target'];
  note?: string;
  /** Work running beside the load (listing changes); its stop says what it did, for the note. */
  alongside?: () => Promise<() => Promise<string>>;
}

/** Runs the load with the scenario's side work, if any, and notes what that did. */
async function withAlongside<F>(s: Scenario, run: () => Promise<F>): Promise<{ f: F; note?: string }> {
  const stop = s.alongside ? await s.alongside() : undefined;
  try {
    const f = await run();
    return { f, note: stop ? await stop() : undefined };
  } catch (err) {
    await stop?.();
    throw err;
  }
}

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl || !process.env.REDIS_URL) throw new Error('DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL must be set: use bench/run.');
  const command = `bench/run ${process.argv.slice(2).join(' ')}`.trim();

  // Refuse before an hour of work rather than after it.
  const busy = busyDecision(os.loadavg()[0], os.cpus().length, Number(args['max-load']), args.force);
  log(busy.message);
  if (!busy.record) {
    process.exitCode = 3;
    return;
  }

  const pgPort = Number(new URL(appUrl).port || 5432);
  const appRole = decodeURIComponent(new URL(appUrl).username);
  log(`» database ${DB}`);
  await admin(ownerUrl, (c) => c.query(`create database ${DB}`));
  const benchOwner = withDatabase(ownerUrl, DB);
  const benchApp = withDatabase(appUrl, DB);
  const owner = new pg.Client({ connectionString: benchOwner });
  const orm = new MikroORM(ormConfig({ url: benchApp, poolMax: 4 }));
  let api: ApiProcess | undefined;
  let logging = false;
  const generation: Summary['generation'] = [];
  const timed = async <T>(part: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const out = await work();
    generation.push({ part, seconds: (Date.now() - started) / 1000 });
    log(`  ${part}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return out;
  };
  try {
    // 1. Data.
    log(`» generating: scale ${SCALE.toLocaleString('en')} listings, seed ${SEED}`);
    await timed('schema + demo seed', async () => {
      await migrate(benchOwner);
      await seedDemo(benchOwner);
    });
    await owner.connect();
    const tenantRows = (await owner.query<{ id: string; code: string }>(`select id, code from tenant order by code`)).rows;
    const tenants: BenchTenant[] = tenantRows.filter((t) => SHARES[t.code]).map((t) => ({ ...t, share: SHARES[t.code] }));
    const searchPort = new PgSearchAdapter(new TenantDb(orm), { cap: CAP, walk: 5_000 });
    const ctxOf = (t: BenchTenant) => ({ tenantId: t.id, tenantCode: t.code, locale: 'zh-CN' as const, roles: ['system'], requestId: 'bench' });
    const g = await timed('search documents (rows, rank, indexes)', () =>
      generate(owner, tenants, SCALE, async () => {
        for (const t of tenants) await searchPort.refreshRanks(ctxOf(t));
      }, log, SEED),
    );
    await owner.query('vacuum analyze search_document');
    // What the rank job does after the recompute: the province's common words (the search's walk-or-look-up choice).
    for (const t of tenants) await searchPort.countWords(ctxOf(t));
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const data = await timed('purchasing units, budget lines, listings on sale', () => generateOrderData(owner, TENANT, 16, 4, 64, year));
    await timed('price history', () => priceHistory(owner, data.tenantId, [data.listings[0]], FEW_CHANGES).then(() => priceHistory(owner, data.tenantId, [data.listings[1]], MANY_CHANGES)));
    const past = await timed('past orders, tenders, bids, deposits', () => pastBusiness(owner, data.tenantId, Math.max(200, Math.round(SCALE / 100)), Math.max(5, Math.round(SCALE / 10_000)), SEED));
    log(`  ${Object.entries(past).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`);
    await owner.query('analyze');
    // The same supplier for the same seed (listing ids are time-based, so not by them).
    const rareName = (await owner.query<{ s: string }>(`select min(supplier_name) s from search_document where tenant_id = $1`, [data.tenantId])).rows[0]?.s ?? '华信';

    // 2. The scenarios' requests.
    const httpPort = 4700 + (process.pid % 200);
    const env = apiEnv(benchApp, benchOwner, httpPort, { SEARCH_CANDIDATE_CAP: String(CAP) });
    const search = (c: SearchCase): Step => ({ path: '/graphql', body: gqlBody(SEARCH_DOCUMENT, c.variables) });
    const byName = (...names: string[]) => MIXED.filter((c) => names.includes(c.name));
    const few = data.listings[0];
    const many = data.listings[1];
    let buyers: Buyer[] = [];
    const buyerOf = (who: number) => buyers[who % buyers.length];
    const detail = (id: string): Step => ({ path: '/graphql', build: (who) => ({ body: gqlBody(LISTING, { id }), token: buyerOf(who).token }) });
    let onSale: OrderData['listings'] = data.listings;
    const orderStep: Step = {
      path: '/graphql',
      build: (who) => {
        const b = buyerOf(who);
        const l = onSale[rand(onSale.length)];
        const input = { listingId: l.id, quantity: 1, expectedUnitPrice: formatYuan(l.priceFen), budgetLineId: b.unit.lines[rand(b.unit.lines.length)], deliveryAddress: ADDRESS, idempotencyKey: randomUUID() };
        return { body: gqlBody(PLACE, { input }), token: b.token };
      },
    };
    const stream = searchStream(SEED);
    const searchTarget: Row['target'] = { metric: 'p95', max: 30, label: 'p95 ≤ 30 ms' };
    const all: (Scenario & { area: string })[] = [
      { area: 'framework', name: 'plain HTTP: GET /health/live', steps: [{ method: 'GET', path: '/health/live' }], connections: CONNECTIONS },
      { area: 'framework', name: 'trivial authenticated GraphQL: { me { id } }', steps: [{ path: '/graphql', build: (who) => ({ body: gqlBody(ME), token: buyerOf(who).token }) }], connections: CONNECTIONS },
      { area: 'search', name: 'search: common words (办公, 台式计算机, 联想 便携式计算机)', steps: [COMMON_WORD, ...byName('台式计算机', '联想 便携式计算机')].map(search), connections: CONNECTIONS, target: searchTarget },
      { area: 'search', name: `search: rare words (a supplier's name)`, steps: [search({ name: 'rare', variables: { t: rareName } })], connections: CONNECTIONS, target: searchTarget },
      { area: 'search', name: 'search: model numbers (i5-1340P, a typo, ThinkPad)', steps: byName('model i5-1340P', 'model typo i5-1430P', 'ThinkPad').map(search), connections: CONNECTIONS, target: searchTarget },
      { area: 'search', name: 'search: few or no matches (显微镜, 得力 碎纸机, P1000)', steps: FEW_MATCHES.map(search), connections: CONNECTIONS, target: searchTarget },
      { area: 'search', name: 'search: with filters and sorts', steps: MIXED.filter((c) => c.variables.f || c.variables.s).map(search), connections: CONNECTIONS, target: searchTarget },
      { area: 'search', name: 'search: the 12-kind mix', steps: MIXED.map(search), connections: CONNECTIONS, target: searchTarget },
      {
        area: 'search', name: 'search: the 12-kind mix while 10 listings a second change (as orders do)', steps: MIXED.map(search), connections: CONNECTIONS, target: searchTarget,
        alongside: async () => {
          const stop = await changeListings(benchApp, data.tenantId, 10);
          return async () => `${await stop()} of the province's best-ranked listings changed during the run (stock −1, sales +1, each announced by name)`;
        },
      },
      {
        area: 'search', name: `search: a day's traffic (${stream.space.length.toLocaleString('en')} distinct searches, Zipf popularity) while 10 listings a second change`,
        steps: [{ path: '/graphql', build: () => ({ body: stream.next() }) }], connections: CONNECTIONS, target: searchTarget,
        alongside: async () => {
          stream.count();
          const stop = await changeListings(benchApp, data.tenantId, 10);
          return async () => {
            const { asked, distinct } = stream.count();
            return `${asked.toLocaleString('en')} searches, ${distinct.toLocaleString('en')} of them distinct (${round((100 * distinct) / Math.max(1, asked))} % asked for the first time in the run); ${await stop()} listings changed`;
          };
        },
      },
      { area: 'detail', name: `listing detail, ${FEW_CHANGES} price changes`, steps: [detail(few.id)], connections: CONNECTIONS },
      { area: 'detail', name: `listing detail, ${MANY_CHANGES} price changes`, steps: [detail(many.id)], connections: CONNECTIONS },
      {
        area: 'mixed',
        name: 'mixed: 5 searches, 3 details, 1 me, 1 order',
        steps: [...MIXED.slice(0, 5).map(search), detail(few.id), detail(many.id), detail(data.listings[2].id), { path: '/graphql', build: (who) => ({ body: gqlBody(ME), token: buyerOf(who).token }) }, orderStep],
        connections: CONNECTIONS,
      },
    ];
    const scenarios = all.filter((s) => ONLY.has(s.area));
    const wanted = (area: string) => ONLY.has(area);

    // 3. One API process with statement logging for this database's app role: the statements
    //    of each scenario's requests, one at a time, and those of one order for pgbench.
    const logFile = serverLogFile(pgPort);
    superuserSql(pgPort, 'postgres', `alter role ${appRole} in database ${DB} set log_statement = 'all'`);
    logging = true;
    // The cache off, so that each probe of a search counts the statements it costs.
    api = await startApi({ ...env, SEARCH_CACHE_ENTRIES: '0' }, httpPort);
    buyers = await logIn(api.url, TENANT, data);
    const statements = new Map<string, number>();
    let orderStatements: string[] = [];
    {
      // What the process sends on its own (pollers), per second, to subtract.
      const idleFrom = logSize(logFile);
      await new Promise((r) => setTimeout(r, 2000));
      const idlePerSecond = countStatements(readLogFrom(logFile, idleFrom), DB, appRole) / 2;
      const PROBES = 10;
      for (const s of scenarios) {
        for (const step of s.steps) await send(api.url, TENANT, step); // warm caches first
        const from = logSize(logFile);
        const started = Date.now();
        let n = 0;
        for (let i = 0; i < PROBES; i++) for (const step of s.steps) (await send(api.url, TENANT, step, i), n++);
        await new Promise((r) => setTimeout(r, 300));
        const seconds = (Date.now() - started) / 1000;
        statements.set(s.name, statementsPerRequest(countStatements(readLogFrom(logFile, from), DB, appRole), n, idlePerSecond, seconds));
      }
      if (wanted('order')) {
        await placeOne(api.url, TENANT, { buyer: buyers[0], line: buyers[0].unit.lines[0], listing: data.listings[1] });
        const from = logSize(logFile);
        const r = await placeOne(api.url, TENANT, { buyer: buyers[0], line: buyers[0].unit.lines[1], listing: data.listings[0] });
        if (!r.ok) throw new Error(`the capture order failed: ${r.error}`);
        await new Promise((r) => setTimeout(r, 300));
        orderStatements = lastTransaction(parseStatementLog(readLogFrom(logFile, from), DB), /insert into "?mall_idempotency_key"?/i);
        statements.set('order', orderStatements.length);
      }
    }
    await api.stop();
    api = undefined;
    superuserSql(pgPort, 'postgres', `alter role ${appRole} in database ${DB} reset log_statement`);
    logging = false;

    // 4. The API without logging, measured.
    api = await startApi(env, httpPort);
    buyers = await logIn(api.url, TENANT, data);
    if (wanted('order') || wanted('mixed')) {
      onSale = [];
      for (const listing of data.listings) if ((await placeOne(api.url, TENANT, { buyer: buyers[0], line: buyers[0].unit.lines[0], listing })).ok) onSale.push(listing);
      if (onSale.length === 0) throw new Error('no listing can be ordered');
    }
    const machine = describeMachine((await owner.query('show server_version')).rows[0].server_version);
    // One name for every file of the run: the time the measuring began.
    const STAMP = stampOf(new Date());
    const rows: Row[] = [];
    const ratios: Ratio[] = [];
    const measure = async <F extends { requests: number }>(_name: string, run: () => Promise<F>) => {
      const before = sample(api!.pid);
      const f = await run();
      const after = sample(api!.pid);
      return { f, cpu: cpuPerRequest(before, after, f.requests), rss: after.rssMiB };
    };
    const rowOf = (s: { name: string; target?: Row['target']; note?: string }, f: DriveFigure | (Omit<DriveFigure, 'graphqlErrors'>), cpu: number, rss: number, unit = 'req/s'): Row => ({
      scenario: s.name, concurrency: f.connections, throughput: f.rps, unit, p50: f.p50, p95: f.p95, p99: f.p99, errors: f.errors,
      statements: statements.get(s.name) ?? null, cpuMsPerRequest: cpu, rssMiB: rss, target: s.target, note: s.note,
    });
    if (scenarios.length) {
      log('» warm-up');
      await drive(api.url, TENANT, 'warm-up', scenarios.flatMap((s) => s.steps), CONNECTIONS, WARM);
    }
    for (const s of scenarios) {
      log(`» ${s.name}: ${s.connections} connections, ${SECONDS} s`);
      let beside: string | undefined;
      const { f, cpu, rss } = await measure(s.name, async () => {
        const r = await withAlongside(s, () => drive(api!.url, TENANT, s.name, s.steps, s.connections, SECONDS));
        beside = r.note;
        return r.f;
      });
      const row = rowOf(s, f, cpu, rss);
      // The statements were counted with the cache off (step 3): a repeat here runs none.
      if (s.area === 'search') Object.assign(row, { statements: null, note: 'repeats served from the result cache (no SQL); SQL/req of a first search: see the cache-off row' });
      if (beside) row.note = [row.note, beside].filter(Boolean).join('; ');
      rows.push(row);
    }
    // The same searches with the result cache off: what a search costs when it is not a repeat.
    const searches = scenarios.filter((s) => s.area === 'search');
    if (searches.length) {
      await api.stop();
      api = await startApi({ ...env, SEARCH_CACHE_ENTRIES: '0' }, httpPort);
      await drive(api.url, TENANT, 'warm-up', searches.flatMap((s) => s.steps), CONNECTIONS, WARM);
      for (const s of searches) {
        const off = { ...s, name: `${s.name}, cache off`, note: 'SEARCH_CACHE_ENTRIES=0: every search runs its statement' };
        log(`» ${off.name}: ${s.connections} connections, ${SECONDS} s`);
        let beside: string | undefined;
        const { f, cpu, rss } = await measure(off.name, async () => {
          const r = await withAlongside(s, () => drive(api!.url, TENANT, off.name, s.steps, s.connections, SECONDS));
          beside = r.note;
          return r.f;
        });
        rows.push(rowOf({ ...off, name: s.name, note: [off.note, beside].filter(Boolean).join('; ') }, f, cpu, rss));
        rows[rows.length - 1].scenario = off.name;
      }
      await api.stop();
      api = await startApi(env, httpPort);
    }
    const framework = rows.filter((r) => r.scenario.startsWith('plain HTTP') || r.scenario.startsWith('trivial'));
    if (framework.length === 2) ratios.push(ratio('GraphQL ÷ plain HTTP throughput (framework tax)', framework[1].throughput!, framework[0].throughput!));
    const details = rows.filter((r) => r.scenario.startsWith('listing detail'));
    if (details.length === 2) {
      const same = details[0].statements === details[1].statements;
      for (const d of details) d.note = `statements per request ${details[0].statements} with ${FEW_CHANGES} price changes, ${details[1].statements} with ${MANY_CHANGES}: ${same ? 'constant' : 'GROWS with the children'}`;
      details[1].target = { metric: 'statements', max: details[0].statements ?? undefined, label: `SQL/req = ${details[0].statements} (as with ${FEW_CHANGES})` };
    }

    if (wanted('order')) {
      const spread = (b: Buyer): Pick => ({ buyer: b, line: b.unit.lines[rand(b.unit.lines.length)], listing: onSale[rand(onSale.length)] });
      log(`» placeOrder: ${CONNECTIONS} connections, ${SECONDS} s`);
      await orderLoad(api.url, TENANT, 'warm-up', buyers, spread, CONNECTIONS, WARM);
      const s = { name: 'one-click order (placeOrder), 16 units × 4 lines' };
      const { f, cpu, rss } = await measure(s.name, () => orderLoad(api!.url, TENANT, s.name, buyers, spread, CONNECTIONS, SECONDS));
      const row = rowOf(s, { ...f, errors: f.errors + f.refused, graphqlErrors: 0 } as DriveFigure, cpu, rss, 'orders/s');
      row.statements = statements.get('order') ?? null;
      rows.push(row);
      // pgbench: the captured transaction as the app role, the same clients and seconds.
      const dir = new URL('../results/', import.meta.url);
      mkdirSync(dir, { recursive: true });
      const file = new URL(`bench-${STAMP}.order.pgbench.sql`, dir);
      writeFileSync(file, pgbenchScript(orderStatements, scriptRules(data, orderStatements, 'random(1, 16)', 'random(1, 4)', 4)).script);
      log(`» pgbench: the same transaction, ${CONNECTIONS} clients, ${SECONDS} s`);
      const pgb = runPgbench('pgbench', benchApp, file.pathname, CONNECTIONS, SECONDS);
      rows.push({ scenario: 'pgbench: the same SQL transaction', concurrency: CONNECTIONS, throughput: round(pgb.tps), unit: 'TPS', p50: pgb.p50, p95: pgb.p95, p99: pgb.p99, errors: pgb.failed, statements: orderStatements.length, cpuMsPerRequest: null, rssMiB: null });
      ratios.push(ratio('API orders/s ÷ pgbench TPS', row.throughput!, round(pgb.tps), 0.1));
    }

    if (args.soak) {
      const mixed = scenarios.find((s) => s.area === 'mixed') ?? { name: 'mixed', steps: [] as Step[] };
      if (mixed.steps.length) {
        log(`» soak: the mixed load for ${SOAK_SECONDS} s, RSS every ${SOAK_SAMPLE} s`);
        const rss: number[] = [sample(api.pid).rssMiB];
        const timer = setInterval(() => rss.push(sample(api!.pid).rssMiB), SOAK_SAMPLE * 1000);
        const before = sample(api.pid);
        const f = await drive(api.url, TENANT, 'soak', mixed.steps, CONNECTIONS, SOAK_SECONDS);
        clearInterval(timer);
        const after = sample(api.pid);
        rss.push(after.rssMiB);
        // Growth from the end of the first minute (5 s of a quick soak): the first requests
        // fill V8's heap, JIT code and the pools once; a leak keeps growing after that.
        const base = rss[Math.min(rss.length - 1, Math.round(SOAK_WARM / SOAK_SAMPLE))];
        const growth = round(((rss.at(-1)! - base) / base) * 100, 2);
        rows.push({
          ...rowOf({ name: `soak: mixed load, ${SOAK_SECONDS / 60} min` }, f, cpuPerRequest(before, after, f.requests), after.rssMiB),
          rssGrowthPercent: growth, target: { metric: 'rssGrowth', max: 5, label: 'RSS growth < 5 %, no errors' },
          note: `RSS every ${SOAK_SAMPLE} s (MiB): ${rss.join(', ')}; growth counted from ${base} MiB (after ${SOAK_WARM} s); errors ${f.errors}`,
          statements: statements.get(mixed.name) ?? null,
        });
        if (f.errors > 0) rows.at(-1)!.target = { metric: 'errors', max: 0, label: 'RSS growth < 5 %, no errors' };
      } else log('  soak needs the mixed scenario (--only …,mixed)');
    }
    await api.stop();
    api = undefined;

    // 5. Background work: the existing benches as they are, their headline in the table.
    if (wanted('ranking')) {
      const t = tenants.find((x) => x.code === TENANT)!;
      const started = Date.now();
      const n = await searchPort.refreshRanks(ctxOf(t));
      const recomputeSeconds = (Date.now() - started) / 1000;
      const counting = Date.now();
      const words = await searchPort.countWords(ctxOf(t));
      const countSeconds = (Date.now() - counting) / 1000;
      rows.push({ scenario: `ranking: first recompute of ${g.rows.toLocaleString('en')} documents`, concurrency: 1, throughput: null, unit: '', p50: null, p95: null, p99: null, errors: 0, statements: null, cpuMsPerRequest: null, rssMiB: null, value: round(g.rankSeconds), valueUnit: 's', target: { metric: 'value', max: 30, label: '≤ 30 s (1,000,000)' }, note: `nightly recompute of ${TENANT} with nothing to change: ${recomputeSeconds.toFixed(1)} s (${n} rows changed), then its common words counted in ${countSeconds.toFixed(1)} s (${words})` });
    }
    for (const b of background(ownerUrl)) {
      if (!wanted(b.area)) continue;
      try {
        rows.push(await b.run());
      } catch (err) {
        rows.push({ scenario: b.area, concurrency: null, throughput: null, unit: '', p50: null, p95: null, p99: null, errors: 1, statements: null, cpuMsPerRequest: null, rssMiB: null, note: `failed: ${(err as Error).message}` });
      }
    }

    const summary: Summary = {
      stamp: STAMP, machine, loadAfter: describeMachine(machine.postgres).load, forced: busy.busy, busyMessage: busy.message,
      scale: g.rows, seed: SEED, quick: QUICK, generation, past, rows, ratios, command,
    };
    const generated = generation.filter((x) => !x.part.startsWith('of which')).reduce((a, x) => a + x.seconds, 0);
    summary.rows.unshift({ scenario: `data generation (${g.rows.toLocaleString('en')} listings and the rest)`, concurrency: null, throughput: null, unit: '', p50: null, p95: null, p99: null, errors: 0, statements: null, cpuMsPerRequest: null, rssMiB: null, value: round(generated), valueUnit: 's', target: { metric: 'value', max: 180, label: '< 3 min (1,000,000)' } });
    summary.generation = summary.generation.filter((x) => !x.part.startsWith('of which')).concat([{ part: 'of which rank recompute', seconds: g.rankSeconds }]);
    log('');
    log(consoleTable(summary.rows));
    log('');
    for (const r of ratios) log(`${r.name}: ${r.value}${r.target ? ` (target ${r.target}: ${r.verdict})` : ''}`);
    if (busy.busy) log(`\n${busy.message}`);
    log(`written ${writeSummary(summary)} and .json`);
  } finally {
    await api?.stop();
    if (logging) superuserSql(pgPort, 'postgres', `alter role ${appRole} in database ${DB} reset log_statement`);
    await owner.end().catch(() => undefined);
    await orm.close(true);
    if (!args.keep) await dropDatabase(ownerUrl, DB);
    else log(`kept database ${DB}`);
  }
}

/** The background benches: each is its own script with its own database; the table takes its headline. */
function background(ownerUrl: string): { area: string; run: () => Promise<Row> }[] {
  const empty = { concurrency: null, throughput: null, unit: '', p50: null, p95: null, p99: null, errors: null, statements: null, cpuMsPerRequest: null, rssMiB: null };
  /** Runs one bench script; its newest results file, or why there is none. */
  const runBench = async (script: string, prefix: string, argv: string[]): Promise<Record<string, any>> => {
    log(`» ${script} ${argv.join(' ')}`);
    const started = Date.now();
    const r = spawnSync(process.execPath, [`bench/src/${script}`, ...argv], { stdio: 'inherit', env: process.env });
    // A database the script could not drop while its own sessions were open: gone with it now.
    const left = await admin(ownerUrl, (c) => c.query<{ datname: string }>(`select datname from pg_database where datname ~ $1`, [`^zhengcai_bench_[a-z_]+_${r.pid}$`]));
    for (const d of left.rows) await dropDatabase(ownerUrl, d.datname);
    const dir = new URL('../results/', import.meta.url);
    const newest = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.json')).sort().at(-1);
    // A file from before this run would be an old figure: never take it.
    const fresh = newest && Date.parse(stampFromName(newest)) >= Math.floor(started / 60_000) * 60_000;
    if (!fresh) throw new Error(`${script} exited ${r.status} and wrote no results`);
    if (r.status !== 0) log(`  ${script} exited ${r.status} after writing its results`);
    return JSON.parse(readFileSync(new URL(newest, dir), 'utf8')) as Record<string, any>;
  };
  return [
    {
      area: 'inspection',
      run: async () => {
        const n = QUICK ? 20_000 : SCALE;
        const j = await runBench('inspection-bench.ts', 'inspection-', ['--listings', String(n)]);
        return { ...empty, scenario: `price inspection of ${n.toLocaleString('en')} listings (nightly job)`, concurrency: 1, errors: 0, value: round(j.firstMs / 1000), valueUnit: 's', target: { metric: 'value', max: 60, label: '≤ 60 s (1,000,000)' }, note: `first run ${round(j.firstMs / 1000)} s (${j.firstFindings} findings), next night ${round(j.secondMs / 1000)} s` };
      },
    },
    {
      area: 'refunds',
      run: async () => {
        const n = QUICK ? 1000 : 10_000;
        const j = await runBench('refund-bench.ts', 'refunds-', ['--count', String(n)]);
        const failed = (j.checks as { ok: boolean }[]).filter((c) => !c.ok).length;
        return { ...empty, scenario: `${n.toLocaleString('en')} deposit refunds through the worker`, throughput: j.perSecond, unit: 'refunds/s', errors: failed, value: j.seconds, valueUnit: 's', target: { metric: 'value', max: 30, label: '≤ 30 s (10,000)' }, note: `all ${n.toLocaleString('en')} in ${j.seconds} s; ${failed} checks failed` };
      },
    },
    {
      area: 'opening',
      run: async () => {
        const n = QUICK ? 100 : 1000;
        const j = await runBench('opening-bench.ts', 'bid-opening-', ['--bids', String(n)]);
        return { ...empty, scenario: `bid opening of ${n.toLocaleString('en')} sealed bids`, concurrency: j.concurrency, p50: round(j.openP50Ms), p95: round(j.openP95Ms), errors: 0, value: round(j.openMs / 1000, 2), valueUnit: 's', target: { metric: 'value', max: 10, label: '≤ 10 s (1,000)' }, note: 'p50/p95: per bid' };
      },
    },
    {
      area: 'auction',
      run: async () => {
        const argv = QUICK ? ['--bidders', '20', '--rounds', '1', '--concurrency', '4'] : ['--concurrency', '4'];
        const j = await runBench('auction-bench.ts', 'auction-', argv);
        return { ...empty, scenario: `auction broadcast: ${j.bidders} bidders, ${j.bids} bids`, concurrency: j.concurrency, throughput: round(j.bids / (j.bidMs / 1000)), unit: 'bids/s', p50: round(j.p50Ms), p95: round(j.p95Ms), p99: round(j.p99Ms), errors: j.missing + j.duplicates + j.outOfOrder + j.subscriptionErrors, target: { metric: 'p95', max: 100, label: 'bid → broadcast p95 ≤ 100 ms' } };
      },
    },
  ];
}

/** `auction-2026-11-23-21-25.json` → an ISO time. */
function stampFromName(name: string): string {
  const m = /(\d{4}-\d\d-\d\d)-(\d\d)-(\d\d)/.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:00Z` : '1970-01-01T00:00:00Z';
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
