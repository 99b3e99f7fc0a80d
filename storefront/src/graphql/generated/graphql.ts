/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type MallHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type MallHomeQuery = { me: { id: string, displayName: string, organisation: { id: string, name: string, uscc: string | null, active: boolean } }, tenant: { code: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string } } } };

export type SupplierHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierHomeQuery = { me: { id: string, displayName: string, organisation: { id: string, name: string, uscc: string | null, active: boolean, createdAt: string } } };

export type HomeThresholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeThresholdsQuery = { tenant: { code: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string } } } };

export type PublicRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRulesQuery = { tenant: { code: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number } } } };

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

export const MallHomeDocument = new TypedDocumentString(`
    query MallHome {
  me {
    id
    displayName
    organisation {
      id
      name
      uscc
      active
    }
  }
  tenant {
    code
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
        publicTenderMin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MallHomeQuery, MallHomeQueryVariables>;
export const SupplierHomeDocument = new TypedDocumentString(`
    query SupplierHome {
  me {
    id
    displayName
    organisation {
      id
      name
      uscc
      active
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierHomeQuery, SupplierHomeQueryVariables>;
export const HomeThresholdsDocument = new TypedDocumentString(`
    query HomeThresholds {
  tenant {
    code
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
        publicTenderMin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeThresholdsQuery, HomeThresholdsQueryVariables>;
export const PublicRulesDocument = new TypedDocumentString(`
    query PublicRules {
  tenant {
    code
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
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRulesQuery, PublicRulesQueryVariables>;