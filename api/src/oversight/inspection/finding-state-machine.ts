import { PriceFindingState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../../platform/state-machine/state-machine.js';

/** Everything that can happen to a price finding. */
export type FindingAction = 'justify' | 'dismiss' | 'reopen' | 'correct' | 'delist';

const { Open, Justified, Dismissed, Corrected, Delisted } = PriceFindingState;

/**
 * open → justified (the supplier's reason; the deadline waits) → dismissed (an operator accepts
 * it) or back to open (an operator does not); open → dismissed by an operator directly;
 * open or justified → corrected (price within tolerance again); open → delisted (deadline passed).
 */
export const FINDING_TRANSITIONS: Readonly<Record<FindingAction, Transition<PriceFindingState>>> = {
  justify: { from: [Open], to: Justified },
  dismiss: { from: [Open, Justified], to: Dismissed },
  reopen: { from: [Justified], to: Open },
  correct: { from: [Open, Justified], to: Corrected },
  delist: { from: [Open], to: Delisted },
};

export const nextFindingState = stateMachine(FINDING_TRANSITIONS, 'PRICE_FINDING_TRANSITION_NOT_ALLOWED');
