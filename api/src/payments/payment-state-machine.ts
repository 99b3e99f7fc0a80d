import { PaymentState } from '@zhengcai/schema';
import { AppError } from '../platform/errors/app-error.js';

/** Everything that can happen to a payment; each is legal only from the states listed. */
export type PaymentAction = 'succeed' | 'fail' | 'close' | 'approve' | 'reject';

const { Pending, AwaitingApproval, Succeeded, Failed, Closed, Rejected } = PaymentState;

/**
 * Alipay: pending → succeeded (verified notify or query), failed, closed (timed out or
 * closed at Alipay). Treasury: awaiting_approval → succeeded (approved with the bank
 * reference) or rejected. Succeeded, failed, closed and rejected are final.
 */
export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentAction, { from: readonly PaymentState[]; to: PaymentState }>> = {
  succeed: { from: [Pending], to: Succeeded },
  fail: { from: [Pending], to: Failed },
  close: { from: [Pending], to: Closed },
  approve: { from: [AwaitingApproval], to: Succeeded },
  reject: { from: [AwaitingApproval], to: Rejected },
};

export const LIVE_PAYMENT_STATES: readonly PaymentState[] = [Pending, AwaitingApproval];

export function nextPaymentState(state: PaymentState, action: PaymentAction): PaymentState {
  const t = PAYMENT_TRANSITIONS[action];
  if (!t.from.includes(state)) throw new AppError('PAYMENT_TRANSITION_NOT_ALLOWED', { state, action });
  return t.to;
}

export { Succeeded, Failed, Closed, Rejected };
