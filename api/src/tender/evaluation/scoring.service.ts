import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EvaluationPanelMember, EvaluationScore, isUuid, parseTenantSettings, ScoreDeviation, type TenantContext, Tenant, TenderBid, TenderBidState, type TenderLot,
  UserAccount,
} from '@zhengcai/schema';
import { requireReason } from '../../catalog/problems.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { nextTenderLotState } from '../tender-state-machines.js';
import { findLot, organisedLot, panelSeat, requireEvaluating, requireUser } from './evaluation-access.js';
import { deviation, formatHundredths, meanHalfUp, nonPriceCriteria, parseScore, rankBids, type RankedBid } from './scoring.js';

export interface ScoreInput {
  bidId: string;
  criterion: string;
  /** Points with at most two decimals, e.g. "42.5". */
  score: string;
}

/**
 * The experts' scoring: each saves drafts of their own sheet and submits it once (final);
 * the last submission runs the deviation analysis; the organiser finishes the evaluation,
 * which scores price, aggregates and ranks.
 */
@Injectable()
export class ScoringService {
  constructor(private readonly db: TenantDb) {}

  /** Saves (part of) the caller's sheet; every score is checked before anything is written. */
  save(ctx: TenantContext, lotId: string, scores: readonly ScoreInput[]): Promise<EvaluationPanelMember> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, async (em, tx) => {
      const seat = await panelSeat(em, ctx, lotId, true);
      const lot = await findLot(em, lotId);
      requireEvaluating(lot);
      if (seat.submittedAt) throw new AppError('EVALUATION_SHEET_SUBMITTED');
      const criteria = nonPriceCriteria(lot.project.criteria);
      const valid = new Set((await this.validBids(em, lot)).map((b) => b.id));
      const parsed = scores.map((s, i) => {
        const field = `scores[${i}]`;
        if (!valid.has(s.bidId)) throw new AppError('EVALUATION_BID_NOT_FOUND', { field: `${field}.bidId` });
        const criterion = criteria.find((c) => c.key === s.criterion);
        if (!criterion) throw new AppError('EVALUATION_CRITERION_UNKNOWN', { field: `${field}.criterion`, criterion: s.criterion.slice(0, 32) });
        const value = parseScore(s.score);
        if (value === null) throw new AppError('EVALUATION_SCORE_FORMAT', { field: `${field}.score`, bidId: s.bidId, criterion: criterion.key });
        if (value > criterion.weight * 100) throw new AppError('EVALUATION_SCORE_OUT_OF_RANGE', { field: `${field}.score`, bidId: s.bidId, criterion: criterion.key, max: criterion.weight });
        return { bidId: s.bidId, criterionKey: criterion.key, value };
      });
      const existing = new Map((await em.find(EvaluationScore, { lot: lot.id, expert: userId })).map((s) => [`${s.bid.id}:${s.criterionKey}`, s]));
      for (const p of parsed) {
        const row = existing.get(`${p.bidId}:${p.criterionKey}`);
        if (row) {
          row.scoreHundredths = p.value;
          row.updatedAt = new Date();
        } else {
          existing.set(`${p.bidId}:${p.criterionKey}`, em.create(EvaluationScore, {
            tenantId: ctx.tenantId, lot, bid: em.getReference(TenderBid, p.bidId), expert: em.getReference(UserAccount, userId), criterionKey: p.criterionKey, scoreHundredths: p.value,
          }));
        }
      }
      seat.updatedAt = new Date();
      await em.flush();
      tx.audit({
        action: 'tender.evaluation.score', subjectType: 'tender_lot', subjectId: lot.id,
        change: { expertId: userId, scores: parsed.map((p) => ({ bidId: p.bidId, criterion: p.criterionKey, score: formatHundredths(p.value) })) },
      });
      return seat;
    });
  }

  /** Submits the caller's sheet (final). The last submission of the panel runs the deviation analysis. */
  submit(ctx: TenantContext, lotId: string): Promise<EvaluationPanelMember> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, async (em, tx) => {
      await panelSeat(em, ctx, lotId);
      // The lot's lock orders concurrent submissions, so exactly one sees itself last.
      const lot = await findLot(em, lotId, true);
      const seat = await panelSeat(em, ctx, lotId, true);
      requireEvaluating(lot);
      if (seat.submittedAt) throw new AppError('EVALUATION_SHEET_SUBMITTED');
      const criteria = nonPriceCriteria(lot.project.criteria);
      const mine = new Set((await em.find(EvaluationScore, { lot: lot.id, expert: userId })).map((s) => `${s.bid.id}:${s.criterionKey}`));
      const missing = (await this.validBids(em, lot)).flatMap((b) => criteria.filter((c) => !mine.has(`${b.id}:${c.key}`)).map((c) => ({ bidId: b.id, criterion: c.key })));
      if (missing.length) throw new AppError('EVALUATION_SHEET_INCOMPLETE', { missing: missing.length, ...missing[0] });
      seat.submittedAt = new Date();
      seat.updatedAt = seat.submittedAt;
      await em.flush();
      tx.audit({ action: 'tender.evaluation.submit-sheet', subjectType: 'tender_lot', subjectId: lot.id, change: { expertId: userId } });
      if (!(await em.count(EvaluationPanelMember, { lot: lot.id, submittedAt: null }))) await this.analyseDeviations(em, tx, ctx, lot);
      return seat;
    });
  }

  /** The expert's reason for a flagged score; may be restated until the evaluation finishes. */
  explain(ctx: TenantContext, deviationId: string, reason: string): Promise<ScoreDeviation> {
    const userId = requireUser(ctx);
    const text = requireReason(reason);
    return this.db.transaction(ctx, async (em, tx) => {
      const flag = isUuid(deviationId) ? await em.findOne(ScoreDeviation, { id: deviationId, expert: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!flag) throw new AppError('SCORE_DEVIATION_NOT_FOUND');
      requireEvaluating(await findLot(em, flag.lot.id));
      flag.reason = text;
      flag.reasonAt = new Date();
      await em.flush();
      tx.audit({ action: 'tender.evaluation.explain-deviation', subjectType: 'score_deviation', subjectId: flag.id, change: { lotId: flag.lot.id, reason: text } });
      return flag;
    });
  }

  /** The organiser ends the evaluation: every sheet in, every flag explained; scores price, aggregates, ranks. */
  finish(ctx: TenantContext, lotId: string): Promise<{ lot: TenderLot; ranking: RankedBid[] }> {
    return this.db.transaction(ctx, async (em, tx) => {
      const lot = await organisedLot(em, ctx, lotId, true);
      requireEvaluating(lot);
      const seats = await em.count(EvaluationPanelMember, { lot: lot.id });
      if (!seats) throw new AppError('PANEL_NOT_DRAWN');
      const missing = await em.count(EvaluationPanelMember, { lot: lot.id, submittedAt: null });
      if (missing) throw new AppError('EVALUATION_SHEETS_MISSING', { missing });
      const unexplained = await em.count(ScoreDeviation, { lot: lot.id, reason: null });
      if (unexplained) throw new AppError('EVALUATION_DEVIATIONS_UNEXPLAINED', { count: unexplained });
      const bids = await this.validBids(em, lot);
      const scores = await em.find(EvaluationScore, { lot: lot.id, bid: { $in: bids.map((b) => b.id) } });
      const ranking = rankBids(
        lot.project.evaluationMethod, lot.project.criteria, lot.project.smeDeductionBp,
        bids.map((b) => ({ id: b.id, priceFen: b.priceFen ?? 0n, priceForm: b.priceForm, submittedAt: b.submittedAt })),
        scores.map((s) => ({ bidId: s.bid.id, criterionKey: s.criterionKey, scoreHundredths: s.scoreHundredths })),
      );
      const byId = new Map(bids.map((b) => [b.id, b]));
      for (const r of ranking) {
        const bid = byId.get(r.bidId)!;
        bid.evaluatedPriceFen = r.evaluatedPriceFen;
        bid.scoreHundredths = r.totalHundredths;
        bid.rank = r.rank;
        bid.updatedAt = new Date();
      }
      lot.state = nextTenderLotState(lot.state, 'finish_evaluation');
      lot.updatedAt = new Date();
      await em.flush();
      tx.audit({
        action: 'tender.evaluation.finish', subjectType: 'tender_lot', subjectId: lot.id,
        change: {
          state: lot.state,
          ranking: ranking.map((r) => ({
            bidId: r.bidId, rank: r.rank, evaluatedPriceFen: r.evaluatedPriceFen.toString(), smeDeducted: r.smeDeducted,
            priceScore: r.priceScoreHundredths === null ? null : formatHundredths(r.priceScoreHundredths), total: r.totalHundredths === null ? null : formatHundredths(r.totalHundredths),
          })),
        },
      });
      return { lot, ranking };
    });
  }

  private validBids(em: EntityManager, lot: TenderLot): Promise<TenderBid[]> {
    return em.find(TenderBid, { lot: lot.id, state: TenderBidState.Opened }, { orderBy: { submittedAt: 'asc', id: 'asc' } });
  }

  /** Flags every score beyond the tenant's share of the maximum from the panel's mean, or beyond |z| = 2. */
  private async analyseDeviations(em: EntityManager, tx: TxEffects, ctx: TenantContext, lot: TenderLot): Promise<void> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const thresholdBp = parseTenantSettings(tenant.settings).evaluation.scoreDeviationBp;
    const bids = await this.validBids(em, lot);
    const scores = await em.find(EvaluationScore, { lot: lot.id, bid: { $in: bids.map((b) => b.id) } });
    let flagged = 0;
    for (const bid of bids) {
      for (const c of nonPriceCriteria(lot.project.criteria)) {
        const panel = scores.filter((s) => s.bid.id === bid.id && s.criterionKey === c.key);
        const values = panel.map((s) => s.scoreHundredths);
        for (const s of panel) {
          const check = deviation(s.scoreHundredths, values, c.weight * 100, thresholdBp);
          if (!check.beyondThreshold && !check.beyondZ) continue;
          flagged++;
          em.create(ScoreDeviation, {
            tenantId: ctx.tenantId, lot, bid, expert: s.expert, criterionKey: c.key, scoreHundredths: s.scoreHundredths, meanHundredths: meanHalfUp(values),
            maxHundredths: c.weight * 100, ...check,
          });
        }
      }
    }
    await em.flush();
    tx.audit({ action: 'tender.evaluation.analyse-deviations', subjectType: 'tender_lot', subjectId: lot.id, change: { thresholdBp, flagged } });
  }
}
