/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AdjustBudgetLineInput = {
  /** The new total; not below used + frozen. */
  amount?: string | null | undefined;
  name?: string | null | undefined;
  /** Why (e.g. the budget adjustment document number). */
  note?: string | null | undefined;
};

export type CalendarDayInput = {
  /** Local date, YYYY-MM-DD. */
  day: string;
  kind: CalendarDayKind;
  name: string;
};

/** HOLIDAY 法定节假日或调休放假; WORKDAY 调休上班 (a weekend day worked). */
export type CalendarDayKind =
  | 'HOLIDAY'
  | 'WORKDAY';

export type ChallengeRulesInput = {
  answerWorkingDays?: number | null | undefined;
  challengeWorkingDays?: number | null | undefined;
  complaintWorkingDays?: number | null | undefined;
};

export type CreateBudgetLineInput = {
  amount: string;
  code: string;
  fiscalYear: number;
  name: string;
  /** The purchasing unit. */
  unitId: string | number;
};

export type CreateCategoryInput = {
  /** The new code; its parent is the code without the last two digits, and must exist. */
  code: string;
  energySavingMandatory?: boolean | null | undefined;
  name: string;
};

export type CreateStandardProductInput = {
  brand: string;
  categoryCode: string;
  model: string;
  name: string;
  specs: Array<SpecAttributeInput>;
};

/** Who took the listing off sale: SUPPLIER, OPERATOR or INSPECTION (price inspection). */
export type DelistedBy =
  | 'INSPECTION'
  | 'OPERATOR'
  | 'SUPPLIER';

export type DepositRulesInput = {
  /** Days in the interest year (360 by convention). */
  interestDayBasis?: number | null | undefined;
  interestRateBp?: number | null | undefined;
  lateChargeRateBp?: number | null | undefined;
  maxShareOfBudgetBp?: number | null | undefined;
  performanceGuaranteeMaxBp?: number | null | undefined;
  refundDeadlineWorkingDays?: number | null | undefined;
  refundTargetWorkingDays?: number | null | undefined;
};

/** Declared enterprise size (财库〔2020〕46号): LARGE, MEDIUM 中型, SMALL 小型, MICRO 微型. */
export type EnterpriseSize =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type EvaluationRulesInput = {
  scoreDeviationBp?: number | null | undefined;
  smeDeductionBp?: number | null | undefined;
  smeReservedShareBp?: number | null | undefined;
};

export type ImportBudgetLinesInput = {
  /** The file, base64-encoded; at most 700 KiB before encoding and 2,000 rows. */
  contentBase64: string;
  /** The file name; .xlsx (the template) or .csv (UTF-8, BOM allowed). */
  fileName: string;
};

export type InspectionRulesInput = {
  /** Working days to correct or justify before the listing is delisted. */
  correctionWorkingDays?: number | null | undefined;
  /** The listing's own lowest price over these last days. */
  historyDays?: number | null | undefined;
  /** Imported references older than this do not count. */
  importedMaxAgeDays?: number | null | undefined;
  /** Fewest other suppliers' listings for the peer median to count. */
  minPeerSample?: number | null | undefined;
  /** Fewest accepted order lines for the transaction median to count. */
  minTransactionSample?: number | null | undefined;
  /** Tolerance above the reference; exactly at it is no finding. */
  priceAboveReferenceAlertBp?: number | null | undefined;
  /** A JSON price feed read before each nightly inspection ('' for none). */
  referenceFeedUrl?: string | null | undefined;
  /** Confirmed offences within repeatOffenceDays that make a repeat offence. */
  repeatOffenceCount?: number | null | undefined;
  repeatOffenceDays?: number | null | undefined;
  /** Sources that count; the lowest of their values is the reference. */
  sources?: Array<PriceReferenceSource> | null | undefined;
  /** Accepted order lines of these last days. */
  transactionDays?: number | null | undefined;
};

/** DRAFT 草稿, SUBMITTED 待审核, APPROVED 已上架, REJECTED 已驳回, DELISTED 已下架. */
export type ListingState =
  | 'APPROVED'
  | 'DELISTED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

export type MallRulesInput = {
  /** Buyer accepts within, from delivery. */
  acceptWorkingDays?: number | null | undefined;
  /** Supplier confirms an order within (else it is cancelled). */
  confirmWorkingDays?: number | null | undefined;
  /** Supplier ships within, from confirmation. */
  shipWorkingDays?: number | null | undefined;
};

