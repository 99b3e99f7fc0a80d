import { graphql } from '../graphql/generated';

/** The supplier's own score, band and events (newest first). */
export const MyIntegrityQuery = graphql(`
  query MyIntegrity($first: Int, $after: String) {
    myIntegrity(first: $first, after: $after) {
      standing { score band blockedByBand operatorBlocked eventCount computedAt }
      events {
        nodes {
          id kind occurredAt points pointsNow state manual
          evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }
          appeal { id state reason decisionReason createdAt decidedAt }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
    tenant { id timeZone }
  }
`);

export const AppealIntegrityEventMutation = graphql(`
  mutation AppealIntegrityEvent($eventId: ID!, $reason: String!) {
    appealIntegrityEvent(eventId: $eventId, reason: $reason) { appealId eventId state }
  }
`);
