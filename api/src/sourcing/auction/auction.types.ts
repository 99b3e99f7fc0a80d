import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AuctionDirection, AuctionState, DepositState, type Fen } from '@zhengcai/schema';
import { DepositStateEnum } from '../../deposits/deposit.types.js';
import { DeliveryAddressInput } from '../../mall/orders/order.types.js';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';

export const AuctionDirectionEnum = graphqlEnum(AuctionDirection, 'AuctionDirection', 'REVERSE 反向竞价（采购，最低有效价成交）, FORWARD 公物处置拍卖（最高价成交）.');
export const AuctionStateEnum = graphqlEnum(AuctionState, 'AuctionState', 'SCHEDULED 未开始, LIVE 竞价中, ENDED 已结束, AWARDED 已成交, FAILED 流拍（无有效出价）, CANCELLED 已取消.');

@ObjectType('AuctionParty')
export class AuctionPartyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('AuctionDeposit', { description: "A bidder's registration deposit (竞买保证金) for a public asset auction." })
export class AuctionDepositType {
  @Field(() => ID) id!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field(() => DepositStateEnum) state!: DepositState;
  @Field({ description: '虚拟子账号: quote it on the bank transfer (or pay by Alipay with startPayment, subject type deposit).' }) virtualAccountRef!: string;
  @Field(() => Date, { nullable: true }) paidAt!: Date | null;
}

@ObjectType('Auction', { description: 'An online auction: 反向竞价 (reverse) or 公物处置 (forward). docs/sourcing.md, Auctions.' })
export class AuctionType {
  @Field(() => ID) id!: string;
  @Field(() => AuctionDirectionEnum) direction!: AuctionDirection;
  @Field(() => AuctionStateEnum) state!: AuctionState;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) categoryCode!: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => AuctionPartyType, { description: 'Who runs it.' }) organiser!: AuctionPartyType;
  @Field(() => AuctionPartyType, { description: 'The purchasing unit that buys (reverse) or disposes (forward).' }) buyer!: AuctionPartyType;
  @Field(() => MoneyScalar, { description: 'Reverse: the ceiling (最高限价). Forward: the starting price (起拍价).' }) startPrice!: Fen;
  @Field(() => MoneyScalar, { description: 'Reverse: the minimum decrement. Forward: the increment (加价幅度).' }) step!: Fen;
  @Field(() => MoneyScalar, { nullable: true, description: 'Reverse: the private floor; shown to the organiser and oversight only.' }) floor!: Fen | null;
  @Field(() => MoneyScalar, { description: 'Forward: the registration deposit; 0 = none.' }) deposit!: Fen;
  @Field(() => MoneyScalar, { nullable: true }) appraisal!: Fen | null;
  @Field(() => [String]) photoUrls!: string[];
  @Field(() => String, { nullable: true }) viewing!: string | null;
  @Field(() => [ID], { description: 'Reverse: invited suppliers (organiser and oversight only); empty: the category decides.' }) invitedSupplierIds!: string[];
  @Field() startsAt!: Date;
  @Field() scheduledEndAt!: Date;
  @Field({ description: 'The end now, after anti-sniping extensions (server time decides).' }) endsAt!: Date;
  @Field(() => Int) extendWindowMinutes!: number;
  @Field(() => Int) extendByMinutes!: number;
  @Field(() => Int) maxExtensions!: number;
  @Field(() => Int) extensions!: number;
  @Field(() => Int) bidCount!: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'The best valid bid so far.' }) bestPrice!: Fen | null;
  @Field(() => AuctionPartyType, { nullable: true, description: 'After the award.' }) winner!: AuctionPartyType | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => String, { nullable: true }) stateReason!: string | null;
  @Field(() => ID, { nullable: true, description: "Reverse, for its organiser and oversight: the budget line the ceiling is frozen on." }) budgetLineId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Reverse, for its organiser and oversight: the mall order the award became.' }) orderId!: string | null;
  @Field() createdAt!: Date;
  @Field({ description: "The server's clock when this was read: clients synchronise their countdown with it." }) serverTime!: Date;
  @Field(() => AuctionDepositType, { nullable: true, description: "The caller's registration deposit, if it registered." }) myDeposit!: AuctionDepositType | null;
}

@ObjectType()
export class AuctionConnection extends ConnectionType(AuctionType) {}

@ObjectType('AuctionBid', { description: 'A bid as its bidder (or, after the end, anyone) sees it.' })
export class AuctionBidType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "The auction's sequence number: the order every viewer sees." }) sequence!: number;
  @Field({ description: '供应商N / 竞买人N.' }) bidder!: string;
  @Field(() => MoneyScalar) price!: Fen;
  @Field() at!: Date;
  @Field({ description: 'Below the private floor: kept in the log, never the best price or the winner.' }) abnormallyLow!: boolean;
  @Field({ description: 'This bid extended the end (anti-sniping).' }) extended!: boolean;
}

@ObjectType('AuctionBidResult')
export class AuctionBidResultType {
  @Field(() => AuctionBidType) bid!: AuctionBidType;
  @Field({ description: 'True when this was a resubmission of a bid already taken (same client key).' }) duplicate!: boolean;
  @Field(() => MoneyScalar, { nullable: true, description: 'The best valid price after this bid (your rank is in the room).' }) bestPrice!: Fen | null;
  @Field() endsAt!: Date;
  @Field() serverTime!: Date;
}

