import { graphql } from '../graphql/generated';

/** The supplier's own findings, newest first. */
export const MyPriceFindingsQuery = graphql(`
  query MyPriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {
    myPriceFindings(filter: $filter, first: $first, after: $after) {
      nodes {
        id listingId state price reference referenceSource deviationBp toleranceBp dueAt createdAt
        justification justifiedAt dismissalReason closedAt closeNote
        evidence { source value sample counted detail { key value } }
      }
      pageInfo { hasNextPage endCursor }
    }
    tenant { id timeZone }
  }
`);

export const JustifyPriceFindingMutation = graphql(`
  mutation JustifyPriceFinding($id: ID!, $reason: String!) {
    justifyPriceFinding(id: $id, reason: $reason) { id state justification justifiedAt }
  }
`);

/** The listing's place among its references; public, listings on sale only. */
export const ListingPriceBandQuery = graphql(`
  query ListingPriceBand($listingId: ID!) {
    listingPriceBand(listingId: $listingId) { listingId price q1 median q3 sampleSize importedLowest reference alertAbove }
  }
`);
