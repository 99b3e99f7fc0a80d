import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { AuctionDeposits } from '../../deposits/auction-deposits.js';
import { clientIpOf, CurrentTenant, type GqlContext } from '../../platform/graphql/gql-context.js';
import { AnyTenantUser, Public, Roles } from '../../platform/identity/access.decorators.js';
import { AuctionQueries } from './auction.queries.js';
import { type AuctionRoomEvent, AuctionRoom } from './auction-room.js';
import { AuctionService } from './auction.service.js';
import {
  AuctionBidResultType, AuctionBidType, AuctionConnection, AuctionDepositType, AuctionLogEntryType, AuctionRoomEventType, AuctionSettlementType, AuctionsArgs, AuctionType,
  CreateAuctionInput, PlaceAuctionBidInput,
} from './auction.types.js';
import { type AuctionView, bidView } from './auction-views.js';

const auctionIdArg = () => Args('auctionId', { type: () => ID });

export const toAuctionType = (v: AuctionView): AuctionType => ({
  ...v, startPrice: v.startPriceFen, step: v.stepFen, floor: v.floorFen, deposit: v.depositFen, appraisal: v.appraisalFen, bestPrice: v.bestPriceFen,
});

@Resolver(() => AuctionType)
export class AuctionResolver {
  constructor(
    private readonly service: AuctionService,
    private readonly queries: AuctionQueries,
    private readonly room: AuctionRoom,
    private readonly deposits: AuctionDeposits,
  ) {}

  @Public()
  @Query(() => AuctionType, { description: 'One auction (public asset auctions: anyone; reverse auctions: its organiser, suppliers and oversight).' })
  async auction(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return toAuctionType(await this.queries.detail(ctx, id));
  }

  @Public()
  @Query(() => AuctionConnection, { description: 'Auctions, newest first.' })
  async auctions(@CurrentTenant() ctx: TenantContext, @Args() args: AuctionsArgs) {
    const page = await this.queries.list(ctx, args.filter ?? {}, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toAuctionType(e.node) })), nodes: page.nodes.map(toAuctionType) };
  }

  @AnyTenantUser()
  @Query(() => [AuctionBidType], { description: "Your organisation's bids in an auction, in sequence order." })
  myAuctionBids(@CurrentTenant() ctx: TenantContext, @auctionIdArg() auctionId: string) {
    return this.queries.myBids(ctx, auctionId);
  }

  @Public()
  @Query(() => [AuctionLogEntryType], { description: 'The full bid log with bidders revealed, published once the auction has ended.' })
  auctionLog(@CurrentTenant() ctx: TenantContext, @auctionIdArg() auctionId: string) {
    return this.queries.log(ctx, auctionId);
  }

  @Public()
  @Query(() => AuctionSettlementType, { description: '成交确认书 of a won public asset auction (published like the result).' })
  auctionSettlement(@CurrentTenant() ctx: TenantContext, @auctionIdArg() auctionId: string) {
    return this.queries.settlement(ctx, auctionId);
  }

  @Roles(Role.Purchaser, Role.Agency, Role.Finance)
  @Mutation(() => AuctionType, { description: 'Opens an auction (scheduled until its start). Reverse: a purchaser, or an agency for a unit; forward (公物处置): a purchasing unit or finance.' })
  async createAuction(@CurrentTenant() ctx: TenantContext, @Args('input') input: CreateAuctionInput) {
    const a = await this.service.create(ctx, input);
    return toAuctionType(await this.queries.detail(ctx, a.id));
  }

  @Roles(Role.Purchaser, Role.Agency, Role.Finance)
  @Mutation(() => AuctionType, { description: 'Cancels an auction before its end (its organiser); registration deposits are refunded.' })
  async cancelAuction(@CurrentTenant() ctx: TenantContext, @auctionIdArg() auctionId: string, @Args('reason') reason: string) {
    await this.service.cancel(ctx, auctionId, reason);
    return toAuctionType(await this.queries.detail(ctx, auctionId));
  }

  @AnyTenantUser()
  @Mutation(() => AuctionDepositType, { description: 'Registers for a public asset auction: the deposit due and the reference to quote (idempotent).' })
  async registerForAuction(@CurrentTenant() ctx: TenantContext, @auctionIdArg() auctionId: string) {
    const d = await this.deposits.register(ctx, auctionId);
    return { id: d.id, amount: d.amountFen, state: d.state, virtualAccountRef: d.virtualAccountRef, paidAt: d.paidAt ?? null };
  }

  @AnyTenantUser()
  @Mutation(() => AuctionBidResultType, { description: 'A bid (send the device id as x-device-id). The same clientKey again returns the first bid.' })
  async placeAuctionBid(@CurrentTenant() ctx: TenantContext, @Context() gql: GqlContext, @Args('input') input: PlaceAuctionBidInput) {
    const device = gql.req.headers['x-device-id'];
    const deviceId = typeof device === 'string' && /^[\x21-\x7e]{1,128}$/.test(device) ? device : null;
    const { bid, auction, duplicate } = await this.service.bid(ctx, input, { ip: clientIpOf(gql), deviceId });
    return {
      bid: bidView(auction.direction, bid),
      duplicate, bestPrice: auction.bestPriceFen ?? null, endsAt: auction.endsAt, serverTime: new Date(),
    };
  }

  @Public()
  @Subscription(() => AuctionRoomEventType, {
    description: 'The auction room over graphql-ws: the bids after afterSequence (0: all; reconnect with the last one seen), then each new bid in sequence order, with the server time. Guests may watch public asset auctions.',
    resolve: (payload: { auctionRoom: AuctionRoomEvent }) => payload.auctionRoom,
  })
  auctionRoom(@CurrentTenant() ctx: TenantContext, @auctionIdArg() auctionId: string, @Args('afterSequence', { type: () => Int, defaultValue: 0 }) afterSequence: number) {
    return wrap(this.room.watch(ctx, auctionId, Math.max(0, afterSequence)));
  }
}

async function* wrap(events: AsyncGenerator<AuctionRoomEvent>): AsyncGenerator<{ auctionRoom: AuctionRoomEvent }> {
  try {
    for await (const event of events) yield { auctionRoom: event };
  } finally {
    await events.return(undefined);
  }
}
