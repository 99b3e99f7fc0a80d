/** Where an order is in its life; transitions are in api/src/mall/orders/order-state-machine.ts. */
export enum OrderState {
  Placed = 'placed',
  Confirmed = 'confirmed',
  Rejected = 'rejected',
  Shipped = 'shipped',
  Delivered = 'delivered',
  Accepted = 'accepted',
  Invoiced = 'invoiced',
  Paid = 'paid',
  Closed = 'closed',
  Cancelled = 'cancelled',
}

/** A movement of a budget line; each changes amount, used and frozen by its deltas. */
export enum BudgetMovementKind {
  Load = 'load',
  Adjust = 'adjust',
  Freeze = 'freeze',
  Release = 'release',
  Consume = 'consume',
}

/** A fulfilment deadline an order can miss. */
export enum OrderDeadlineKind {
  Confirm = 'confirm',
  Ship = 'ship',
  Accept = 'accept',
}

/** A delivery address as the buyer gave it. */
export interface DeliveryAddress {
  /** GB/T 2260 county (or city) code. */
  regionCode: string;
  address: string;
  recipient: string;
  phone: string;
}

/** The supplier's invoice (发票) data for an accepted order. */
export interface OrderInvoice {
  invoiceNo: string;
  invoiceCode: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** Fen as a decimal-integer string (JSON has no bigint). */
  amountFen: string;
}
