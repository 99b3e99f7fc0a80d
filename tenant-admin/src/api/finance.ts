import { graphql } from '../graphql/generated';

/** Budget lines: the finance department's all, filtered by unit and fiscal year. */
export const BudgetLinesQuery = graphql(`
  query BudgetLines($unitId: ID, $fiscalYear: Int, $first: Int, $after: String) {
    budgetLines(unitId: $unitId, fiscalYear: $fiscalYear, first: $first, after: $after) {
      nodes { id code name unitId unitName fiscalYear amount used frozen available updatedAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The province's organisations of one kind (purchasing units, suppliers) for pickers. */
export const OrganisationPickerQuery = graphql(`
  query OrganisationPicker($kind: OrganisationKind, $first: Int, $after: String) {
    organisations(kind: $kind, first: $first, after: $after) {
      nodes { id name }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CreateBudgetLineMutation = graphql(`
  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {
    createBudgetLine(input: $input) { id code name unitId unitName fiscalYear amount used frozen available updatedAt }
  }
`);

export const AdjustBudgetLineMutation = graphql(`
  mutation AdjustBudgetLine($id: ID!, $input: AdjustBudgetLineInput!) {
    adjustBudgetLine(id: $id, input: $input) { id code name unitId unitName fiscalYear amount used frozen available updatedAt }
  }
`);

export const BudgetLineImportTemplateQuery = graphql(`
  query BudgetLineImportTemplate {
    budgetLineImportTemplate { fileName mimeType contentBase64 }
  }
`);

export const ImportBudgetLinesMutation = graphql(`
  mutation ImportBudgetLines($input: ImportBudgetLinesInput!) {
    importBudgetLines(input: $input) { imported total errors { row field message reason } }
  }
`);

/** The treasury queue (国库集中支付), oldest first. */
export const PaymentRequestsQuery = graphql(`
  query PaymentRequests($state: PaymentState, $first: Int, $after: String) {
    paymentRequests(state: $state, first: $first, after: $after) {
      nodes {
        id paymentNo title amount state provider subjectType subjectId
        payerOrganisationId payeeOrganisationId createdAt bankReference rejectionReason
        reviewReason reviewDetail { key value }
        payeeAccount { bankName accountName accountNo }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Payments flagged for review (any provider). */
export const PaymentsForReviewQuery = graphql(`
  query PaymentsForReview($first: Int) {
    payments(needsReview: true, first: $first) {
      nodes {
        id paymentNo title amount state provider subjectType subjectId
        payerOrganisationId payeeOrganisationId createdAt
        reviewReason reviewDetail { key value }
      }
    }
  }
`);

/** One organisation's name (payer, payee). */
export const OrganisationNameQuery = graphql(`
  query OrganisationName($id: ID!) {
    organisation(id: $id) { id name }
  }
`);

export const ApprovePaymentRequestMutation = graphql(`
  mutation ApprovePaymentRequest($id: ID!, $bankReference: String!) {
    approvePaymentRequest(id: $id, bankReference: $bankReference) { id state bankReference }
  }
`);

export const RejectPaymentRequestMutation = graphql(`
  mutation RejectPaymentRequest($id: ID!, $reason: String!) {
    rejectPaymentRequest(id: $id, reason: $reason) { id state rejectionReason }
  }
`);

export const ClearPaymentReviewMutation = graphql(`
  mutation ClearPaymentReview($id: ID!, $note: String!) {
    clearPaymentReview(id: $id, note: $note) { id reviewReason }
  }
`);

/** The province's orders, newest first. */
export const AdminOrdersQuery = graphql(`
  query AdminOrders($filter: OrderFilterInput, $first: Int, $after: String) {
    orders(filter: $filter, first: $first, after: $after) {
      nodes { id orderNo buyerId buyerName supplierId supplierName total acceptedAmount state placedAt dueAt dueKind overdue }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** One order with its lines and timeline. */
export const AdminOrderQuery = graphql(`
  query AdminOrder($id: ID!) {
    order(id: $id) {
      id orderNo buyerName supplierName total acceptedAmount state placedAt dueAt dueKind overdue
      budgetLineCode reason logisticsCompany trackingNo
      deliveryAddress { recipient phone regionCode address }
      invoice { invoiceCode invoiceNo amount issuedOn }
      lines { id title quantity unitPrice amount acceptedQuantity }
      timeline { action fromState toState at note actorUserId }
    }
  }
`);

export const OrdersExportQuery = graphql(`
  query OrdersExport($filter: OrderFilterInput) {
    ordersExport(filter: $filter) { fileName mimeType contentBase64 }
  }
`);

export const PaymentSettingsQuery = graphql(`
  query PaymentSettings {
    paymentSettings {
      enabledProviders defaultProvider alipayAppId alipayGatewayUrl alipayNotifyUrlBase alipayNotifyUrl
      alipayPrivateKeyConfigured alipayPublicKey updatedAt
    }
  }
`);

export const UpdatePaymentSettingsMutation = graphql(`
  mutation UpdatePaymentSettings($input: PaymentSettingsInput!) {
    updatePaymentSettings(input: $input) {
      enabledProviders defaultProvider alipayAppId alipayGatewayUrl alipayNotifyUrlBase alipayNotifyUrl
      alipayPrivateKeyConfigured alipayPublicKey updatedAt
    }
  }
`);

/** The order number of a payment's subject. */
export const AdminOrderNoQuery = graphql(`
  query AdminOrderNo($id: ID!) {
    order(id: $id) { id orderNo }
  }
`);
