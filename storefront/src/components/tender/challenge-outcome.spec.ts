import { describe, expect, it } from 'vitest';
import { answerProblems, outcomeTagType } from './challenge-outcome';

describe('challenge answer verdicts', () => {
  it('requires both the text and a known verdict', () => {
    expect(answerProblems('  ', '')).toEqual({ answer: 'lot.challenges.answerRequired', outcome: 'challengeOutcome.required' });
    expect(answerProblems('评分无误。', 'BOGUS' as never)).toEqual({ answer: '', outcome: 'challengeOutcome.required' });
    expect(answerProblems('评分无误。', 'GROUNDLESS')).toEqual({ answer: '', outcome: '' });
  });

  it('colours a groundless verdict as the costly one', () => {
    expect(outcomeTagType('GROUNDLESS')).toBe('danger');
    expect(outcomeTagType('UPHELD')).toBe('success');
    expect(outcomeTagType('PARTLY_UPHELD')).toBe('warning');
    expect(outcomeTagType(null)).toBe('info');
  });
});
