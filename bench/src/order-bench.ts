/**
 * One-click order (placeOrder) throughput through the real API, next to pgbench replaying the
 * very statements one placeOrder sends (captured from the PostgreSQL log), in the same run.
 * Usage (from the repository root): bench/run-order [--seconds S] [--connections C] [--units N]
 *   [--lines L] [--listings M] [--max-load X] [--keep]
 * Not part of the test suite. Refuses to record while the machine is busy; fails loudly when
 * an order was duplicated or a budget, stock or the audit chain does not add up afterwards.
 */
import 'reflect-metadata';
import { writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '@zhengcai/schema/cli/migrate';
import { seedDemo } from '@zhengcai/api/seed/seed';
import { verifyAuditChain } from '@zhengcai/api/platform/audit/verify-audit-chain';
import { admin, type ApiProcess, apiEnv, startApi, withDatabase } from './api-process.ts';
import { describeMachine, waitForQuiet } from './machine.ts';
import { type Check, countOrders, orderChecks } from './order-checks.ts';
import { generateOrderData, type OrderData } from './order-data.ts';
import { scriptRules } from './order-script.ts';
import { type Buyer, logIn, type OrderFigure, orderLoad, type Pick, placeOne } from './order-load.ts';
import { orderReport } from './order-report.ts';
import { lastTransaction, parseStatementLog, pgbenchScript } from './pgbench-script.ts';
import { logSize, type PgbenchRun, readLogFrom, runPgbench, serverLogFile, superuserSql } from './pgbench.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    units: { type: 'string', default: '16' },
    lines: { type: 'string', default: '4' },
    listings: { type: 'string', default: '64' },
    'max-load': { type: 'string', default: '0.6', short: 'l' },
    keep: { type: 'boolean', default: false },
  },
});
const log = (s: string) => console.log(s);
const TENANT = '330000';
const DB = `zhengcai_bench_order_${process.pid}`;
const rand = (n: number) => Math.floor(Math.random() * n);

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl || !process.env.REDIS_URL) throw new Error('DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL must be set: use bench/run-order.');
  const seconds = Number(args.seconds);
  const connections = Number(args.connections);
  const [units, linesPerUnit, listingCount] = [Number(args.units), Number(args.lines), Number(args.listings)];
  const port = Number(new URL(appUrl).port || 5432);
  const appRole = decodeURIComponent(new URL(appUrl).username);

  log(`» database ${DB}`);
  await admin(ownerUrl, (c) => c.query(`create database ${DB}`));
  const benchOwner = withDatabase(ownerUrl, DB);
  const benchApp = withDatabase(appUrl, DB);
  const owner = new pg.Client({ connectionString: benchOwner });
  let api: ApiProcess | undefined;
  let logging = false;
  try {
    await migrate(benchOwner);
    await seedDemo(benchOwner);
    await owner.connect();
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const data = await generateOrderData(owner, TENANT, units, linesPerUnit, listingCount, year);
    log(`» ${data.units.length} units × ${linesPerUnit} budget lines, ${data.listings.length} listings (stock ${data.stock.toLocaleString('en')} each)`);
    const baseline = await countOrders(owner, data.tenantId);
    const httpPort = 4700 + (process.pid % 200);
    const env = apiEnv(benchApp, benchOwner, httpPort);

    // 1. The statements of one placeOrder, from the server log: log_statement for the app role
    //    in this database only, for one API process that places one order.
    const logFile = serverLogFile(port);
    superuserSql(port, 'postgres', `alter role ${appRole} in database ${DB} set log_statement = 'all'`);
    logging = true;
    api = await startApi(env, httpPort);
    const [first] = await logIn(api.url, TENANT, { ...data, units: data.units.slice(0, 1) });
    const confirmed = new Set<string>();
    const keep = (r: Awaited<ReturnType<typeof placeOne>>) => {
      if (r.ok) confirmed.add(r.id);
      return r;
    };
    keep(await placeOne(api.url, TENANT, { buyer: first, line: data.units[0].lines[0], listing: data.listings[1] })); // counter and chain head exist from here on
    const offset = logSize(logFile);
    const captured = keep(await placeOne(api.url, TENANT, { buyer: first, line: data.units[0].lines[1 % linesPerUnit], listing: data.listings[0] }));
    await new Promise((r) => setTimeout(r, 300));
    const statements = lastTransaction(parseStatementLog(readLogFrom(logFile, offset), DB), /insert into "?mall_idempotency_key"?/i);
    await api.stop();
    api = undefined;
    superuserSql(port, 'postgres', `alter role ${appRole} in database ${DB} reset log_statement`);
    logging = false;
    if (!captured.ok) throw new Error(`the capture order failed: ${captured.error}`);
    log(`» captured one placeOrder: ${statements.length} statements (begin … commit)`);

    // 2. The real API, every buyer logged in; every listing checked with one order.
    api = await startApi(env, httpPort);
    const buyers = await logIn(api.url, TENANT, data);
    const onSale: OrderData['listings'] = [];
    for (const listing of data.listings) {
      const r = keep(await placeOne(api.url, TENANT, { buyer: buyers[0], line: buyers[0].unit.lines[0], listing }));
      if (r.ok) onSale.push(listing);
      else log(`  listing #${listing.n} left out: ${r.error}`);
    }
    if (onSale.length === 0) throw new Error('no listing can be ordered');

    log('» waiting for a quiet machine');
    if (!(await waitForQuiet(Number(args['max-load']), 10 * 60_000, log))) {
      log('machine stayed busy: figures not recorded');
      process.exitCode = 3;
      return;
    }
    const machine = describeMachine((await owner.query('show server_version')).rows[0].server_version);
    const spread = (b: Buyer): Pick => ({ buyer: b, line: b.unit.lines[rand(b.unit.lines.length)], listing: onSale[rand(onSale.length)] });
    const hot = (b: Buyer): Pick => ({ buyer: b, line: b.unit.lines[0], listing: onSale[rand(onSale.length)] });
    log('» warm-up');
    const figures: OrderFigure[] = [];
    const warm = await orderLoad(api.url, TENANT, 'warm-up', buyers, spread, connections, 5);
    for (const id of warm.orderIds ?? []) confirmed.add(id);
    log(`» placeOrder, ${connections} connections, ${seconds} s, spread over ${units} units × ${linesPerUnit} lines and ${onSale.length} listings`);
    figures.push(await orderLoad(api.url, TENANT, `spread: ${units} units × ${linesPerUnit} budget lines, ${onSale.length} listings`, buyers, spread, connections, seconds));
    log(`» placeOrder, one hot budget line`);
    figures.push(await orderLoad(api.url, TENANT, 'one hot budget line (one unit, its first line)', [buyers[0]], hot, connections, seconds));
    for (const f of figures) for (const id of f.orderIds ?? []) confirmed.add(id);
    for (const f of [warm, ...figures]) delete f.orderIds;
    const loadAfterApi = describeMachine(machine.postgres).load;
    await api.stop();
    api = undefined;

    // 3. The checks, on what the API did (before pgbench writes rows the application would not).
    log('» checks');
    const checks: Check[] = await orderChecks(owner, data.tenantId, baseline, confirmed, data.stock);
    const audit = await verifyAuditChain(benchApp, TENANT);
    checks.push({ name: 'audit chain verifies', ok: audit.code === 0, detail: audit.message });

    // 4. pgbench: the captured statements with random rows, as the app role (RLS applies).
    const dir = new URL('../results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    const rules = (u: string, j: string) => scriptRules(data, statements, u, j, linesPerUnit);
    const spreadScript = pgbenchScript(statements, rules('random(1, ' + units + ')', 'random(1, ' + linesPerUnit + ')'));
    const hotScript = pgbenchScript(statements, rules('1', '1'));
    const spreadFile = new URL(`order-${stamp}.pgbench.sql`, dir);
    const hotFile = new URL(`order-${stamp}.hot.pgbench.sql`, dir);
    writeFileSync(spreadFile, spreadScript.script);
    writeFileSync(hotFile, hotScript.script);
    const runs: PgbenchRun[] = [];
    log(`» pgbench, ${connections} clients, ${seconds} s (${spreadFile.pathname})`);
    runs.push(runPgbench(figures[0].scenario, benchApp, spreadFile.pathname, connections, seconds));
    log('» pgbench, one hot budget line');
    runs.push(runPgbench(figures[1].scenario, benchApp, hotFile.pathname, connections, seconds));
    const loadAfter = describeMachine(machine.postgres).load;

    orderReport({ stamp, machine, maxLoad: Number(args['max-load']), loadAfterApi, loadAfter, units, linesPerUnit, listings: onSale.length, figures, warm, runs, checks, statements: statements.length, scripts: [spreadFile.pathname, hotFile.pathname] }, log);
    const failed = checks.filter((c) => !c.ok);
    if (failed.length) {
      console.error(`\nCHECKS FAILED:\n${failed.map((c) => `  ✗ ${c.name}: ${c.detail}`).join('\n')}`);
      process.exitCode = 2;
    }
  } finally {
    await api?.stop();
    if (logging) superuserSql(port, 'postgres', `alter role ${appRole} in database ${DB} reset log_statement`);
    await owner.end().catch(() => undefined);
    if (!args.keep) await admin(ownerUrl, (c) => c.query(`drop database if exists ${DB} with (force)`));
    else log(`kept database ${DB}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
