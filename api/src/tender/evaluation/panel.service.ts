import { Injectable } from '@nestjs/common';
import { completeIfDone } from '../project-completion.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EvaluationPanelDraw, EvaluationPanelMember, ExpertProfile, ExpertRelation, isUuid, Role, type TenantContext, TenderBid, TenderBidState, type TenderLot,
  UserAccount,
} from '@zhengcai/schema';
import { requireReason } from '../../catalog/problems.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { nextTenderBidState, nextTenderLotState } from '../tender-state-machines.js';
import { findLot, mayReadEvaluation, organisedLot, panelSeat, requireEvaluating, requireUser } from './evaluation-access.js';
import { type DrawConflicts, eligibleExperts, MAX_PANEL_SIZE, minPanelSize, newDrawSeed, pickPanel, type PoolExpert } from './panel-draw.js';

export interface PanelDrawView {
  draw: EvaluationPanelDraw;
  lot: TenderLot;
  /** Display names of every expert the record names. */
  names: Map<string, string>;
  supplierNames: Map<string, string>;
}

export interface DrawVerification {
  /** The stored panel equals the pick recomputed from the stored seed and candidates. */
  pickMatches: boolean;
  /** Today's pool, with today's conflicts, gives the same candidates as at the draw. */
  candidatesMatch: boolean;
  recomputedExpertIds: string[];
  drawnExpertIds: string[];
}

/** Bids that count as the lot's bidders for conflicts: opened, valid or not. */
const BIDDER_STATES = [TenderBidState.Opened, TenderBidState.Disqualified];

/** Drawing a lot's panel, verifying a draw, and the panel's qualification review. */
@Injectable()
export class PanelService {
  constructor(private readonly db: TenantDb) {}

