import { FinancingState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../platform/state-machine/state-machine.js';

/** The lender's notices, each legal only from the states listed. */
export type FinancingAction = 'approve' | 'reject' | 'disburse' | 'repay';

const { Applied, Approved, Rejected, Disbursed, Repaid } = FinancingState;

/** applied → approved | rejected; approved → disbursed; disbursed → repaid. Rejected and repaid are final. */
export const FINANCING_TRANSITIONS: Readonly<Record<FinancingAction, Transition<FinancingState> & { to: FinancingState }>> = {
  approve: { from: [Applied], to: Approved },
  reject: { from: [Applied], to: Rejected },
  disburse: { from: [Approved], to: Disbursed },
  repay: { from: [Disbursed], to: Repaid },
};

/** An application in one of these holds its subject: no second one may be opened. */
export const OPEN_FINANCING_STATES: readonly FinancingState[] = [Applied, Approved, Disbursed];

/** The notice status a lender sends → the action it asks for. */
export const NOTICE_ACTIONS: Readonly<Record<string, FinancingAction>> = { approved: 'approve', rejected: 'reject', disbursed: 'disburse', repaid: 'repay' };

export const nextFinancingState = stateMachine(FINANCING_TRANSITIONS, 'FINANCING_TRANSITION_NOT_ALLOWED');
