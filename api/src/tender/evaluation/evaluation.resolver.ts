import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type EvaluationPanelMember, type ExpertRelation, Role, type ScoreDeviation, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { EvaluationQueries, type SummaryView } from './evaluation.queries.js';
import { ExpertRelationService } from './expert-relation.service.js';
import { PanelService, type PanelDrawView } from './panel.service.js';
import { formatHundredths } from './scoring.js';
import { ScoringService } from './scoring.service.js';
import {
  DeclareExpertRelationInput, DisqualifiedBidType, EvaluationSeatType, EvaluationSummaryType, ExpertRelationType, PanelDrawType, PanelDrawVerificationType,
  SaveEvaluationScoresInput, ScoreDeviationType, ScoreSheetType,
} from './evaluation.types.js';

const ORGANISERS = [Role.Agency, Role.Purchaser, Role.UnitAdmin] as const;
const DRAW_READERS = [...ORGANISERS, Role.Finance] as const;

const relation = (r: ExpertRelation): ExpertRelationType => ({ id: r.id, expertId: r.expert.id, supplierId: r.supplier.id, supplierName: r.supplier.name, kind: r.kind, note: r.note, createdAt: r.createdAt });

function drawType(v: PanelDrawView): PanelDrawType {
  const { draw } = v;
  return {
    lotId: v.lot.id, seed: draw.seed, size: draw.size, categoryCode: draw.categoryCode, candidateIds: draw.candidateIds,
    drawn: draw.drawnIds.map((id, i) => ({ expertId: id, name: v.names.get(id) ?? '', seat: i + 1 })),
    excluded: draw.excluded.map((e) => ({ expertId: e.expertId, name: v.names.get(e.expertId) ?? '', reason: e.reason, supplierId: e.supplierId, supplierName: e.supplierId ? v.supplierNames.get(e.supplierId) ?? null : null })),
    drawnBy: draw.drawnBy, drawnAt: draw.createdAt,
  };
}

const seatType = (s: EvaluationPanelMember): EvaluationSeatType => ({
  lotId: s.lot.id, lotTitle: s.lot.title, lotState: s.lot.state, projectNo: s.lot.project.projectNo, projectTitle: s.lot.project.title, seat: s.seat, submittedAt: s.submittedAt ?? null,
});

export function deviationType(d: ScoreDeviation, expertName: string | null = null): ScoreDeviationType {
  return {
    id: d.id, lotId: d.lot.id, projectNo: d.lot.project?.projectNo ?? null, bidId: d.bid.id, expertId: d.expert.id, expertName: expertName ?? d.expert.displayName ?? null,
    criterion: d.criterionKey, score: formatHundredths(d.scoreHundredths), panelMean: formatHundredths(d.meanHundredths), maximum: formatHundredths(d.maxHundredths),
    beyondThreshold: d.beyondThreshold, beyondZ: d.beyondZ, reason: d.reason ?? null, reasonAt: d.reasonAt ?? null, createdAt: d.createdAt,
  };
}

function summaryType(v: SummaryView): EvaluationSummaryType {
  return {
    lotId: v.lot.id, lotState: v.lot.state, evaluationMethod: v.lot.project.evaluationMethod, smeDeductionBp: v.lot.project.smeDeductionBp,
    ranking: v.ranking.map((r) => ({
      bidId: r.bidId, supplierId: r.bid.supplier.id, supplierName: r.bid.supplier.name, supplierIntegrityBand: r.bid.supplier.integrityBand ?? null, rank: r.rank, price: r.bid.priceFen ?? 0n, evaluatedPrice: r.evaluatedPriceFen,
      smeDeducted: r.smeDeducted, priceScore: r.priceScoreHundredths === null ? null : formatHundredths(r.priceScoreHundredths),
      criteria: r.criterionMeans.map((m) => ({
        criterion: m.key, mean: formatHundredths(m.meanHundredths),
        expertScores: r.expertScores.filter((s) => s.criterionKey === m.key).map((s) => ({ expertId: s.expertId, score: formatHundredths(s.scoreHundredths) })),
      })),
      total: r.totalHundredths === null ? null : formatHundredths(r.totalHundredths),
    })),
  };
}

