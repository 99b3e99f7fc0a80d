import { Injectable } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EvaluationPanelMember, Role, ScoreDeviation, type TenantContext, TenderBid, TenderBidState } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { findLot, mayReadEvaluation } from './evaluation-access.js';
import { deviationType } from './evaluation.resolver.js';
import { ScoreDeviationType } from './evaluation.types.js';
import { IntegrityBandEnum } from '../../platform/tenancy/tenant.types.js';

@ObjectType('EvaluationProgressMember')
export class EvaluationProgressMemberType {
  @Field(() => ID) expertId!: string;
  @Field() name!: string;
  @Field(() => Int) seat!: number;
  @Field(() => Date, { nullable: true, description: 'When the sheet was submitted (final).' }) submittedAt!: Date | null;
}

@ObjectType('EvaluationProgressBid')
export class EvaluationProgressBidType {
  @Field(() => ID) bidId!: string;
  @Field() supplierName!: string;
  @Field(() => IntegrityBandEnum, { nullable: true, description: "The supplier's integrity band (诚信等级) now; null until first computed." }) supplierIntegrityBand!: string | null;
  @Field({ description: 'opened or disqualified.' }) state!: string;
  @Field(() => String, { nullable: true }) stateReason!: string | null;
}

@ObjectType('EvaluationProgress', { description: "A lot's evaluation while it runs: whose sheets are in, and the deviation flags with their reasons (the organiser decides when to finish)." })
export class EvaluationProgressType {
  @Field(() => ID) lotId!: string;
  @Field() lotState!: string;
  @Field(() => [EvaluationProgressMemberType], { description: 'The panel by seat (empty before the draw).' }) members!: EvaluationProgressMemberType[];
  @Field(() => [EvaluationProgressBidType]) bids!: EvaluationProgressBidType[];
  @Field(() => [ScoreDeviationType]) deviations!: ScoreDeviationType[];
}

/** The organiser's view of a running evaluation: the summary exists only after finishing. */
@Injectable()
@Resolver()
export class EvaluationProgressResolver {
  constructor(private readonly db: TenantDb) {}

  @Roles(Role.Agency, Role.Purchaser, Role.UnitAdmin, Role.Finance)
  @Query(() => EvaluationProgressType, { description: "A lot's evaluation progress: panel sheets submitted, bids, deviation flags: organiser, buyer, finance." })
  evaluationProgress(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string): Promise<EvaluationProgressType> {
    return this.db.transaction(ctx, async (em) => {
      const lot = await findLot(em, lotId);
      if (!mayReadEvaluation(ctx, lot.project)) throw new AppError('EVALUATION_LOT_NOT_FOUND');
      const members = await em.find(EvaluationPanelMember, { lot: lot.id }, { populate: ['expert'], orderBy: { seat: 'asc' } });
      const bids = await em.find(TenderBid, { lot: lot.id, state: { $in: [TenderBidState.Opened, TenderBidState.Disqualified] } }, {
        populate: ['supplier'], orderBy: { submittedAt: 'asc', id: 'asc' },
      });
      const flags = await em.find(ScoreDeviation, { lot: lot.id }, { populate: ['expert', 'lot', 'lot.project'], orderBy: { createdAt: 'asc', id: 'asc' } });
      return {
        lotId: lot.id,
        lotState: lot.state,
        members: members.map((m) => ({ expertId: m.expert.id, name: m.expert.displayName, seat: m.seat, submittedAt: m.submittedAt ?? null })),
        bids: bids.map((b) => ({ bidId: b.id, supplierName: b.supplier.name, supplierIntegrityBand: b.supplier.integrityBand ?? null, state: b.state, stateReason: b.stateReason ?? null })),
        deviations: flags.map((d) => deviationType(d)),
      };
    });
  }
}
