import { EvaluationMethod, ProcurementKind, ProcurementMethod } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors/app-error.js';
import { deadlineAfterClarification } from './legal-deadlines.js';
import { checkProjectInput, type TenderProjectInput } from './project-input.js';

const base = (overrides: Partial<TenderProjectInput> = {}): TenderProjectInput => ({
  title: '工程监理服务', description: '某工程施工监理', method: ProcurementMethod.PublicTender, kind: ProcurementKind.Works, categoryCode: 'c0801',
  budgetLineId: '00000000-0000-0000-0000-000000000000', evaluationMethod: EvaluationMethod.ComprehensiveScoring,
  criteria: [{ key: 'price', name: '价格', weight: 60, kind: 'price' }, { key: 'plan', name: '方案', weight: 40, kind: 'technical' }],
  smeDeductionBp: 2000, qualification: '具有监理资质', documentsFrom: new Date('2027-03-01T01:00:00Z'), documentsUntil: new Date('2027-03-09T01:00:00Z'),
  bidDeadline: new Date('2027-03-22T01:00:00Z'), lots: [{ title: '一标段', scope: '监理', budget: 100_00n, deposit: 2_00n }],
  ...overrides,
});
const refusal = (input: TenderProjectInput) => { try { checkProjectInput(input); } catch (e) { return e as AppError; } return null; };

describe('project input', () => {
  it('takes the works price range as the goods one (30–60) and the edges of every range', () => {
    expect(checkProjectInput(base()).categoryCode).toBe('C0801');
    expect(refusal(base({ criteria: [{ key: 'price', name: '价格', weight: 61, kind: 'price' }, { key: 'plan', name: '方案', weight: 39, kind: 'technical' }] })))
      .toMatchObject({ reason: 'TENDER_PRICE_WEIGHT_RANGE', params: { min: 30, max: 60, field: 'criteria[0].weight' } });
    expect(refusal(base({ kind: ProcurementKind.Services, criteria: [{ key: 'price', name: '价格', weight: 10, kind: 'price' }, { key: 'plan', name: '方案', weight: 90, kind: 'technical' }] }))).toBeNull();
    expect(refusal(base({ smeDeductionBp: 1000 }))).toBeNull();
    expect(refusal(base({ smeDeductionBp: 2001 }))).toMatchObject({ reason: 'TENDER_SME_DEDUCTION_RANGE' });
    expect(refusal(base({ lots: [{ title: '一标段', scope: '监理', budget: 100_00n, deposit: 2_01n }] }))).toMatchObject({ reason: 'TENDER_DEPOSIT_OVER_CAP', params: { max: '2.00' } });
    expect(refusal(base({ criteria: [{ key: 'price', name: '价格', weight: 30, kind: 'price' }, { key: 'price', name: '方案', weight: 70, kind: 'technical' }] })))
      .toMatchObject({ reason: 'TENDER_CRITERION_KEY_DUPLICATE', params: { field: 'criteria[1].key' } });
    expect(refusal(base({ evaluationMethod: EvaluationMethod.LowestPrice, criteria: [] }))).toBeNull();
  });

  it('moves a deadline by whole days so that 15 days remain after a clarification', () => {
    const deadline = new Date('2027-03-22T01:00:00Z');
    expect(deadlineAfterClarification(deadline, new Date('2027-03-07T01:00:00Z'))).toEqual(deadline);
    expect(deadlineAfterClarification(deadline, new Date('2027-03-07T01:00:01Z'))).toEqual(new Date('2027-03-23T01:00:00Z'));
    expect(deadlineAfterClarification(deadline, new Date('2027-03-20T12:00:00Z'))).toEqual(new Date('2027-04-05T01:00:00Z'));
  });
});
