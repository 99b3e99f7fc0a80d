/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ApprovalQueue($first: Int, $after: String) {\n    listingApprovalQueue(first: $first, after: $after) {\n      nodes {\n        id state title description brand model price stock warrantyMonths\n        categoryCode categoryName standardProductId deliveryRegionCodes imageUrls\n        policyTags { tag certificateNo issuer validUntil valid }\n        supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n        submittedAt\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ApprovalQueueDocument,
    "\n  query AdminListing($id: ID!) {\n    listing(id: $id) {\n      id state title price stock categoryCode categoryName\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n      submittedAt approvedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price changedAt }\n    }\n  }\n": typeof types.AdminListingDocument,
    "\n  mutation ApproveListing($id: ID!) {\n    approveListing(id: $id) { id state }\n  }\n": typeof types.ApproveListingDocument,
    "\n  mutation RejectListing($id: ID!, $reason: String!) {\n    rejectListing(id: $id, reason: $reason) { id state rejectionReason }\n  }\n": typeof types.RejectListingDocument,
    "\n  mutation OperatorDelistListing($id: ID!, $reason: String!) {\n    operatorDelistListing(id: $id, reason: $reason) { id state delistedBy delistReason }\n  }\n": typeof types.OperatorDelistListingDocument,
    "\n  query AdminCategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n": typeof types.AdminCategoryTreeDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id code name parentCode level energySavingMandatory }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {\n    standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id brand model name categoryCode specs { key value } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminStandardProductsDocument,
    "\n  mutation CreateStandardProduct($input: CreateStandardProductInput!) {\n    createStandardProduct(input: $input) { id brand model name categoryCode }\n  }\n": typeof types.CreateStandardProductDocument,
    "\n  query Suppliers($first: Int, $after: String) {\n    organisations(kind: SUPPLIER, first: $first, after: $after) {\n      nodes { id name uscc active enterpriseSize integrityBlocked createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SuppliersDocument,
    "\n  mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {\n    setSupplierIntegrityBlocked(organisationId: $organisationId, blocked: $blocked, reason: $reason) { id integrityBlocked }\n  }\n": typeof types.SetSupplierIntegrityBlockedDocument,
    "\n  query RankingWeights {\n    rankingWeights { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n": typeof types.RankingWeightsDocument,
    "\n  mutation UpdateRankingWeights($input: RankingWeightsInput!) {\n    updateRankingWeights(input: $input) { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n": typeof types.UpdateRankingWeightsDocument,
    "\n  query TenantSettings {\n    tenant {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) { day kind name }\n  }\n": typeof types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) { day kind name }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n": typeof types.RemoveCalendarDayDocument,
};
const documents: Documents = {
    "\n  query ApprovalQueue($first: Int, $after: String) {\n    listingApprovalQueue(first: $first, after: $after) {\n      nodes {\n        id state title description brand model price stock warrantyMonths\n        categoryCode categoryName standardProductId deliveryRegionCodes imageUrls\n        policyTags { tag certificateNo issuer validUntil valid }\n        supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n        submittedAt\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ApprovalQueueDocument,
    "\n  query AdminListing($id: ID!) {\n    listing(id: $id) {\n      id state title price stock categoryCode categoryName\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n      submittedAt approvedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price changedAt }\n    }\n  }\n": types.AdminListingDocument,
    "\n  mutation ApproveListing($id: ID!) {\n    approveListing(id: $id) { id state }\n  }\n": types.ApproveListingDocument,
    "\n  mutation RejectListing($id: ID!, $reason: String!) {\n    rejectListing(id: $id, reason: $reason) { id state rejectionReason }\n  }\n": types.RejectListingDocument,
    "\n  mutation OperatorDelistListing($id: ID!, $reason: String!) {\n    operatorDelistListing(id: $id, reason: $reason) { id state delistedBy delistReason }\n  }\n": types.OperatorDelistListingDocument,
    "\n  query AdminCategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n": types.AdminCategoryTreeDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id code name parentCode level energySavingMandatory }\n  }\n": types.CreateCategoryDocument,
    "\n  query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {\n    standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id brand model name categoryCode specs { key value } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminStandardProductsDocument,
    "\n  mutation CreateStandardProduct($input: CreateStandardProductInput!) {\n    createStandardProduct(input: $input) { id brand model name categoryCode }\n  }\n": types.CreateStandardProductDocument,
    "\n  query Suppliers($first: Int, $after: String) {\n    organisations(kind: SUPPLIER, first: $first, after: $after) {\n      nodes { id name uscc active enterpriseSize integrityBlocked createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SuppliersDocument,
    "\n  mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {\n    setSupplierIntegrityBlocked(organisationId: $organisationId, blocked: $blocked, reason: $reason) { id integrityBlocked }\n  }\n": types.SetSupplierIntegrityBlockedDocument,
    "\n  query RankingWeights {\n    rankingWeights { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n": types.RankingWeightsDocument,
    "\n  mutation UpdateRankingWeights($input: RankingWeightsInput!) {\n    updateRankingWeights(input: $input) { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n": types.UpdateRankingWeightsDocument,
    "\n  query TenantSettings {\n    tenant {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) { day kind name }\n  }\n": types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) { day kind name }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n": types.RemoveCalendarDayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueue($first: Int, $after: String) {\n    listingApprovalQueue(first: $first, after: $after) {\n      nodes {\n        id state title description brand model price stock warrantyMonths\n        categoryCode categoryName standardProductId deliveryRegionCodes imageUrls\n        policyTags { tag certificateNo issuer validUntil valid }\n        supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n        submittedAt\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ApprovalQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminListing($id: ID!) {\n    listing(id: $id) {\n      id state title price stock categoryCode categoryName\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n      submittedAt approvedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price changedAt }\n    }\n  }\n"): typeof import('./graphql').AdminListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveListing($id: ID!) {\n    approveListing(id: $id) { id state }\n  }\n"): typeof import('./graphql').ApproveListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectListing($id: ID!, $reason: String!) {\n    rejectListing(id: $id, reason: $reason) { id state rejectionReason }\n  }\n"): typeof import('./graphql').RejectListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorDelistListing($id: ID!, $reason: String!) {\n    operatorDelistListing(id: $id, reason: $reason) { id state delistedBy delistReason }\n  }\n"): typeof import('./graphql').OperatorDelistListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n"): typeof import('./graphql').AdminCategoryTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id code name parentCode level energySavingMandatory }\n  }\n"): typeof import('./graphql').CreateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {\n    standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id brand model name categoryCode specs { key value } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').AdminStandardProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStandardProduct($input: CreateStandardProductInput!) {\n    createStandardProduct(input: $input) { id brand model name categoryCode }\n  }\n"): typeof import('./graphql').CreateStandardProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suppliers($first: Int, $after: String) {\n    organisations(kind: SUPPLIER, first: $first, after: $after) {\n      nodes { id name uscc active enterpriseSize integrityBlocked createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').SuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {\n    setSupplierIntegrityBlocked(organisationId: $organisationId, blocked: $blocked, reason: $reason) { id integrityBlocked }\n  }\n"): typeof import('./graphql').SetSupplierIntegrityBlockedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingWeights {\n    rankingWeights { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n"): typeof import('./graphql').RankingWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRankingWeights($input: RankingWeightsInput!) {\n    updateRankingWeights(input: $input) { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n"): typeof import('./graphql').UpdateRankingWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenant {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n"): typeof import('./graphql').TenantSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateTenantSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) { day kind name }\n  }\n"): typeof import('./graphql').CalendarDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) { day kind name }\n  }\n"): typeof import('./graphql').SetCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n"): typeof import('./graphql').RemoveCalendarDayDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
