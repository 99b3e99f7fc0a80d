import { graphql } from '../graphql/generated';

/** The supplier's financeable contracts, its applications, the active lenders and the province's time zone. */
export const FinancingOverviewQuery = graphql(`
  query FinancingOverview {
    financeableContracts {
      subjectType subjectId contractNo title amount buyerName acceptanceStatus openApplicationId
      lock { id bankName accountName accountNo lockedAt }
    }
    financingApplications {
      id subjectType subjectId contractNo contractAmount lenderName amount state createdAt deliveredAt deliveryAttempts lastDeliveryError
      lenderAmount lenderReason decidedAt package packageSignature platformKeyId
    }
    lenders { id name }
    tenant { timeZone }
  }
`);

export const ApplyForFinancingMutation = graphql(`
  mutation ApplyForFinancing($input: ApplyForFinancingInput!) {
    applyForFinancing(input: $input) { id state contractNo }
  }
`);

/** Whether a contract's or order's payments are locked to a lender's account. */
export const SubjectPayeeAccountQuery = graphql(`
  query SubjectPayeeAccount($subjectType: FinancingSubjectType!, $subjectId: ID!) {
    subjectPayeeAccount(subjectType: $subjectType, subjectId: $subjectId) { locked lock { bankName accountName accountNo lockedAt } }
  }
`);
