import { POLICY_TAGS, type PolicyTag } from '@zhengcai/schema';
import { AppError } from '../../../platform/errors/app-error.js';

/**
 * A tenant's ranking formula. The stored rank is Σ weight × component / 10,000, every
 * component 0–1:
 * - policy: 1 when the listing holds a counted policy tag valid today, else 0;
 * - integrity: the supplier's integrity score / 100;
 * - price: median / (median + price) against the leaf category's median price (0.5 at the median);
 * - sales: ln(1 + sales) / ln(1 + the tenant's highest sales).
 */
export interface RankingFormula {
  policyWeightBp: number;
  integrityWeightBp: number;
  priceWeightBp: number;
  salesWeightBp: number;
  /** Tags that make a listing policy goods. */
  policyTags: PolicyTag[];
}

export const WEIGHT_TOTAL_BP = 10_000;

/** The national default: every policy function counts, policy weight just over half. */
export const DEFAULT_RANKING_FORMULA: Readonly<RankingFormula> = Object.freeze({
  policyWeightBp: 5_500,
  integrityWeightBp: 2_000,
  priceWeightBp: 1_500,
  salesWeightBp: 1_000,
  policyTags: [...POLICY_TAGS],
});

/**
 * Refuses a formula that would break the rules: weights are whole basis points summing to
 * 10,000, and the policy weight is more than all others together — so at equal relevance a
 * policy listing (rank ≥ policy weight) always ranks above any other (rank < the rest),
 * as DOMAIN.md requires (优先展示).
 */
export function validateFormula(f: RankingFormula): RankingFormula {
  const weights = { policyWeightBp: f.policyWeightBp, integrityWeightBp: f.integrityWeightBp, priceWeightBp: f.priceWeightBp, salesWeightBp: f.salesWeightBp };
  for (const [field, value] of Object.entries(weights)) {
    if (!Number.isInteger(value) || value < 0 || value > WEIGHT_TOTAL_BP) throw new AppError('RANKING_WEIGHT_RANGE', { field, min: 0, max: WEIGHT_TOTAL_BP, actual: value });
  }
  const total = f.policyWeightBp + f.integrityWeightBp + f.priceWeightBp + f.salesWeightBp;
  if (total !== WEIGHT_TOTAL_BP) throw new AppError('RANKING_WEIGHT_TOTAL', { total: WEIGHT_TOTAL_BP, actual: total });
  const others = total - f.policyWeightBp;
  if (f.policyWeightBp <= others) throw new AppError('RANKING_POLICY_FIRST', { policy: f.policyWeightBp, others });
  if (f.policyTags.length === 0) throw new AppError('RANKING_POLICY_TAGS_EMPTY');
  return { ...weights, policyTags: [...new Set(f.policyTags)].sort() };
}
