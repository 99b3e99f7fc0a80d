import { localDateOf, startOfLocalDate } from '../../platform/calendar/local-date.js';

export interface SignalPeriod { label: string; from: Date; to: Date }

/**
 * The calendar quarter (or year; China's fiscal year is the calendar year) an instant falls in,
 * in the tenant's time zone: [from, to).
 */
export function periodOf(instant: Date, timeZone: string, kind: 'quarter' | 'year'): SignalPeriod {
  const date = localDateOf(instant, timeZone);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const start = (year: number, month: number) => startOfLocalDate(`${year}-${String(month).padStart(2, '0')}-01`, timeZone);
  if (kind === 'year') return { label: String(y), from: start(y, 1), to: start(y + 1, 1) };
  const q = Math.floor((m - 1) / 3) + 1;
  const next = q === 4 ? start(y + 1, 1) : start(y, q * 3 + 1);
  return { label: `${y}Q${q}`, from: start(y, q * 3 - 2), to: next };
}
