import { OrderState } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.js';
import { type OrderAction, ORDER_TRANSITIONS, nextOrderState } from './order-state-machine.js';
import { requiredRoute } from './purchase-route.js';

const STATES = Object.values(OrderState);
const ACTIONS = Object.keys(ORDER_TRANSITIONS) as OrderAction[];

describe('order state machine', () => {
  const legal = [
    ['placed', 'confirm', 'confirmed'], ['placed', 'reject', 'rejected'], ['placed', 'cancel', 'cancelled'],
    ['confirmed', 'ship', 'shipped'], ['shipped', 'deliver', 'delivered'],
    ['delivered', 'accept', 'accepted'], ['delivered', 'refuse_acceptance', 'shipped'],
    ['accepted', 'invoice', 'invoiced'], ['invoiced', 'pay', 'paid'], ['paid', 'close', 'closed'],
  ] as [OrderState, OrderAction, OrderState][];

  it.each(legal)('%s --%s--> %s', (from, action, to) => {
    expect(nextOrderState(from, action)).toBe(to);
  });

  it('refuses every other pair as a conflict naming the state and the action', () => {
    const legalPairs = new Set(legal.map(([s, a]) => `${s}/${a}`));
    let refused = 0;
    for (const state of STATES) {
      for (const action of ACTIONS) {
        if (legalPairs.has(`${state}/${action}`)) continue;
        let error: unknown;
        try {
          nextOrderState(state, action);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ reason: 'ORDER_TRANSITION_NOT_ALLOWED', params: { state, action } });
        refused += 1;
      }
    }
    expect(refused).toBe(STATES.length * ACTIONS.length - legal.length);
  });
});

describe('purchase routes above the one-click limit (DOMAIN.md defaults)', () => {
  const routes = { directOrderMaxFen: '5000000', mallSourcingMaxFen: '100000000', publicTenderMinFen: '400000000' };
  it.each([
    [5_000_001n, 'ONLINE_INQUIRY'], [100_000_000n, 'ONLINE_INQUIRY'], [100_000_001n, 'NON_TENDER_METHODS'],
    [399_999_999n, 'NON_TENDER_METHODS'], [400_000_000n, 'PUBLIC_TENDER'],
  ])('%s fen → %s', (fen, route) => {
    expect(requiredRoute(fen, routes)).toBe(route);
  });
});
