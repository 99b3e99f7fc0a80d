import { mkdirSync, writeFileSync } from 'node:fs';
import type { LoadFigure } from './load.ts';
import type { Machine } from './machine.ts';
import { capacity, type PacedFigure } from './paced.ts';
import type { PlanFigure } from './plans.ts';

export interface BenchReport {
  single: { name: string; p50: number; max: number }[];
  listings: number;
  tenants: { code: string; share: number }[];
  timings: { loadSeconds: number; rankSeconds: number; indexSeconds: number; nightlySeconds: number; size: string };
  commonMatches: number;
  plans: PlanFigure[];
  checked: { name: string; total: number; exact: boolean; hits: number }[];
  figures: LoadFigure[];
  machine: Machine;
  loadAfter: number[];
  cap: number;
  /** The day's traffic, cache off, at steady arrival rates (paced.ts). */
  rates: PacedFigure[];
  targetMs: number;
}

function markdown(r: BenchReport): string {
  const m = r.machine;
  const lines = [
    `# Search bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres}; load average before ${m.load.join(' / ')}, after ${r.loadAfter.join(' / ')}.`,
    `Data: ${r.listings.toLocaleString()} listings (${r.tenants.map((t) => `${t.code} ${t.share * 100} %`).join(', ')}), table with indexes ${r.timings.size}; load ${r.timings.loadSeconds.toFixed(0)} s, first rank recompute ${r.timings.rankSeconds.toFixed(0)} s, indexes ${r.timings.indexSeconds.toFixed(0)} s, nightly recompute of 330000 with nothing to change ${r.timings.nightlySeconds.toFixed(1)} s.`,
    `Requests go to tenant 330000 through the API (GraphQL, hits + total + all facets, first: 20); candidate cap ${r.cap}; searches in the database at once per API process (SEARCH_CONCURRENCY): ${process.env.SEARCH_CONCURRENCY ?? 'the default, cores + 1'}.`,
    '',
    '| scenario | connections | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.figures.map((f) => `| ${f.scenario} | ${f.connections} | ${f.requests} | ${f.rps} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.max} | ${f.errors} | ${f.non2xx} |`),
    '',
    `The day's traffic with the cache off, each search due at a random moment (Poisson arrivals at the rate, at most ${r.rates[0]?.clients ?? ''} connections; latency from the moment due): every search computed, as if asked for the first time. Highest rate with p95 ≤ ${r.targetMs} ms: ${capacity(r.rates, r.targetMs) ? `${capacity(r.rates, r.targetMs)} searches/s` : 'none of the rates tried'}.`,
    '',
    '| arrivals/s | seconds | answered | p50 ms | p95 ms | p99 ms | max ms | failed |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.rates.map((f) => `| ${f.rate} | ${f.seconds} | ${f.answered} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.max} | ${f.failed} |`),
    '',
    `Common word: ${r.commonMatches.toLocaleString()} listings of 330000 match.`,
    '',
    '| statement (EXPLAIN ANALYZE, median) | ms | plan |',
    '|---|---:|---|',
    ...r.plans.map((p) => `| ${p.name} | ${p.medianMs.toFixed(1)} | ${p.plan.slice(0, 4).join(' → ').replace(/\|/g, '/')} |`),
    '',
    '| case | total | exact | hits | alone: p50 ms | max ms |',
    '|---|---:|---|---:|---:|---:|',
    ...r.checked.map((c, i) => `| ${c.name} | ${c.total} | ${c.exact} | ${c.hits} | ${r.single[i]?.p50 ?? ''} | ${r.single[i]?.max ?? ''} |`),
  ];
  return lines.join('\n') + '\n';
}

/** Prints the table and writes bench/results/search-<time>.{json,md}. */
export function report(r: BenchReport, log: (s: string) => void): void {
  const md = markdown(r);
  log('');
  log(md);
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  writeFileSync(new URL(`search-${stamp}.json`, dir), JSON.stringify(r, null, 2) + '\n');
  writeFileSync(new URL(`search-${stamp}.md`, dir), md);
  log(`written bench/results/search-${stamp}.{json,md}`);
}
