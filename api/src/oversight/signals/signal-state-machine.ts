import { ComplianceSignalState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../../platform/state-machine/state-machine.js';

export type SignalAction = 'dismiss' | 'refer';

const { Open, Dismissed, Referred } = ComplianceSignalState;

/** open → dismissed (no breach, with a reason) or referred (passed on, with a note); both final. */
export const SIGNAL_TRANSITIONS: Readonly<Record<SignalAction, Transition<ComplianceSignalState>>> = {
  dismiss: { from: [Open], to: Dismissed },
  refer: { from: [Open], to: Referred },
};

export const nextSignalState = stateMachine(SIGNAL_TRANSITIONS, 'COMPLIANCE_SIGNAL_TRANSITION_NOT_ALLOWED');
