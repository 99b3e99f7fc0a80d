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
    "\n  query MallHome {\n    me { id displayName organisation { id name uscc active } }\n    tenant { code settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n": typeof types.MallHomeDocument,
    "\n  query SupplierHome {\n    me { id displayName organisation { id name uscc active createdAt } }\n  }\n": typeof types.SupplierHomeDocument,
    "\n  query HomeThresholds {\n    tenant {\n      code\n      settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } }\n    }\n  }\n": typeof types.HomeThresholdsDocument,
    "\n  query PublicRules {\n    tenant {\n      code\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n      }\n    }\n  }\n": typeof types.PublicRulesDocument,
};
const documents: Documents = {
    "\n  query MallHome {\n    me { id displayName organisation { id name uscc active } }\n    tenant { code settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n": types.MallHomeDocument,
    "\n  query SupplierHome {\n    me { id displayName organisation { id name uscc active createdAt } }\n  }\n": types.SupplierHomeDocument,
    "\n  query HomeThresholds {\n    tenant {\n      code\n      settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } }\n    }\n  }\n": types.HomeThresholdsDocument,
    "\n  query PublicRules {\n    tenant {\n      code\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n      }\n    }\n  }\n": types.PublicRulesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MallHome {\n    me { id displayName organisation { id name uscc active } }\n    tenant { code settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n"): typeof import('./graphql').MallHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierHome {\n    me { id displayName organisation { id name uscc active createdAt } }\n  }\n"): typeof import('./graphql').SupplierHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeThresholds {\n    tenant {\n      code\n      settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } }\n    }\n  }\n"): typeof import('./graphql').HomeThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRules {\n    tenant {\n      code\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicRulesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
