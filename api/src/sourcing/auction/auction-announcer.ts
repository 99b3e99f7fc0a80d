import { Inject, Injectable } from '@nestjs/common';
import type { Auction, AuctionBid, TenantContext } from '@zhengcai/schema';
import { RedisFeed } from '../../platform/live/redis-feed.js';
import { LOGGER, type Logger } from '../../platform/logging/logging.module.js';
import { auctionChannel, type AuctionFeedMessage, type FeedBid } from './auction-feed.js';

export const toFeedBid = (b: AuctionBid): FeedBid => ({
  seq: b.seq, bidId: b.id, pseudonymNo: b.pseudonymNo, bidderId: b.bidderId, priceFen: b.priceFen.toString(), at: b.createdAt.toISOString(),
  abnormallyLow: b.abnormallyLow, extended: b.extended,
});

/**
 * After commit: tells every API process's watchers what changed. A message lost here is not
 * lost for viewers: each room fills a gap in the numbering from the bid log, and a client
 * reconnecting with its last sequence number catches up from the log.
 */
@Injectable()
export class AuctionAnnouncer {
  constructor(private readonly feed: RedisFeed, @Inject(LOGGER) private readonly logger: Logger) {}

  async announce(ctx: TenantContext, a: Auction, bids: AuctionBid[]): Promise<void> {
    const message: AuctionFeedMessage = { bids: bids.map(toFeedBid), state: a.state, endsAt: a.endsAt.toISOString(), lastSeq: a.lastSeq };
    await this.feed.publish(auctionChannel(ctx.tenantId, a.id), message).catch((err: Error) => {
      this.logger.warn({ err: err.message, auctionId: a.id }, 'auction change not announced');
    });
  }
}