/** 评标: expert relations, the panel draw, the review, scoring, deviation reasons, finishing. */
@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly relations: ExpertRelationService,
    private readonly panels: PanelService,
    private readonly scoring: ScoringService,
    private readonly queries: EvaluationQueries,
  ) {}

  @Roles(Role.Expert, Role.Finance)
  @Mutation(() => ExpertRelationType, { description: 'Declares an expert’s relation to a supplier (the expert for themselves, finance for any expert); draws then leave the expert out of that supplier’s lots.' })
  async declareExpertRelation(@CurrentTenant() ctx: TenantContext, @Args('input') input: DeclareExpertRelationInput) {
    return relation(await this.relations.declare(ctx, input));
  }

  @Roles(Role.Expert, Role.Finance)
  @Query(() => [ExpertRelationType], { description: "Declared relations: an expert's own; finance any expert's (all without expertId)." })
  async expertRelations(@CurrentTenant() ctx: TenantContext, @Args('expertId', { type: () => ID, nullable: true }) expertId?: string | null) {
    return (await this.relations.list(ctx, expertId)).map(relation);
  }

  @Roles(...ORGANISERS)
  @Mutation(() => PanelDrawType, { description: "Draws a lot's expert panel at random (the project's agency, or the buyer without one; lot evaluating). Size: odd, at least 5 (7 from a ¥10,000,000 budget)." })
  async drawEvaluationPanel(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string, @Args('size', { type: () => Int, nullable: true }) size?: number | null) {
    return drawType(await this.panels.draw(ctx, lotId, size));
  }

  @Roles(...DRAW_READERS)
  @Query(() => PanelDrawType, { description: "A lot's draw record with the excluded experts: organiser, buyer, finance." })
  async panelDraw(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return drawType(await this.panels.record(ctx, lotId));
  }

  @Roles(...DRAW_READERS)
  @Query(() => PanelDrawVerificationType, { description: 'Recomputes a draw from its seed and candidates.' })
  async verifyPanelDraw(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return this.panels.verify(ctx, lotId);
  }

  @Roles(Role.Expert)
  @Mutation(() => DisqualifiedBidType, { description: 'A panel member fails a bid in the qualification/compliance review, with a reason; too few valid bids fail the lot.' })
  async disqualifyBid(@CurrentTenant() ctx: TenantContext, @Args('bidId', { type: () => ID }) bidId: string, @Args('reason') reason: string) {
    const bid = await this.panels.disqualify(ctx, bidId, reason);
    return { bidId: bid.id, state: bid.state, reason: bid.stateReason ?? '', lotState: bid.lot.state };
  }

  @Roles(Role.Expert)
  @Query(() => [EvaluationSeatType], { description: 'Your seats on evaluation panels, newest first.' })
  async myEvaluationPanels(@CurrentTenant() ctx: TenantContext) {
    return (await this.queries.myPanels(ctx)).map(seatType);
  }

  @Roles(Role.Expert)
  @Query(() => ScoreSheetType, { description: 'Your score sheet of a lot whose panel you sit on.' })
  async evaluationScoreSheet(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string): Promise<ScoreSheetType> {
    const v = await this.queries.scoreSheet(ctx, lotId);
    return {
      lotId: v.lot.id, lotTitle: v.lot.title, lotState: v.lot.state, evaluationMethod: v.lot.project.evaluationMethod,
      criteria: v.lot.project.criteria.filter((c) => c.kind !== 'price').map((c) => ({ key: c.key, name: c.name, weight: c.weight })),
      bids: v.bids.map((b) => ({
        bidId: b.id, supplierId: b.supplier.id, supplierName: b.supplier.name, supplierIntegrityBand: b.supplier.integrityBand ?? null, price: b.priceFen ?? 0n, state: b.state, stateReason: b.stateReason ?? null,
        priceForm: Object.entries(b.priceForm ?? {}).map(([key, value]) => ({ key, value: typeof value === 'string' ? value : JSON.stringify(value) })),
      })),
      scores: v.scores.map((s) => ({ bidId: s.bid.id, criterion: s.criterionKey, score: formatHundredths(s.scoreHundredths) })),
      submittedAt: v.seat.submittedAt ?? null,
      deviations: v.deviations.map((d) => deviationType(d, null)),
    };
  }

  @Roles(Role.Expert)
  @Mutation(() => EvaluationSeatType, { description: 'Saves scores of your sheet (a draft until submitted); all are checked before any is written.' })
  async saveEvaluationScores(@CurrentTenant() ctx: TenantContext, @Args('input') input: SaveEvaluationScoresInput) {
    await this.scoring.save(ctx, input.lotId, input.scores);
    return seatType(await this.queries.seat(ctx, input.lotId));
  }

  @Roles(Role.Expert)
  @Mutation(() => EvaluationSeatType, { description: 'Submits your complete sheet: final. The last sheet of the panel runs the deviation analysis.' })
  async submitScoreSheet(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    await this.scoring.submit(ctx, lotId);
    return seatType(await this.queries.seat(ctx, lotId));
  }

  @Roles(Role.Expert)
  @Mutation(() => ScoreDeviationType, { description: 'Records why your flagged score deviates from the panel.' })
  async recordDeviationReason(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    const flag = await this.scoring.explain(ctx, id, reason);
    return deviationType(flag, (await this.queries.expertNames(ctx, [flag.expert.id])).get(flag.expert.id) ?? null);
  }

  @Roles(...ORGANISERS)
  @Mutation(() => EvaluationSummaryType, { description: 'Ends the evaluation (every sheet submitted, every deviation explained): price scores, totals and ranks; the lot is recommended.' })
  async finishEvaluation(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    await this.scoring.finish(ctx, lotId);
    return summaryType(await this.queries.summary(ctx, lotId));
  }

  @Roles(...DRAW_READERS)
  @Query(() => EvaluationSummaryType, { description: 'The ranking with its breakdown after the evaluation: organiser, buyer, finance.' })
  async evaluationSummary(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return summaryType(await this.queries.summary(ctx, lotId));
  }

  @Roles(Role.Finance)
  @Query(() => [ScoreDeviationType], { description: "The tenant's score deviation flags, newest first (one lot's with lotId)." })
  async scoreDeviations(
    @CurrentTenant() ctx: TenantContext,
    @Args('lotId', { type: () => ID, nullable: true }) lotId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ) {
    return (await this.queries.deviations(ctx, lotId, first ?? 100)).map((d) => deviationType(d));
  }
}
