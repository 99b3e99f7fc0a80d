import { graphql } from '../graphql/generated';

/** The current province's purchase thresholds, for the home page. */
export const HomeThresholdsQuery = graphql(`
  query HomeThresholds {
    tenant {
      code
      settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } }
    }
  }
`);

/** The rules a purchasing unit or supplier must know, for the public rules page. */
export const PublicRulesQuery = graphql(`
  query PublicRules {
    tenant {
      code
      settings {
        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }
        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }
        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }
        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }
        mall { confirmWorkingDays shipWorkingDays acceptWorkingDays }
      }
    }
  }
`);
