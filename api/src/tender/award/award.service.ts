import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type AwardRankingLine, TenderAward, TenderBid, TenderBidState, TenderContract, type TenantContext, isUuid,
} from '@zhengcai/schema';
import { forfeitHeldDeposit } from '../../deposits/deposit-forfeiture.js';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { completeIfDone } from '../project-completion.js';
import { nextAwardedLotState, nextTenderLotState } from '../tender-state-machines.js';
import { lockLot, refuseIfSuspended, requireBuyerSide, requireText, requireUser } from './lot-access.js';

export interface ConfirmAwardInput {
  lotId: string;
  /** Another valid bid than the first ranked; needs `reason`. */
  bidId?: string | null;
  reason?: string | null;
}

/** DOMAIN.md: the award notice stays up 1 working day; challenges within 7; the contract within 30 days. */
export const NOTICE_MIN_WORKING_DAYS = 1;
export const CHALLENGE_WORKING_DAYS = 7;
export const CONTRACT_CALENDAR_DAYS = 30;

export const DEFAULT_PAYMENT_TERMS = '履约验收合格后 30 日内，凭发票一次性支付合同价款。';

/**
 * 确认中标: the buyer confirms the first-ranked bid (or another valid bid with a published
 * reason); the award notice and letter go out at once, and the contract is drafted from it.
 */
@Injectable()
export class AwardService {
  constructor(private readonly db: TenantDb) {}

  confirm(ctx: TenantContext, input: ConfirmAwardInput): Promise<TenderAward> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const lot = await lockLot(em, input.lotId);
      const project = lot.project;
      requireBuyerSide(ctx, project, false);
      const nextState = nextTenderLotState(lot.state, 'confirm_award');
      await refuseIfSuspended(em, lot.id);

      const bids = await em.find(TenderBid, { lot: lot.id, state: TenderBidState.Opened }, { populate: ['supplier'], orderBy: { rank: 'asc nulls last', submittedAt: 'asc' } });
      const winner = this.chooseWinner(bids, input);
      const reason = winner.rank === 1 ? null : againstRankingReason(input.reason);

      const now = new Date();
      const award = em.create(TenderAward, {
        tenantId: ctx.tenantId,
        lot,
        project,
        bid: winner,
        supplier: winner.supplier,
        priceFen: winner.priceFen!,
        scoreHundredths: winner.scoreHundredths ?? null,
        rank: winner.rank ?? null,
        againstRankingReason: reason,
        confirmedBy: userId,
        publishedAt: now,
        noticeUntil: await workingDeadline(em, ctx.tenantId, now, NOTICE_MIN_WORKING_DAYS),
        challengeUntil: await workingDeadline(em, ctx.tenantId, now, CHALLENGE_WORKING_DAYS),
        contractDueAt: new Date(now.getTime() + CONTRACT_CALENDAR_DAYS * 86_400_000),
        ranking: bids.map((b): AwardRankingLine => ({ supplierName: b.supplier.name, priceFen: b.priceFen!.toString(), scoreHundredths: b.scoreHundredths ?? null, rank: b.rank ?? null })),
      });
      const before = lot.state;
      lot.state = nextState;
      lot.winnerBidId = winner.id;
      lot.awardedAt = now;
      lot.updatedAt = now;
      const contract = em.create(TenderContract, {
        tenantId: ctx.tenantId,
        lot,
        award,
        buyer: project.buyer,
        supplier: winner.supplier,
        contractNo: `${project.projectNo}-${lot.lotNo}`.slice(0, 48),
        amountFen: winner.priceFen!,
        paymentTerms: DEFAULT_PAYMENT_TERMS,
        deliveryTerms: `按招标文件及投标文件约定交付：${lot.scope}`,
      });
      tx.audit({
        action: 'tender.lot.award-confirmed', subjectType: 'tender_lot', subjectId: lot.id,
        change: { state: [before, lot.state], awardId: award.id, bidId: winner.id, supplierId: winner.supplier.id, priceFen: winner.priceFen, rank: winner.rank ?? null, againstRankingReason: reason },
      });
      tx.audit({ action: 'tender.contract.drafted', subjectType: 'tender_contract', subjectId: contract.id, change: { lotId: lot.id, amountFen: contract.amountFen } });
      tx.publish(domainEvent('tender.lot.award-published', { lotId: lot.id, trigger: 'award_published' }));
      return award;
    });
  }

  /**
   * 中标后放弃: the winning supplier declines its award before it has signed the contract. The
   * lot fails (re-procuring it is the buyer's new project), the other bidders' deposits are
   * refunded as for any failed lot, and the decliner's held deposit is kept: declining after
   * winning is the forfeiture case the tender documents name (DOMAIN.md, Deposits).
   */
  decline(ctx: TenantContext, lotId: string, reason: string): Promise<TenderAward> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const text = requireText(reason, 'reason', 500);
      const lot = await lockLot(em, lotId);
      const award = await em.findOne(TenderAward, { lot: lot.id }, { populate: ['project', 'supplier'] });
      if (!award || award.supplier.id !== ctx.organisationId) throw new AppError('AWARD_NOTICE_NOT_FOUND');
      const contract = await em.findOne(TenderContract, { lot: lot.id });
      if (contract?.supplierSignature) throw new AppError('AWARD_DECLINE_AFTER_SIGNING');
      const before = lot.state;
      const next = nextAwardedLotState(lot.state, 'decline_award');
      await refuseIfSuspended(em, lot.id);

      const now = new Date();
      Object.assign(award, { declinedAt: now, declineReason: text, updatedAt: now });
      Object.assign(lot, { state: next, failureReason: `中标供应商放弃中标：${text}`.slice(0, 2000), updatedAt: now });
      const depositId = await forfeitHeldDeposit(em, tx, { lotId: lot.id, supplierId: award.supplier.id }, `中标后放弃：${text}`, userId);
      tx.audit({ action: 'tender.award.declined', subjectType: 'tender_lot', subjectId: lot.id, change: { state: [before, next], awardId: award.id, supplierId: award.supplier.id, reason: text, depositId } });
      tx.publish(domainEvent('tender.lot.failed', { lotId: lot.id, trigger: 'lot_failed' }));
      tx.publish(domainEvent('tender.award.declined', { fact: 'withdrawn_after_winning', subjectId: award.id }));
      await completeIfDone(em, ctx, lot.project.id, tx);
      return award;
    });
  }

  private chooseWinner(bids: TenderBid[], input: ConfirmAwardInput): TenderBid {
    if (input.bidId != null) {
      const chosen = isUuid(input.bidId) ? bids.find((b) => b.id === input.bidId) : undefined;
      if (!chosen || chosen.priceFen == null) throw new AppError('AWARD_BID_NOT_VALID', { field: 'input.bidId' });
      return chosen;
    }
    const first = bids.find((b) => b.rank === 1 && b.priceFen != null);
    if (!first) throw new AppError('AWARD_NO_RANKED_BID');
    return first;
  }
}

function againstRankingReason(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  const length = [...text].length;
  if (length < 2 || length > 500) throw new AppError('AWARD_AGAINST_RANKING_NEEDS_REASON', { field: 'input.reason' });
  return text;
}

/** Loads a published award notice (they are public once confirmed). */
export async function findAward(em: EntityManager, lotId: string): Promise<TenderAward> {
  const award = isUuid(lotId) ? await em.findOne(TenderAward, { lot: lotId }, { populate: ['lot', 'project', 'supplier'] }) : null;
  if (!award) throw new AppError('AWARD_NOTICE_NOT_FOUND');
  return award;
}
