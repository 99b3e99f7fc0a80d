import { describe, expect, it } from 'vitest';
import { emptyPenaltyForm, penaltyInput } from './penalty-form';

describe('penalty entry form', () => {
  it('sends trimmed text, points as a number, and no points when left empty', () => {
    const form = { ...emptyPenaltyForm(), documentNo: ' 浙财采罚〔2026〕8号 ', authority: '浙江省财政厅', decidedOn: '2026-03-02', points: '12', note: ' ' };
    expect(penaltyInput('s1', form)).toEqual({ input: { supplierId: 's1', kind: 'ADMINISTRATIVE_PENALTY', documentNo: '浙财采罚〔2026〕8号', authority: '浙江省财政厅', decidedOn: '2026-03-02', points: 12, note: null } });
    expect(penaltyInput('s1', { ...form, points: '' })).toMatchObject({ input: { points: null } });
  });

  it('names the field it can already tell is wrong', () => {
    const form = { ...emptyPenaltyForm(), documentNo: 'x1', authority: '财政厅', decidedOn: '2026-03-02' };
    expect(penaltyInput('s1', { ...form, points: '1.5' })).toEqual({ field: 'points' });
    expect(penaltyInput('s1', { ...form, decidedOn: '' })).toEqual({ field: 'decidedOn' });
  });
});
