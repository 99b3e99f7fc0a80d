import { ApiError } from '@zhengcai/web-kit';
import { describe, expect, it } from 'vitest';
import { depositCap, earliestLawful, emptyProjectForm, formToInput, isoToLocal, localToIso, projectToForm, weightSum } from './project-form';

const SH = 'Asia/Shanghai';

describe('tender project form', () => {
  it('reads dates as the tenant wall clock and writes them back', () => {
    expect(localToIso('2027-03-01 09:00', SH)).toBe('2027-03-01T01:00:00.000Z');
    expect(localToIso('2027-03-01T00:30', SH)).toBe('2027-02-28T16:30:00.000Z');
    expect(isoToLocal('2027-02-28T16:30:00.000Z', SH)).toBe('2027-03-01 00:30');
    expect(localToIso('2027-02-30 09:00', SH)).toBeNull();
    expect(localToIso('2027-03-01 24:00', SH)).toBeNull();
    expect(localToIso('tomorrow', SH)).toBeNull();
    // A zone with summer time: the offset of that day is used.
    expect(localToIso('2027-07-01 12:00', 'Europe/Berlin')).toBe('2027-07-01T10:00:00.000Z');
    expect(localToIso('2027-01-01 12:00', 'Europe/Berlin')).toBe('2027-01-01T11:00:00.000Z');
  });

  it('turns the form into the input: money as decimal strings, SME percent as basis points', () => {
    const form = { ...emptyProjectForm(), title: '办公计算机', categoryCode: 'A02010104', budgetLineId: 'b1', smePercent: '12.5',
      documentsFrom: '2027-03-01 09:00', documentsUntil: '2027-03-12 17:00', bidDeadline: '2027-03-22 09:00',
      lots: [{ title: '第1包', scope: '台式机', budget: '1,200,000', deposit: '24000.5' }] };
    const { input, problems } = formToInput(form, SH, false);
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      smeDeductionBp: 1250, bidDeadline: '2027-03-22T01:00:00.000Z', documentsUntil: '2027-03-12T09:00:00.000Z',
      lots: [{ budget: '1200000.00', deposit: '24000.50' }],
      criteria: [{ key: 'price', kind: 'PRICE', weight: 30 }, { key: 'technical', weight: 50 }, { key: 'commercial', weight: 20 }],
    });
    expect(input).not.toHaveProperty('buyerId');
    expect(formToInput({ ...form, buyerId: ' u1 ' }, SH, true).input.buyerId).toBe('u1');
  });

  it('names each badly typed field by the path the API uses', () => {
    const form = { ...emptyProjectForm(), smePercent: 'ten', documentsFrom: '3/1/2027', lots: [{ title: 'a', scope: 'b', budget: '1.234', deposit: '-1' }] };
    form.criteria[1].weight = '4.5';
    const { problems } = formToInput(form, SH, true);
    expect(problems).toEqual({
      smeDeductionBp: 'notices.form.percentFormat', documentsFrom: 'notices.form.dateFormat', documentsUntil: 'notices.form.dateFormat', bidDeadline: 'notices.form.dateFormat',
      'lots[0].budget': 'notices.form.moneyFormat', 'lots[0].deposit': 'notices.form.moneyFormat', 'criteria[1].weight': 'notices.form.weightFormat',
      budgetLineId: 'notices.form.required', categoryCode: 'notices.form.required', buyerId: 'notices.form.required',
    });
  });

  it('sends no criteria for the lowest price method, sums weights live and computes the 2 % deposit cap', () => {
    const form = { ...emptyProjectForm(), evaluationMethod: 'LOWEST_PRICE' as const };
    expect(formToInput(form, SH, false).input.criteria).toEqual([]);
    expect(weightSum([{ key: 'a', name: 'a', kind: 'PRICE', weight: '30' }, { key: 'b', name: 'b', kind: 'TECHNICAL', weight: 'x' }, { key: 'c', name: 'c', kind: 'TECHNICAL', weight: ' 60 ' }])).toBe(90);
    expect(depositCap('1,234,567.89')).toBe('24691.35');
    expect(depositCap('abc')).toBeNull();
  });

  it('reads a draft back into the form', () => {
    const form = projectToForm({
      title: 't', description: 'd', method: 'INQUIRY', kind: 'SERVICES', categoryCode: 'C01', buyerId: 'u', budgetLineId: 'b', evaluationMethod: 'COMPREHENSIVE_SCORING',
      criteria: [{ key: 'price', name: '价格', kind: 'PRICE', weight: 30 }], smeDeductionBp: 1000, qualification: 'q',
      documentsFrom: '2027-03-01T01:00:00.000Z', documentsUntil: null, bidDeadline: '2027-03-22T01:00:00.000Z',
      lots: [{ title: 'l', scope: 's', budget: '500000.00', deposit: '1000.50' }],
    }, SH);
    expect(form).toMatchObject({ smePercent: '10', documentsFrom: '2027-03-01 09:00', documentsUntil: '', bidDeadline: '2027-03-22 09:00', criteria: [{ weight: '30' }], lots: [{ budget: '500000', deposit: '1000.50' }] });
  });

  it('reads the earliest lawful date from a publication refusal', () => {
    const refusal = (reason: string, earliest?: string) => new ApiError({ kind: 'graphql', errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', reason, earliest } }], locale: 'zh-CN' });
    expect(earliestLawful(refusal('TENDER_DEADLINE_TOO_SHORT', '2027-03-22T01:00:00.000Z'))).toBe('2027-03-22T01:00:00.000Z');
    expect(earliestLawful(refusal('TENDER_DOCUMENTS_PERIOD_TOO_SHORT', '2027-03-08T01:00:00.000Z'))).toBe('2027-03-08T01:00:00.000Z');
    expect(earliestLawful(refusal('BUDGET_INSUFFICIENT'))).toBeNull();
    expect(earliestLawful(new Error('x'))).toBeNull();
  });
});