/** CONFIRM (supplier confirms), SHIP (supplier ships), ACCEPT (buyer accepts). */
export type OrderDeadlineKind =
  | 'ACCEPT'
  | 'CONFIRM'
  | 'SHIP';

export type OrderFilterInput = {
  /** The buying unit. */
  buyerId?: string | number | null | undefined;
  /** Placed at or after. */
  from?: string | null | undefined;
  state?: OrderState | null | undefined;
  supplierId?: string | number | null | undefined;
  /** Placed before. */
  to?: string | null | undefined;
};

/** PLACED 待确认, CONFIRMED 已确认, REJECTED 已拒单, SHIPPED 已发货, DELIVERED 已送达, ACCEPTED 已验收, INVOICED 已开票, PAID 已付款, CLOSED 已关闭, CANCELLED 已取消. */
export type OrderState =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'INVOICED'
  | 'PAID'
  | 'PLACED'
  | 'REJECTED'
  | 'SHIPPED';

/** PURCHASING_UNIT 采购单位, SUPPLIER 供应商, AGENCY 代理机构, FINANCE_DEPARTMENT 财政部门, OPERATOR 平台运营方. */
export type OrganisationKind =
  | 'AGENCY'
  | 'FINANCE_DEPARTMENT'
  | 'OPERATOR'
  | 'PURCHASING_UNIT'
  | 'SUPPLIER';

/** ALIPAY 支付宝 (page pay), TREASURY 国库集中支付 (finance approves with the bank transfer reference). */
export type PaymentProvider =
  | 'ALIPAY'
  | 'TREASURY';

/** Why finance must review a payment: AMOUNT_MISMATCH (the provider reported another amount), APP_MISMATCH (a notify for another Alipay app), PAID_AFTER_CLOSE (paid at the provider after it was closed here). */
export type PaymentReviewReason =
  | 'AMOUNT_MISMATCH'
  | 'APP_MISMATCH'
  | 'PAID_AFTER_CLOSE';

/** A change to the payment set-up; omitted fields keep their value. */
export type PaymentSettingsInput = {
  alipayAppId?: string | null | undefined;
  /** https://openapi.alipay.com/gateway.do in production. */
  alipayGatewayUrl?: string | null | undefined;
  /** The API's public https origin, e.g. https://api.mall.example.cn. */
  alipayNotifyUrlBase?: string | null | undefined;
  /** PEM PKCS8 (BEGIN PRIVATE KEY); stored encrypted, never read back. */
  alipayPrivateKey?: string | null | undefined;
  alipayPublicKey?: string | null | undefined;
  defaultProvider?: PaymentProvider | null | undefined;
  enabledProviders?: Array<PaymentProvider> | null | undefined;
};

/** PENDING 待支付 (alipay), AWAITING_APPROVAL 待财政审批 (treasury), SUCCEEDED 已支付, FAILED 支付失败, CLOSED 已关闭 (timed out or closed at Alipay), REJECTED 已驳回 (treasury). */
export type PaymentState =
  | 'AWAITING_APPROVAL'
  | 'CLOSED'
  | 'FAILED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUCCEEDED';

/** ENERGY_SAVING 节能产品, ENVIRONMENTAL_LABEL 环境标志产品, FIRST_OF_KIND 首台套, SME 中小企业 (from the supplier's declared size), PRISON_ENTERPRISE 监狱企业, DISABILITY_WELFARE 残疾人福利性单位, RURAL_REVITALIZATION 乡村振兴/832. */
export type PolicyTag =
  | 'DISABILITY_WELFARE'
  | 'ENERGY_SAVING'
  | 'ENVIRONMENTAL_LABEL'
  | 'FIRST_OF_KIND'
  | 'PRISON_ENTERPRISE'
  | 'RURAL_REVITALIZATION'
  | 'SME';

/** IMPORTED 导入的参考价（电商等）, PEER 其他供应商同一标准商品的中位价, HISTORY 本商品近期最低价, TRANSACTIONS 近期成交（已验收）中位价. */
export type PriceReferenceSource =
  | 'HISTORY'
  | 'IMPORTED'
  | 'PEER'
  | 'TRANSACTIONS';

