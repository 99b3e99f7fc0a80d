import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Organisation, TenderAward, TenderBid, TenderBidState, TenderChallenge, TenderChallengeOutcome, TenderChallengeSubject, TenderLot, TenderLotSuspension, type TenantContext, isUuid,
} from '@zhengcai/schema';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { nextTenderChallengeState } from '../tender-state-machines.js';
import { activeSuspension, lockLot, requireBuyerSide, requireText, requireUser } from './lot-access.js';
import { CHALLENGE_WORKING_DAYS } from './award.service.js';

export interface FileChallengeInput {
  lotId: string;
  subject: TenderChallengeSubject;
  content: string;
}

/** DOMAIN.md: the buyer or agency answers a challenge within 7 working days. */
export const ANSWER_WORKING_DAYS = 7;

/** Bids that make their supplier a bidder of the lot (a withdrawn or replaced one does not). */
const BIDDER_STATES = [TenderBidState.Submitted, TenderBidState.Opened, TenderBidState.NotDecrypted, TenderBidState.Invalid, TenderBidState.Disqualified];

/** 质疑 and its answer, and the finance department's suspension of a lot. */
@Injectable()
export class ChallengeService {
  constructor(private readonly db: TenantDb) {}

  /** A bidder challenges the lot within 7 working days of its award notice (tenant calendar). */
  file(ctx: TenantContext, input: FileChallengeInput): Promise<TenderChallenge> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const lot = isUuid(input.lotId) ? await em.findOne(TenderLot, { id: input.lotId }, { populate: ['project'] }) : null;
      if (!lot) throw new AppError('AWARD_LOT_NOT_FOUND');
      const bids = ctx.organisationId ? await em.count(TenderBid, { lot: lot.id, supplier: ctx.organisationId, state: { $in: BIDDER_STATES } }) : 0;
      if (bids === 0) throw new AppError('CHALLENGE_NOT_A_BIDDER');
      const award = await em.findOne(TenderAward, { lot: lot.id });
      if (!award) throw new AppError('AWARD_NOTICE_NOT_FOUND');
      // Counted from the notice at filing time, so a calendar corrected afterwards still applies.
      const until = await workingDeadline(em, ctx.tenantId, award.publishedAt, CHALLENGE_WORKING_DAYS);
      const now = new Date();
      if (now > until) throw new AppError('CHALLENGE_WINDOW_CLOSED', { until: until.toISOString(), days: CHALLENGE_WORKING_DAYS }, { until: until.toISOString() });
      const content = requireText(input.content, 'input.content');
      const challenge = em.create(TenderChallenge, {
        tenantId: ctx.tenantId,
        lot,
        supplier: await em.findOneOrFail(Organisation, { id: ctx.organisationId! }),
        filedBy: userId,
        subject: input.subject,
        content,
        answerDueAt: await workingDeadline(em, ctx.tenantId, now, ANSWER_WORKING_DAYS),
      });
      tx.audit({ action: 'tender.challenge.filed', subjectType: 'tender_challenge', subjectId: challenge.id, change: { lotId: lot.id, subject: input.subject, answerDueAt: challenge.answerDueAt } });
      return challenge;
    });
  }

  /** The buyer or its agency answers with a verdict; the answer is published to the challenger. */
  answer(ctx: TenantContext, id: string, text: string, outcome: TenderChallengeOutcome): Promise<TenderChallenge> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const challenge = await lockChallenge(em, id);
      requireBuyerSide(ctx, challenge.lot.project, true);
      const before = challenge.state;
      const state = nextTenderChallengeState(challenge.state, 'answer');
      const answer = requireText(text, 'answer');
      const now = new Date();
      Object.assign(challenge, { state, answer, outcome, answeredBy: userId, answeredAt: now, updatedAt: now });
      tx.audit({ action: 'tender.challenge.answered', subjectType: 'tender_challenge', subjectId: challenge.id, change: { state: [before, state], outcome, late: now > challenge.answerDueAt } });
      // A groundless challenge counts against the challenger (integrity); the job reads the verdict.
      if (outcome === TenderChallengeOutcome.Groundless) tx.publish(domainEvent('tender.challenge.found-groundless', { fact: 'challenge_groundless', subjectId: challenge.id }));
      return challenge;
    });
  }

  /** 暂停采购活动: nothing on the lot proceeds (award, contract) until finance resumes it. */
  suspend(ctx: TenantContext, lotId: string, reason: string): Promise<TenderLotSuspension> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const lot = await lockLot(em, lotId);
      const text = requireText(reason, 'reason', 500);
      if (await activeSuspension(em, lot.id)) throw new AppError('LOT_ALREADY_SUSPENDED');
      const suspension = em.create(TenderLotSuspension, { tenantId: ctx.tenantId, lot, reason: text, suspendedBy: userId });
      tx.audit({ action: 'tender.lot.suspended', subjectType: 'tender_lot', subjectId: lot.id, change: { suspensionId: suspension.id, reason: text } });
      return suspension;
    });
  }

  resume(ctx: TenantContext, lotId: string): Promise<TenderLotSuspension> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const lot = await lockLot(em, lotId);
      const suspension = await activeSuspension(em, lot.id);
      if (!suspension) throw new AppError('LOT_NOT_SUSPENDED');
      const now = new Date();
      Object.assign(suspension, { liftedAt: now, liftedBy: userId, updatedAt: now });
      tx.audit({ action: 'tender.lot.resumed', subjectType: 'tender_lot', subjectId: lot.id, change: { suspensionId: suspension.id } });
      return suspension;
    });
  }
}

export async function lockChallenge(em: EntityManager, id: string): Promise<TenderChallenge> {
  const challenge = isUuid(id) ? await em.findOne(TenderChallenge, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!challenge) throw new AppError('CHALLENGE_NOT_FOUND');
  await em.populate(challenge, ['lot.project', 'supplier']);
  return challenge;
}
