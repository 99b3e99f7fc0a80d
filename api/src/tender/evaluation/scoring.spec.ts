import { describe, expect, it } from 'vitest';
import { deviation, evaluatedPrice, parseScore, priceScoreHundredths, rankBids, smeDeductible } from './scoring.js';
import { coversCategory, minPanelSize, pickPanel } from './panel-draw.js';

const CRITERIA = [
  { key: 'price', name: '价格', weight: 30, kind: 'price' as const },
  { key: 'technical', name: '技术', weight: 50, kind: 'technical' as const },
  { key: 'commercial', name: '商务', weight: 20, kind: 'commercial' as const },
];

describe('evaluation arithmetic', () => {
  it('parses scores with at most two decimals into hundredths', () => {
    expect(parseScore('27')).toBe(2700);
    expect(parseScore('27.5')).toBe(2750);
    expect(parseScore('0.05')).toBe(5);
    expect(parseScore('27.125')).toBeNull();
    expect(parseScore('-1')).toBeNull();
    expect(parseScore('1e2')).toBeNull();
  });

  it('deducts for small, micro, prison and welfare enterprises only', () => {
    expect(smeDeductible({ sme: 'small' })).toBe(true);
    expect(smeDeductible({ sme: 'micro' })).toBe(true);
    expect(smeDeductible({ sme: 'medium' })).toBe(false);
    expect(smeDeductible({ sme: 'prison_enterprise' })).toBe(true);
    expect(smeDeductible({ sme: 'disability_welfare_unit' })).toBe(true);
    expect(smeDeductible({})).toBe(false);
    expect(evaluatedPrice(1_000_000n, true, 1000)).toBe(900_000n);
    expect(evaluatedPrice(333n, true, 1500)).toBe(283n); // 283.05 → 283
    expect(evaluatedPrice(1_000_000n, false, 1000)).toBe(1_000_000n);
  });

  it('computes the price score in integers, half-up', () => {
    // 90 000 ÷ 95 000 × 30 = 28.421… → 28.42
    expect(priceScoreHundredths(9_000_000n, 9_500_000n, 30)).toBe(2842);
    // 2 ÷ 3 × 30 = 20.00; 1 ÷ 3 × 10 = 3.333… → 3.33; 2 ÷ 3 × 10 = 6.666… → 6.67
    expect(priceScoreHundredths(2n, 3n, 30)).toBe(2000);
    expect(priceScoreHundredths(1n, 3n, 10)).toBe(333);
    expect(priceScoreHundredths(2n, 3n, 10)).toBe(667);
  });

  it('flags a deviation beyond 20 % of the maximum, or beyond two standard deviations', () => {
    expect(deviation(2000, [4000, 4000, 4000, 4000, 2000], 5000, 2000)).toEqual({ beyondThreshold: true, beyondZ: false });
    expect(deviation(4000, [4000, 4000, 4000, 4000, 2000], 5000, 2000).beyondThreshold).toBe(false);
    // Seven experts, one far off: z = 6/√7 ≈ 2.27.
    expect(deviation(3000, [3100, 3100, 3100, 3100, 3100, 3100, 3000], 5000, 2000)).toEqual({ beyondThreshold: false, beyondZ: true });
    expect(deviation(3000, [3000, 3000, 3000, 3000, 3000], 5000, 2000)).toEqual({ beyondThreshold: false, beyondZ: false });
  });

  it('ranks by total, then price score, then the earlier submission', () => {
    const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));
    const ranked = rankBids('comprehensive_scoring', CRITERIA, 1000, [
      { id: 'a', priceFen: 100n, priceForm: {}, submittedAt: at(2) },
      { id: 'b', priceFen: 100n, priceForm: {}, submittedAt: at(1) },
    ], [
      { bidId: 'a', criterionKey: 'technical', scoreHundredths: 4000 }, { bidId: 'a', criterionKey: 'commercial', scoreHundredths: 1000 },
      { bidId: 'b', criterionKey: 'technical', scoreHundredths: 4000 }, { bidId: 'b', criterionKey: 'commercial', scoreHundredths: 1000 },
    ]);
    expect(ranked.map((r) => [r.bidId, r.rank, r.totalHundredths])).toEqual([['b', 1, 8000], ['a', 2, 8000]]);
  });
});

describe('panel draw', () => {
  it('sizes panels by budget and covers categories by prefix', () => {
    expect(minPanelSize(999_999_999n)).toBe(5);
    expect(minPanelSize(1_000_000_000n)).toBe(7);
    expect(coversCategory(['A0201'], 'A02010104')).toBe(true);
    expect(coversCategory(['A02010105'], 'A02010104')).toBe(false);
    expect(coversCategory(['C'], 'A02010104')).toBe(false);
  });

  it('picks the same panel from the same seed and candidates, another from another seed', () => {
    const candidates = Array.from({ length: 20 }, (_, i) => `e${String(i).padStart(2, '0')}`);
    const a = pickPanel('ab'.repeat(32), candidates, 5);
    expect(pickPanel('ab'.repeat(32), candidates, 5)).toEqual(a);
    expect(new Set(a).size).toBe(5);
    expect(pickPanel('cd'.repeat(32), candidates, 5)).not.toEqual(a);
  });
});
