import { graphql } from '../graphql/generated';

/** Everything the tenant's settings page shows (read-only until the settings mutation). */
export const TenantSettingsQuery = graphql(`
  query TenantSettings {
    tenant {
      id
      code
      slug
      name
      timeZone
      currency
      settings {
        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }
        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }
        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }
        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }
        evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }
        inspection { priceAboveReferenceAlertBp }
      }
    }
  }
`);
