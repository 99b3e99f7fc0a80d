/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type InspectionRulesInput = {
  priceAboveReferenceAlertBp?: number | null | undefined;
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

/** ENERGY_SAVING 节能产品, ENVIRONMENTAL_LABEL 环境标志产品, FIRST_OF_KIND 首台套, SME 中小企业 (from the supplier's declared size), PRISON_ENTERPRISE 监狱企业, DISABILITY_WELFARE 残疾人福利性单位, RURAL_REVITALIZATION 乡村振兴/832. */
export type PolicyTag =
  | 'DISABILITY_WELFARE'
  | 'ENERGY_SAVING'
  | 'ENVIRONMENTAL_LABEL'
  | 'FIRST_OF_KIND'
  | 'PRISON_ENTERPRISE'
  | 'RURAL_REVITALIZATION'
  | 'SME';

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

export type RankingWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type RankingWeightsQuery = { rankingWeights: { policyWeightBp: number, integrityWeightBp: number, priceWeightBp: number, salesWeightBp: number, policyTags: Array<PolicyTag> } };

export type UpdateRankingWeightsMutationVariables = Exact<{
  input: RankingWeightsInput;
}>;


export type UpdateRankingWeightsMutation = { updateRankingWeights: { policyWeightBp: number, integrityWeightBp: number, priceWeightBp: number, salesWeightBp: number, policyTags: Array<PolicyTag> } };

export type TenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsQuery = { tenant: { id: string, code: string, slug: string, name: string, timeZone: string, currency: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number }, evaluation: { smeDeductionBp: number, scoreDeviationBp: number, smeReservedShareBp: number }, inspection: { priceAboveReferenceAlertBp: number } } } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { updateTenantSettings: { id: string, code: string, slug: string, name: string, timeZone: string, currency: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number }, evaluation: { smeDeductionBp: number, scoreDeviationBp: number, smeReservedShareBp: number }, inspection: { priceAboveReferenceAlertBp: number } } } };

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