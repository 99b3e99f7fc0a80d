import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { AwardQueries } from './award.queries.js';
import { AwardService } from './award.service.js';
import { toAwardNotice } from './award-views.js';
import { AwardNoticeType, ConfirmTenderAwardInput, DeadlineFlagType } from './award.types.js';

@Resolver(() => AwardNoticeType)
export class AwardResolver {
  constructor(
    private readonly awards: AwardService,
    private readonly queries: AwardQueries,
  ) {}

  @Roles(Role.Purchaser, Role.UnitAdmin)
  @Mutation(() => AwardNoticeType, { description: "确认中标: the lot's first-ranked bid wins (or another valid bid with a published reason); the award notice goes out at once and the contract is drafted." })
  async confirmTenderAward(@CurrentTenant() ctx: TenantContext, @Args('input') input: ConfirmTenderAwardInput) {
    return toAwardNotice(await this.awards.confirm(ctx, input));
  }

  @Roles(Role.Supplier)
  @Mutation(() => AwardNoticeType, {
    description: '中标后放弃: the winning supplier declines its award before signing the contract, with a reason (published). The lot fails; your held deposit on it is forfeited and the decline counts against your integrity.',
  })
  async declineTenderAward(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string, @Args('reason') reason: string) {
    return toAwardNotice(await this.awards.decline(ctx, lotId, reason));
  }

  @Public()
  @Query(() => [AwardNoticeType], { description: 'Award notices (中标公告) of the province, newest first. No login needed.' })
  tenderAwardNotices(@CurrentTenant() ctx: TenantContext, @Args('first', { type: () => Int, defaultValue: 50 }) first: number) {
    return this.queries.notices(ctx, first);
  }

  @Public()
  @Query(() => AwardNoticeType, { description: "A lot's award notice. No login needed." })
  tenderAwardNotice(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return this.queries.notice(ctx, lotId);
  }

  @Roles(Role.Finance)
  @Query(() => [DeadlineFlagType], { description: 'Missed tendering deadlines (award notices, challenge answers, complaint decisions, contracts), newest first.' })
  tenderDeadlineFlags(@CurrentTenant() ctx: TenantContext) {
    return this.queries.deadlineFlags(ctx);
  }
}
