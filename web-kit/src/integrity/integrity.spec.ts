import { describe, expect, it } from 'vitest';
import { bandTagType, evidenceTarget, formatPoints } from './integrity';

describe('integrity display helpers', () => {
  it('formats signed points, with decimals only when decay left a fraction', () => {
    expect(formatPoints(-3)).toBe('−3');
    expect(formatPoints(1)).toBe('+1');
    expect(formatPoints(-12.345)).toBe('−12.35');
    expect(formatPoints(0)).toBe('0');
    expect(formatPoints(-0.001)).toBe('0');
  });

  it('colours bands best to worst, unknown as neutral', () => {
    expect(['A', 'B', 'C', 'D', null].map(bandTagType)).toEqual(['success', 'primary', 'warning', 'danger', 'info']);
  });

  it('links an event to its order, listing or lot, or names the deciding document', () => {
    expect(evidenceTarget({ orderId: 'o1', orderNo: 'DD1' })).toEqual({ kind: 'order', id: 'o1', label: 'DD1' });
    expect(evidenceTarget({ findingId: 'f', listingId: 'l1' })).toEqual({ kind: 'listing', id: 'l1', label: 'l1' });
    expect(evidenceTarget({ documentNo: '罚1', authority: '财政厅', decidedOn: '2026-01-05' })).toEqual({ kind: 'document', id: '罚1', label: '财政厅 · 罚1 · 2026-01-05' });
    expect(evidenceTarget({})).toBeNull();
  });
});
