import { InquiryState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../platform/state-machine/state-machine.js';

/** Everything that can happen to an online inquiry; each is legal only from the states listed. */
export type InquiryAction = 'quote' | 'close' | 'fail' | 'cancel' | 'pass_over' | 'award';

const { Published, Closed, Awarded, Failed, Cancelled } = InquiryState;

/**
 * The inquiry life cycle (docs/sourcing.md, Online inquiry): published (quotes open, hidden)
 * → at the deadline closed (enough valid quotes, ranked) or failed (too few) → the buyer
 * passes over the recommended quote (it stays closed while a compliant quote remains, else it
 * fails) or awards it, which places the order. The buyer may cancel before the deadline.
 */
export const INQUIRY_TRANSITIONS: Readonly<Record<InquiryAction, Transition<InquiryState>>> = {
  quote: { from: [Published], to: 'same' },
  close: { from: [Published], to: Closed },
  fail: { from: [Published, Closed], to: Failed },
  cancel: { from: [Published], to: Cancelled },
  pass_over: { from: [Closed], to: 'same' },
  award: { from: [Closed], to: Awarded },
};

/** States after which nothing more happens (a failed inquiry may be relaunched as a new one). */
export const FINAL_INQUIRY_STATES: readonly InquiryState[] = [Awarded, Failed, Cancelled];

export const nextInquiryState = stateMachine(INQUIRY_TRANSITIONS, 'INQUIRY_TRANSITION_NOT_ALLOWED');
