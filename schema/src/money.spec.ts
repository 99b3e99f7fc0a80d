import { describe, expect, it } from 'vitest';
import { formatYuan, MoneyFormatError, mulDivHalfUp, parseYuan } from './money.js';

describe('money in fen', () => {
  it('parses yuan strings exactly', () => {
    expect(parseYuan('0')).toBe(0n);
    expect(parseYuan('1234.5')).toBe(123450n);
    expect(parseYuan('1234.56')).toBe(123456n);
    expect(parseYuan('-0.01')).toBe(-1n);
    expect(parseYuan('9999999999999999.99')).toBe(999999999999999999n);
  });

  it('rounds half-up (away from zero) beyond two decimals', () => {
    expect(parseYuan('0.005')).toBe(1n);
    expect(parseYuan('0.00499')).toBe(0n);
    expect(parseYuan('-0.005')).toBe(-1n);
  });

  it('refuses anything that is not a decimal amount', () => {
    for (const bad of ['', '1e3', '1,000.00', '¥10', '.5', '1.', 'NaN', '12345678901234567']) {
      expect(() => parseYuan(bad), bad).toThrow(MoneyFormatError);
    }
  });

  it('formats with exactly two places', () => {
    expect(formatYuan(0n)).toBe('0.00');
    expect(formatYuan(5n)).toBe('0.05');
    expect(formatYuan(123450n)).toBe('1234.50');
    expect(formatYuan(-1n)).toBe('-0.01');
  });

  it('multiplies and divides with half-up rounding to the fen', () => {
    // 100,000.00 yuan at 0.35 %/yr for 30 days ÷ 360: 29.1666… → 29.17
    expect(mulDivHalfUp(10_000_000n * 35n * 30n, 1n, 10_000n * 360n)).toBe(2917n);
    expect(mulDivHalfUp(5n, 1n, 2n)).toBe(3n);
    expect(mulDivHalfUp(-5n, 1n, 2n)).toBe(-3n);
    expect(mulDivHalfUp(4n, 1n, 3n)).toBe(1n);
    expect(() => mulDivHalfUp(1n, 1n, 0n)).toThrow(RangeError);
  });
});
