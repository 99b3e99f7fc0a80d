import { formatBasisPoints, formatMoney } from '../format/money';

/** One evidence entry as the API returns it (`PriceEvidence`). */
export interface EvidenceLike {
  source: string;
  value: string;
  sample: number;
  counted: boolean;
  detail: { key: string; value: string }[];
}

/** A detail line: `labelKey` (with `params`) when the key has a meaning, else `label` is a source name; `value` may be empty. */
export interface DetailLine {
  key: string;
  labelKey: string | null;
  label: string;
  value: string;
  params?: Record<string, unknown>;
}

/** Detail keys with a fixed meaning; anything else is an imported source's name with its price (yuan). */
const MONEY_KEYS = new Set(['q1', 'q3']);

/**
 * Turns the evidence details into labelled lines: peer quartiles and imported prices as ¥,
 * the window in days and the minimum sample as counts. Unknown keys are source names.
 */
export function evidenceDetailLines(evidence: EvidenceLike): DetailLine[] {
  return evidence.detail.map(({ key, value }) => {
    if (MONEY_KEYS.has(key)) return { key, labelKey: `priceInspection.detail.${key}`, label: key, value: moneyOrDash(value) };
    if (key === 'days') return { key, labelKey: 'priceInspection.detail.days', label: key, value: '', params: { n: value } };
    if (key === 'minSample') return { key, labelKey: 'priceInspection.detail.minSample', label: key, value };
    return { key, labelKey: null, label: key, value: moneyOrDash(value) };
  });
}

function moneyOrDash(value: string): string {
  try {
    return formatMoney(value);
  } catch {
    return value;
  }
}

/** "+28.00%" for a price above the reference; the API gives basis points. */
export function formatDeviation(bp: number): string {
  return `${bp > 0 ? '+' : ''}${formatBasisPoints(bp)}`;
}

/** Live findings are the ones a person still acts on. */
export const LIVE_FINDING_STATES = ['OPEN', 'JUSTIFIED'] as const;
export const FINDING_STATES = ['OPEN', 'JUSTIFIED', 'DISMISSED', 'CORRECTED', 'DELISTED'] as const;

export function findingTagType(state: string): 'danger' | 'warning' | 'info' | 'success' {
  switch (state) {
    case 'OPEN': return 'danger';
    case 'JUSTIFIED': return 'warning';
    case 'CORRECTED': return 'success';
    default: return 'info';
  }
}

/** Whole milliseconds left until the deadline, never negative; and whether it has passed. */
export function deadlineLeft(dueAt: string, now: Date = new Date()): { overdue: boolean; days: number; hours: number } {
  const ms = new Date(dueAt).getTime() - now.getTime();
  if (ms <= 0) return { overdue: true, days: 0, hours: 0 };
  const hours = Math.floor(ms / 3_600_000);
  return { overdue: false, days: Math.floor(hours / 24), hours: hours % 24 };
}

/**
 * Where a price sits in a peer band, for the listing page: below Q1, between Q1 and the median,
 * between the median and Q3, above Q3. Compared on fen (digits), never floats.
 */
export function bandPosition(price: string, band: { q1: string | null; median: string | null; q3: string | null }): 'below' | 'lower' | 'upper' | 'above' | null {
  if (band.q1 == null || band.median == null || band.q3 == null) return null;
  const p = toFen(price);
  if (p < toFen(band.q1)) return 'below';
  if (p <= toFen(band.median)) return 'lower';
  if (p <= toFen(band.q3)) return 'upper';
  return 'above';
}

function toFen(yuan: string): bigint {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) throw new Error(`not a Money value: ${yuan}`);
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** Done of total as a whole percentage for a progress bar (an empty catalogue is complete). */
export function runPercent(run: { done: number; total: number }): number {
  if (run.total <= 0) return 100;
  return Math.min(100, Math.floor((run.done * 100) / run.total));
}
