import { DepositState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../platform/state-machine/state-machine.js';

export type DepositAction = 'pay' | 'apply' | 'refund' | 'forfeit' | 'challenge' | 'uphold_challenge' | 'dismiss_challenge';

const D = DepositState;
export const DEPOSIT_TRANSITIONS: Readonly<Record<DepositAction, Transition<DepositState>>> = {
  /** The money arrived (Alipay settled, or a bank transfer matched exactly). */
  pay: { from: [D.Due], to: D.Held },
  /** A forward auction's winner: the deposit counts towards the price. */
  apply: { from: [D.Held], to: D.Applied },
  /** A trigger freed it: the one refund is initiated. */
  refund: { from: [D.Held], to: D.Refunded },
  /** The buyer's recorded decision with a reason. */
  forfeit: { from: [D.Held], to: D.Forfeited },
  challenge: { from: [D.Forfeited], to: D.Challenged },
  /** Finance finds for the supplier: held again, refundable like any other. */
  uphold_challenge: { from: [D.Challenged], to: D.Held },
  dismiss_challenge: { from: [D.Challenged], to: D.Forfeited },
};
export const nextDepositState = stateMachine(DEPOSIT_TRANSITIONS, 'DEPOSIT_TRANSITION_NOT_ALLOWED');
