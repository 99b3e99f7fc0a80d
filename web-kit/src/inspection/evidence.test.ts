import { describe, expect, it } from 'vitest';
import { bandPosition, deadlineLeft, evidenceDetailLines, formatDeviation, runPercent } from './evidence';

describe('price inspection evidence', () => {
  it('labels peer quartiles as money, windows as days, imported names with their prices', () => {
    expect(evidenceDetailLines({ source: 'PEER', value: '900', sample: 5, counted: true, detail: [{ key: 'q1', value: '850.5' }, { key: 'q3', value: '1000' }, { key: 'minSample', value: '3' }] }))
      .toEqual([
        { key: 'q1', labelKey: 'priceInspection.detail.q1', label: 'q1', value: '¥850.50' },
        { key: 'q3', labelKey: 'priceInspection.detail.q3', label: 'q3', value: '¥1,000.00' },
        { key: 'minSample', labelKey: 'priceInspection.detail.minSample', label: 'minSample', value: '3' },
      ]);
    expect(evidenceDetailLines({ source: 'IMPORTED', value: '1000', sample: 1, counted: true, detail: [{ key: '京东', value: '1000.00' }] })[0])
      .toEqual({ key: '京东', labelKey: null, label: '京东', value: '¥1,000.00' });
    expect(evidenceDetailLines({ source: 'HISTORY', value: '1', sample: 2, counted: true, detail: [{ key: 'days', value: '90' }] })[0])
      .toMatchObject({ labelKey: 'priceInspection.detail.days', params: { n: '90' } });
  });

  it('formats the deviation with its sign', () => {
    expect(formatDeviation(2800)).toBe('+28.00%');
    expect(formatDeviation(0)).toBe('0.00%');
  });

  it('counts the time left to the deadline and says when it passed', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(deadlineLeft('2026-11-25T05:30:00Z', now)).toEqual({ overdue: false, days: 2, hours: 5 });
    expect(deadlineLeft('2026-11-22T00:00:00Z', now)).toEqual({ overdue: true, days: 0, hours: 0 });
  });

  it('places a price in the peer band on fen, and not at all without quartiles', () => {
    const band = { q1: '900', median: '1000.00', q3: '1100.5' };
    expect(bandPosition('899.99', band)).toBe('below');
    expect(bandPosition('1000', band)).toBe('lower');
    expect(bandPosition('1100.50', band)).toBe('upper');
    expect(bandPosition('1100.51', band)).toBe('above');
    expect(bandPosition('1', { q1: null, median: null, q3: null })).toBeNull();
  });

  it('shows progress as a whole percentage', () => {
    expect(runPercent({ done: 1, total: 3 })).toBe(33);
    expect(runPercent({ done: 0, total: 0 })).toBe(100);
  });
});
