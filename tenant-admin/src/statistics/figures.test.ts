import { describe, expect, it } from 'vitest';
import { compactNumber, defaultPeriod, financingRows, hundredths, lastMonth, monthsOf, periodProblem, spendingSeries } from './figures';

describe('statistics figures', () => {
  it('defaults to the twelve months up to this one, across a year end', () => {
    expect(defaultPeriod('2026-03-15')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(lastMonth('2026-01-01')).toBe('2025-12');
    expect(monthsOf('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('finds what is wrong with a period as the API would', () => {
    expect(periodProblem('2025-01', '2027-12')).toBe(null);
    expect(periodProblem('2025-01', '2028-01')).toBe('statistics.period.tooLong');
    expect(periodProblem('2025-03', '2025-02')).toBe('statistics.period.order');
    expect(periodProblem('2025-3', '2025-04')).toBe('statistics.period.format');
  });

  it('pivots spending rows into series, the small keys summed as others, cents exact', () => {
    const rows = [
      { month: '2025-01', key: 'a', label: 'A', amount: '0.10' },
      { month: '2025-01', key: 'a', label: 'A', amount: '0.20' },
      { month: '2025-02', key: 'b', label: 'B', amount: '5.00' },
      { month: '2025-02', key: 'c', label: 'C', amount: '1.00' },
      { month: '2025-02', key: 'd', label: 'D', amount: '2.00' },
    ];
    const totals = [{ key: 'b' }, { key: 'd' }, { key: 'c' }, { key: 'a' }];
    expect(spendingSeries(rows, totals, ['2025-01', '2025-02'], '其他', 2)).toEqual([
      { key: 'b', name: 'B', values: [0, 5] },
      { key: 'd', name: 'D', values: [0, 2] },
      { key: '__others', name: '其他', values: [0.3, 1] },
    ]);
    expect(spendingSeries(rows, totals, ['2025-01', '2025-02'], '其他')).toHaveLength(4);
  });

  it('writes compact axis labels', () => {
    expect(compactNumber(656600, 'zh-CN')).toBe('65.7万');
    expect(compactNumber(350000000, 'zh-CN')).toBe('3.5亿');
    expect(compactNumber(656600, 'en')).toBe('656.6k');
    expect(hundredths(250)).toBe('2.50');
  });
});

describe('financingRows', () => {
  it('counts applications by status per month and adds the amounts in fen, with a total row', () => {
    const rows = financingRows([
      { month: '2026-01', byState: [
        { state: 'APPLIED', count: 1, amount: '0.10', lenderAmount: '0.00' },
        { state: 'APPROVED', count: 2, amount: '0.20', lenderAmount: '0.15' },
        { state: 'REJECTED', count: 0, amount: '0.00', lenderAmount: '0.00' },
      ] },
      { month: '2026-02', byState: [{ state: 'REPAID', count: 1, amount: '80000.05', lenderAmount: '80000' }] },
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({ month: '2026-01', counts: { APPLIED: 1, APPROVED: 2, DISBURSED: 0, REPAID: 0, REJECTED: 0 }, applications: 3, requested: '0.30', lent: '0.15' });
    expect(rows[2]).toMatchObject({ month: null, applications: 4, requested: '80000.35', lent: '80000.15', counts: { APPLIED: 1, APPROVED: 2, REPAID: 1 } });
  });
});
