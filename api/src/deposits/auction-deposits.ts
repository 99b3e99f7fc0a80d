import { Injectable } from '@nestjs/common';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import {
  Auction, AuctionBid, AuctionDirection, AuctionSettlement, AuctionState, Deposit, DepositState, formatYuan, Organisation, type TenantContext,
} from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import { loadAuction, runsAuction } from '../sourcing/auction/auction-access.js';
import { virtualAccountRef } from './deposit-interest.js';
import { DepositRefunds } from './deposit-refunds.js';
import { nextDepositState } from './deposit-state-machine.js';

export interface AuctionSettleRun { refunded: number; applied: number; settlementId: string | null }

/**
 * Registration deposits (竞买保证金) of forward auctions, in the deposits context: opened and
 * paid like bid deposits (Alipay or a bank transfer to the virtual account), refunded through
 * the same refund path (with interest, once each), except the winner's, which counts towards
 * the price and goes into the settlement record (成交确认书).
 */
@Injectable()
export class AuctionDeposits {
  constructor(
    private readonly db: TenantDb,
    private readonly refunds: DepositRefunds,
  ) {}

  /** The caller's organisation registers (idempotent): the deposit due and the reference to quote. */
  register(ctx: TenantContext, auctionId: string): Promise<Deposit> {
    return this.db.transaction(ctx, async (em, tx) => {
      const a = await loadAuction(em, ctx, auctionId);
      if (a.direction !== AuctionDirection.Forward || a.depositFen <= 0n) throw new AppError('AUCTION_NO_DEPOSIT');
      if (!ctx.organisationId) throw new AppError('AUCTION_NOT_QUALIFIED');
      if (runsAuction(ctx, a)) throw new AppError('AUCTION_OWN');
      const existing = await em.findOne(Deposit, { auction: a, supplier: ctx.organisationId });
      if (existing) return existing;
      if (![AuctionState.Scheduled, AuctionState.Live].includes(a.state) || a.endsAt <= new Date()) throw new AppError('AUCTION_ENDED');
      const deposit = em.create(Deposit, {
        tenantId: ctx.tenantId, auction: a, lot: null, supplier: em.getReference(Organisation, ctx.organisationId), amountFen: a.depositFen, state: DepositState.Due,
        virtualAccountRef: virtualAccountRef(ctx.tenantId, ctx.organisationId),
      });
      await em.flush();
      tx.audit({ action: 'deposits.deposit.open', subjectType: 'deposit', subjectId: deposit.id, change: { auctionId: a.id, amount: formatYuan(deposit.amountFen), reference: deposit.virtualAccountRef } });
      return deposit;
    });
  }

  /** The caller's registration deposit for an auction, if any. */
  mine(ctx: TenantContext, auctionId: string): Promise<Deposit | null> {
    return this.db.transaction(ctx, async (em) => {
      const a = await loadAuction(em, ctx, auctionId);
      return ctx.organisationId ? em.findOne(Deposit, { auction: a, supplier: ctx.organisationId }) : null;
    });
  }

  /**
   * After the close: losers' (everyone's when failed or cancelled) held deposits refunded at
   * once, the winner's applied to the price, the settlement record issued. Repeating it finds
   * nothing left: deposits are no longer held and the record is unique per auction.
   */
  async settle(em: EntityManager, tx: TxEffects, ctx: TenantContext, auctionId: string, now: Date): Promise<AuctionSettleRun> {
    const a = await em.findOneOrFail(Auction, { id: auctionId }, { populate: ['organiser', 'buyer'] });
    const run: AuctionSettleRun = { refunded: 0, applied: 0, settlementId: null };
    if (![AuctionState.Awarded, AuctionState.Failed, AuctionState.Cancelled].includes(a.state)) return run;
    const held = await em.find(Deposit, { auction: a, state: DepositState.Held, paidAt: { $ne: null } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    const winnerDeposit = a.state === AuctionState.Awarded ? held.find((d) => d.supplier.id === a.winnerId) ?? null : null;
    const trigger = a.state === AuctionState.Awarded ? 'auction_lost' : `auction_${a.state}`;
    const losers = held.filter((d) => d !== winnerDeposit).map((d) => ({ id: d.id, trigger, triggered_at: a.endedAt ?? now }));
    run.refunded = (await this.refunds.refundRows(em, tx, ctx, losers, now)).refunded;
    if (winnerDeposit) {
      winnerDeposit.state = nextDepositState(winnerDeposit.state, 'apply');
      winnerDeposit.updatedAt = now;
      tx.audit({ action: 'deposits.deposit.apply', subjectType: 'deposit', subjectId: winnerDeposit.id, change: { auctionId: a.id, amount: formatYuan(winnerDeposit.amountFen) } });
      run.applied = 1;
    }
    if (a.state === AuctionState.Awarded && a.direction === AuctionDirection.Forward) run.settlementId = await this.issueSettlement(em, tx, ctx, a, winnerDeposit);
    await em.flush();
    return run;
  }

  private async issueSettlement(em: EntityManager, tx: TxEffects, ctx: TenantContext, a: Auction, deposit: Deposit | null): Promise<string> {
    const existing = await em.findOne(AuctionSettlement, { auction: a });
    if (existing) return existing.id;
    const bid = await em.findOneOrFail(AuctionBid, { id: a.winnerBidId! });
    const winner = await em.findOneOrFail(Organisation, { id: bid.bidderId });
    // A deposit already applied by an earlier run still counts.
    const applied = deposit ?? (await em.findOne(Deposit, { auction: a, supplier: bid.bidderId, state: DepositState.Applied }));
    const credited = applied?.amountFen ?? 0n;
    const balance = bid.priceFen - credited;
    const text = [
      '成交确认书',
      `标的：${a.title}`,
      `处置单位：${a.buyer.name}`,
      `买受人：${winner.name}`,
      `成交价：¥${formatYuan(bid.priceFen)}（第 ${bid.seq} 号出价）`,
      `已缴竞买保证金抵作价款：¥${formatYuan(credited)}`,
      `尚需支付：¥${formatYuan(balance)}`,
      `成交时间：${(a.endedAt ?? a.endsAt).toISOString()}`,
    ].join('\n');
    const s = em.create(AuctionSettlement, {
      tenantId: ctx.tenantId, auction: a, winnerId: winner.id, winnerBidId: bid.id, priceFen: bid.priceFen, depositCreditedFen: credited, balanceDueFen: balance,
      depositId: applied?.id ?? null, text,
    });
    await em.flush();
    tx.audit({ action: 'sourcing.auction.settle', subjectType: 'auction_settlement', subjectId: s.id, change: { auctionId: a.id, winnerId: winner.id, price: formatYuan(bid.priceFen), depositCredited: formatYuan(credited), balanceDue: formatYuan(balance) } });
    return s.id;
  }
}
