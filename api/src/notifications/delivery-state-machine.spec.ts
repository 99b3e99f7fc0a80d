import { DeliveryState } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors/app-error.js';
import { type DeliveryAction, DELIVERY_TRANSITIONS, nextDeliveryState } from './delivery-state-machine.js';

describe('delivery state machine', () => {
  const legal = [
    ['pending', 'send', 'sent'], ['pending', 'skip', 'skipped'], ['pending', 'record_failure', 'pending'],
    ['pending', 'give_up', 'failed'], ['failed', 'retry', 'pending'],
  ] as [DeliveryState, DeliveryAction, DeliveryState][];

  it.each(legal)('%s --%s--> %s', (from, action, to) => {
    expect(nextDeliveryState(from, action)).toBe(to);
  });

  it('never sends a sent delivery again, and refuses every other pair as a conflict', () => {
    const legalPairs = new Set(legal.map(([s, a]) => `${s}/${a}`));
    let refused = 0;
    for (const state of Object.values(DeliveryState)) {
      for (const action of Object.keys(DELIVERY_TRANSITIONS) as DeliveryAction[]) {
        if (legalPairs.has(`${state}/${action}`)) continue;
        const attempt = () => nextDeliveryState(state, action);
        expect(attempt).toThrow(AppError);
        try {
          attempt();
        } catch (err) {
          expect((err as AppError).reason).toBe('NOTIFICATION_DELIVERY_TRANSITION_NOT_ALLOWED');
        }
        refused++;
      }
    }
    expect(refused).toBe(4 * 5 - legal.length);
    expect(() => nextDeliveryState(DeliveryState.Sent, 'send')).toThrow(AppError);
  });
});
