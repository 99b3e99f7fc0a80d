/**
 * The one results table of `bench/run`: rows, targets and verdicts, ratios, and its console,
 * Markdown and JSON forms. Pure apart from `writeSummary`; tested in summary.spec.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine.ts';

/** What a target bounds: a latency percentile, throughput, the row's headline value, or RSS growth. */
export type Metric = 'p95' | 'p99' | 'throughput' | 'value' | 'rssGrowth' | 'errors' | 'statements';

export interface Target { metric: Metric; max?: number; min?: number; label: string }

export interface Row {
  scenario: string;
  concurrency: number | null;
  /** Requests (or orders, refunds …) per second; `unit` names them. */
  throughput: number | null;
  unit: string;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number | null;
  /** SQL statements per request (begin and commit included), from a separate probe. */
  statements: number | null;
  cpuMsPerRequest: number | null;
  rssMiB: number | null;
  /** The headline of a background bench (seconds, usually), or RSS growth in % for the soak. */
  value?: number | null;
  valueUnit?: string;
  rssGrowthPercent?: number | null;
  target?: Target;
  note?: string;
}

export type Verdict = 'ok' | 'MISSED' | '—';

function measured(row: Row, metric: Metric): number | null | undefined {
  switch (metric) {
    case 'throughput':
      return row.throughput;
    case 'rssGrowth':
      return row.rssGrowthPercent;
    default:
      return row[metric];
  }
}

/** ok when the measured figure is within the target; — when there is no target or no figure. */
export function verdict(row: Row): Verdict {
  const t = row.target;
  if (!t) return '—';
  const v = measured(row, t.metric);
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (t.max !== undefined && v > t.max) return 'MISSED';
  if (t.min !== undefined && v < t.min) return 'MISSED';
  return 'ok';
}

export interface Ratio { name: string; numerator: number; denominator: number; value: number; target?: string; verdict?: Verdict }

/** a ÷ b to three places, with a minimum it must reach when given. */
export function ratio(name: string, numerator: number, denominator: number, min?: number): Ratio {
  const value = denominator > 0 ? Math.round((numerator / denominator) * 1000) / 1000 : NaN;
  const v: Verdict = min === undefined || Number.isNaN(value) ? '—' : value >= min ? 'ok' : 'MISSED';
  return { name, numerator, denominator, value, ...(min !== undefined ? { target: `≥ ${min}`, verdict: v } : {}) };
}

export interface Summary {
  stamp: string;
  machine: Machine;
  loadAfter: number[];
  /** Recorded although the machine was busy (--force). */
  forced: boolean;
  busyMessage: string;
  scale: number;
  seed: number;
  quick: boolean;
  generation: { part: string; seconds: number }[];
  /** Rows of past business generated in the measured province. */
  past?: Record<string, number>;
  rows: Row[];
  ratios: Ratio[];
  command: string;
}

const cell = (v: number | null | undefined, digits = 1): string => {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  return Number.isInteger(v) ? v.toLocaleString('en') : v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
};

export const HEADER = ['scenario', 'conc.', 'throughput', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'SQL/req', 'API CPU ms/req', 'RSS MiB', 'target', 'verdict'];

/** The table's cells, row by row (the background benches show their headline in the throughput column). */
export function cells(row: Row): string[] {
  const through = row.throughput !== null ? `${cell(row.throughput)} ${row.unit}` : row.value !== undefined && row.value !== null ? `${cell(row.value, 2)} ${row.valueUnit ?? ''}`.trim() : '—';
  const rss = row.rssGrowthPercent !== undefined && row.rssGrowthPercent !== null ? `${cell(row.rssMiB)} (${row.rssGrowthPercent >= 0 ? '+' : ''}${cell(row.rssGrowthPercent, 2)} %)` : cell(row.rssMiB);
  return [row.scenario, cell(row.concurrency), through, cell(row.p50), cell(row.p95), cell(row.p99), cell(row.errors), cell(row.statements), cell(row.cpuMsPerRequest, 2), rss, row.target?.label ?? '—', verdict(row)];
}

const escape = (s: string) => s.replace(/\|/g, '/');

export function markdown(s: Summary): string {
  const m = s.machine;
  // Parts named 'of which …' are inside another part's time.
  const totalGen = s.generation.filter((g) => !g.part.startsWith('of which')).reduce((a, g) => a + g.seconds, 0);
  return [
    `# Bench, ${s.stamp.replace(/-(\d\d)-(\d\d)$/, ' $1:$2')} UTC`,
    '',
    ...(s.forced ? [`**Recorded on a busy machine (--force): ${escape(s.busyMessage)}. The figures include the machine's other work.**`, ''] : []),
    `Machine: ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres}; load average before ${m.load.join(' / ')}, after ${s.loadAfter.join(' / ')}.`,
    `Data: scale ${s.scale.toLocaleString('en')} listings, seed ${s.seed}${s.quick ? ' (--quick: small scale, short runs; for checking the harness, not for comparison)' : ''}; generated in ${totalGen.toFixed(1)} s (${s.generation.map((g) => `${g.part} ${g.seconds.toFixed(1)} s`).join(', ')}).`,
    ...(s.past ? [`Past business in 330000: ${Object.entries(s.past).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}.`] : []),
    `Command: \`${s.command}\``,
    '',
    `| ${HEADER.join(' | ')} |`,
    `|---|${HEADER.slice(1).map((_, i) => (i >= 9 ? '---' : '---:')).join('|')}|`,
    ...s.rows.map((r) => `| ${cells(r).map(escape).join(' | ')} |`),
    '',
    '| ratio | value | target | verdict |',
    '|---|---:|---|---|',
    ...s.ratios.map((r) => `| ${escape(r.name)} (${cell(r.numerator)} ÷ ${cell(r.denominator)}) | ${cell(r.value, 3)} | ${r.target ?? '—'} | ${r.verdict ?? '—'} |`),
    ...(s.rows.some((r) => r.note) ? ['', 'Notes:', '', ...s.rows.filter((r) => r.note).map((r) => `- ${r.scenario}: ${r.note}`)] : []),
  ].join('\n') + '\n';
}

/** The same table for a terminal: columns padded by display width (CJK characters count two). */
export function consoleTable(rows: Row[]): string {
  const width = (t: string) => [...t].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => width(r[i]))));
  const pad = (t: string, i: number) => (i === 0 || i >= 10 ? t + ' '.repeat(widths[i] - width(t)) : ' '.repeat(widths[i] - width(t)) + t);
  return table.map((r, n) => r.map(pad).join('  ') + (n === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : '')).join('\n');
}

/** `bench-2026-11-23-22-50` from a time. */
export const stampOf = (d: Date) => d.toISOString().slice(0, 16).replace(/[:T]/g, '-');

/** Writes bench/results/bench-<stamp>.{json,md}; returns the Markdown path. */
export function writeSummary(s: Summary): string {
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const withVerdicts = { ...s, rows: s.rows.map((r) => ({ ...r, verdict: verdict(r) })) };
  writeFileSync(new URL(`bench-${s.stamp}.json`, dir), JSON.stringify(withVerdicts, null, 2) + '\n');
  writeFileSync(new URL(`bench-${s.stamp}.md`, dir), markdown(s));
  return `bench/results/bench-${s.stamp}.md`;
}
