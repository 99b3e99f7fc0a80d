/** Pure helpers of the statistics pages: periods, chart series from the API's rows. */

export const MAX_MONTHS = 36;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The twelve months up to and including the one `today` (YYYY-MM-DD, tenant zone) falls in. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const to = today.slice(0, 7);
  return { from: monthOf(index(to) - 11), to };
}

/** The month before the one `today` falls in: what a monthly report usually covers. */
export function lastMonth(today: string): string {
  return monthOf(index(today.slice(0, 7)) - 1);
}

export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = index(from); i <= index(to); i++) out.push(monthOf(i));
  return out;
}

/** What is wrong with a period before it is sent (the API says the same): an i18n key, or null. */
export function periodProblem(from: string, to: string): 'statistics.period.format' | 'statistics.period.order' | 'statistics.period.tooLong' | null {
  if (!MONTH.test(from) || !MONTH.test(to)) return 'statistics.period.format';
  if (index(to) < index(from)) return 'statistics.period.order';
  if (index(to) - index(from) + 1 > MAX_MONTHS) return 'statistics.period.tooLong';
  return null;
}

/** A Money string as a number of yuan, for chart geometry only; tables show the strings. */
export const yuan = (money: string) => Number(money);

export interface Series { key: string; name: string; values: number[] }

/**
 * Spending rows (month, key, amount) as one series per key over the months: the largest
 * `top` keys by period total, the rest summed as `others` so the chart stays readable.
 */
export function spendingSeries(
  rows: readonly { month: string; key: string; label: string; amount: string }[],
  totals: readonly { key: string }[],
  months: readonly string[],
  others: string,
  top = 6,
): Series[] {
  const kept = totals.slice(0, top).map((t) => t.key);
  const pos = new Map(months.map((m, i) => [m, i]));
  const series = new Map<string, Series>();
  for (const key of kept) series.set(key, { key, name: rows.find((r) => r.key === key)?.label ?? key, values: months.map(() => 0) });
  const rest: Series = { key: '__others', name: others, values: months.map(() => 0) };
  for (const r of rows) {
    const i = pos.get(r.month);
    if (i === undefined) continue;
    const s = series.get(r.key) ?? rest;
    // Summed in fen to keep cents exact, then back to yuan.
    s.values[i] = (Math.round(s.values[i] * 100) + Math.round(yuan(r.amount) * 100)) / 100;
  }
  return [...series.values(), ...(rest.values.some((v) => v !== 0) ? [rest] : [])];
}


/** Compact axis text: 12000 → "1.2万", 350000000 → "3.5亿" in Chinese; k/M/B in English. */
export function compactNumber(v: number, locale: string): string {
  const trim = (n: number) => String(Number(n.toFixed(1)));
  if (locale.startsWith('zh')) {
    if (Math.abs(v) >= 1e8) return `${trim(v / 1e8)}亿`;
    if (Math.abs(v) >= 1e4) return `${trim(v / 1e4)}万`;
    return trim(v);
  }
  if (Math.abs(v) >= 1e9) return `${trim(v / 1e9)}B`;
  if (Math.abs(v) >= 1e6) return `${trim(v / 1e6)}M`;
  if (Math.abs(v) >= 1e3) return `${trim(v / 1e3)}k`;
  return trim(v);
}

/** Hundredths as text: 250 → "2.50". */
export const hundredths = (h: number) => `${Math.trunc(h / 100)}.${String(Math.abs(h) % 100).padStart(2, '0')}`;

/** The lender statuses of a financing application, in the order of its life. */
export const FINANCING_STATES = ['APPLIED', 'APPROVED', 'DISBURSED', 'REPAID', 'REJECTED'] as const;
type FinancingStateName = (typeof FINANCING_STATES)[number];

export interface FinancingMonthLike {
  month: string;
  byState: { state: string; count: number; amount: string; lenderAmount: string }[];
}
export interface FinancingRow {
  /** null on the total row. */
  month: string | null;
  counts: Record<FinancingStateName, number>;
  applications: number;
  requested: string;
  lent: string;
}

const fenOf = (money: string) => {
  const [whole, part = ''] = money.split('.');
  return BigInt(whole) * 100n + BigInt(`${part}00`.slice(0, 2));
};
const moneyOf = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

/** 政采贷 per month and in total: applications by status, amounts requested and approved or lent (summed in fen). */
export function financingRows(months: FinancingMonthLike[]): FinancingRow[] {
  const empty = () => Object.fromEntries(FINANCING_STATES.map((s) => [s, 0])) as Record<FinancingStateName, number>;
  const total = { counts: empty(), applications: 0, requested: 0n, lent: 0n };
  const rows: FinancingRow[] = months.map((m) => {
    const counts = empty();
    let requested = 0n;
    let lent = 0n;
    for (const f of m.byState) {
      if ((FINANCING_STATES as readonly string[]).includes(f.state)) counts[f.state as FinancingStateName] += f.count;
      requested += fenOf(f.amount);
      lent += fenOf(f.lenderAmount);
    }
    const applications = Object.values(counts).reduce((a, b) => a + b, 0);
    for (const s of FINANCING_STATES) total.counts[s] += counts[s];
    total.applications += applications;
    total.requested += requested;
    total.lent += lent;
    return { month: m.month, counts, applications, requested: moneyOf(requested), lent: moneyOf(lent) };
  });
  return [...rows, { month: null, counts: total.counts, applications: total.applications, requested: moneyOf(total.requested), lent: moneyOf(total.lent) }];
}
