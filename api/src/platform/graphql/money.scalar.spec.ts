import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { MoneyScalar } from './money.scalar.js';

describe('Money scalar', () => {
  it('serialises fen as a decimal yuan string', () => {
    expect(MoneyScalar.serialize(123450n)).toBe('1234.50');
    expect(MoneyScalar.serialize('5')).toBe('0.05');
    expect(() => MoneyScalar.serialize(12.5)).toThrow(TypeError);
  });

  it('reads exact decimal strings into fen', () => {
    expect(MoneyScalar.parseValue('1234.5')).toBe(123450n);
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: '0.01' })).toBe(1n);
  });

  it('refuses floats, numbers and more than two decimals with MONEY_FORMAT', () => {
    for (const bad of [12.5, 100, '1.005', '1e2', '']) {
      expect(() => MoneyScalar.parseValue(bad), String(bad)).toThrow(AppError);
    }
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: '12.5' })).toThrow(/MONEY_FORMAT/);
  });
});
