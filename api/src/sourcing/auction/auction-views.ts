import type { EntityManager } from '@mikro-orm/postgresql';
import { type Auction, type AuctionBid, type AuctionDirection, type AuctionState, Deposit, type DepositState, type Fen, Organisation, type TenantContext } from '@zhengcai/schema';
import { overseesAuctions, runsAuction } from './auction-access.js';
import { pseudonym } from './auction-rules.js';

export interface NamedOrg { id: string; name: string }

export interface AuctionView {
  id: string;
  direction: AuctionDirection;
  state: AuctionState;
  title: string;
  description: string;
  categoryCode: string | null;
  quantity: number;
  organiser: NamedOrg;
  buyer: NamedOrg;
  startPriceFen: Fen;
  stepFen: Fen;
  floorFen: Fen | null;
  depositFen: Fen;
  appraisalFen: Fen | null;
  photoUrls: string[];
  viewing: string | null;
  invitedSupplierIds: string[];
  startsAt: Date;
  scheduledEndAt: Date;
  endsAt: Date;
  extendWindowMinutes: number;
  extendByMinutes: number;
  maxExtensions: number;
  extensions: number;
  bidCount: number;
  bestPriceFen: Fen | null;
  winner: NamedOrg | null;
  endedAt: Date | null;
  stateReason: string | null;
  /** Reverse, for its organiser and oversight: the budget line and the order the award became. */
  budgetLineId: string | null;
  orderId: string | null;
  createdAt: Date;
  serverTime: Date;
  myDeposit: { id: string; amount: Fen; state: DepositState; virtualAccountRef: string; paidAt: Date | null } | null;
}

/** The floor and the invitation list are the organiser's (and oversight's) alone. */
export async function auctionView(em: EntityManager, ctx: TenantContext, a: Auction): Promise<AuctionView> {
  const inside = runsAuction(ctx, a) || overseesAuctions(ctx);
  await em.populate(a, ['organiser', 'buyer']);
  const deposit = ctx.organisationId && a.depositFen > 0n ? await em.findOne(Deposit, { auction: a.id, supplier: ctx.organisationId }) : null;
  const winner = a.winnerId ? await em.findOne(Organisation, { id: a.winnerId }, { fields: ['id', 'name'] }) : null;
  return {
    id: a.id, direction: a.direction, state: a.state, title: a.title, description: a.description, categoryCode: a.categoryCode ?? null, quantity: a.quantity,
    organiser: { id: a.organiser.id, name: a.organiser.name }, buyer: { id: a.buyer.id, name: a.buyer.name },
    startPriceFen: a.startPriceFen, stepFen: a.stepFen, floorFen: inside ? a.floorFen ?? null : null, depositFen: a.depositFen, appraisalFen: a.appraisalFen ?? null,
    photoUrls: a.photoUrls, viewing: a.viewing ?? null, invitedSupplierIds: inside ? a.invitedSupplierIds : [],
    startsAt: a.startsAt, scheduledEndAt: a.scheduledEndAt, endsAt: a.endsAt,
    extendWindowMinutes: a.extendWindowSeconds / 60, extendByMinutes: a.extendBySeconds / 60, maxExtensions: a.maxExtensions, extensions: a.extensions,
    bidCount: a.lastSeq, bestPriceFen: a.bestPriceFen ?? null, winner: winner ? { id: winner.id, name: winner.name } : null,
    endedAt: a.endedAt ?? null, stateReason: a.stateReason ?? null, createdAt: a.createdAt, serverTime: new Date(),
    budgetLineId: inside ? a.budgetLine?.id ?? null : null, orderId: inside ? a.orderId ?? null : null,
    myDeposit: deposit ? { id: deposit.id, amount: deposit.amountFen, state: deposit.state, virtualAccountRef: deposit.virtualAccountRef, paidAt: deposit.paidAt ?? null } : null,
  };
}

export interface AuctionBidView {
  id: string;
  sequence: number;
  bidder: string;
  price: Fen;
  at: Date;
  abnormallyLow: boolean;
  extended: boolean;
}

export const bidView = (direction: AuctionDirection, b: AuctionBid): AuctionBidView => ({
  id: b.id, sequence: b.seq, bidder: pseudonym(direction, b.pseudonymNo), price: b.priceFen, at: b.createdAt, abnormallyLow: b.abnormallyLow, extended: b.extended,
});
