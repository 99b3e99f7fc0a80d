import { describe, expect, it } from 'vitest';
import { formatBasisPoints, formatMoney } from './money';

describe('formatMoney', () => {
  it('shows yuan with the ¥ sign, thousands separators and two decimals', () => {
    expect(formatMoney('1234.5')).toBe('¥1,234.50');
    expect(formatMoney('50000.00')).toBe('¥50,000.00');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('999')).toBe('¥999.00');
    expect(formatMoney('-12.3')).toBe('-¥12.30');
  });

  it('stays exact beyond what a float can hold', () => {
    expect(formatMoney('90071992547409931.07')).toBe('¥90,071,992,547,409,931.07');
  });

  it('shows a dash for a missing amount and refuses what is not Money', () => {
    expect(formatMoney(null)).toBe('—');
    expect(() => formatMoney('12.345')).toThrow(/not a Money value/);
    expect(() => formatMoney('1e3')).toThrow(/not a Money value/);
  });
});

describe('formatBasisPoints', () => {
  it('turns basis points into a percentage with two decimals', () => {
    expect(formatBasisPoints(35)).toBe('0.35%');
    expect(formatBasisPoints(522)).toBe('5.22%');
    expect(formatBasisPoints(1000)).toBe('10.00%');
    expect(formatBasisPoints(0)).toBe('0.00%');
    expect(formatBasisPoints(-5)).toBe('-0.05%');
  });
});