export type PurchaseRouteRulesInput = {
  /** One-click order (直购) up to this amount per order. */
  directOrderMax?: string | null | undefined;
  /** Online inquiry or reverse auction in the mall up to this amount. */
  mallSourcingMax?: string | null | undefined;
  /** A public tender is required from this amount. */
  publicTenderMin?: string | null | undefined;
};

/** Weights sum to 10,000 bp; the policy weight must exceed the others together. */
export type RankingWeightsInput = {
  integrityWeightBp: number;
  policyTags: Array<PolicyTag>;
  policyWeightBp: number;
  priceWeightBp: number;
  salesWeightBp: number;
};

export type SpecAttributeInput = {
  key: string;
  value: string;
};

export type TenderRulesInput = {
  amendmentMinCalendarDays?: number | null | undefined;
  bidMinCalendarDays?: number | null | undefined;
  contractSignCalendarDays?: number | null | undefined;
  documentsMinWorkingDays?: number | null | undefined;
  minBidders?: number | null | undefined;
};

/** A change to this province's name and rules; omitted fields keep their value. */
export type UpdateTenantSettingsInput = {
  challenges?: ChallengeRulesInput | null | undefined;
  deposits?: DepositRulesInput | null | undefined;
  evaluation?: EvaluationRulesInput | null | undefined;
  inspection?: InspectionRulesInput | null | undefined;
  mall?: MallRulesInput | null | undefined;
  name?: string | null | undefined;
  purchaseRoutes?: PurchaseRouteRulesInput | null | undefined;
  tender?: TenderRulesInput | null | undefined;
};

