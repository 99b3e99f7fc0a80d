import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IntegrityBandEnum } from '../../platform/tenancy/tenant.types.js';
import { ExpertRelationKind, type Fen, PanelExclusionReason } from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';

export const ExpertRelationKindEnum = graphqlEnum(
  ExpertRelationKind, 'ExpertRelationKind',
  'FORMER_EMPLOYER worked for or held office in the supplier within 3 years, RELATIVE_OF_PRINCIPAL related to a principal of the supplier, OTHER_INTEREST another interest in the outcome.',
);
export const PanelExclusionReasonEnum = graphqlEnum(
  PanelExclusionReason, 'PanelExclusionReason',
  "BUYER_STAFF works for the buyer, BIDDER_EMPLOYEE employed by a bidder (USCC), DECLARED_RELATION a declared relation to a bidder.",
);

@ObjectType('ExpertRelation', { description: "An expert's declared relation to a supplier (回避)." })
export class ExpertRelationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) expertId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => ExpertRelationKindEnum) kind!: ExpertRelationKind;
  @Field() note!: string;
  @Field() createdAt!: Date;
}

@InputType()
export class DeclareExpertRelationInput {
  @Field(() => ID, { nullable: true, description: 'Finance names the expert; an expert declares for themselves (ignored).' }) expertId?: string | null;
  @Field(() => ID) supplierId!: string;
  @Field(() => ExpertRelationKindEnum) kind!: ExpertRelationKind;
  @Field({ description: 'What the relation is (2–500 characters).' }) note!: string;
}

@ObjectType('PanelExpert')
export class PanelExpertType {
  @Field(() => ID) expertId!: string;
  @Field() name!: string;
  @Field(() => Int, { description: '1 … size, in drawing order.' }) seat!: number;
}

@ObjectType('PanelExclusion', { description: 'An expert of the category left out of the draw, and why.' })
export class PanelExclusionType {
  @Field(() => ID) expertId!: string;
  @Field() name!: string;
  @Field(() => PanelExclusionReasonEnum) reason!: PanelExclusionReason;
  @Field(() => ID, { nullable: true }) supplierId!: string | null;
  @Field(() => String, { nullable: true }) supplierName!: string | null;
}

@ObjectType('PanelDraw', { description: "A lot's expert panel draw: recomputable from seed and candidates (verifyPanelDraw)." })
export class PanelDrawType {
  @Field(() => ID) lotId!: string;
  @Field({ description: 'The CSPRNG seed, hex.' }) seed!: string;
  @Field(() => Int) size!: number;
  @Field() categoryCode!: string;
  @Field(() => [ID], { description: 'Eligible experts, sorted: the input of the pick.' }) candidateIds!: string[];
  @Field(() => [PanelExpertType]) drawn!: PanelExpertType[];
  @Field(() => [PanelExclusionType]) excluded!: PanelExclusionType[];
  @Field(() => ID) drawnBy!: string;
  @Field() drawnAt!: Date;
}

@ObjectType('PanelDrawVerification')
export class PanelDrawVerificationType {
  @Field({ description: 'The stored panel equals the pick recomputed from the stored seed and candidates.' }) pickMatches!: boolean;
  @Field({ description: "Today's pool and conflicts give the same candidates as at the draw (experts may have joined or left since)." }) candidatesMatch!: boolean;
  @Field(() => [ID]) recomputedExpertIds!: string[];
  @Field(() => [ID]) drawnExpertIds!: string[];
}

@ObjectType('EvaluationSeat', { description: "An expert's seat on a lot's panel." })
export class EvaluationSeatType {
  @Field(() => ID) lotId!: string;
  @Field() lotTitle!: string;
  @Field({ description: 'The lot state (lower case, e.g. evaluating).' }) lotState!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field(() => Int) seat!: number;
  @Field(() => Date, { nullable: true, description: 'When the score sheet was submitted (final).' }) submittedAt!: Date | null;
}

@ObjectType('EvaluationCriterion')
export class EvaluationCriterionType {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => Int) weight!: number;
}

@ObjectType('PriceFormItem')
export class PriceFormItemType {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType('ScoreSheetBid')
export class ScoreSheetBidType {
  @Field(() => ID) bidId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => IntegrityBandEnum, { nullable: true, description: "The supplier's integrity band (诚信等级) now; null until first computed." }) supplierIntegrityBand!: string | null;
  @Field(() => MoneyScalar) price!: Fen;
  @Field(() => [PriceFormItemType], { description: 'The opened price form (开标一览表), including the SME declaration.' }) priceForm!: PriceFormItemType[];
  @Field({ description: 'opened, or disqualified in the review.' }) state!: string;
  @Field(() => String, { nullable: true }) stateReason!: string | null;
}

