/**
 * `bench/run-traffic-plans --database <kept>`: the database's time for every search of the
 * day's traffic (search-stream.ts), each statement run as the API builds it (typo lookup
 * first), in one connection, under the tenant's settings: the spread (mean, p50, p95, p99,
 * max), and the slowest with how their candidates were found (walked, walked deeper, reached,
 * looked up). Where the tail of a search load comes from, without the API or the load around it.
 * Needs a database kept by `bench/run --keep` or `bench/run-search --keep`.
 * Options: --database (required), --tenant (330000), --runs (1: each statement once; 3: the median), --slowest (20).
 * Writes bench/results/traffic-plans-<time>.md (and .json: every search's figures). Not part of the test suite.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { PolicyTag } from '@zhengcai/schema';
import { candidateWay, type PlanNode } from '@zhengcai/api/catalog/search/pg/candidate-way';
import { buildSearch } from '@zhengcai/api/catalog/search/pg/pg-search.query';
import { loadPostedWords } from '@zhengcai/api/catalog/search/pg/postings';
import { SEARCH_SETTINGS } from '@zhengcai/api/catalog/search/pg/pg-search.adapter';
import { isCode, lookUpCodes } from '@zhengcai/api/catalog/search/pg/search-terms';
import type { SearchQuery, SearchSort } from '@zhengcai/api/catalog/search/search-port';
import { queryTerms } from '@zhengcai/api/catalog/search/text/segmenter';
import { withDatabase } from './api-process.ts';
import { percentile } from './machine.ts';
import type { SearchCase } from './scenarios.ts';
import { searchSpace } from './search-stream.ts';
import { stampOf } from './summary.ts';

const { values: args } = parseArgs({
  options: {
    database: { type: 'string' },
    tenant: { type: 'string', default: '330000' },
    runs: { type: 'string', default: '1' },
    slowest: { type: 'string', default: '20' },
  },
});
const CAP = 300;
const WALK = 5_000;

/** MikroORM's `?` placeholders as pg's `$n`. */
const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};
const fen = (yuan?: string) => (yuan === undefined ? undefined : BigInt(Math.round(Number(yuan) * 100)));

/** The stream's GraphQL variables as the resolver hands them to the port. */
export function portQuery(v: SearchCase['variables']): SearchQuery {
  const f = v.f as { categoryCode?: string; policyTags?: string[]; inStock?: boolean; supplierRegions?: string[]; priceMin?: string; priceMax?: string } | undefined;
  return {
    text: v.t,
    sort: v.s?.toLowerCase() as SearchSort | undefined,
    filters: f && {
      categoryCode: f.categoryCode,
      policyTags: f.policyTags?.map((t) => t.toLowerCase() as PolicyTag),
      inStock: f.inStock,
      supplierRegions: f.supplierRegions,
      priceMinFen: fen(f.priceMin),
      priceMaxFen: fen(f.priceMax),
    },
  };
}

async function main() {
  if (!args.database) throw new Error('--database: name a database kept by bench/run --keep or bench/run-search --keep');
  const appUrl = process.env.DATABASE_URL;
  if (!appUrl) throw new Error('DATABASE_URL must be set: use bench/run-traffic-plans.');
  const c = new pg.Client({ connectionString: withDatabase(appUrl, args.database), application_name: 'zc-bench-traffic-plans' });
  await c.connect();
  const runs = Number(args.runs);
  const tenantId = (await c.query<{ id: string }>(`select id from tenant where code = $1`, [args.tenant])).rows[0]?.id;
  if (!tenantId) throw new Error(`no tenant ${args.tenant} in ${args.database}`);
  const settings = Object.entries(SEARCH_SETTINGS);
  const em = { execute: async (text: string, params: unknown[]) => (await c.query(numbered(text), params)).rows } as unknown as Parameters<typeof lookUpCodes>[0];
  // The posted words, as each API process reads them (under the tenant, like every read here).
  await c.query('begin');
  await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
  const posted = await loadPostedWords(em, tenantId);
  await c.query('rollback');
  const space = searchSpace();
  const out: { search: string; ms: number; planningMs: number; total: number; way: string }[] = [];
  const started = Date.now();
  for (const variables of space) {
    const query = portQuery(variables);
    const times: { ms: number; planningMs: number; total: number; way: string }[] = [];
    for (let i = 0; i < runs; i++) {
      await c.query('begin');
      try {
        await c.query(`select set_config('app.tenant_id', $1, true)${settings.map((_, j) => `, set_config($${2 * j + 2}, $${2 * j + 3}, true)`).join('')}`, [tenantId, ...settings.flat()]);
        const lookupStarted = process.hrtime.bigint();
        const codes = await lookUpCodes(em, tenantId, queryTerms(query.text ?? '').latin.filter(isCode));
        const lookupMs = codes.size ? Number(process.hrtime.bigint() - lookupStarted) / 1e6 : 0;
        const q = buildSearch(tenantId, query, 20, { cap: CAP, walk: WALK }, codes, false, posted);
        const r = await c.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }] }>(`explain (analyze, timing off, costs off, format json) ${numbered(q.text)}`, [...q.params]);
        const plan = r.rows[0]['QUERY PLAN'][0];
        const total = (await c.query<{ total: number }>(numbered(q.text), [...q.params])).rows[0].total;
        times.push({ ms: plan['Execution Time'] + lookupMs, planningMs: plan['Planning Time'], total, way: candidateWay(plan.Plan) });
      } finally {
        await c.query('rollback');
      }
    }
    times.sort((a, b) => a.ms - b.ms);
    out.push({ search: JSON.stringify(variables), ...times[Math.floor(times.length / 2)] });
  }
  await c.end();
  const ms = out.map((o) => o.ms).sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  const r2 = (n: number) => Math.round(n * 100) / 100;
  const byWay = [...Map.groupBy(out, (o) => o.way)].map(([w, list]) => `${w}: ${list.length} (mean ${r2(list.reduce((a, o) => a + o.ms, 0) / list.length)} ms)`);
  const lines = [
    `# Database time of the day's traffic, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Database \`${args.database}\`, tenant ${args.tenant}; ${space.length.toLocaleString('en')} searches, ${runs === 1 ? 'each once' : `median of ${runs} runs each`}, one connection, candidate cap ${CAP}, walk ${WALK.toLocaleString('en')}; ${((Date.now() - started) / 1000).toFixed(0)} s in all. Times are execution (plus the typo lookup where there is one), planning apart.`,
    '',
    `Mean ${r2(mean)} ms · p50 ${r2(percentile(ms, 50))} · p95 ${r2(percentile(ms, 95))} · p99 ${r2(percentile(ms, 99))} · max ${r2(ms.at(-1)!)} ms. Candidates ${byWay.join(', ')}.`,
    '',
    '| search | ms | planning ms | total | candidates |',
    '|---|---:|---:|---:|---|',
    ...[...out].sort((a, b) => b.ms - a.ms).slice(0, Number(args.slowest)).map((o) => `| \`${o.search}\` | ${r2(o.ms)} | ${r2(o.planningMs)} | ${o.total} | ${o.way} |`),
  ];
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/traffic-plans-${stampOf(new Date())}.md`;
  writeFileSync(file, `${lines.join('\n')}\n`);
  writeFileSync(file.replace(/\.md$/, '.json'), `${JSON.stringify(out, null, 1)}\n`);
  console.log(lines.join('\n'));
  console.log(`written ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
