import type { DeliveryAddress, MallOrder, MallOrderEvent, MallOrderLine, OrderDeadlineKind, OrderInvoice, OrderOrigin, OrderState } from '@zhengcai/schema';

export interface OrderLineView {
  id: string;
  /** Null for a line of a sourcing award. */
  listingId: string | null;
  specification: string | null;
  title: string;
  unitPriceFen: bigint;
  quantity: number;
  acceptedQuantity: number | null;
  amountFen: bigint;
}

export interface OrderEventView {
  id: string;
  fromState: OrderState | null;
  toState: OrderState;
  action: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  note: string | null;
  at: Date;
}

export interface OrderView {
  id: string;
  orderNo: string;
  state: OrderState;
  buyerId: string;
  buyerName: string;
  buyerUserId: string;
  supplierId: string;
  supplierName: string;
  budgetLineId: string;
  budgetLineCode: string;
  totalFen: bigint;
  acceptedFen: bigint | null;
  deliveryAddress: DeliveryAddress;
  logisticsCompany: string | null;
  trackingNo: string | null;
  invoice: OrderInvoice | null;
  reason: string | null;
  dueKind: OrderDeadlineKind | null;
  dueAt: Date | null;
  overdueKinds: string[];
  origin: OrderOrigin;
  originId: string | null;
  createdAt: Date;
  updatedAt: Date;
  lines: OrderLineView[];
  timeline: OrderEventView[];
}

/** The order with its lines and timeline (both empty in lists). */
export function toOrderView(o: MallOrder, lines: MallOrderLine[] = [], events: MallOrderEvent[] = []): OrderView {
  return {
    id: o.id, orderNo: o.orderNo, state: o.state, buyerId: o.buyer.id, buyerName: o.buyer.name, buyerUserId: o.buyerUserId,
    supplierId: o.supplier.id, supplierName: o.supplier.name, budgetLineId: o.budgetLine.id, budgetLineCode: o.budgetLine.code,
    totalFen: o.totalFen, acceptedFen: o.acceptedFen ?? null, deliveryAddress: o.deliveryAddress, logisticsCompany: o.logisticsCompany ?? null,
    trackingNo: o.trackingNo ?? null, invoice: o.invoice ?? null, reason: o.reason ?? null, dueKind: o.dueKind ?? null, dueAt: o.dueAt ?? null,
    overdueKinds: o.overdueKinds, origin: o.origin, originId: o.originId ?? null, createdAt: o.createdAt, updatedAt: o.updatedAt,
    lines: lines.map((l) => ({
      id: l.id, listingId: l.listing?.id ?? null, specification: l.specification ?? null, title: l.title, unitPriceFen: l.unitPriceFen, quantity: l.quantity, acceptedQuantity: l.acceptedQuantity ?? null,
      amountFen: l.unitPriceFen * BigInt(l.quantity),
    })),
    timeline: events.map((e) => ({
      id: e.id, fromState: e.fromState ?? null, toState: e.toState, action: e.action, actorUserId: e.actorUserId ?? null,
      actorOrganisationId: e.actorOrganisationId ?? null, note: e.note ?? null, at: e.createdAt,
    })),
  };
}