export type ApprovalQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApprovalQueueQuery = { listingApprovalQueue: { nodes: Array<{ id: string, state: ListingState, title: string, description: string, brand: string | null, model: string | null, price: string, stock: number, warrantyMonths: number, categoryCode: string, categoryName: string, standardProductId: string | null, deliveryRegionCodes: Array<string>, imageUrls: Array<string>, supplierId: string, supplierName: string, supplierRegionCode: string | null, supplierIntegrityBlocked: boolean, submittedAt: string | null, policyTags: Array<{ tag: PolicyTag, certificateNo: string | null, issuer: string | null, validUntil: string | null, valid: boolean }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminListingQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminListingQuery = { listing: { id: string, state: ListingState, title: string, price: string, stock: number, categoryCode: string, categoryName: string, supplierId: string, supplierName: string, supplierRegionCode: string | null, supplierIntegrityBlocked: boolean, submittedAt: string | null, approvedAt: string | null, updatedAt: string, rejectionReason: string | null, delistedBy: DelistedBy | null, delistReason: string | null, policyTags: Array<{ tag: PolicyTag, certificateNo: string | null, issuer: string | null, validUntil: string | null, valid: boolean }>, priceHistory: Array<{ price: string, changedAt: string }> } };

export type ApproveListingMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveListingMutation = { approveListing: { id: string, state: ListingState } };

export type RejectListingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectListingMutation = { rejectListing: { id: string, state: ListingState, rejectionReason: string | null } };

export type OperatorDelistListingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type OperatorDelistListingMutation = { operatorDelistListing: { id: string, state: ListingState, delistedBy: DelistedBy | null, delistReason: string | null } };

export type AdminCategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoryTreeQuery = { categoryTree: Array<{ id: string, code: string, name: string, parentCode: string | null, level: number, energySavingMandatory: boolean }> };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { id: string, code: string, name: string, parentCode: string | null, level: number, energySavingMandatory: boolean } };

export type AdminStandardProductsQueryVariables = Exact<{
  categoryCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminStandardProductsQuery = { standardProducts: { nodes: Array<{ id: string, brand: string, model: string, name: string, categoryCode: string, specs: Array<{ key: string, value: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateStandardProductMutationVariables = Exact<{
  input: CreateStandardProductInput;
}>;


export type CreateStandardProductMutation = { createStandardProduct: { id: string, brand: string, model: string, name: string, categoryCode: string } };

export type SuppliersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SuppliersQuery = { organisations: { nodes: Array<{ id: string, name: string, uscc: string | null, active: boolean, enterpriseSize: EnterpriseSize | null, integrityBlocked: boolean, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetSupplierIntegrityBlockedMutationVariables = Exact<{
  organisationId: string | number;
  blocked: boolean;
  reason: string;
}>;


export type SetSupplierIntegrityBlockedMutation = { setSupplierIntegrityBlocked: { id: string, integrityBlocked: boolean } };

export type BudgetLinesQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  fiscalYear?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BudgetLinesQuery = { budgetLines: { nodes: Array<{ id: string, code: string, name: string, unitId: string, unitName: string, fiscalYear: number, amount: string, used: string, frozen: string, available: string, updatedAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganisationPickerQueryVariables = Exact<{
  kind?: OrganisationKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationPickerQuery = { organisations: { nodes: Array<{ id: string, name: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateBudgetLineMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type CreateBudgetLineMutation = { createBudgetLine: { id: string, code: string, name: string, unitId: string, unitName: string, fiscalYear: number, amount: string, used: string, frozen: string, available: string, updatedAt: string } };

export type AdjustBudgetLineMutationVariables = Exact<{
  id: string | number;
  input: AdjustBudgetLineInput;
}>;


export type AdjustBudgetLineMutation = { adjustBudgetLine: { id: string, code: string, name: string, unitId: string, unitName: string, fiscalYear: number, amount: string, used: string, frozen: string, available: string, updatedAt: string } };

export type BudgetLineImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetLineImportTemplateQuery = { budgetLineImportTemplate: { fileName: string, mimeType: string, contentBase64: string } };

export type ImportBudgetLinesMutationVariables = Exact<{
  input: ImportBudgetLinesInput;
}>;


export type ImportBudgetLinesMutation = { importBudgetLines: { imported: number, total: number, errors: Array<{ row: number, field: string, message: string, reason: string }> } };

export type PaymentRequestsQueryVariables = Exact<{
  state?: PaymentState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentRequestsQuery = { paymentRequests: { nodes: Array<{ id: string, paymentNo: string, title: string, amount: string, state: PaymentState, provider: PaymentProvider, subjectType: string, subjectId: string, payerOrganisationId: string, payeeOrganisationId: string, createdAt: string, bankReference: string | null, rejectionReason: string | null, reviewReason: PaymentReviewReason | null, reviewDetail: Array<{ key: string, value: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PaymentsForReviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PaymentsForReviewQuery = { payments: { nodes: Array<{ id: string, paymentNo: string, title: string, amount: string, state: PaymentState, provider: PaymentProvider, subjectType: string, subjectId: string, payerOrganisationId: string, payeeOrganisationId: string, createdAt: string, reviewReason: PaymentReviewReason | null, reviewDetail: Array<{ key: string, value: string }> }> } };

export type OrganisationNameQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationNameQuery = { organisation: { id: string, name: string } };

export type ApprovePaymentRequestMutationVariables = Exact<{
  id: string | number;
  bankReference: string;
}>;


export type ApprovePaymentRequestMutation = { approvePaymentRequest: { id: string, state: PaymentState, bankReference: string | null } };

export type RejectPaymentRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectPaymentRequestMutation = { rejectPaymentRequest: { id: string, state: PaymentState, rejectionReason: string | null } };

export type ClearPaymentReviewMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ClearPaymentReviewMutation = { clearPaymentReview: { id: string, reviewReason: PaymentReviewReason | null } };

export type AdminOrdersQueryVariables = Exact<{
  filter?: OrderFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOrdersQuery = { orders: { nodes: Array<{ id: string, orderNo: string, buyerId: string, buyerName: string, supplierId: string, supplierName: string, total: string, acceptedAmount: string | null, state: OrderState, placedAt: string, dueAt: string | null, dueKind: OrderDeadlineKind | null, overdue: Array<OrderDeadlineKind> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrderQuery = { order: { id: string, orderNo: string, buyerName: string, supplierName: string, total: string, acceptedAmount: string | null, state: OrderState, placedAt: string, dueAt: string | null, dueKind: OrderDeadlineKind | null, overdue: Array<OrderDeadlineKind>, budgetLineCode: string, reason: string | null, logisticsCompany: string | null, trackingNo: string | null, deliveryAddress: { recipient: string, phone: string, regionCode: string, address: string }, invoice: { invoiceCode: string, invoiceNo: string, amount: string, issuedOn: string } | null, lines: Array<{ id: string, title: string, quantity: number, unitPrice: string, amount: string, acceptedQuantity: number | null }>, timeline: Array<{ action: string, fromState: OrderState | null, toState: OrderState, at: string, note: string | null, actorUserId: string | null }> } };

export type OrdersExportQueryVariables = Exact<{
  filter?: OrderFilterInput | null | undefined;
}>;


export type OrdersExportQuery = { ordersExport: { fileName: string, mimeType: string, contentBase64: string } };

export type PaymentSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentSettingsQuery = { paymentSettings: { enabledProviders: Array<PaymentProvider>, defaultProvider: PaymentProvider, alipayAppId: string | null, alipayGatewayUrl: string | null, alipayNotifyUrlBase: string | null, alipayNotifyUrl: string | null, alipayPrivateKeyConfigured: boolean, alipayPublicKey: string | null, updatedAt: string | null } };

export type UpdatePaymentSettingsMutationVariables = Exact<{
  input: PaymentSettingsInput;
}>;


export type UpdatePaymentSettingsMutation = { updatePaymentSettings: { enabledProviders: Array<PaymentProvider>, defaultProvider: PaymentProvider, alipayAppId: string | null, alipayGatewayUrl: string | null, alipayNotifyUrlBase: string | null, alipayNotifyUrl: string | null, alipayPrivateKeyConfigured: boolean, alipayPublicKey: string | null, updatedAt: string | null } };

export type AdminOrderNoQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrderNoQuery = { order: { id: string, orderNo: string } };

export type RankingWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type RankingWeightsQuery = { rankingWeights: { policyWeightBp: number, integrityWeightBp: number, priceWeightBp: number, salesWeightBp: number, policyTags: Array<PolicyTag> } };

export type UpdateRankingWeightsMutationVariables = Exact<{
  input: RankingWeightsInput;
}>;


export type UpdateRankingWeightsMutation = { updateRankingWeights: { policyWeightBp: number, integrityWeightBp: number, priceWeightBp: number, salesWeightBp: number, policyTags: Array<PolicyTag> } };

export type TenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsQuery = { tenant: { id: string, code: string, slug: string, name: string, timeZone: string, currency: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number }, evaluation: { smeDeductionBp: number, scoreDeviationBp: number, smeReservedShareBp: number }, inspection: { priceAboveReferenceAlertBp: number }, mall: { confirmWorkingDays: number, shipWorkingDays: number, acceptWorkingDays: number } } } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { updateTenantSettings: { id: string, code: string, slug: string, name: string, timeZone: string, currency: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number }, evaluation: { smeDeductionBp: number, scoreDeviationBp: number, smeReservedShareBp: number }, inspection: { priceAboveReferenceAlertBp: number }, mall: { confirmWorkingDays: number, shipWorkingDays: number, acceptWorkingDays: number } } } };

export type CalendarDaysQueryVariables = Exact<{
  year: number;
}>;


export type CalendarDaysQuery = { calendarDays: Array<{ day: string, kind: CalendarDayKind, name: string }> };

export type SetCalendarDayMutationVariables = Exact<{
  input: CalendarDayInput;
}>;


export type SetCalendarDayMutation = { setCalendarDay: { day: string, kind: CalendarDayKind, name: string } };

export type RemoveCalendarDayMutationVariables = Exact<{
  day: string;
}>;


export type RemoveCalendarDayMutation = { removeCalendarDay: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ApprovalQueueDocument = new TypedDocumentString(`
    query ApprovalQueue($first: Int, $after: String) {
  listingApprovalQueue(first: $first, after: $after) {
    nodes {
      id
      state
      title
      description
      brand
      model
      price
      stock
      warrantyMonths
      categoryCode
      categoryName
      standardProductId
      deliveryRegionCodes
      imageUrls
      policyTags {
        tag
        certificateNo
        issuer
        validUntil
        valid
      }
      supplierId
      supplierName
      supplierRegionCode
      supplierIntegrityBlocked
      submittedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const AdminListingDocument = new TypedDocumentString(`
    query AdminListing($id: ID!) {
  listing(id: $id) {
    id
    state
    title
    price
    stock
    categoryCode
    categoryName
    policyTags {
      tag
      certificateNo
      issuer
      validUntil
      valid
    }
    supplierId
    supplierName
    supplierRegionCode
    supplierIntegrityBlocked
    submittedAt
    approvedAt
    updatedAt
    rejectionReason
    delistedBy
    delistReason
    priceHistory {
      price
      changedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminListingQuery, AdminListingQueryVariables>;
export const ApproveListingDocument = new TypedDocumentString(`
    mutation ApproveListing($id: ID!) {
  approveListing(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ApproveListingMutation, ApproveListingMutationVariables>;
export const RejectListingDocument = new TypedDocumentString(`
    mutation RejectListing($id: ID!, $reason: String!) {
  rejectListing(id: $id, reason: $reason) {
    id
    state
    rejectionReason
  }
}
    `) as unknown as TypedDocumentString<RejectListingMutation, RejectListingMutationVariables>;
export const OperatorDelistListingDocument = new TypedDocumentString(`
    mutation OperatorDelistListing($id: ID!, $reason: String!) {
  operatorDelistListing(id: $id, reason: $reason) {
    id
    state
    delistedBy
    delistReason
  }
}
    `) as unknown as TypedDocumentString<OperatorDelistListingMutation, OperatorDelistListingMutationVariables>;
export const AdminCategoryTreeDocument = new TypedDocumentString(`
    query AdminCategoryTree {
  categoryTree {
    id
    code
    name
    parentCode
    level
    energySavingMandatory
  }
}
    `) as unknown as TypedDocumentString<AdminCategoryTreeQuery, AdminCategoryTreeQueryVariables>;
export const CreateCategoryDocument = new TypedDocumentString(`
    mutation CreateCategory($input: CreateCategoryInput!) {
  createCategory(input: $input) {
    id
    code
    name
    parentCode
    level
    energySavingMandatory
  }
}
    `) as unknown as TypedDocumentString<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const AdminStandardProductsDocument = new TypedDocumentString(`
    query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {
  standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {
    nodes {
      id
      brand
      model
      name
      categoryCode
      specs {
        key
        value
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminStandardProductsQuery, AdminStandardProductsQueryVariables>;
export const CreateStandardProductDocument = new TypedDocumentString(`
    mutation CreateStandardProduct($input: CreateStandardProductInput!) {
  createStandardProduct(input: $input) {
    id
    brand
    model
    name
    categoryCode
  }
}
    `) as unknown as TypedDocumentString<CreateStandardProductMutation, CreateStandardProductMutationVariables>;
export const SuppliersDocument = new TypedDocumentString(`
    query Suppliers($first: Int, $after: String) {
  organisations(kind: SUPPLIER, first: $first, after: $after) {
    nodes {
      id
      name
      uscc
      active
      enterpriseSize
      integrityBlocked
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SuppliersQuery, SuppliersQueryVariables>;
export const SetSupplierIntegrityBlockedDocument = new TypedDocumentString(`
    mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {
  setSupplierIntegrityBlocked(
    organisationId: $organisationId
    blocked: $blocked
    reason: $reason
  ) {
    id
    integrityBlocked
  }
}
    `) as unknown as TypedDocumentString<SetSupplierIntegrityBlockedMutation, SetSupplierIntegrityBlockedMutationVariables>;
export const BudgetLinesDocument = new TypedDocumentString(`
    query BudgetLines($unitId: ID, $fiscalYear: Int, $first: Int, $after: String) {
  budgetLines(
    unitId: $unitId
    fiscalYear: $fiscalYear
    first: $first
    after: $after
  ) {
    nodes {
      id
      code
      name
      unitId
      unitName
      fiscalYear
      amount
      used
      frozen
      available
      updatedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesQuery, BudgetLinesQueryVariables>;
export const OrganisationPickerDocument = new TypedDocumentString(`
    query OrganisationPicker($kind: OrganisationKind, $first: Int, $after: String) {
  organisations(kind: $kind, first: $first, after: $after) {
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationPickerQuery, OrganisationPickerQueryVariables>;
export const CreateBudgetLineDocument = new TypedDocumentString(`
    mutation CreateBudgetLine($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) {
    id
    code
    name
    unitId
    unitName
    fiscalYear
    amount
    used
    frozen
    available
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<CreateBudgetLineMutation, CreateBudgetLineMutationVariables>;
export const AdjustBudgetLineDocument = new TypedDocumentString(`
    mutation AdjustBudgetLine($id: ID!, $input: AdjustBudgetLineInput!) {
  adjustBudgetLine(id: $id, input: $input) {
    id
    code
    name
    unitId
    unitName
    fiscalYear
    amount
    used
    frozen
    available
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<AdjustBudgetLineMutation, AdjustBudgetLineMutationVariables>;
export const BudgetLineImportTemplateDocument = new TypedDocumentString(`
    query BudgetLineImportTemplate {
  budgetLineImportTemplate {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<BudgetLineImportTemplateQuery, BudgetLineImportTemplateQueryVariables>;
export const ImportBudgetLinesDocument = new TypedDocumentString(`
    mutation ImportBudgetLines($input: ImportBudgetLinesInput!) {
  importBudgetLines(input: $input) {
    imported
    total
    errors {
      row
      field
      message
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportBudgetLinesMutation, ImportBudgetLinesMutationVariables>;
export const PaymentRequestsDocument = new TypedDocumentString(`
    query PaymentRequests($state: PaymentState, $first: Int, $after: String) {
  paymentRequests(state: $state, first: $first, after: $after) {
    nodes {
      id
      paymentNo
      title
      amount
      state
      provider
      subjectType
      subjectId
      payerOrganisationId
      payeeOrganisationId
      createdAt
      bankReference
      rejectionReason
      reviewReason
      reviewDetail {
        key
        value
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PaymentRequestsQuery, PaymentRequestsQueryVariables>;
export const PaymentsForReviewDocument = new TypedDocumentString(`
    query PaymentsForReview($first: Int) {
  payments(needsReview: true, first: $first) {
    nodes {
      id
      paymentNo
      title
      amount
      state
      provider
      subjectType
      subjectId
      payerOrganisationId
      payeeOrganisationId
      createdAt
      reviewReason
      reviewDetail {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaymentsForReviewQuery, PaymentsForReviewQueryVariables>;
export const OrganisationNameDocument = new TypedDocumentString(`
    query OrganisationName($id: ID!) {
  organisation(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OrganisationNameQuery, OrganisationNameQueryVariables>;
export const ApprovePaymentRequestDocument = new TypedDocumentString(`
    mutation ApprovePaymentRequest($id: ID!, $bankReference: String!) {
  approvePaymentRequest(id: $id, bankReference: $bankReference) {
    id
    state
    bankReference
  }
}
    `) as unknown as TypedDocumentString<ApprovePaymentRequestMutation, ApprovePaymentRequestMutationVariables>;
export const RejectPaymentRequestDocument = new TypedDocumentString(`
    mutation RejectPaymentRequest($id: ID!, $reason: String!) {
  rejectPaymentRequest(id: $id, reason: $reason) {
    id
    state
    rejectionReason
  }
}
    `) as unknown as TypedDocumentString<RejectPaymentRequestMutation, RejectPaymentRequestMutationVariables>;
export const ClearPaymentReviewDocument = new TypedDocumentString(`
    mutation ClearPaymentReview($id: ID!, $note: String!) {
  clearPaymentReview(id: $id, note: $note) {
    id
    reviewReason
  }
}
    `) as unknown as TypedDocumentString<ClearPaymentReviewMutation, ClearPaymentReviewMutationVariables>;
export const AdminOrdersDocument = new TypedDocumentString(`
    query AdminOrders($filter: OrderFilterInput, $first: Int, $after: String) {
  orders(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      orderNo
      buyerId
      buyerName
      supplierId
      supplierName
      total
      acceptedAmount
      state
      placedAt
      dueAt
      dueKind
      overdue
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const AdminOrderDocument = new TypedDocumentString(`
    query AdminOrder($id: ID!) {
  order(id: $id) {
    id
    orderNo
    buyerName
    supplierName
    total
    acceptedAmount
    state
    placedAt
    dueAt
    dueKind
    overdue
    budgetLineCode
    reason
    logisticsCompany
    trackingNo
    deliveryAddress {
      recipient
      phone
      regionCode
      address
    }
    invoice {
      invoiceCode
      invoiceNo
      amount
      issuedOn
    }
    lines {
      id
      title
      quantity
      unitPrice
      amount
      acceptedQuantity
    }
    timeline {
      action
      fromState
      toState
      at
      note
      actorUserId
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrderQuery, AdminOrderQueryVariables>;
export const OrdersExportDocument = new TypedDocumentString(`
    query OrdersExport($filter: OrderFilterInput) {
  ordersExport(filter: $filter) {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<OrdersExportQuery, OrdersExportQueryVariables>;
export const PaymentSettingsDocument = new TypedDocumentString(`
    query PaymentSettings {
  paymentSettings {
    enabledProviders
    defaultProvider
    alipayAppId
    alipayGatewayUrl
    alipayNotifyUrlBase
    alipayNotifyUrl
    alipayPrivateKeyConfigured
    alipayPublicKey
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<PaymentSettingsQuery, PaymentSettingsQueryVariables>;
export const UpdatePaymentSettingsDocument = new TypedDocumentString(`
    mutation UpdatePaymentSettings($input: PaymentSettingsInput!) {
  updatePaymentSettings(input: $input) {
    enabledProviders
    defaultProvider
    alipayAppId
    alipayGatewayUrl
    alipayNotifyUrlBase
    alipayNotifyUrl
    alipayPrivateKeyConfigured
    alipayPublicKey
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdatePaymentSettingsMutation, UpdatePaymentSettingsMutationVariables>;
export const AdminOrderNoDocument = new TypedDocumentString(`
    query AdminOrderNo($id: ID!) {
  order(id: $id) {
    id
    orderNo
  }
}
    `) as unknown as TypedDocumentString<AdminOrderNoQuery, AdminOrderNoQueryVariables>;
export const RankingWeightsDocument = new TypedDocumentString(`
    query RankingWeights {
  rankingWeights {
    policyWeightBp
    integrityWeightBp
    priceWeightBp
    salesWeightBp
    policyTags
  }
}
    `) as unknown as TypedDocumentString<RankingWeightsQuery, RankingWeightsQueryVariables>;
export const UpdateRankingWeightsDocument = new TypedDocumentString(`
    mutation UpdateRankingWeights($input: RankingWeightsInput!) {
  updateRankingWeights(input: $input) {
    policyWeightBp
    integrityWeightBp
    priceWeightBp
    salesWeightBp
    policyTags
  }
}
    `) as unknown as TypedDocumentString<UpdateRankingWeightsMutation, UpdateRankingWeightsMutationVariables>;
export const TenantSettingsDocument = new TypedDocumentString(`
    query TenantSettings {
  tenant {
    id
    code
    slug
    name
    timeZone
    currency
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
        publicTenderMin
      }
      tender {
        documentsMinWorkingDays
        bidMinCalendarDays
        amendmentMinCalendarDays
        minBidders
        contractSignCalendarDays
      }
      challenges {
        challengeWorkingDays
        answerWorkingDays
        complaintWorkingDays
      }
      deposits {
        maxShareOfBudgetBp
        refundDeadlineWorkingDays
        refundTargetWorkingDays
        interestRateBp
        lateChargeRateBp
        performanceGuaranteeMaxBp
      }
      evaluation {
        smeDeductionBp
        scoreDeviationBp
        smeReservedShareBp
      }
      inspection {
        priceAboveReferenceAlertBp
      }
      mall {
        confirmWorkingDays
        shipWorkingDays
        acceptWorkingDays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TenantSettingsQuery, TenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = new TypedDocumentString(`
    mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    id
    code
    slug
    name
    timeZone
    currency
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
        publicTenderMin
      }
      tender {
        documentsMinWorkingDays
        bidMinCalendarDays
        amendmentMinCalendarDays
        minBidders
        contractSignCalendarDays
      }
      challenges {
        challengeWorkingDays
        answerWorkingDays
        complaintWorkingDays
      }
      deposits {
        maxShareOfBudgetBp
        refundDeadlineWorkingDays
        refundTargetWorkingDays
        interestRateBp
        lateChargeRateBp
        performanceGuaranteeMaxBp
      }
      evaluation {
        smeDeductionBp
        scoreDeviationBp
        smeReservedShareBp
      }
      inspection {
        priceAboveReferenceAlertBp
      }
      mall {
        confirmWorkingDays
        shipWorkingDays
        acceptWorkingDays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const CalendarDaysDocument = new TypedDocumentString(`
    query CalendarDays($year: Int!) {
  calendarDays(year: $year) {
    day
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<CalendarDaysQuery, CalendarDaysQueryVariables>;
export const SetCalendarDayDocument = new TypedDocumentString(`
    mutation SetCalendarDay($input: CalendarDayInput!) {
  setCalendarDay(input: $input) {
    day
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const RemoveCalendarDayDocument = new TypedDocumentString(`
    mutation RemoveCalendarDay($day: String!) {
  removeCalendarDay(day: $day)
}
    `) as unknown as TypedDocumentString<RemoveCalendarDayMutation, RemoveCalendarDayMutationVariables>;