import { mkdirSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine.ts';
import type { Check } from './order-checks.ts';
import type { OrderFigure } from './order-load.ts';
import type { PgbenchRun } from './pgbench.ts';

export interface OrderBenchReport {
  stamp: string;
  machine: Machine;
  /** The --max-load the run waited for (per core; 0.6 by default). */
  maxLoad: number;
  loadAfterApi: number[];
  loadAfter: number[];
  units: number;
  linesPerUnit: number;
  listings: number;
  warm: OrderFigure;
  figures: OrderFigure[];
  runs: PgbenchRun[];
  checks: Check[];
  statements: number;
  scripts: string[];
}

export const ratio = (f: OrderFigure, r: PgbenchRun) => Math.round((f.rps / r.tps) * 1000) / 1000;

function markdown(r: OrderBenchReport): string {
  const m = r.machine;
  const refusals = (f: OrderFigure) => Object.entries(f.refusals).map(([k, v]) => `${k} ${v}`).join(', ') || '0';
  return [
    `# Order bench, ${r.stamp.replace(/-(\d\d)-(\d\d)$/, ' $1:$2')} UTC`,
    '',
    `Machine: ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres}; load average before ${m.load.join(' / ')}, after the API load ${r.loadAfterApi.join(' / ')}, after pgbench ${r.loadAfter.join(' / ')}.`,
    ...(r.maxLoad > 0.6 ? [`**Recorded with --max-load ${r.maxLoad} (default 0.6): the machine was busy; the figures include its other work.**`] : []),
    `Data: demo seed + ${r.units} purchasing units (one purchaser each) × ${r.linesPerUnit} budget lines, ${r.listings} listings; tenant 330000; each order 1 piece, a fresh idempotency key per request.`,
    `pgbench replays the ${r.statements} statements one placeOrder sent (captured from the server log), as the app role with the tenant set in the transaction: ${r.scripts.map((s) => '`' + s.slice(s.indexOf('bench/results')) + '`').join(', ')}.`,
    '',
    '| scenario | clients | API orders/s | p50 ms | p95 ms | p99 ms | refused | pgbench TPS | pgbench p95 ms | ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.figures.map((f, i) => `| ${f.scenario} | ${f.connections} | ${f.rps} | ${f.p50} | ${f.p95} | ${f.p99} | ${refusals(f)} | ${r.runs[i]?.tps.toFixed(0)} | ${r.runs[i]?.p95} | ${ratio(f, r.runs[i])} |`),
    '',
    `Requests cut off by the end of a run and sent again with their key: ${r.figures.map((f) => `${f.resent} (${f.resentPlaced} answered with an order)`).join(', ')}.`,
    '',
    '| check | result | detail |',
    '|---|---|---|',
    ...r.checks.map((c) => `| ${c.name} | ${c.ok ? 'ok' : '**FAILED**'} | ${c.detail.replace(/\|/g, '/')} |`),
    '',
    'pgbench per-statement latency (spread run):',
    '',
    '```',
    (r.runs[0]?.output ?? '').trim(),
    '```',
  ].join('\n') + '\n';
}

/** Prints the tables and writes bench/results/order-<time>.{json,md}. */
export function orderReport(r: OrderBenchReport, log: (s: string) => void): void {
  const md = markdown(r);
  log('');
  log(md);
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(`order-${r.stamp}.json`, dir), JSON.stringify({ ...r, ratios: r.figures.map((f, i) => ratio(f, r.runs[i])) }, null, 2) + '\n');
  writeFileSync(new URL(`order-${r.stamp}.md`, dir), md);
  log(`written bench/results/order-${r.stamp}.{json,md}`);
}
