import { describe, expect, it } from 'vitest';
import { basisPointsToPercentInput, normaliseMoneyInput, percentInputToBasisPoints } from './input';

describe('percent input', () => {
  it('shows basis points as a percentage with two decimals', () => {
    expect(basisPointsToPercentInput(35)).toBe('0.35');
    expect(basisPointsToPercentInput(1000)).toBe('10.00');
    expect(basisPointsToPercentInput(0)).toBe('0.00');
  });

  it('reads a percentage back to exact basis points (no float rounding)', () => {
    expect(percentInputToBasisPoints('0.35')).toBe(35);
    expect(percentInputToBasisPoints('0.29')).toBe(29); // 0.29 * 100 is 28.999… as a float
    expect(percentInputToBasisPoints('1.5')).toBe(150);
    expect(percentInputToBasisPoints(' 10 % ')).toBe(1000);
    for (const n of [0, 1, 7, 29, 35, 57, 115, 999, 20000]) expect(percentInputToBasisPoints(basisPointsToPercentInput(n))).toBe(n);
  });

  it('refuses what is not a percentage with at most two decimals', () => {
    for (const bad of ['', 'abc', '-1', '0.355', '1e2', '.5', '1.']) expect(percentInputToBasisPoints(bad)).toBeNull();
  });
});

describe('money input', () => {
  it('normalises yuan to two decimals, accepting a ¥ sign and grouping commas', () => {
    expect(normaliseMoneyInput('50000')).toBe('50000.00');
    expect(normaliseMoneyInput('¥1,234.5')).toBe('1234.50');
    expect(normaliseMoneyInput('007.10')).toBe('7.10');
  });

  it('refuses fractions of a fen, signs and text', () => {
    for (const bad of ['', '1.234', '-5', 'abc', '1e5']) expect(normaliseMoneyInput(bad)).toBeNull();
  });
});
