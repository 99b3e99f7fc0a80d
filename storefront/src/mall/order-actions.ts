import type { OrderState } from '../graphql/generated/graphql';

export type OrderSide = 'buyer' | 'supplier';
export type OrderAction = 'cancel' | 'confirm' | 'reject' | 'ship' | 'deliver' | 'accept' | 'refuseAcceptance' | 'invoice' | 'pay';

/** What each side may do in each state (the API's state machine; it stays the authority). */
const BY_STATE: Record<OrderSide, Partial<Record<OrderState, OrderAction[]>>> = {
  buyer: {
    PLACED: ['cancel'],
    SHIPPED: ['deliver'],
    DELIVERED: ['accept', 'refuseAcceptance'],
    INVOICED: ['pay'],
  },
  supplier: {
    PLACED: ['confirm', 'reject'],
    CONFIRMED: ['ship'],
    SHIPPED: ['deliver'],
    ACCEPTED: ['invoice'],
  },
};

export function orderActions(side: OrderSide, state: OrderState): OrderAction[] {
  return BY_STATE[side][state] ?? [];
}

/** The states in the order a buyer meets them, for the filters. */
export const ORDER_STATES: OrderState[] = ['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'ACCEPTED', 'INVOICED', 'PAID', 'CLOSED', 'REJECTED', 'CANCELLED'];

export const STATE_TAG: Record<OrderState, 'primary' | 'success' | 'warning' | 'danger' | 'info'> = {
  PLACED: 'warning',
  CONFIRMED: 'primary',
  SHIPPED: 'primary',
  DELIVERED: 'primary',
  ACCEPTED: 'success',
  INVOICED: 'success',
  PAID: 'success',
  CLOSED: 'info',
  REJECTED: 'danger',
  CANCELLED: 'info',
};