@ObjectType('EvaluationScoreEntry')
export class EvaluationScoreEntryType {
  @Field(() => ID) bidId!: string;
  @Field() criterion!: string;
  @Field({ description: 'Points, two decimals.' }) score!: string;
}

@ObjectType('ScoreDeviation', { description: '评委评分偏差: a score far from the panel mean; the expert records why.' })
export class ScoreDeviationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => String, { nullable: true }) projectNo!: string | null;
  @Field(() => ID) bidId!: string;
  @Field(() => ID) expertId!: string;
  @Field(() => String, { nullable: true }) expertName!: string | null;
  @Field() criterion!: string;
  @Field() score!: string;
  @Field() panelMean!: string;
  @Field({ description: "The criterion's maximum." }) maximum!: string;
  @Field({ description: "Beyond the tenant's share of the maximum from the mean." }) beyondThreshold!: boolean;
  @Field({ description: '|z| > 2 within the panel.' }) beyondZ!: boolean;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Date, { nullable: true }) reasonAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('ScoreSheet', { description: "An expert's own score sheet of a lot: no other expert's scores." })
export class ScoreSheetType {
  @Field(() => ID) lotId!: string;
  @Field() lotTitle!: string;
  @Field() lotState!: string;
  @Field({ description: 'comprehensive_scoring or lowest_price.' }) evaluationMethod!: string;
  @Field(() => [EvaluationCriterionType], { description: 'The criteria the experts score (price is scored by the system).' }) criteria!: EvaluationCriterionType[];
  @Field(() => [ScoreSheetBidType]) bids!: ScoreSheetBidType[];
  @Field(() => [EvaluationScoreEntryType]) scores!: EvaluationScoreEntryType[];
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => [ScoreDeviationType], { description: 'Your flagged scores (after the whole panel submitted).' }) deviations!: ScoreDeviationType[];
}

@InputType()
export class EvaluationScoreInput {
  @Field(() => ID) bidId!: string;
  @Field({ description: 'A criterion key of the project other than price.' }) criterion!: string;
  @Field({ description: 'Points from 0 to the weight, at most two decimals, e.g. "42.5".' }) score!: string;
}

@InputType()
export class SaveEvaluationScoresInput {
  @Field(() => ID) lotId!: string;
  @Field(() => [EvaluationScoreInput]) scores!: EvaluationScoreInput[];
}

@ObjectType('ExpertScore')
export class ExpertScoreType {
  @Field(() => ID) expertId!: string;
  @Field() score!: string;
}

@ObjectType('CriterionResult')
export class CriterionResultType {
  @Field() criterion!: string;
  @Field({ description: 'Panel mean, half-up to hundredths.' }) mean!: string;
  @Field(() => [ExpertScoreType]) expertScores!: ExpertScoreType[];
}

@ObjectType('RankedBid')
export class RankedBidType {
  @Field(() => ID) bidId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => IntegrityBandEnum, { nullable: true, description: "The supplier's integrity band (诚信等级) now; null until first computed." }) supplierIntegrityBand!: string | null;
  @Field(() => Int) rank!: number;
  @Field(() => MoneyScalar, { description: 'The bid price: the contract price.' }) price!: Fen;
  @Field(() => MoneyScalar, { description: 'The price used for scoring, after the SME deduction.' }) evaluatedPrice!: Fen;
  @Field() smeDeducted!: boolean;
  @Field(() => String, { nullable: true, description: 'Null under lowest_price.' }) priceScore!: string | null;
  @Field(() => [CriterionResultType]) criteria!: CriterionResultType[];
  @Field(() => String, { nullable: true, description: 'Null under lowest_price.' }) total!: string | null;
}

@ObjectType('EvaluationSummary', { description: 'The ranking with its breakdown (评标报告).' })
export class EvaluationSummaryType {
  @Field(() => ID) lotId!: string;
  @Field() lotState!: string;
  @Field() evaluationMethod!: string;
  @Field(() => Int, { description: 'SME price deduction, basis points.' }) smeDeductionBp!: number;
  @Field(() => [RankedBidType]) ranking!: RankedBidType[];
}

@ObjectType('DisqualifiedBid')
export class DisqualifiedBidType {
  @Field(() => ID) bidId!: string;
  @Field() state!: string;
  @Field() reason!: string;
  @Field({ description: 'The lot state after the review (failed when too few valid bids remain).' }) lotState!: string;
}
