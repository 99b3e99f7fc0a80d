import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../catalog/problems.js';
import { checkQuantity, regionCovers } from './order-input.js';

describe('order input', () => {
  it.each([
    [0, 'QUANTITY_NOT_POSITIVE'], [-3, 'QUANTITY_NOT_POSITIVE'], [-0.5, 'QUANTITY_NOT_POSITIVE'], [0.5, 'QUANTITY_NOT_WHOLE'],
    [2.25, 'QUANTITY_NOT_WHOLE'], [1_000_001, 'QUANTITY_TOO_LARGE'], [Number.NaN, 'QUANTITY_NOT_POSITIVE'],
  ])('quantity %s → %s', (quantity, reason) => {
    const problems = new ProblemList();
    checkQuantity(problems, 'items[1].quantity', quantity);
    expect(problems.items).toEqual([expect.objectContaining({ field: 'items[1].quantity', reason })]);
  });

  it('accepts whole quantities from 1 to 1,000,000', () => {
    const problems = new ProblemList();
    for (const q of [1, 7, 1_000_000]) checkQuantity(problems, 'quantity', q);
    expect(problems.items).toEqual([]);
  });

  it('a province or city delivery region covers every county below it', () => {
    expect(regionCovers('330000', '330106')).toBe(true);
    expect(regionCovers('330100', '330106')).toBe(true);
    expect(regionCovers('330106', '330106')).toBe(true);
    expect(regionCovers('330100', '330206')).toBe(false);
    expect(regionCovers('330000', '500101')).toBe(false);
  });
});
