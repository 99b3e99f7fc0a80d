import { describe, expect, it } from 'vitest';
import { awardInput, currentStep, evidenceLines, hundredthsText, parsePanelSize, pendingChallenges, stepAvailable } from './lot-workspace';

describe('lot workspace rules', () => {
  it('opens on the step the lot waits for', () => {
    expect(currentStep('OPENING', false)).toBe('opening');
    expect(currentStep('evaluating', false)).toBe('panel');
    expect(currentStep('EVALUATING', true)).toBe('evaluation');
    expect(currentStep('RECOMMENDED', true)).toBe('award');
    expect(currentStep('AWARDED', true)).toBe('contract');
    expect(currentStep('FAILED', false)).toBe('opening');
  });

  it('offers later steps only once the lot reached them', () => {
    expect(stepAvailable('panel', 'OPENING')).toBe(false);
    expect(stepAvailable('evaluation', 'EVALUATING')).toBe(true);
    expect(stepAvailable('award', 'EVALUATING')).toBe(false);
    expect(stepAvailable('contract', 'AWARDED')).toBe(true);
    expect(stepAvailable('challenges', 'CONTRACTED')).toBe(true);
    expect(stepAvailable('deposits', 'FAILED')).toBe(true);
    expect(stepAvailable('award', 'FAILED')).toBe(false);
  });

  it('reads the panel size: empty is the minimum, else odd 5–25', () => {
    expect(parsePanelSize(' ')).toEqual({ size: null });
    expect(parsePanelSize('7')).toEqual({ size: 7 });
    for (const bad of ['6', '3', '27', 'x', '5.0']) expect(parsePanelSize(bad)).toEqual({ problem: 'lot.panel.sizeInvalid' });
  });

  it('sends the first-ranked award bare and another bid only with a reason', () => {
    expect(awardInput({ lotId: 'L', firstBidId: 'B1', chosenBidId: 'B1', reason: 'ignored' })).toEqual({ input: { lotId: 'L' } });
    expect(awardInput({ lotId: 'L', firstBidId: 'B1', chosenBidId: 'B2', reason: ' ' })).toEqual({ problem: 'lot.award.reasonRequired' });
    expect(awardInput({ lotId: 'L', firstBidId: 'B1', chosenBidId: 'B2', reason: 'x'.repeat(501) })).toEqual({ problem: 'lot.award.reasonRequired' });
    expect(awardInput({ lotId: 'L', firstBidId: 'B1', chosenBidId: 'B2', reason: ' 第一名放弃中标 ' })).toEqual({ input: { lotId: 'L', bidId: 'B2', reason: '第一名放弃中标' } });
  });

  it('splits evidence by line, counts pending challenges, writes hundredths', () => {
    expect(evidenceLines('中标通知书\n\n  拒签函 \r\n')).toEqual(['中标通知书', '拒签函']);
    expect(pendingChallenges([{ state: 'PENDING' }, { state: 'ANSWERED' }, { state: 'pending' }])).toBe(2);
    expect(hundredthsText(8523)).toBe('85.23');
    expect(hundredthsText(7)).toBe('0.07');
    expect(hundredthsText(null)).toBe('—');
  });
});
