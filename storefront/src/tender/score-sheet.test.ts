import { describe, expect, it } from 'vitest';
import { scoreHundredths, scoreProblem, toScoreInputs, valuesFrom } from './score-sheet';

describe('score sheet', () => {
  it('reads scores on digits', () => {
    expect(scoreHundredths('42.5')).toBe(4250);
    expect(scoreHundredths(' 0 ')).toBe(0);
    expect(scoreHundredths('1.234')).toBeNull();
    expect(scoreHundredths('-1')).toBeNull();
  });

  it('checks the range [0, weight]', () => {
    expect(scoreProblem('50', 50)).toBeNull();
    expect(scoreProblem('50.01', 50)).toBe('sheet.scoreRange');
    expect(scoreProblem('abc', 50)).toBe('sheet.scoreFormat');
    expect(scoreProblem('', 50)).toBeNull();
  });

  it('collects filled cells in order, with problems and the count missing', () => {
    const criteria = [{ key: 'technical', weight: 50 }, { key: 'commercial', weight: 20 }];
    const values = valuesFrom([{ bidId: 'b1', criterion: 'technical', score: '40.00' }]);
    values.b1.commercial = '25';
    values.b2 = { commercial: '15.5' };
    const { scores, problems, missing } = toScoreInputs(values, ['b1', 'b2'], criteria);
    expect(scores).toEqual([{ bidId: 'b1', criterion: 'technical', score: '40.00' }, { bidId: 'b2', criterion: 'commercial', score: '15.5' }]);
    expect(problems).toEqual({ 'b1:commercial': 'sheet.scoreRange' });
    expect(missing).toBe(1);
  });
});
