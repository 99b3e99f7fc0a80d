import { PaymentState } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors/app-error.js';
import { type PaymentAction, PAYMENT_TRANSITIONS, nextPaymentState } from './payment-state-machine.js';

describe('payment state machine', () => {
  const legal: [PaymentState, PaymentAction, PaymentState][] = [
    [PaymentState.Pending, 'succeed', PaymentState.Succeeded],
    [PaymentState.Pending, 'fail', PaymentState.Failed],
    [PaymentState.Pending, 'close', PaymentState.Closed],
    [PaymentState.AwaitingApproval, 'approve', PaymentState.Succeeded],
    [PaymentState.AwaitingApproval, 'reject', PaymentState.Rejected],
  ];

  it.each(legal)('%s --%s--> %s', (from, action, to) => {
    expect(nextPaymentState(from, action)).toBe(to);
  });

  it('refuses every other pair (final states stay final), naming the state and the action', () => {
    const legalPairs = new Set(legal.map(([s, a]) => `${s}/${a}`));
    let refused = 0;
    for (const state of Object.values(PaymentState)) {
      for (const action of Object.keys(PAYMENT_TRANSITIONS) as PaymentAction[]) {
        if (legalPairs.has(`${state}/${action}`)) continue;
        expect(() => nextPaymentState(state, action)).toThrow(AppError);
        try {
          nextPaymentState(state, action);
        } catch (err) {
          expect((err as AppError).reason).toBe('PAYMENT_TRANSITION_NOT_ALLOWED');
          expect((err as AppError).params).toEqual({ state, action });
        }
        refused += 1;
      }
    }
    expect(refused).toBe(6 * 5 - legal.length);
  });
});
