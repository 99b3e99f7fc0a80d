import type { OrderType } from './order.types.js';
import type { OrderView } from './order-view.js';

export function toOrderType(v: OrderView): OrderType {
  return {
    id: v.id, orderNo: v.orderNo, state: v.state, buyerId: v.buyerId, buyerName: v.buyerName, supplierId: v.supplierId, supplierName: v.supplierName,
    budgetLineId: v.budgetLineId, budgetLineCode: v.budgetLineCode, total: v.totalFen, acceptedAmount: v.acceptedFen, deliveryAddress: v.deliveryAddress,
    logisticsCompany: v.logisticsCompany, trackingNo: v.trackingNo,
    invoice: v.invoice ? { invoiceNo: v.invoice.invoiceNo, invoiceCode: v.invoice.invoiceCode, issuedOn: v.invoice.issuedOn, amount: BigInt(v.invoice.amountFen) } : null,
    reason: v.reason, dueKind: v.dueKind, dueAt: v.dueAt, overdue: v.overdueKinds as OrderType['overdue'], origin: v.origin, originId: v.originId, placedAt: v.createdAt, updatedAt: v.updatedAt,
    lines: v.lines.map((l) => ({ id: l.id, listingId: l.listingId, specification: l.specification, title: l.title, unitPrice: l.unitPriceFen, quantity: l.quantity, acceptedQuantity: l.acceptedQuantity, amount: l.amountFen })),
    timeline: v.timeline.map((e) => ({ fromState: e.fromState, toState: e.toState, action: e.action, actorUserId: e.actorUserId, actorOrganisationId: e.actorOrganisationId, note: e.note, at: e.at })),
  };
}
