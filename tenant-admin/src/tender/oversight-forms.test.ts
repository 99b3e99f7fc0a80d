import { describe, expect, it } from 'vitest';
import { decisionInput, deviationFigures, emptyExpertForm, expertInput, parseCategoryCodes, projectFiltersFromQuery, projectFiltersToQuery } from './oversight-forms';

describe('project filters in the address', () => {
  it('keeps known states and methods and drops the rest', () => {
    expect(projectFiltersFromQuery({ state: 'PUBLISHED', method: 'INQUIRY' })).toEqual({ state: 'PUBLISHED', method: 'INQUIRY' });
    expect(projectFiltersFromQuery({ state: 'published', method: ['NOPE'] })).toEqual({});
    expect(projectFiltersToQuery({ method: 'SINGLE_SOURCE' as never })).toEqual({ method: 'SINGLE_SOURCE' });
  });
});

describe('deviation figures', () => {
  it('gives the signed difference from the mean and its share of the maximum, half-up', () => {
    expect(deviationFigures('20.00', '36.00', '50')).toEqual({ difference: '-16.00', shareOfMaximum: '32.0%' });
    expect(deviationFigures('45.5', '36.25', '50.00')).toEqual({ difference: '+9.25', shareOfMaximum: '18.5%' });
    // 1/3 of a point of 30 = 1.111…% → 1.1%; 0.05 of 30 = 0.1666…% → 0.2%.
    expect(deviationFigures('10.33', '10', '30')).toEqual({ difference: '+0.33', shareOfMaximum: '1.1%' });
    expect(deviationFigures('10', '10.05', '30')).toEqual({ difference: '-0.05', shareOfMaximum: '0.2%' });
    expect(deviationFigures('7', '7', '20').difference).toBe('0.00');
  });
});

describe('complaint decision', () => {
  it('needs an outcome and a reason; only an upheld complaint fails the lot', () => {
    expect(decisionInput('c1', { upheld: null, failLot: false, reason: '理由' })).toEqual({ invalid: 'upheld' });
    expect(decisionInput('c1', { upheld: true, failLot: false, reason: ' 好 ' })).toEqual({ invalid: 'reason' });
    expect(decisionInput('c1', { upheld: true, failLot: true, reason: ' 评分错误成立 ' })).toEqual({ input: { id: 'c1', upheld: true, reason: '评分错误成立', remedy: 'FAIL_LOT' } });
    expect(decisionInput('c1', { upheld: false, failLot: true, reason: '投诉缺乏事实依据' })).toEqual({ input: { id: 'c1', upheld: false, reason: '投诉缺乏事实依据', remedy: 'NONE' } });
  });
});

describe('expert form', () => {
  const filled = { ...emptyExpertForm('org1'), loginName: ' li.expert ', displayName: '李专家', password: 'Expert 2026', title: '高级工程师', employerName: '某研究院', categoryCodes: 'a0201， C16 A0201' };

  it('reads 品目 codes separated in any usual way', () => {
    expect(parseCategoryCodes('A0201、c16;A0201')).toEqual({ codes: ['A0201', 'C16'] });
    expect(parseCategoryCodes('  ')).toEqual({ empty: true });
    expect(parseCategoryCodes('A02 X9')).toEqual({ bad: 'X9' });
  });

  it('makes createUser with the EXPERT role and the profile', () => {
    expect(expertInput(filled)).toEqual({
      input: {
        organisationId: 'org1', loginName: 'li.expert', displayName: '李专家', password: 'Expert 2026', roles: ['EXPERT'],
        expertProfile: { title: '高级工程师', employerName: '某研究院', employerUscc: null, categoryCodes: ['A0201', 'C16'] },
      },
    });
    expect(expertInput({ ...filled, employerUscc: ' 91330100mA27XYZ12c ' })).toMatchObject({ input: { expertProfile: { employerUscc: '91330100MA27XYZ12C' } } });
  });

  it('names the first field to fix', () => {
    expect(expertInput({ ...filled, displayName: ' ' })).toEqual({ invalid: 'displayName' });
    expect(expertInput({ ...filled, categoryCodes: '' })).toEqual({ invalid: 'categoryCodes' });
    expect(expertInput({ ...filled, categoryCodes: 'A02 Z1' })).toEqual({ invalid: 'categoryCodes', bad: 'Z1' });
  });
});
