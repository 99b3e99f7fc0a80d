import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Auction, AuctionBid, type TenantContext } from '@zhengcai/schema';
import { AuctionDeposits, type AuctionSettleRun } from '../../deposits/auction-deposits.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { upsertSignals } from '../../oversight/signals/compliance-checks.js';
import { auctionSameOrigin, lastSecondBids, regularTiming, type SignalBid } from './auction-signals.js';

export interface AuctionCloseRun extends AuctionSettleRun { signalsRaised: number }

/**
 * What follows an auction's close, in the job's transaction: the money (registration deposits,
 * settlement record) and the evidence for oversight (same origin, bid timing). Idempotent.
 */
@Injectable()
export class AuctionCloseService {
  constructor(private readonly deposits: AuctionDeposits) {}

  async close(em: EntityManager, tx: TxEffects, ctx: TenantContext, auctionId: string, now: Date): Promise<AuctionCloseRun> {
    const money = await this.deposits.settle(em, tx, ctx, auctionId, now);
    const a = await em.findOneOrFail(Auction, { id: auctionId });
    const bids: SignalBid[] = (await em.find(AuctionBid, { auction: a }, { orderBy: { seq: 'asc' } })).map((b) => ({
      bidId: b.id, seq: b.seq, bidderId: b.bidderId, priceFen: b.priceFen, at: b.createdAt, ip: b.ip ?? null, deviceId: b.deviceId ?? null, extended: b.extended,
    }));
    const candidates = [
      ...auctionSameOrigin(a.id, bids),
      ...regularTiming(a.id, bids),
      ...lastSecondBids(a.id, bids, a.scheduledEndAt, a.extendBySeconds, a.winnerBidId ?? null),
    ];
    const { raised } = await upsertSignals(em, tx, ctx, candidates);
    return { ...money, signalsRaised: raised };
  }
}
