import type { TenderCriterion } from '@zhengcai/schema';

/** Score text as experts type it: up to three integer digits and two decimals ("27", "27.5", "27.25"). */
const SCORE = /^\d{1,3}(\.\d{1,2})?$/;

/** Hundredths of a point from score text, or null when it is not a number with at most two decimals. */
export function parseScore(text: string): number | null {
  const t = text.trim();
  if (!SCORE.test(t)) return null;
  const [whole, fraction = ''] = t.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function formatHundredths(h: number): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** a ÷ b rounded half-up, for non-negative a and positive b. */
export function divHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/** The opened price form's `sme` values that earn the deduction (see sealing/price-form.ts). */
const DEDUCTIBLE: readonly string[] = ['small', 'micro', 'prison_enterprise', 'disability_welfare_unit'];

/**
 * Whether the bid's price form declares a small or micro enterprise (中小企业声明函), or a
 * prison enterprise or a welfare unit for the disabled, which count as small and micro
 * (财库〔2022〕19号): the price form's `sme` declaration.
 */
export function smeDeductible(priceForm: Record<string, unknown> | null | undefined): boolean {
  if (!priceForm) return false;
  return DEDUCTIBLE.includes(String(priceForm.sme ?? ''));
}

/** The price used for scoring: price × (1 − d) for a small or micro enterprise, half-up to the fen. */
export function evaluatedPrice(priceFen: bigint, deductible: boolean, deductionBp: number): bigint {
  return deductible ? divHalfUp(priceFen * BigInt(10_000 - deductionBp), 10_000n) : priceFen;
}

/** (benchmark ÷ evaluated price) × weight, in hundredths, half-up. */
export function priceScoreHundredths(benchmarkFen: bigint, evaluatedFen: bigint, weight: number): number {
  if (evaluatedFen <= 0n) return weight * 100;
  return Number(divHalfUp(benchmarkFen * BigInt(weight) * 100n, evaluatedFen));
}

export const nonPriceCriteria = (criteria: readonly TenderCriterion[]) => criteria.filter((c) => c.kind !== 'price');
export const priceCriterion = (criteria: readonly TenderCriterion[]) => criteria.find((c) => c.kind === 'price') ?? null;

export interface DeviationCheck {
  beyondThreshold: boolean;
  beyondZ: boolean;
}

/**
 * Tests one score against the panel's scores of the same bid and criterion, exactly in
 * integers: |s − mean| > thresholdBp of the maximum, or |s − mean| > 2σ (population σ),
 * i.e. (n·s − Σ)² > 4·(n·Σs² − Σ²).
 */
export function deviation(score: number, panel: readonly number[], maxHundredths: number, thresholdBp: number): DeviationCheck {
  const n = BigInt(panel.length);
  const sum = panel.reduce((a, s) => a + BigInt(s), 0n);
  const sumSq = panel.reduce((a, s) => a + BigInt(s) * BigInt(s), 0n);
  const diff = n * BigInt(score) - sum;
  const absDiff = diff < 0n ? -diff : diff;
  return {
    beyondThreshold: absDiff * 10_000n > BigInt(thresholdBp) * BigInt(maxHundredths) * n,
    beyondZ: diff * diff > 4n * (n * sumSq - sum * sum),
  };
}

export function meanHalfUp(values: readonly number[]): number {
  return Number(divHalfUp(values.reduce((a, v) => a + BigInt(v), 0n), BigInt(values.length)));
}

export interface BidToRank {
  id: string;
  priceFen: bigint;
  priceForm: Record<string, unknown> | null | undefined;
  submittedAt: Date;
}

export interface CriterionScore {
  bidId: string;
  criterionKey: string;
  scoreHundredths: number;
}

export interface RankedBid {
  bidId: string;
  evaluatedPriceFen: bigint;
  smeDeducted: boolean;
  /** Null under 最低评标价法. */
  priceScoreHundredths: number | null;
  /** Panel mean per non-price criterion, half-up to hundredths. */
  criterionMeans: { key: string; meanHundredths: number }[];
  /** Price score + the criterion means; null under 最低评标价法. */
  totalHundredths: number | null;
  rank: number;
}

/**
 * Aggregates a finished panel and ranks the valid bids. 综合评分法: highest total first; ties go
 * to the higher price score, then the earlier bid submission. 最低评标价法: lowest evaluated
 * price first, then the earlier submission.
 */
export function rankBids(
  method: 'comprehensive_scoring' | 'lowest_price',
  criteria: readonly TenderCriterion[],
  smeDeductionBp: number,
  bids: readonly BidToRank[],
  scores: readonly CriterionScore[],
): RankedBid[] {
  const priced = bids.map((b) => {
    const smeDeducted = smeDeductible(b.priceForm);
    return { bid: b, smeDeducted, evaluatedPriceFen: evaluatedPrice(b.priceFen, smeDeducted, smeDeductionBp) };
  });
  const benchmark = priced.reduce<bigint | null>((min, p) => (min === null || p.evaluatedPriceFen < min ? p.evaluatedPriceFen : min), null) ?? 0n;
  const priceWeight = priceCriterion(criteria)?.weight ?? 0;
  const scored = priced.map((p) => {
    if (method === 'lowest_price') return { ...p, priceScoreHundredths: null, criterionMeans: [], totalHundredths: null };
    const price = priceScoreHundredths(benchmark, p.evaluatedPriceFen, priceWeight);
    const criterionMeans = nonPriceCriteria(criteria).map((c) => {
      const values = scores.filter((s) => s.bidId === p.bid.id && s.criterionKey === c.key).map((s) => s.scoreHundredths);
      return { key: c.key, meanHundredths: values.length ? meanHalfUp(values) : 0 };
    });
    return { ...p, priceScoreHundredths: price, criterionMeans, totalHundredths: price + criterionMeans.reduce((a, m) => a + m.meanHundredths, 0) };
  });
  const earlier = (a: BidToRank, b: BidToRank) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : 1);
  scored.sort((a, b) =>
    method === 'lowest_price'
      ? (a.evaluatedPriceFen < b.evaluatedPriceFen ? -1 : a.evaluatedPriceFen > b.evaluatedPriceFen ? 1 : earlier(a.bid, b.bid))
      : b.totalHundredths! - a.totalHundredths! || b.priceScoreHundredths! - a.priceScoreHundredths! || earlier(a.bid, b.bid),
  );
  return scored.map((s, i) => ({
    bidId: s.bid.id, evaluatedPriceFen: s.evaluatedPriceFen, smeDeducted: s.smeDeducted, priceScoreHundredths: s.priceScoreHundredths,
    criterionMeans: s.criterionMeans, totalHundredths: s.totalHundredths, rank: i + 1,
  }));
}
