import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext, TenderChallengeOutcome, TenderComplaintState } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { AwardQueries } from './award.queries.js';
import { ChallengeService } from './challenge.service.js';
import { ComplaintService } from './complaint.service.js';
import { toChallenge, toComplaint, toSuspension } from './award-views.js';
import {
  ChallengeAnswerType, ChallengeType, TenderChallengeOutcomeEnum, ComplaintType, DecideTenderComplaintInput, FileTenderChallengeInput, LotSuspensionType, TenderComplaintStateEnum,
} from './award.types.js';

const idArg = (name: string) => Args(name, { type: () => ID });

@Resolver(() => ChallengeType)
export class ChallengeResolver {
  constructor(
    private readonly challenges: ChallengeService,
    private readonly complaints: ComplaintService,
    private readonly queries: AwardQueries,
  ) {}

  @Roles(Role.Supplier)
  @Mutation(() => ChallengeType, { description: '质疑: a bidder challenges the lot within 7 working days of its award notice.' })
  async fileTenderChallenge(@CurrentTenant() ctx: TenantContext, @Args('input') input: FileTenderChallengeInput) {
    return toChallenge(await this.challenges.file(ctx, input));
  }

  @Roles(Role.Purchaser, Role.UnitAdmin, Role.Agency)
  @Mutation(() => ChallengeType, { description: "The buyer or its agency answers a challenge with its verdict (due 7 working days after it was filed); the answer goes to the challenger. GROUNDLESS counts against the challenger's integrity." })
  async answerTenderChallenge(
    @CurrentTenant() ctx: TenantContext,
    @idArg('id') id: string,
    @Args('answer') answer: string,
    @Args('outcome', { type: () => TenderChallengeOutcomeEnum }) outcome: TenderChallengeOutcome,
  ) {
    return toChallenge(await this.challenges.answer(ctx, id, answer, outcome));
  }

  @Roles(Role.Supplier)
  @Mutation(() => ComplaintType, { description: '投诉: the challenger complains to the finance department, after the answer (or its period) and within 15 working days of the answer period.' })
  async fileTenderComplaint(@CurrentTenant() ctx: TenantContext, @idArg('challengeId') challengeId: string, @Args('content') content: string) {
    return toComplaint(await this.complaints.file(ctx, challengeId, content));
  }

  @Roles(Role.Finance)
  @Mutation(() => ComplaintType, { description: 'Finance decides a complaint (upheld or dismissed, with the reason); FAIL_LOT voids the award and fails the lot.' })
  async decideTenderComplaint(@CurrentTenant() ctx: TenantContext, @Args('input') input: DecideTenderComplaintInput) {
    return toComplaint(await this.complaints.decide(ctx, input));
  }

  @Roles(Role.Finance)
  @Mutation(() => LotSuspensionType, { description: "Suspends a lot's procurement (暂停采购活动): no award or contract until resumed." })
  async suspendTenderLot(@CurrentTenant() ctx: TenantContext, @idArg('lotId') lotId: string, @Args('reason') reason: string) {
    return toSuspension(await this.challenges.suspend(ctx, lotId, reason));
  }

  @Roles(Role.Finance)
  @Mutation(() => LotSuspensionType, { description: 'Lifts the suspension of a lot.' })
  async resumeTenderLot(@CurrentTenant() ctx: TenantContext, @idArg('lotId') lotId: string) {
    return toSuspension(await this.challenges.resume(ctx, lotId));
  }

  @Roles(Role.Purchaser, Role.UnitAdmin, Role.Agency)
  @Query(() => [ChallengeType], { description: "Challenges of your projects' lots (as purchasing unit or agency), newest first; overdue ones are marked." })
  tenderChallenges(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID, nullable: true }) lotId?: string | null) {
    return this.queries.challengesOfMyLots(ctx, lotId);
  }

  @Public()
  @Query(() => [ChallengeAnswerType], { description: "A lot's answered challenges as published (质疑答复), oldest first, without the challengers' names. No login needed." })
  tenderChallengeAnswers(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return this.queries.challengeAnswers(ctx, lotId);
  }

  @Roles(Role.Supplier)
  @Query(() => [ChallengeType], { description: "Your organisation's challenges with their answers and complaints." })
  myTenderChallenges(@CurrentTenant() ctx: TenantContext) {
    return this.queries.myChallenges(ctx);
  }

  @Roles(Role.Finance)
  @Query(() => [ComplaintType], { description: 'Complaints to the finance department, oldest first.' })
  tenderComplaints(@CurrentTenant() ctx: TenantContext, @Args('state', { type: () => TenderComplaintStateEnum, nullable: true }) state?: TenderComplaintState | null) {
    return this.queries.complaints(ctx, state);
  }
}
