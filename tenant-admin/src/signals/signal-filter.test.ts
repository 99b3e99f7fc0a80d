import { describe, expect, it } from 'vitest';
import { overThreshold, signalFilterFromQuery, signalFilterInput, signalFilterToQuery } from './signal-filter';

describe('compliance signal filter', () => {
  it('reads the address, dropping what is malformed, and writes it back', () => {
    const f = signalFilterFromQuery({ kind: 'order_splitting', state: 'OPEN', from: '2026-07-01', to: '2026-13' });
    expect(f).toEqual({ kind: 'ORDER_SPLITTING', state: 'OPEN', from: '2026-07-01' });
    expect(signalFilterFromQuery({ kind: 'NOPE', state: ['OPEN', 'X'] as never })).toEqual({});
    expect(signalFilterToQuery(f)).toEqual({ kind: 'ORDER_SPLITTING', state: 'OPEN', from: '2026-07-01', to: undefined });
  });

  it('turns days of the tenant calendar into instants, the last day included', () => {
    expect(signalFilterInput({ from: '2026-07-01', to: '2026-09-30' }, 'Asia/Shanghai')).toEqual({
      kind: null, state: null, from: '2026-06-30T16:00:00.000Z', to: '2026-09-30T16:00:00.000Z',
    });
    expect(signalFilterInput({ to: '2026-12-31' }, 'Asia/Shanghai').to).toBe('2026-12-31T16:00:00.000Z');
  });

  it('says how far a sum is over the threshold, exactly; nothing when below', () => {
    expect(overThreshold('100000.00', '100000.00')).toBe('0.00');
    expect(overThreshold('110000.5', '100000.00')).toBe('10000.50');
    expect(overThreshold('99999.99', '100000.00')).toBeNull();
    expect(overThreshold(null, '1.00')).toBeNull();
  });
});
