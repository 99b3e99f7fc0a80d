import { describe, expect, it } from 'vitest';
import { FinancingState } from '@zhengcai/schema';
import { AppError } from '../platform/errors/app-error.js';
import { FINANCING_TRANSITIONS, type FinancingAction, nextFinancingState, NOTICE_ACTIONS } from './financing-state-machine.js';

const ALL = Object.values(FinancingState);

describe('financing state machine', () => {
  it('follows the lender: applied → approved → disbursed → repaid, or applied → rejected', () => {
    let s: FinancingState = FinancingState.Applied;
    for (const a of ['approve', 'disburse', 'repay'] as FinancingAction[]) s = nextFinancingState(s, a);
    expect(s).toBe(FinancingState.Repaid);
    expect(nextFinancingState(FinancingState.Applied, 'reject')).toBe(FinancingState.Rejected);
  });

  it('refuses every other step with a conflict naming state and action', () => {
    for (const action of Object.keys(FINANCING_TRANSITIONS) as FinancingAction[]) {
      for (const state of ALL.filter((s) => !FINANCING_TRANSITIONS[action].from.includes(s))) {
        const err = (() => { try { nextFinancingState(state, action); } catch (e) { return e; } })();
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).reason).toBe('FINANCING_TRANSITION_NOT_ALLOWED');
        expect((err as AppError).params).toEqual({ state, action });
      }
    }
  });

  it('has one action per notice status', () => {
    expect(Object.keys(NOTICE_ACTIONS).sort()).toEqual(['approved', 'disbursed', 'rejected', 'repaid']);
  });
});
