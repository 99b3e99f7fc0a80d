import { ListingState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../../platform/state-machine/state-machine.js';

/** Everything that can be done to a listing; each is legal only from the states listed. */
export type ListingAction = 'edit' | 'submit' | 'approve' | 'reject' | 'delist' | 'resubmit' | 'change_price' | 'change_stock';

const { Draft, Submitted, Approved, Rejected, Delisted } = ListingState;

/**
 * The listing life cycle: draft → submitted → approved (on sale) or rejected; approved →
 * delisted (by the supplier, an operator or inspection); rejected or delisted → resubmitted.
 * Edits happen off sale; an approved listing changes only its price and stock.
 */
export const LISTING_TRANSITIONS: Readonly<Record<ListingAction, Transition<ListingState>>> = {
  edit: { from: [Draft, Rejected, Delisted], to: 'same' },
  submit: { from: [Draft], to: Submitted },
  approve: { from: [Submitted], to: Approved },
  reject: { from: [Submitted], to: Rejected },
  delist: { from: [Approved], to: Delisted },
  resubmit: { from: [Rejected, Delisted], to: Submitted },
  change_price: { from: [Approved], to: 'same' },
  change_stock: { from: [Approved], to: 'same' },
};

/** The state after `action`, or a conflict naming the current state and the attempted action. */
export const nextListingState = stateMachine(LISTING_TRANSITIONS, 'LISTING_TRANSITION_NOT_ALLOWED');
