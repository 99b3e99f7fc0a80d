import { Injectable } from '@nestjs/common';
import { Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext, TenderBid, TenderLotState } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { TenderLotStateEnum } from '../tender-enums.types.js';

@ObjectType('MyBidLot', { description: 'A lot your organisation bid on: its project, its state and whether you won it.' })
export class MyBidLotType {
  @Field(() => ID) lotId!: string;
  @Field(() => Int) lotNo!: number;
  @Field() lotTitle!: string;
  @Field(() => TenderLotStateEnum) lotState!: TenderLotState;
  @Field(() => ID) projectId!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field({ description: 'One of your bids is the confirmed winner (the contract is yours to sign).' }) won!: boolean;
}

/** The lots behind the supplier's bids, so that its bid list can name them and link to project and contract. */
@Injectable()
export class MyBidLotsService {
  constructor(private readonly db: TenantDb) {}

  mine(ctx: TenantContext): Promise<MyBidLotType[]> {
    return this.db.transaction(ctx, async (em) => {
      // The same window as myBids (its 200 newest rows), so every bid listed finds its lot.
      const bids = await em.find(TenderBid, { supplier: ctx.organisationId! }, { populate: ['lot.project'], orderBy: { createdAt: 'desc', version: 'desc' }, limit: 200 });
      const lots = new Map<string, MyBidLotType>();
      for (const bid of bids) {
        const lot = bid.lot;
        const seen = lots.get(lot.id);
        const won = lot.winnerBidId === bid.id;
        if (seen) {
          seen.won ||= won;
          continue;
        }
        lots.set(lot.id, {
          lotId: lot.id, lotNo: lot.lotNo, lotTitle: lot.title, lotState: lot.state, projectId: lot.project.id, projectNo: lot.project.projectNo, projectTitle: lot.project.title, won,
        });
      }
      return [...lots.values()];
    });
  }
}

@Resolver(() => MyBidLotType)
export class MyBidLotsResolver {
  constructor(private readonly lots: MyBidLotsService) {}

  @Roles(Role.Supplier)
  @Query(() => [MyBidLotType], { description: "The lots of your organisation's bids (newest bid first), with project and outcome." })
  myBidLots(@CurrentTenant() ctx: TenantContext) {
    return this.lots.mine(ctx);
  }
}
