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

export type DepositRulesInput = {
  interestRateBp?: number | null | undefined;
  lateChargeRateBp?: number | null | undefined;
  maxShareOfBudgetBp?: number | null | undefined;
  performanceGuaranteeMaxBp?: number | null | undefined;
  refundDeadlineWorkingDays?: number | null | undefined;
  refundTargetWorkingDays?: number | null | undefined;
};

export type EvaluationRulesInput = {
  scoreDeviationBp?: number | null | undefined;
  smeDeductionBp?: number | null | undefined;
  smeReservedShareBp?: number | null | undefined;
};

export type InspectionRulesInput = {
  priceAboveReferenceAlertBp?: number | null | undefined;
};

export type PurchaseRouteRulesInput = {
  /** One-click order (直购) up to this amount per order. */
  directOrderMax?: string | null | undefined;
  /** Online inquiry or reverse auction in the mall up to this amount. */
  mallSourcingMax?: string | null | undefined;
  /** A public tender is required from this amount. */
  publicTenderMin?: string | null | undefined;
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
  name?: string | null | undefined;
  purchaseRoutes?: PurchaseRouteRulesInput | null | undefined;
  tender?: TenderRulesInput | null | undefined;
};

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