import { ListingState } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.js';
import { type ListingAction, LISTING_TRANSITIONS, nextListingState } from './listing-state-machine.js';

const STATES = Object.values(ListingState);
const ACTIONS = Object.keys(LISTING_TRANSITIONS) as ListingAction[];

describe('listing state machine', () => {
  const legal: [ListingState, ListingAction, ListingState][] = [
    ['draft', 'edit', 'draft'], ['rejected', 'edit', 'rejected'], ['delisted', 'edit', 'delisted'],
    ['draft', 'submit', 'submitted'],
    ['submitted', 'approve', 'approved'], ['submitted', 'reject', 'rejected'],
    ['approved', 'delist', 'delisted'],
    ['rejected', 'resubmit', 'submitted'], ['delisted', 'resubmit', 'submitted'],
    ['approved', 'change_price', 'approved'], ['approved', 'change_stock', 'approved'],
  ] as [ListingState, ListingAction, ListingState][];

  it.each(legal)('%s --%s--> %s', (from, action, to) => {
    expect(nextListingState(from, action)).toBe(to);
  });

  it('refuses every other pair, naming the state and the action', () => {
    const legalPairs = new Set(legal.map(([s, a]) => `${s}/${a}`));
    let refused = 0;
    for (const state of STATES) {
      for (const action of ACTIONS) {
        if (legalPairs.has(`${state}/${action}`)) continue;
        let error: unknown;
        try {
          nextListingState(state, action);
        } catch (err) {
          error = err;
        }
        expect(error, `${state}/${action}`).toBeInstanceOf(AppError);
        expect((error as AppError).reason).toBe('LISTING_TRANSITION_NOT_ALLOWED');
        expect((error as AppError).params).toEqual({ state, action });
        refused++;
      }
    }
    expect(refused).toBe(STATES.length * ACTIONS.length - legal.length);
  });
});
