import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.js';
import { parsePeriod, previousMonth, reportPeriod, shareBp } from './statistics-period.js';

const reason = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { reason: (e as AppError).reason, field: (e as AppError).params.field };
  }
  return null;
};

describe('statistics period', () => {
  it('expands the months across a year end', () => {
    expect(parsePeriod({ from: '2025-11', to: '2026-02' }).months).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('allows 36 months and refuses 37', () => {
    expect(parsePeriod({ from: '2024-01', to: '2026-12' }).months).toHaveLength(36);
    expect(reason(() => parsePeriod({ from: '2024-01', to: '2027-01' }))).toEqual({ reason: 'STATISTICS_PERIOD_TOO_LONG', field: 'period.to' });
  });

  it('refuses an end before the start and a malformed month, naming the field', () => {
    expect(reason(() => parsePeriod({ from: '2026-03', to: '2026-02' }))).toEqual({ reason: 'STATISTICS_PERIOD_ORDER', field: 'period.to' });
    expect(reason(() => parsePeriod({ from: '2026-13', to: '2026-02' }))).toEqual({ reason: 'STATISTICS_PERIOD_FORMAT', field: 'period.from' });
    expect(reason(() => parsePeriod({ from: '2026-01', to: '2026-2' }))).toEqual({ reason: 'STATISTICS_PERIOD_FORMAT', field: 'period.to' });
  });

  it('reads report periods', () => {
    expect(reportPeriod('year', '2025').months).toHaveLength(12);
    expect(reportPeriod('month', '2025-07').months).toEqual(['2025-07']);
    expect(reason(() => reportPeriod('month', '2025'))).toEqual({ reason: 'STATISTICS_PERIOD_FORMAT', field: 'input.period' });
  });

  it('finds the previous month', () => {
    expect(previousMonth('2026-01-01')).toEqual({ month: '2025-12', year: '2025' });
    expect(previousMonth('2026-11-01')).toEqual({ month: '2026-10', year: '2026' });
  });

  it('rounds shares half-up in basis points', () => {
    expect(shareBp(1n, 3n)).toBe(3333);
    expect(shareBp(2n, 3n)).toBe(6667);
    expect(shareBp(1n, 0n)).toBe(0);
  });
});
