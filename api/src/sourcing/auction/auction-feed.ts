import type { AuctionState } from '@zhengcai/schema';

/** A bid as it travels through Redis to every API process (identities stay on the server). */
export interface FeedBid {
  seq: number;
  bidId: string;
  pseudonymNo: number;
  bidderId: string;
  priceFen: string;
  at: string;
  abnormallyLow: boolean;
  extended: boolean;
}

/** One message per committed change: the bid(s) it added and the auction as it then stood. */
export interface AuctionFeedMessage {
  bids: FeedBid[];
  state: AuctionState;
  endsAt: string;
  lastSeq: number;
}

export const auctionChannel = (tenantId: string, auctionId: string) => `sourcing:auction:${tenantId}:${auctionId}`;
