import { AuctionState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../../platform/state-machine/state-machine.js';

export type AuctionAction = 'start' | 'end' | 'award' | 'fail' | 'cancel';

const { Scheduled, Live, Ended, Awarded, Failed, Cancelled } = AuctionState;

/**
 * The auction life cycle: scheduled → live (at its start) → ended (at its end, as the server's
 * clock decides) → awarded (a valid best bid) or failed (none); the organiser may cancel before
 * the end. Only the server starts, ends, awards and fails.
 */
export const AUCTION_TRANSITIONS: Readonly<Record<AuctionAction, Transition<AuctionState> & { to: AuctionState }>> = {
  start: { from: [Scheduled], to: Live },
  end: { from: [Live], to: Ended },
  award: { from: [Ended], to: Awarded },
  fail: { from: [Ended], to: Failed },
  cancel: { from: [Scheduled, Live], to: Cancelled },
};

export const FINAL_AUCTION_STATES: readonly AuctionState[] = [Awarded, Failed, Cancelled];

export const nextAuctionState = stateMachine(AUCTION_TRANSITIONS, 'AUCTION_TRANSITION_NOT_ALLOWED');
