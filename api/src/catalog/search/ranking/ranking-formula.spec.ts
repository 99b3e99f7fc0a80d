import { PolicyTag } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKING_FORMULA, validateFormula } from './ranking-formula.js';

const reason = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { reason?: string }).reason;
  }
  return undefined;
};

describe('ranking formula rules', () => {
  it('accepts the national default', () => {
    expect(validateFormula({ ...DEFAULT_RANKING_FORMULA }).policyWeightBp).toBe(5500);
  });

  it('refuses weights that do not sum to 10,000 bp, or are out of range', () => {
    expect(reason(() => validateFormula({ ...DEFAULT_RANKING_FORMULA, salesWeightBp: 999 }))).toBe('RANKING_WEIGHT_TOTAL');
    expect(reason(() => validateFormula({ ...DEFAULT_RANKING_FORMULA, salesWeightBp: -1, priceWeightBp: 2501 }))).toBe('RANKING_WEIGHT_RANGE');
    expect(reason(() => validateFormula({ ...DEFAULT_RANKING_FORMULA, salesWeightBp: 0.5, priceWeightBp: 1500.5 }))).toBe('RANKING_WEIGHT_RANGE');
  });

  it('keeps policy goods first: the policy weight must exceed the others together', () => {
    expect(reason(() => validateFormula({ policyWeightBp: 5000, integrityWeightBp: 2000, priceWeightBp: 2000, salesWeightBp: 1000, policyTags: [PolicyTag.Sme] }))).toBe('RANKING_POLICY_FIRST');
    expect(reason(() => validateFormula({ ...DEFAULT_RANKING_FORMULA, policyTags: [] }))).toBe('RANKING_POLICY_TAGS_EMPTY');
  });
});
