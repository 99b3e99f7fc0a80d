import { Injectable } from '@nestjs/common';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Auction, AuctionBid, AuctionDirection, AuctionState, formatYuan, OrderOrigin, type TenantContext } from '@zhengcai/schema';
import { AwardOrderService } from '../award-order.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { AuctionAnnouncer } from './auction-announcer.js';
import { AuctionService } from './auction.service.js';
import { nextAuctionState } from './auction-state-machine.js';

export interface AuctionSweepRun { started: number; awarded: number; failed: number }

/**
 * The server's clock, run every minute per tenant: starts auctions whose start has come, ends
 * those whose end (after extensions) has passed and decides them at once: the best valid bid
 * wins (awarded), none fails the auction. Each auction moves in its own transaction and is
 * announced to its room after commit; a concurrent or repeated run finds nothing left to do.
 */
@Injectable()
export class AuctionSweepService {
  constructor(
    private readonly db: TenantDb,
    private readonly auctions: AuctionService,
    private readonly announcer: AuctionAnnouncer,
    private readonly orders: AwardOrderService,
  ) {}

  async sweep(ctx: TenantContext, asOf: Date): Promise<AuctionSweepRun> {
    const run: AuctionSweepRun = { started: 0, awarded: 0, failed: 0 };
    const due = await this.db.transaction(ctx, (em) => em.find(
      Auction,
      { $or: [{ state: AuctionState.Scheduled, startsAt: { $lte: asOf } }, { state: AuctionState.Live, endsAt: { $lte: asOf } }] },
      { fields: ['id'], orderBy: { endsAt: 'asc' }, limit: 500 },
    ));
    for (const { id } of due) {
      const moved = await this.db.transaction(ctx, async (em, tx) => {
        const a = await em.findOne(Auction, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!a) return null;
        let changed = false;
        if (a.state === AuctionState.Scheduled && a.startsAt <= asOf) {
          this.auctions.start(tx, a, asOf);
          run.started += 1;
          changed = true;
        }
        if (a.state === AuctionState.Live && a.endsAt <= asOf) {
          await this.decide(em, ctx, tx, a, asOf, run);
          changed = true;
        }
        return changed ? a : null;
      });
      if (moved) await this.announcer.announce(ctx, moved, []);
    }
    return run;
  }

  private async decide(em: EntityManager, ctx: TenantContext, tx: TxEffects, a: Auction, asOf: Date, run: AuctionSweepRun): Promise<void> {
    a.state = nextAuctionState(a.state, 'end');
    // The auction ended at its end time, whenever the sweep noticed.
    a.endedAt = a.endsAt;
    a.updatedAt = asOf;
    tx.audit({ action: 'sourcing.auction.end', subjectType: 'auction', subjectId: a.id, change: { endsAt: a.endsAt, bids: a.lastSeq, extensions: a.extensions } });
    const winner = a.bestBidId ? await em.findOne(AuctionBid, { id: a.bestBidId }) : null;
    if (!winner) {
      a.state = nextAuctionState(a.state, 'fail');
      a.stateReason = a.lastSeq ? '无有效出价（均低于底价）' : '无人出价';
      await this.auctions.releaseBudget(em, ctx, a, 'auction failed');
      tx.audit({ action: 'sourcing.auction.fail', subjectType: 'auction', subjectId: a.id, change: { reason: a.stateReason } });
      tx.publish(domainEvent('sourcing.auction.closed', { auctionId: a.id, outcome: 'failed' }));
      run.failed += 1;
      return;
    }
    a.state = nextAuctionState(a.state, 'award');
    a.winnerBidId = winner.id;
    a.winnerId = winner.bidderId;
    // Reverse: the award becomes a mall order in this transaction. The price is the lot's (all of
    // its quantity), so the order has one line for the lot at the winning price.
    if (a.direction === AuctionDirection.Reverse && a.budgetLine && a.deliveryAddress) {
      const order = await this.orders.placeAwardOrder(em, tx, ctx, {
        buyerOrgId: a.buyer.id, buyerUserId: a.createdBy, supplierOrgId: winner.bidderId, budgetLineId: a.budgetLine.id, frozenFen: a.startPriceFen,
        lines: [{ title: a.title.slice(0, 120), specification: `数量：${a.quantity}；${a.description}`.slice(0, 2000), unitPriceFen: winner.priceFen, quantity: 1 }],
        origin: { kind: OrderOrigin.Auction, id: a.id }, deliveryAddress: a.deliveryAddress,
      });
      a.orderId = order.id;
    }
    tx.audit({ action: 'sourcing.auction.award', subjectType: 'auction', subjectId: a.id, change: { winnerBidId: winner.id, winnerId: winner.bidderId, price: formatYuan(winner.priceFen), seq: winner.seq, orderId: a.orderId ?? null } });
    // What an order (reverse) or a settlement (forward) needs; the award → order step takes it from here.
    tx.publish(domainEvent('sourcing.auction.awarded', {
      auctionId: a.id, outcome: 'awarded', direction: a.direction === AuctionDirection.Reverse ? 'reverse' : 'forward', buyerOrganisationId: a.buyer.id,
      supplierOrganisationId: winner.bidderId, priceFen: winner.priceFen.toString(), quantity: a.quantity, title: a.title, specification: a.description.slice(0, 2000),
    }));
    run.awarded += 1;
  }
}
