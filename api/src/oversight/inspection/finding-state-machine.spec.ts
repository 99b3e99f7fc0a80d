import { PriceFindingState } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.js';
import { nextFindingState } from './finding-state-machine.js';

describe('price finding state machine', () => {
  it('moves through the named transitions only', () => {
    expect(nextFindingState(PriceFindingState.Open, 'justify')).toBe(PriceFindingState.Justified);
    expect(nextFindingState(PriceFindingState.Justified, 'reopen')).toBe(PriceFindingState.Open);
    expect(nextFindingState(PriceFindingState.Justified, 'dismiss')).toBe(PriceFindingState.Dismissed);
    expect(nextFindingState(PriceFindingState.Open, 'delist')).toBe(PriceFindingState.Delisted);
    expect(nextFindingState(PriceFindingState.Justified, 'correct')).toBe(PriceFindingState.Corrected);
  });

  it('refuses the rest with the state and action', () => {
    // A justified finding waits for an operator: the sweep cannot delist it.
    expect(() => nextFindingState(PriceFindingState.Justified, 'delist')).toThrow(AppError);
    for (const s of [PriceFindingState.Dismissed, PriceFindingState.Corrected, PriceFindingState.Delisted]) {
      for (const a of ['justify', 'dismiss', 'reopen', 'correct', 'delist'] as const) expect(() => nextFindingState(s, a)).toThrow(AppError);
    }
  });
});
