import { graphql } from '../graphql/generated';

/** Everything the tenant's settings page shows, and what a change of them returns. */
export const TenantSettingsFieldsFragment = graphql(`
  fragment TenantSettingsFields on TenantDetail {
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
      inspection { priceAboveReferenceAlertBp correctionWorkingDays sources historyDays importedMaxAgeDays minPeerSample transactionDays minTransactionSample repeatOffenceCount repeatOffenceDays referenceFeedUrl }
      mall { confirmWorkingDays shipWorkingDays acceptWorkingDays }
      integrity {
        orderConfirmedOnTimePoints orderConfirmedLatePoints deliveredOnTimePoints deliveredLatePoints acceptancePassedPoints acceptanceFailedPoints
        priceOffencePoints repeatPriceOffencePoints withdrawnAfterWinningPoints refusedToSignPoints depositForfeitedPoints challengeGroundlessPoints
        complaintUpheldPoints administrativePenaltyPoints blacklistRecordPoints halfLifeDays baseScore bandAMin bandBMin bandCMin blockBand
      }
      signals { splittingPeriod splittingCategoryLevel }
      sourcing { minQuotes quoteMinWorkingDays }
      notifications { reminderHoursBefore reminderWorkingDaysBefore }
      financing { minOrder }
    }
  }
`);

export const TenantSettingsQuery = graphql(`
  query TenantSettings {
    tenant {
      ...TenantSettingsFields
    }
  }
`);

/** Changes the name and rules (tenant operator); omitted fields keep their value. */
export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      ...TenantSettingsFields
    }
  }
`);

/** A year's holidays and make-up working days. */
export const CalendarDaysQuery = graphql(`
  query CalendarDays($year: Int!) {
    calendarDays(year: $year) { day kind name }
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($input: CalendarDayInput!) {
    setCalendarDay(input: $input) { day kind name }
  }
`);

export const RemoveCalendarDayMutation = graphql(`
  mutation RemoveCalendarDay($day: String!) {
    removeCalendarDay(day: $day)
  }
`);
