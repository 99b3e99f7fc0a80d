import { graphql } from '../graphql/generated';

/** 合规预警: the province's signals, newest first, by kind, state and when raised. */
export const ComplianceSignalsQuery = graphql(`
  query ComplianceSignals($filter: ComplianceSignalFilterInput, $first: Int, $after: String) {
    complianceSignals(filter: $filter, first: $first, after: $after) {
      nodes {
        id kind state severity createdAt period categoryCode categoryName amount threshold
        unit { id name } lot { id title projectNo projectTitle } expert { id name } shared { kind value }
      }
      pageInfo { hasNextPage endCursor }
    }
    tenant { id timeZone }
  }
`);

export const ComplianceSignalQuery = graphql(`
  query ComplianceSignal($id: ID!) {
    complianceSignal(id: $id) {
      id kind state severity createdAt updatedAt period periodFrom periodTo categoryCode categoryName amount threshold directOrderMax
      unit { id name } lot { id title projectNo projectTitle budget } expert { id name } shared { kind value }
      orders { orderId orderNo supplier { id name } amount total placedAt }
      bids { bidId supplier { id name } price value }
      deviations { bidId supplier { id name } criterionKey scoreHundredths meanHundredths maxHundredths beyondThreshold beyondZ reason }
      reviewer { id name } reviewedAt dismissalReason referredTo referralNote
    }
    tenant { id timeZone }
  }
`);

export const DismissComplianceSignalMutation = graphql(`
  mutation DismissComplianceSignal($id: ID!, $reason: String!) {
    dismissComplianceSignal(id: $id, reason: $reason) { id state dismissalReason reviewedAt reviewer { id name } }
  }
`);

export const ReferComplianceSignalMutation = graphql(`
  mutation ReferComplianceSignal($id: ID!, $to: String!, $note: String!) {
    referComplianceSignal(id: $id, to: $to, note: $note) { id state referredTo referralNote reviewedAt reviewer { id name } }
  }
`);

export const RunComplianceChecksMutation = graphql(`
  mutation RunComplianceChecks {
    runComplianceChecks { raised refreshed }
  }
`);
