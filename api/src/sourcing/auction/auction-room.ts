import { Injectable } from '@nestjs/common';
import { AuctionBid, type AuctionState, type Fen, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { RedisFeed } from '../../platform/live/redis-feed.js';
import { loadAuction } from './auction-access.js';
import { toFeedBid } from './auction-announcer.js';
import { auctionChannel, type AuctionFeedMessage, type FeedBid } from './auction-feed.js';
import { pseudonym, Standings } from './auction-rules.js';
import { FINAL_AUCTION_STATES } from './auction-state-machine.js';

/** A bid as one viewer sees it: a pseudonym; the price of a flagged bid only its own bidder sees. */
export interface RoomBid {
  sequence: number;
  bidder: string;
  pseudonymNo: number;
  price: Fen | null;
  at: Date;
  mine: boolean;
  abnormallyLow: boolean;
  extended: boolean;
}

/** What a viewer receives: the new bids in sequence order and the room as it now stands. */
export interface AuctionRoomEvent {
  auctionId: string;
  serverTime: Date;
  state: AuctionState;
  endsAt: Date;
  bestPrice: Fen | null;
  lastSequence: number;
  bidders: number;
  myBidder: string | null;
  myRank: number | null;
  myBestPrice: Fen | null;
  bids: RoomBid[];
}

const FINAL: readonly AuctionState[] = FINAL_AUCTION_STATES;
const STATE_ORDER: Record<AuctionState, number> = { scheduled: 0, live: 1, ended: 2, awarded: 3, failed: 3, cancelled: 3 };

/**
 * The live auction room. A viewer first gets every bid after the sequence number it names
 * (0: all; a reconnecting client names the last one it saw), then each new bid as it commits.
 * Bids reach a process in any order (several API processes publish); each viewer's stream
 * releases them strictly by sequence number and fills a gap from the bid log (a later bid
 * committed means the earlier one has, as bids of an auction commit one at a time).
 */
@Injectable()
export class AuctionRoom {
  constructor(private readonly db: TenantDb, private readonly feed: RedisFeed) {}

  async *watch(ctx: TenantContext, auctionId: string, afterSequence: number): AsyncGenerator<AuctionRoomEvent> {
    // Access is checked before subscribing; the channel carries nothing until then.
    await this.db.transaction(ctx, (em) => loadAuction(em, ctx, auctionId));
    const listener = await this.feed.listen<AuctionFeedMessage>(auctionChannel(ctx.tenantId, auctionId));
    try {
      const { auction, bids } = await this.db.transaction(ctx, async (em) => {
        const a = await loadAuction(em, ctx, auctionId);
        return { auction: a, bids: (await em.find(AuctionBid, { auction: a }, { orderBy: { seq: 'asc' } })).map(toFeedBid) };
      });
      const direction = auction.direction;
      const viewer = ctx.organisationId ?? null;
      const standings = new Standings(direction);
      let last = 0;
      let myNo: number | null = null;
      let room: { state: AuctionState; endsAt: string; lastSeq: number } = { state: auction.state, endsAt: auction.endsAt.toISOString(), lastSeq: auction.lastSeq };
      const take = (b: FeedBid) => {
        standings.add({ seq: b.seq, pseudonymNo: b.pseudonymNo, priceFen: BigInt(b.priceFen), abnormallyLow: b.abnormallyLow });
        if (viewer && b.bidderId === viewer) myNo = b.pseudonymNo;
        last = b.seq;
      };
      const show = (b: FeedBid): RoomBid => {
        const mine = !!viewer && b.bidderId === viewer;
        return {
          sequence: b.seq, bidder: pseudonym(direction, b.pseudonymNo), pseudonymNo: b.pseudonymNo, price: b.abnormallyLow && !mine ? null : BigInt(b.priceFen),
          at: new Date(b.at), mine, abnormallyLow: b.abnormallyLow, extended: b.extended,
        };
      };
      const event = (shown: FeedBid[]): AuctionRoomEvent => ({
        auctionId, serverTime: new Date(), state: room.state, endsAt: new Date(room.endsAt), bestPrice: standings.leader(), lastSequence: last,
        bidders: standings.bidders, myBidder: myNo === null ? null : pseudonym(direction, myNo), myRank: myNo === null ? null : standings.rankOf(myNo),
        myBestPrice: myNo === null ? null : standings.bestOf(myNo), bids: shown.map(show),
      });
      for (const b of bids) take(b);
      yield event(bids.filter((b) => b.seq > afterSequence));
      // A decided auction changes no more: the stream ends after telling so.
      if (FINAL.includes(room.state)) return;

      const pending = new Map<number, FeedBid>();
      for (;;) {
        await listener.next();
        let changed = false;
        for (const m of listener.drain()) {
          for (const b of m.bids) if (b.seq > last) pending.set(b.seq, b);
          if (m.lastSeq > room.lastSeq || (m.lastSeq === room.lastSeq && STATE_ORDER[m.state] > STATE_ORDER[room.state])) {
            room = { state: m.state, endsAt: m.endsAt, lastSeq: m.lastSeq };
            changed = true;
          }
        }
        const highest = Math.max(last, room.lastSeq, ...pending.keys());
        if (highest > last && [...Array(highest - last).keys()].some((i) => !pending.has(last + 1 + i))) {
          const from = last;
          const missing = await this.db.transaction(ctx, (em) => em.find(AuctionBid, { auction: auctionId, seq: { $gt: from, $lte: highest } }, { orderBy: { seq: 'asc' } }));
          for (const b of missing) if (!pending.has(b.seq)) pending.set(b.seq, toFeedBid(b));
        }
        const shown: FeedBid[] = [];
        while (pending.has(last + 1)) {
          const b = pending.get(last + 1)!;
          pending.delete(b.seq);
          take(b);
          shown.push(b);
        }
        if (shown.length || changed) yield event(shown);
        if (FINAL.includes(room.state) && last >= room.lastSeq) return;
      }
    } finally {
      listener.close();
    }
  }
}