@ObjectType('AuctionLogEntry', { description: 'One bid of the full log, published after the end with the bidder revealed.' })
export class AuctionLogEntryType extends AuctionBidType {
  @Field(() => AuctionPartyType) bidderOrganisation!: AuctionPartyType;
  @Field() winning!: boolean;
}

@ObjectType('AuctionSettlement', { description: '成交确认书 of a won public asset auction.' })
export class AuctionSettlementType {
  @Field(() => ID) id!: string;
  @Field(() => ID) auctionId!: string;
  @Field(() => AuctionPartyType) winner!: AuctionPartyType;
  @Field(() => MoneyScalar) price!: Fen;
  @Field(() => MoneyScalar, { description: 'The registration deposit counted towards the price.' }) depositCredited!: Fen;
  @Field(() => MoneyScalar) balanceDue!: Fen;
  @Field() text!: string;
  @Field() issuedAt!: Date;
}

@ObjectType('AuctionRoomBid')
export class AuctionRoomBidType {
  @Field(() => Int) sequence!: number;
  @Field({ description: '供应商N / 竞买人N (identities are revealed in the log after the end).' }) bidder!: string;
  @Field(() => Int) pseudonymNo!: number;
  @Field(() => MoneyScalar, { nullable: true, description: "Null for another bidder's abnormally low bid." }) price!: Fen | null;
  @Field() at!: Date;
  @Field() mine!: boolean;
  @Field() abnormallyLow!: boolean;
  @Field() extended!: boolean;
}

@ObjectType('AuctionRoomEvent', { description: 'The room: the bids after the sequence you named (then each new one), and the standings now.' })
export class AuctionRoomEventType {
  @Field(() => ID) auctionId!: string;
  @Field({ description: "The server's clock at sending: synchronise the countdown with it." }) serverTime!: Date;
  @Field(() => AuctionStateEnum) state!: AuctionState;
  @Field() endsAt!: Date;
  @Field(() => MoneyScalar, { nullable: true }) bestPrice!: Fen | null;
  @Field(() => Int, { description: 'The last sequence number delivered: reconnect with it as afterSequence.' }) lastSequence!: number;
  @Field(() => Int, { description: 'Bidders with a valid bid.' }) bidders!: number;
  @Field(() => String, { nullable: true }) myBidder!: string | null;
  @Field(() => Int, { nullable: true }) myRank!: number | null;
  @Field(() => MoneyScalar, { nullable: true }) myBestPrice!: Fen | null;
  @Field(() => [AuctionRoomBidType]) bids!: AuctionRoomBidType[];
}

@InputType()
export class CreateAuctionInput {
  @Field(() => AuctionDirectionEnum) direction!: AuctionDirection;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) categoryCode?: string | null;
  @Field(() => Int, { nullable: true }) quantity?: number | null;
  @Field(() => ID, { nullable: true, description: 'An agency names the purchasing unit it runs the auction for.' }) buyerOrganisationId?: string | null;
  @Field(() => MoneyScalar) startPrice!: Fen;
  @Field(() => MoneyScalar) step!: Fen;
  @Field(() => MoneyScalar, { nullable: true, description: 'Reverse: private floor; bids below it are flagged abnormally low.' }) floor?: Fen | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Forward: registration deposit.' }) deposit?: Fen | null;
  @Field(() => MoneyScalar, { nullable: true }) appraisal?: Fen | null;
  @Field(() => [String], { nullable: true }) photoUrls?: string[] | null;
  @Field(() => String, { nullable: true }) viewing?: string | null;
  @Field(() => [ID], { nullable: true }) invitedSupplierIds?: string[] | null;
  @Field() startsAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => Int, { nullable: true, description: 'Anti-sniping: a bid this many minutes before the end… (default 5)' }) extendWindowMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: '…extends it by this many minutes (default 5)…' }) extendByMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: '…at most this many times (default 10).' }) maxExtensions?: number | null;
  @Field(() => ID, { nullable: true, description: "Reverse (required): the buyer's budget line; the ceiling is frozen on it until the award, which becomes a mall order." }) budgetLineId?: string | null;
  @Field(() => DeliveryAddressInput, { nullable: true, description: 'Reverse (required): where the awarded lot is delivered.' }) deliveryAddress?: DeliveryAddressInput | null;
}

@InputType()
export class PlaceAuctionBidInput {
  @Field(() => ID) auctionId!: string;
  @Field(() => MoneyScalar) price!: Fen;
  @Field({ description: 'Made by the client once per bid (a UUID fits); a resubmission on reconnect returns the first bid.' }) clientKey!: string;
}

@InputType()
export class AuctionFilterInput {
  @Field(() => AuctionDirectionEnum, { nullable: true }) direction?: AuctionDirection | null;
  @Field(() => AuctionStateEnum, { nullable: true }) state?: AuctionState | null;
  @Field(() => Boolean, { nullable: true, description: "Only the auctions the caller's unit runs or buys through." }) mine?: boolean | null;
}

@ArgsType()
export class AuctionsArgs extends PageArgs {
  @Field(() => AuctionFilterInput, { nullable: true }) filter?: AuctionFilterInput | null;
}
