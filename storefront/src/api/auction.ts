import { graphql } from '../graphql/generated';

/** One auction with the caller's registration deposit and the province's time zone. */
export const AuctionQuery = graphql(`
  query Auction($id: ID!) {
    auction(id: $id) {
      id direction state title description categoryCode quantity startPrice step floor deposit appraisal photoUrls viewing
      startsAt scheduledEndAt endsAt extendWindowMinutes extendByMinutes maxExtensions extensions bidCount bestPrice
      endedAt stateReason createdAt serverTime orderId
      organiser { id name } buyer { id name } winner { id name }
      myDeposit { id amount state virtualAccountRef paidAt }
    }
    tenant { timeZone }
  }
`);

export const AuctionsQuery = graphql(`
  query Auctions($filter: AuctionFilterInput, $first: Int, $after: String) {
    auctions(filter: $filter, first: $first, after: $after) {
      nodes { id direction state title quantity startPrice bestPrice bidCount startsAt endsAt deposit photoUrls organiser { id name } }
      pageInfo { hasNextPage endCursor }
    }
    tenant { timeZone }
  }
`);

export const MyAuctionBidsQuery = graphql(`
  query MyAuctionBids($auctionId: ID!) {
    myAuctionBids(auctionId: $auctionId) { id sequence bidder price at abnormallyLow extended }
  }
`);

/** The full log with the bidders revealed, published after the end. */
export const AuctionLogQuery = graphql(`
  query AuctionLog($auctionId: ID!) {
    auctionLog(auctionId: $auctionId) { id sequence bidder price at abnormallyLow extended winning bidderOrganisation { id name } }
  }
`);

export const AuctionSettlementQuery = graphql(`
  query AuctionSettlement($auctionId: ID!) {
    auctionSettlement(auctionId: $auctionId) { id auctionId winner { id name } price depositCredited balanceDue text issuedAt }
  }
`);

export const CreateAuctionMutation = graphql(`
  mutation CreateAuction($input: CreateAuctionInput!) {
    createAuction(input: $input) { id state }
  }
`);

export const CancelAuctionMutation = graphql(`
  mutation CancelAuction($auctionId: ID!, $reason: String!) {
    cancelAuction(auctionId: $auctionId, reason: $reason) { id state stateReason }
  }
`);

export const PlaceAuctionBidMutation = graphql(`
  mutation PlaceAuctionBid($input: PlaceAuctionBidInput!) {
    placeAuctionBid(input: $input) { duplicate bestPrice endsAt serverTime bid { id sequence bidder price abnormallyLow extended } }
  }
`);

export const RegisterForAuctionMutation = graphql(`
  mutation RegisterForAuction($auctionId: ID!) {
    registerForAuction(auctionId: $auctionId) { id amount state virtualAccountRef paidAt }
  }
`);

/** Sent over graphql-ws (not through the HTTP client): the bids after `afterSequence`, then each change. */
export const AUCTION_ROOM_SUBSCRIPTION = `subscription AuctionRoom($auctionId: ID!, $afterSequence: Int!) {
  auctionRoom(auctionId: $auctionId, afterSequence: $afterSequence) {
    auctionId serverTime state endsAt bestPrice lastSequence bidders myBidder myRank myBestPrice
    bids { sequence bidder pseudonymNo price at mine abnormallyLow extended }
  }
}`;
