import { graphql } from '../graphql/generated';

/** The buyer's budget lines of the current year (available balance) and the direct-order limit. */
export const BuyContextQuery = graphql(`
  query BuyContext($fiscalYear: Int) {
    budgetLines(fiscalYear: $fiscalYear, first: 100) {
      nodes { id code name amount available fiscalYear }
    }
    tenant { code timeZone settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }
  }
`);

/** One-click order (一键下单) of one listing. */
export const PlaceOrderMutation = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) { id orderNo state total }
  }
`);

/** The client-side cart checked out: one order per supplier, all or nothing. */
export const CheckoutCartMutation = graphql(`
  mutation CheckoutCart($input: CheckoutCartInput!) {
    checkoutCart(input: $input) { id orderNo state total supplierName }
  }
`);

/** A page of orders, newest first: the unit's own for buyers, the incoming ones for suppliers. */
export const OrdersQuery = graphql(`
  query Orders($filter: OrderFilterInput, $first: Int, $after: String) {
    orders(filter: $filter, first: $first, after: $after) {
      nodes { id orderNo state total acceptedAmount buyerName supplierName placedAt dueKind dueAt overdue }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** One order with its lines, timeline and the tenant's time zone. */
export const OrderQuery = graphql(`
  query Order($id: ID!) {
    order(id: $id) {
      id orderNo state total acceptedAmount buyerId buyerName supplierId supplierName
      budgetLineId budgetLineCode placedAt updatedAt reason
      deliveryAddress { recipient phone regionCode address }
      logisticsCompany trackingNo
      invoice { invoiceNo invoiceCode issuedOn amount }
      dueKind dueAt overdue
      lines { id listingId title unitPrice quantity acceptedQuantity amount }
      timeline { action fromState toState actorUserId actorOrganisationId note at }
    }
    tenant { code timeZone }
  }
`);

/** The payments of one order, newest first. */
export const OrderPaymentsQuery = graphql(`
  query OrderPayments($subjectId: String!) {
    payments(subjectType: "order", subjectId: $subjectId, first: 20) {
      nodes { id paymentNo provider state amount payUrl createdAt succeededAt rejectionReason bankReference }
    }
    paymentProviders { enabled default }
  }
`);

export const CancelOrderMutation = graphql(`
  mutation CancelOrder($id: ID!, $reason: String) {
    cancelOrder(id: $id, reason: $reason) { id state }
  }
`);

export const ConfirmOrderMutation = graphql(`
  mutation ConfirmOrder($id: ID!) {
    confirmOrder(id: $id) { id state }
  }
`);

export const RejectOrderMutation = graphql(`
  mutation RejectOrder($id: ID!, $reason: String!) {
    rejectOrder(id: $id, reason: $reason) { id state }
  }
`);

export const ShipOrderMutation = graphql(`
  mutation ShipOrder($id: ID!, $input: ShipOrderInput!) {
    shipOrder(id: $id, input: $input) { id state }
  }
`);

export const MarkOrderDeliveredMutation = graphql(`
  mutation MarkOrderDelivered($id: ID!) {
    markOrderDelivered(id: $id) { id state }
  }
`);

export const AcceptOrderMutation = graphql(`
  mutation AcceptOrder($id: ID!, $input: AcceptOrderInput!) {
    acceptOrder(id: $id, input: $input) { id state }
  }
`);

export const RefuseOrderAcceptanceMutation = graphql(`
  mutation RefuseOrderAcceptance($id: ID!, $reason: String!) {
    refuseOrderAcceptance(id: $id, reason: $reason) { id state }
  }
`);

export const InvoiceOrderMutation = graphql(`
  mutation InvoiceOrder($id: ID!, $input: InvoiceOrderInput!) {
    invoiceOrder(id: $id, input: $input) { id state }
  }
`);

export const StartPaymentMutation = graphql(`
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) { id paymentNo provider state amount payUrl }
  }
`);

/** Asks the provider for an Alipay payment's state (after the buyer comes back; the notify may be slower). */
export const RefreshPaymentMutation = graphql(`
  mutation RefreshPayment($id: ID!) {
    refreshPayment(id: $id) { id state }
  }
`);
