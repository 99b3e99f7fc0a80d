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
    "\n  query TenantSettings {\n    tenant {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) { day kind name }\n  }\n": typeof types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) { day kind name }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n": typeof types.RemoveCalendarDayDocument,
};
const documents: Documents = {
    "\n  query TenantSettings {\n    tenant {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      code\n      slug\n      name\n      timeZone\n      currency\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n        inspection { priceAboveReferenceAlertBp }\n      }\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) { day kind name }\n  }\n": types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) { day kind name }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n": types.RemoveCalendarDayDocument,
};

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
