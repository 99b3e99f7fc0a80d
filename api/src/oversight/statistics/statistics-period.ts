import { AppError } from '../../platform/errors/app-error.js';

/** The longest period a figure covers: three budget years. */
export const MAX_PERIOD_MONTHS = 36;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Calendar months `from`–`to` inclusive, as `YYYY-MM`, in the tenant's time zone. */
export interface StatisticsPeriod {
  from: string;
  to: string;
  /** Every month of the period in order; figures report each, zeros included. */
  months: string[];
}

const index = (m: RegExpExecArray) => Number(m[1]) * 12 + Number(m[2]) - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Checks and expands a period; refuses with the field that is wrong. */
export function parsePeriod(input: { from: string; to: string }, field = 'period'): StatisticsPeriod {
  const from = MONTH.exec(input.from ?? '');
  if (!from) throw new AppError('STATISTICS_PERIOD_FORMAT', { field: `${field}.from`, value: String(input.from) });
  const to = MONTH.exec(input.to ?? '');
  if (!to) throw new AppError('STATISTICS_PERIOD_FORMAT', { field: `${field}.to`, value: String(input.to) });
  const a = index(from);
  const b = index(to);
  if (b < a) throw new AppError('STATISTICS_PERIOD_ORDER', { field: `${field}.to`, from: input.from, to: input.to });
  if (b - a + 1 > MAX_PERIOD_MONTHS) throw new AppError('STATISTICS_PERIOD_TOO_LONG', { field: `${field}.to`, max: MAX_PERIOD_MONTHS, months: b - a + 1 });
  const months: string[] = [];
  for (let i = a; i <= b; i++) months.push(monthOf(i));
  return { from: input.from, to: input.to, months };
}

/** The month or year a report covers: `2026-10` or `2026`. */
export function reportPeriod(kind: 'month' | 'year', period: string): StatisticsPeriod {
  if (kind === 'year') {
    if (!/^\d{4}$/.test(period)) throw new AppError('STATISTICS_PERIOD_FORMAT', { field: 'input.period', value: period });
    return parsePeriod({ from: `${period}-01`, to: `${period}-12` }, 'input');
  }
  if (!MONTH.test(period)) throw new AppError('STATISTICS_PERIOD_FORMAT', { field: 'input.period', value: period });
  return parsePeriod({ from: period, to: period }, 'input');
}

/** The month before the one `day` (YYYY-MM-DD) falls in, and that month's year. */
export function previousMonth(day: string): { month: string; year: string } {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const i = y * 12 + m - 2;
  const month = monthOf(i);
  return { month, year: month.slice(0, 4) };
}

/** Basis points of part ÷ whole, half-up; 0 when the whole is 0. */
export function shareBp(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  return Number((part * 20_000n + whole) / (2n * whole));
}
