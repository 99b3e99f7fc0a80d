import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EvaluationPanelMember, EvaluationScore, isUuid, ScoreDeviation, type TenantContext, TenderBid, TenderBidState, type TenderLot, TenderLotState, UserAccount,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findLot, mayReadEvaluation, panelSeat, requireUser } from './evaluation-access.js';
import { nonPriceCriteria, rankBids, type RankedBid } from './scoring.js';

export interface ScoreSheetView {
  lot: TenderLot;
  seat: EvaluationPanelMember;
  bids: TenderBid[];
  scores: EvaluationScore[];
  deviations: ScoreDeviation[];
}

export interface SummaryView {
  lot: TenderLot;
  ranking: (RankedBid & { bid: TenderBid; expertScores: { criterionKey: string; expertId: string; scoreHundredths: number }[] })[];
}

/** Lots that reached the end of evaluation: their ranking is on record. */
const EVALUATED: readonly TenderLotState[] = [TenderLotState.Recommended, TenderLotState.Awarded, TenderLotState.Contracted];

/** Read models of evaluation: the expert's panels and sheet, the organiser's summary, the regulator's flags. */
@Injectable()
export class EvaluationQueries {
  constructor(private readonly db: TenantDb) {}

  myPanels(ctx: TenantContext): Promise<EvaluationPanelMember[]> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, (em) =>
      em.find(EvaluationPanelMember, { expert: userId }, { populate: ['lot', 'lot.project'], orderBy: { createdAt: 'desc', id: 'asc' }, limit: 200 }));
  }

  /** The caller's seat on one lot's panel. */
  seat(ctx: TenantContext, lotId: string): Promise<EvaluationPanelMember> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, async (em) => {
      await panelSeat(em, ctx, lotId);
      return em.findOneOrFail(EvaluationPanelMember, { lot: lotId, expert: userId }, { populate: ['lot', 'lot.project'] });
    });
  }

  /** The caller's own sheet: the lot's opened bids with their price forms, and no other expert's scores. */
  scoreSheet(ctx: TenantContext, lotId: string): Promise<ScoreSheetView> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, async (em) => {
      const seat = await panelSeat(em, ctx, lotId);
      const lot = await findLot(em, lotId);
      const bids = await em.find(TenderBid, { lot: lot.id, state: { $in: [TenderBidState.Opened, TenderBidState.Disqualified] } }, {
        populate: ['supplier'], orderBy: { submittedAt: 'asc', id: 'asc' },
      });
      const scores = await em.find(EvaluationScore, { lot: lot.id, expert: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      const deviations = await em.find(ScoreDeviation, { lot: lot.id, expert: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return { lot, seat, bids, scores, deviations };
    });
  }

  /** The ranking with its breakdown, once the evaluation has finished: organiser, buyer and finance. */
  summary(ctx: TenantContext, lotId: string): Promise<SummaryView> {
    return this.db.transaction(ctx, async (em) => {
      const lot = await findLot(em, lotId);
      if (!mayReadEvaluation(ctx, lot.project)) throw new AppError('EVALUATION_LOT_NOT_FOUND');
      if (!EVALUATED.includes(lot.state)) throw new AppError('EVALUATION_NOT_FINISHED');
      return summarise(em, lot);
    });
  }

  /** Score deviation flags of the tenant (or one lot), newest first: for the regulator. */
  deviations(ctx: TenantContext, lotId?: string | null, limit = 100): Promise<ScoreDeviation[]> {
    return this.db.transaction(ctx, async (em) => {
      if (lotId && !isUuid(lotId)) return [];
      return em.find(ScoreDeviation, lotId ? { lot: lotId } : {}, { populate: ['expert', 'lot', 'lot.project'], orderBy: { createdAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(limit, 1), 500) });
    });
  }

  expertNames(ctx: TenantContext, ids: readonly string[]): Promise<Map<string, string>> {
    return this.db.transaction(ctx, async (em) =>
      new Map((ids.length ? await em.find(UserAccount, { id: { $in: [...ids] } }, { fields: ['id', 'displayName'] }) : []).map((u) => [u.id, u.displayName])));
  }
}

/** Recomputes the breakdown from the stored scores (the same function that ranked the lot). */
export async function summarise(em: EntityManager, lot: TenderLot): Promise<SummaryView> {
  const bids = await em.find(TenderBid, { lot: lot.id, state: TenderBidState.Opened }, { populate: ['supplier'] });
  const scores = await em.find(EvaluationScore, { lot: lot.id, bid: { $in: bids.map((b) => b.id) } }, { orderBy: { expert: 'asc', criterionKey: 'asc' } });
  const keys = new Set(nonPriceCriteria(lot.project.criteria).map((c) => c.key));
  const ranking = rankBids(
    lot.project.evaluationMethod, lot.project.criteria, lot.project.smeDeductionBp,
    bids.map((b) => ({ id: b.id, priceFen: b.priceFen ?? 0n, priceForm: b.priceForm, submittedAt: b.submittedAt })),
    scores.map((s) => ({ bidId: s.bid.id, criterionKey: s.criterionKey, scoreHundredths: s.scoreHundredths })),
  );
  const byId = new Map(bids.map((b) => [b.id, b]));
  return {
    lot,
    ranking: ranking.map((r) => ({
      ...r,
      bid: byId.get(r.bidId)!,
      expertScores: scores.filter((s) => s.bid.id === r.bidId && keys.has(s.criterionKey)).map((s) => ({ criterionKey: s.criterionKey, expertId: s.expert.id, scoreHundredths: s.scoreHundredths })),
    })),
  };
}
