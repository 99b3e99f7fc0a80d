import { graphql } from '../graphql/generated';

export const IntegrityStandingsQuery = graphql(`
  query IntegrityStandings($filter: IntegrityStandingFilterInput, $first: Int, $after: String) {
    integrityStandings(filter: $filter, first: $first, after: $after) {
      nodes { supplierId supplierName score band blockedByBand operatorBlocked eventCount computedAt }
      pageInfo { hasNextPage endCursor }
    }
    tenant { id timeZone }
  }
`);

export const IntegrityAppealsQuery = graphql(`
  query IntegrityAppeals($state: IntegrityAppealState, $first: Int, $after: String) {
    integrityAppeals(state: $state, first: $first, after: $after) {
      nodes {
        id supplierId supplierName reason state decisionReason createdAt decidedAt
        event { id kind occurredAt points pointsNow evidence { orderNo listingId documentNo authority decidedOn } }
      }
      pageInfo { hasNextPage endCursor }
    }
    tenant { id timeZone }
  }
`);

export const DecideIntegrityAppealMutation = graphql(`
  mutation DecideIntegrityAppeal($appealId: ID!, $uphold: Boolean!, $reason: String!) {
    decideIntegrityAppeal(appealId: $appealId, uphold: $uphold, reason: $reason) { appealId eventId state }
  }
`);

export const SupplierIntegrityQuery = graphql(`
  query SupplierIntegrity($supplierId: ID!, $first: Int, $after: String) {
    supplierIntegrity(supplierId: $supplierId, first: $first, after: $after) {
      standing { supplierId supplierName score band blockedByBand operatorBlocked eventCount computedAt }
      events {
        nodes {
          id kind occurredAt points pointsNow state manual
          evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }
          appeal { id state reason decisionReason }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
    tenant { id timeZone }
  }
`);

export const RecordIntegrityPenaltyMutation = graphql(`
  mutation RecordIntegrityPenalty($input: IntegrityPenaltyInput!) {
    recordIntegrityPenalty(input: $input) { eventId standing { score band blockedByBand } }
  }
`);
