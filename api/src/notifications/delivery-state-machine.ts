import { DeliveryState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../platform/state-machine/state-machine.js';

/** Everything that can happen to a delivery. */
export type DeliveryAction = 'send' | 'skip' | 'record_failure' | 'give_up' | 'retry';

const { Pending, Sent, Failed, Skipped } = DeliveryState;

/**
 * pending → sent (once; never sent again), pending → skipped (preference off, no address),
 * pending → pending after a failed attempt with tries left, pending → failed when they are
 * used up, failed → pending when an operator sends it again.
 */
export const DELIVERY_TRANSITIONS: Readonly<Record<DeliveryAction, Transition<DeliveryState>>> = {
  send: { from: [Pending], to: Sent },
  skip: { from: [Pending], to: Skipped },
  record_failure: { from: [Pending], to: 'same' },
  give_up: { from: [Pending], to: Failed },
  retry: { from: [Failed], to: Pending },
};

export const nextDeliveryState = stateMachine(DELIVERY_TRANSITIONS, 'NOTIFICATION_DELIVERY_TRANSITION_NOT_ALLOWED');