  draw(ctx: TenantContext, lotId: string, size: number | null | undefined): Promise<PanelDrawView> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, async (em, tx) => {
      const lot = await organisedLot(em, ctx, lotId, true);
      requireEvaluating(lot);
      const min = minPanelSize(lot.project.budgetFen);
      const panelSize = size ?? min;
      if (!Number.isInteger(panelSize) || panelSize < min || panelSize > MAX_PANEL_SIZE || panelSize % 2 === 0) {
        throw new AppError('PANEL_SIZE_INVALID', { field: 'size', min, max: MAX_PANEL_SIZE });
      }
      if (await em.count(EvaluationPanelDraw, { lot: lot.id })) throw new AppError('PANEL_ALREADY_DRAWN');
      const { candidateIds, excluded } = await this.eligible(em, lot);
      if (candidateIds.length < panelSize) throw new AppError('PANEL_TOO_FEW_EXPERTS', { available: candidateIds.length, needed: panelSize });
      const seed = newDrawSeed();
      const drawnIds = pickPanel(seed, candidateIds, panelSize);
      const draw = em.create(EvaluationPanelDraw, {
        tenantId: ctx.tenantId, lot, seed, size: panelSize, categoryCode: lot.project.categoryCode, candidateIds, drawnIds, excluded, drawnBy: userId,
      });
      drawnIds.forEach((expertId, i) => {
        const member = em.create(EvaluationPanelMember, { tenantId: ctx.tenantId, lot, expert: em.getReference(UserAccount, expertId), seat: i + 1 });
        // Each drawn expert is told at once (mandatory notice, docs/notifications.md).
        tx.publish(domainEvent('tender.panel.expert-drawn', { lotId: lot.id, memberId: member.id }));
      });
      await em.flush();
      tx.audit({
        action: 'tender.panel.draw', subjectType: 'tender_lot', subjectId: lot.id,
        change: { drawId: draw.id, seed, size: panelSize, categoryCode: draw.categoryCode, candidates: candidateIds.length, drawn: drawnIds, excluded },
      });
      return this.view(em, draw, lot);
    });
  }

  /** The draw record: organiser, buyer and finance. */
  record(ctx: TenantContext, lotId: string): Promise<PanelDrawView> {
    return this.db.transaction(ctx, async (em) => {
      const { lot, draw } = await this.readable(em, ctx, lotId);
      return this.view(em, draw, lot);
    });
  }

  /** Recomputes a draw from its record, and the candidates from today's pool. */
  verify(ctx: TenantContext, lotId: string): Promise<DrawVerification> {
    return this.db.transaction(ctx, async (em) => {
      const { lot, draw } = await this.readable(em, ctx, lotId);
      const recomputedExpertIds = pickPanel(draw.seed, draw.candidateIds, draw.size);
      const today = await this.eligible(em, lot);
      return {
        pickMatches: JSON.stringify(recomputedExpertIds) === JSON.stringify(draw.drawnIds),
        candidatesMatch: JSON.stringify(today.candidateIds) === JSON.stringify(draw.candidateIds),
        recomputedExpertIds,
        drawnExpertIds: draw.drawnIds,
      };
    });
  }

  /**
   * A panel member fails a bid in the qualification or compliance review (资格性/符合性审查),
   * before any score sheet is submitted. Fewer valid bids than the lot needs fail the lot (废标).
   */
  disqualify(ctx: TenantContext, bidId: string, reason: string): Promise<TenderBid> {
    const text = requireReason(reason);
    return this.db.transaction(ctx, async (em, tx) => {
      const found = isUuid(bidId) ? await em.findOne(TenderBid, { id: bidId }, { fields: ['id', 'lot'] }) : null;
      if (!found) throw new AppError('EVALUATION_BID_NOT_FOUND');
      await panelSeat(em, ctx, found.lot.id);
      const lot = await findLot(em, found.lot.id, true);
      requireEvaluating(lot);
      if (await em.count(EvaluationPanelMember, { lot: lot.id, submittedAt: { $ne: null } })) throw new AppError('EVALUATION_REVIEW_CLOSED');
      const bid = await em.findOneOrFail(TenderBid, { id: bidId }, { populate: ['supplier'], refresh: true });
      bid.state = nextTenderBidState(bid.state, 'disqualify');
      bid.stateReason = text;
      bid.updatedAt = new Date();
      await em.flush();
      tx.audit({ action: 'tender.bid.disqualify', subjectType: 'tender_bid', subjectId: bid.id, change: { lotId: lot.id, supplierId: bid.supplier.id, reason: text } });
      const valid = await em.count(TenderBid, { lot: lot.id, state: TenderBidState.Opened });
      if (valid < lot.minBidders) {
        this.failLot(tx, lot, valid);
        await completeIfDone(em, ctx, lot.project.id, tx);
      }
      await em.flush();
      return bid;
    });
  }

  private failLot(tx: TxEffects, lot: TenderLot, valid: number): void {
    lot.state = nextTenderLotState(lot.state, 'fail');
    lot.failureReason = `资格性/符合性审查后有效投标不足 ${lot.minBidders} 家（${valid} 家）`;
    lot.updatedAt = new Date();
    tx.audit({ action: 'tender.lot.fail', subjectType: 'tender_lot', subjectId: lot.id, change: { state: lot.state, reason: lot.failureReason, validBids: valid } });
    tx.publish(domainEvent('tender.lot.failed', { lotId: lot.id, trigger: 'lot_failed' }));
  }

  private async readable(em: EntityManager, ctx: TenantContext, lotId: string): Promise<{ lot: TenderLot; draw: EvaluationPanelDraw }> {
    const lot = await findLot(em, lotId);
    if (!mayReadEvaluation(ctx, lot.project)) throw new AppError('EVALUATION_LOT_NOT_FOUND');
    const draw = await em.findOne(EvaluationPanelDraw, { lot: lot.id });
    if (!draw) throw new AppError('PANEL_NOT_DRAWN');
    return { lot, draw };
  }

  private async eligible(em: EntityManager, lot: TenderLot) {
    const bids = await em.find(TenderBid, { lot: lot.id, state: { $in: BIDDER_STATES } }, { populate: ['supplier'] });
    const bidders = new Map(bids.map((b) => [b.supplier.id, b.supplier.uscc ?? null]));
    const profiles = await em.find(ExpertProfile, {}, { populate: ['user'] });
    const pool: PoolExpert[] = profiles
      .filter((p) => p.user.active && p.user.roles.includes(Role.Expert))
      .map((p) => ({ userId: p.user.id, organisationId: p.user.organisation.id, employerUscc: p.employerUscc ?? null, categoryCodes: p.categoryCodes }));
    const relations = new Map<string, string[]>();
    if (bidders.size) {
      for (const r of await em.find(ExpertRelation, { supplier: { $in: [...bidders.keys()] } })) {
        relations.set(r.expert.id, [...(relations.get(r.expert.id) ?? []), r.supplier.id]);
      }
    }
    const conflicts: DrawConflicts = { buyerOrganisationId: lot.project.buyer.id, buyerUscc: lot.project.buyer.uscc ?? null, bidders, relations };
    return eligibleExperts(pool, lot.project.categoryCode, conflicts);
  }

  private async view(em: EntityManager, draw: EvaluationPanelDraw, lot: TenderLot): Promise<PanelDrawView> {
    const ids = [...new Set([...draw.drawnIds, ...draw.excluded.map((e) => e.expertId)])];
    const users = ids.length ? await em.find(UserAccount, { id: { $in: ids } }, { fields: ['id', 'displayName'] }) : [];
    const supplierIds = [...new Set(draw.excluded.map((e) => e.supplierId).filter((s): s is string => !!s))];
    const suppliers = supplierIds.length ? await em.find(TenderBid, { lot: lot.id, supplier: { $in: supplierIds } }, { populate: ['supplier'] }) : [];
    return {
      draw, lot,
      names: new Map(users.map((u) => [u.id, u.displayName])),
      supplierNames: new Map(suppliers.map((b) => [b.supplier.id, b.supplier.name])),
    };
  }
}
