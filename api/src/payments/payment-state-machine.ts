import { PaymentState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../platform/state-machine/state-machine.js';

/** Everything that can happen to a payment; each is legal only from the states listed. */
export type PaymentAction = 'succeed' | 'fail' | 'close' | 'approve' | 'reject';

const { Pending, AwaitingApproval, Succeeded, Failed, Closed, Rejected } = PaymentState;

/**
 * Alipay: pending → succeeded (verified notify or query), failed, closed (timed out or
 * closed at Alipay). Treasury: awaiting_approval → succeeded (approved with the bank
 * reference) or rejected. Succeeded, failed, closed and rejected are final.
 */
export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentAction, Transition<PaymentState> & { to: PaymentState }>> = {
  succeed: { from: [Pending], to: Succeeded },
  fail: { from: [Pending], to: Failed },
  close: { from: [Pending], to: Closed },
  approve: { from: [AwaitingApproval], to: Succeeded },
  reject: { from: [AwaitingApproval], to: Rejected },
};

export const LIVE_PAYMENT_STATES: readonly PaymentState[] = [Pending, AwaitingApproval];

/** The state after `action`, or a conflict naming the current state and the attempted action. */
export const nextPaymentState = stateMachine(PAYMENT_TRANSITIONS, 'PAYMENT_TRANSITION_NOT_ALLOWED');

export { Succeeded, Failed, Closed, Rejected };
