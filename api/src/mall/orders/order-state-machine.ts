import { OrderState } from '@zhengcai/schema';
import { stateMachine, type Transition } from '../../platform/state-machine/state-machine.js';

/** Everything that can happen to an order; each is legal only from the states listed. */
export type OrderAction =
  | 'confirm' | 'reject' | 'cancel' | 'ship' | 'deliver' | 'accept' | 'refuse_acceptance' | 'invoice' | 'pay' | 'close';

const { Placed, Confirmed, Rejected, Shipped, Delivered, Accepted, Invoiced, Paid, Closed, Cancelled } = OrderState;

/** Who may take an action: the buying unit, the supplier, or the system (deadline job, payments). */
export type OrderParty = 'buyer' | 'supplier' | 'system';

/**
 * The order life cycle (docs/architecture.md, Mall): placed → confirmed (or rejected, or
 * cancelled by the buyer or the confirmation deadline) → shipped → delivered → accepted (or
 * acceptance refused: back to shipped for redelivery) → invoiced → paid → closed.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderAction, Transition<OrderState> & { to: OrderState; by: readonly OrderParty[] }>> = {
  confirm: { from: [Placed], to: Confirmed, by: ['supplier'] },
  reject: { from: [Placed], to: Rejected, by: ['supplier'] },
  cancel: { from: [Placed], to: Cancelled, by: ['buyer', 'system'] },
  ship: { from: [Confirmed], to: Shipped, by: ['supplier'] },
  deliver: { from: [Shipped], to: Delivered, by: ['supplier', 'buyer'] },
  accept: { from: [Delivered], to: Accepted, by: ['buyer'] },
  refuse_acceptance: { from: [Delivered], to: Shipped, by: ['buyer'] },
  invoice: { from: [Accepted], to: Invoiced, by: ['supplier'] },
  pay: { from: [Invoiced], to: Paid, by: ['system'] },
  close: { from: [Paid], to: Closed, by: ['system'] },
};

/** States after which nothing more happens. */
export const FINAL_ORDER_STATES: readonly OrderState[] = [Rejected, Cancelled, Closed];

/** The state after `action`, or a conflict naming the current state and the attempted action. */
export const nextOrderState = stateMachine(ORDER_TRANSITIONS, 'ORDER_TRANSITION_NOT_ALLOWED');
