import {
  EvaluationMethod, type Fen, formatYuan, ProcurementKind, ProcurementMethod, type TenderCriterion,
} from '@zhengcai/schema';
import { checkText, ProblemList } from '../catalog/problems.js';

export interface TenderLotInput { title: string; scope: string; budget: Fen; deposit: Fen }

export interface TenderProjectInput {
  /** The purchasing unit an agency acts for; a purchaser always buys for its own unit. */
  buyerId?: string | null;
  title: string;
  description: string;
  method: ProcurementMethod;
  kind: ProcurementKind;
  categoryCode: string;
  budgetLineId: string;
  evaluationMethod: EvaluationMethod;
  criteria: TenderCriterion[];
  smeDeductionBp: number;
  qualification: string;
  documentsFrom: Date;
  documentsUntil: Date;
  bidDeadline: Date;
  lots: TenderLotInput[];
}

export const MAX_LOTS = 30;
const MAX_CRITERIA = 20;
/** 2 % of the lot's budget (实施条例 art. 33), in basis points. */
export const DEPOSIT_CAP_BP = 200n;
export const SME_DEDUCTION_BP = { min: 1000, max: 2000 } as const;

/**
 * The legal price weight (87号令 art. 55: goods 30–60, services 10–30). Works tendered as
 * government procurement have no national range: we use the goods range, since a works
 * contract is priced like goods (quantities × unit prices); a province may narrow it.
 */
export const PRICE_WEIGHT: Readonly<Record<ProcurementKind, { min: number; max: number }>> = {
  [ProcurementKind.Goods]: { min: 30, max: 60 },
  [ProcurementKind.Services]: { min: 10, max: 30 },
  [ProcurementKind.Works]: { min: 30, max: 60 },
};

const CRITERION_KEY = /^[a-z][a-z0-9_-]{0,31}$/;

/** Bids a lot needs at the deadline: one for single source, three otherwise (DOMAIN.md). */
export const minBiddersFor = (method: ProcurementMethod): number => (method === ProcurementMethod.SingleSource ? 1 : 3);

/**
 * Everything about a project input that needs no database, each problem at its field; the
 * texts come back trimmed.
 */
export function checkProjectInput(input: TenderProjectInput): TenderProjectInput {
  const problems = new ProblemList();
  const title = checkText(problems, 'title', input.title, 2, 200);
  const description = checkText(problems, 'description', input.description, 2, 5000);
  const qualification = checkText(problems, 'qualification', input.qualification, 2, 5000);
  const categoryCode = input.categoryCode.trim().toUpperCase();
  checkCriteria(problems, input);
  if (!Number.isInteger(input.smeDeductionBp) || input.smeDeductionBp < SME_DEDUCTION_BP.min || input.smeDeductionBp > SME_DEDUCTION_BP.max) {
    problems.add('smeDeductionBp', 'TENDER_SME_DEDUCTION_RANGE', { min: SME_DEDUCTION_BP.min / 100, max: SME_DEDUCTION_BP.max / 100 });
  }
  if (input.lots.length === 0) problems.add('lots', 'TENDER_LOTS_REQUIRED');
  if (input.lots.length > MAX_LOTS) problems.add('lots', 'TENDER_TOO_MANY_LOTS', { max: MAX_LOTS });
  const lots = input.lots.map((lot, i) => {
    const f = (name: string) => `lots[${i}].${name}`;
    const lotTitle = checkText(problems, f('title'), lot.title, 2, 200);
    const scope = checkText(problems, f('scope'), lot.scope, 2, 5000);
    if (lot.budget <= 0n) problems.add(f('budget'), 'TENDER_AMOUNT_NOT_POSITIVE');
    if (lot.deposit < 0n) problems.add(f('deposit'), 'TENDER_DEPOSIT_NEGATIVE');
    else if (lot.budget > 0n && lot.deposit * 10_000n > lot.budget * DEPOSIT_CAP_BP) {
      problems.add(f('deposit'), 'TENDER_DEPOSIT_OVER_CAP', { max: formatYuan((lot.budget * DEPOSIT_CAP_BP) / 10_000n), budget: formatYuan(lot.budget) });
    }
    return { ...lot, title: lotTitle, scope };
  });
  checkDateOrder(problems, input);
  problems.throwIfAny();
  return { ...input, title, description, qualification, categoryCode, lots, criteria: input.criteria.map((c) => ({ ...c, key: c.key.trim(), name: c.name.trim() })) };
}

function checkCriteria(problems: ProblemList, input: TenderProjectInput): void {
  const criteria = input.criteria;
  if (input.evaluationMethod === EvaluationMethod.LowestPrice) {
    // 最低评标价法 ranks by evaluated price alone.
    if (criteria.length) problems.add('criteria', 'TENDER_CRITERIA_NOT_ALLOWED');
    return;
  }
  if (criteria.length === 0 || criteria.length > MAX_CRITERIA) {
    problems.add('criteria', 'TENDER_CRITERIA_COUNT', { max: MAX_CRITERIA });
    return;
  }
  const keys = new Set<string>();
  let sum = 0;
  criteria.forEach((c, i) => {
    const f = (name: string) => `criteria[${i}].${name}`;
    if (!CRITERION_KEY.test(c.key.trim())) problems.add(f('key'), 'TENDER_CRITERION_KEY_FORMAT', { value: c.key });
    else if (keys.has(c.key.trim())) problems.add(f('key'), 'TENDER_CRITERION_KEY_DUPLICATE', { value: c.key });
    keys.add(c.key.trim());
    checkText(problems, f('name'), c.name, 1, 64);
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100) problems.add(f('weight'), 'TENDER_CRITERION_WEIGHT_RANGE');
    sum += c.weight;
  });
  const prices = criteria.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'price');
  if (prices.length !== 1) problems.add('criteria', 'TENDER_PRICE_CRITERION_COUNT', { count: prices.length });
  else {
    const range = PRICE_WEIGHT[input.kind];
    const { c, i } = prices[0];
    if (c.weight < range.min || c.weight > range.max) problems.add(`criteria[${i}].weight`, 'TENDER_PRICE_WEIGHT_RANGE', { kind: input.kind, min: range.min, max: range.max, actual: c.weight });
  }
  if (!problems.items.length && sum !== 100) problems.add('criteria', 'TENDER_CRITERIA_WEIGHT_SUM', { sum });
}

function checkDateOrder(problems: ProblemList, input: TenderProjectInput): void {
  if (input.documentsUntil.getTime() <= input.documentsFrom.getTime()) problems.add('documentsUntil', 'TENDER_DATES_ORDER');
  else if (input.bidDeadline.getTime() < input.documentsUntil.getTime()) problems.add('bidDeadline', 'TENDER_DATES_ORDER');
}
