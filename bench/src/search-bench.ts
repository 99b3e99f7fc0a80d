/**
 * Catalog search under load, end to end through the real API: a fresh database with
 * 1,000,000 generated listings across the demo tenants, the API process, autocannon.
 * Usage (from the repository root): bench/run-search [--listings N] [--seconds S] [--keep]
 * Not part of the test suite. Refuses to record while the machine is busy.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@zhengcai/schema';
import { migrate } from '@zhengcai/schema/cli/migrate';
import { seedDemo } from '@zhengcai/api/seed/seed';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { PgSearchAdapter } from '@zhengcai/api/catalog/search/pg/pg-search.adapter';
import { admin, type ApiProcess, apiEnv, startApi, withDatabase } from './api-process.ts';
import { type BenchTenant, generate } from './generate.ts';
import { load, type LoadFigure, loadStream, perCase, verify } from './load.ts';
import { paced, stepRates } from './paced.ts';
import { describeMachine, waitForQuiet } from './machine.ts';
import { matchCount, planFigures } from './plans.ts';
import { report } from './report.ts';
import { COMMON_WORD, MIXED } from './scenarios.ts';
import { searchStream } from './search-stream.ts';

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    'max-load': { type: 'string', default: '0.6', short: 'l' },
    keep: { type: 'boolean', default: false },
    /** A database kept by an earlier run (--keep): skips creating and generating. */
    database: { type: 'string' },
  },
});
const log = (s: string) => console.log(s);
/** The API's default candidate cap (SEARCH_CANDIDATE_CAP). */
const CAP = 300;
const SHARES: Record<string, number> = { '330000': 0.5, '500000': 0.3, '450000': 0.2 };
const DB = args.database ?? `zhengcai_bench_${process.pid}`;
const REUSE = Boolean(args.database);
/** The target for a search at 16 clients, and the step of arrival rates tried against it. */
const TARGET_P95_MS = 30;
const RATE_STEP = 10;

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl || !process.env.REDIS_URL) throw new Error('DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL must be set: use bench/run-search.');
  const listings = Number(args.listings);
  const seconds = Number(args.seconds);
  const connections = Number(args.connections);

  log(`» database ${DB}`);
  if (!REUSE) await admin(ownerUrl, (c) => c.query(`create database ${DB}`));
  const benchOwner = withDatabase(ownerUrl, DB);
  const benchApp = withDatabase(appUrl, DB);
  let api: ApiProcess | undefined;
  const orm = new MikroORM(ormConfig({ url: benchApp, poolMax: 4 }));
  const owner = new pg.Client({ connectionString: benchOwner });
  try {
    if (!REUSE) {
      await migrate(benchOwner);
      await seedDemo(benchOwner);
    }
    await owner.connect();
    const tenantRows = (await owner.query<{ id: string; code: string }>(`select id, code from tenant order by code`)).rows;
    const tenants: BenchTenant[] = tenantRows.filter((t) => SHARES[t.code]).map((t) => ({ ...t, share: SHARES[t.code] }));
    const zj = tenants.find((t) => t.code === '330000')!;

    log(`» generating ${listings.toLocaleString()} listings`);
    const port = new PgSearchAdapter(new TenantDb(orm), { cap: CAP, walk: 5_000 });
    const ctxOf = (t: BenchTenant) => ({ tenantId: t.id, tenantCode: t.code, locale: 'zh-CN' as const, roles: ['system'], requestId: 'bench' });
    const timings = REUSE
      ? { loadSeconds: NaN, rankSeconds: NaN, indexSeconds: NaN, rows: Number((await owner.query('select count(*) from search_document')).rows[0].count) }
      : await generate(owner, tenants, listings, async () => {
          for (const t of tenants) log(`  ranked ${t.code}: ${(await port.refreshRanks(ctxOf(t))).toLocaleString()} rows`);
        }, log);
    if (!REUSE) await owner.query('vacuum analyze search_document');
    for (const t of tenants) {
      const counting = Date.now();
      const words = await port.countWords(ctxOf(t));
      log(`  common words of ${t.code}: ${words} (${((Date.now() - counting) / 1000).toFixed(1)} s)`);
    }
    const nightly = Date.now();
    const unchanged = await port.refreshRanks(ctxOf(zj));
    const nightlySeconds = (Date.now() - nightly) / 1000;
    const size = (await owner.query(`select pg_size_pretty(pg_total_relation_size('search_document')) as s`)).rows[0].s as string;
    log(`  load ${timings.loadSeconds.toFixed(1)} s, rank ${timings.rankSeconds.toFixed(1)} s, indexes ${timings.indexSeconds.toFixed(1)} s, table ${size}; nightly recompute of ${zj.code} with nothing to change: ${nightlySeconds.toFixed(1)} s (${unchanged} rows)`);

    const commonMatches = await matchCount(owner, zj.id, COMMON_WORD.variables.t!);
    const plans = await planFigures(owner, zj.id, COMMON_WORD.variables.t!, CAP);

    const httpPort = 4700 + (process.pid % 200);
    api = await startApi(apiEnv(benchApp, benchOwner, httpPort, { SEARCH_CANDIDATE_CAP: String(CAP) }), httpPort);
    const checked = await verify(api.url, zj.code, [...MIXED, COMMON_WORD]);

    log('» waiting for a quiet machine');
    if (!(await waitForQuiet(Number(args['max-load']), 10 * 60_000, log))) {
      log('machine stayed busy: figures not recorded');
      process.exitCode = 3;
      return;
    }
    const machine = describeMachine((await owner.query('show server_version')).rows[0].server_version);
    log('» warm-up');
    await load(api.url, zj.code, 'warm-up', MIXED, connections, 5);
    const figures: LoadFigure[] = [];
    figures.push(await load(api.url, zj.code, 'mixed searches (12 kinds)', MIXED, connections, seconds));
    figures.push(await load(api.url, zj.code, COMMON_WORD.name, [COMMON_WORD], connections, seconds));
    figures.push(await load(api.url, zj.code, `${COMMON_WORD.name}, 1 connection`, [COMMON_WORD], 1, Math.max(5, seconds / 2)));
    const single = await perCase(api.url, zj.code, [...MIXED, COMMON_WORD], 20);
    // The day's searches (search-stream.ts), with the result cache as deployed, then without:
    // how much of the load repeats decides between the two.
    const traffic = async (label: string) => {
      const stream = searchStream(0);
      const f = await loadStream(api!.url, zj.code, label, stream.next, connections, seconds);
      const { asked, distinct } = stream.count();
      return { ...f, scenario: `${label}: ${distinct.toLocaleString('en')} of ${asked.toLocaleString('en')} searches asked for the first time` };
    };
    figures.push(await traffic(`a day's traffic (${searchStream(0).space.length.toLocaleString('en')} distinct searches, Zipf popularity), cached`));
    await api.stop();
    api = await startApi(apiEnv(benchApp, benchOwner, httpPort, { SEARCH_CANDIDATE_CAP: String(CAP), SEARCH_CACHE_ENTRIES: '0' }), httpPort);
    figures.push(await load(api.url, zj.code, 'mixed searches (12 kinds), cache off', MIXED, connections, seconds));
    figures.push(await traffic(`the day's traffic, cache off`));
    // The same searches, every one computed, arriving on the buyers' clock instead of as fast as
    // 16 connections can turn them round: the rate this machine answers within the target.
    log('» the day\'s traffic at steady rates, cache off');
    const rateStream = searchStream(1);
    const rates = await stepRates((rate) => paced(api!.url, zj.code, rateStream.next, connections, rate, Math.max(5, seconds / 2)), RATE_STEP, RATE_STEP, 30 * RATE_STEP, TARGET_P95_MS, log);
    const after = describeMachine(machine.postgres).load;
    report({ rates, targetMs: TARGET_P95_MS, single, listings: timings.rows, tenants, timings: { ...timings, nightlySeconds, size }, commonMatches, plans, checked, figures, machine, loadAfter: after, cap: CAP }, log);
  } finally {
    await api?.stop();
    await owner.end().catch(() => undefined);
    await orm.close(true);
    if (!args.keep && !REUSE) await admin(ownerUrl, (c) => c.query(`drop database if exists ${DB} with (force)`));
    else log(`kept database ${DB}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
