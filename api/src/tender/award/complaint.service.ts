import { Injectable } from '@nestjs/common';
import { completeIfDone } from '../project-completion.js';
import { LockMode } from '@mikro-orm/core';
import {
  TenderChallengeState, TenderComplaint, TenderComplaintRemedy, TenderComplaintState, type TenantContext, isUuid,
} from '@zhengcai/schema';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { nextAwardedLotState, nextTenderComplaintState } from '../tender-state-machines.js';
import { lockChallenge } from './challenge.service.js';
import { lockLot, requireText, requireUser } from './lot-access.js';

/** DOMAIN.md: complaints within 15 working days after the answer period; decided within 30. */
export const COMPLAINT_WORKING_DAYS = 15;
export const DECISION_WORKING_DAYS = 30;

export interface DecideComplaintInput {
  id: string;
  upheld: boolean;
  reason: string;
  /** What an upheld complaint orders; NONE for a dismissal. */
  remedy: TenderComplaintRemedy;
}

/** 投诉 to the finance department and its decision. */
@Injectable()
export class ComplaintService {
  constructor(private readonly db: TenantDb) {}

  /** The challenger complains once the answer came or its period ended, within 15 working days of that period's end. */
  file(ctx: TenantContext, challengeId: string, content: string): Promise<TenderComplaint> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const challenge = await lockChallenge(em, challengeId);
      if (challenge.supplier.id !== ctx.organisationId) throw new AppError('COMPLAINT_NOT_CHALLENGER');
      const now = new Date();
      if (challenge.state === TenderChallengeState.Pending && now <= challenge.answerDueAt) {
        throw new AppError('COMPLAINT_TOO_EARLY', { until: challenge.answerDueAt.toISOString() }, { until: challenge.answerDueAt.toISOString() });
      }
      const until = await workingDeadline(em, ctx.tenantId, challenge.answerDueAt, COMPLAINT_WORKING_DAYS);
      if (now > until) throw new AppError('COMPLAINT_WINDOW_CLOSED', { until: until.toISOString(), days: COMPLAINT_WORKING_DAYS }, { until: until.toISOString() });
      const earlier = await em.findOne(TenderComplaint, { challenge: challenge.id });
      if (earlier) throw new AppError('TENDER_COMPLAINT_TRANSITION_NOT_ALLOWED', { state: earlier.state, action: 'file' });
      const text = requireText(content, 'content');
      const complaint = em.create(TenderComplaint, {
        tenantId: ctx.tenantId,
        challenge,
        lot: challenge.lot,
        supplier: challenge.supplier,
        filedBy: userId,
        content: text,
        decisionDueAt: await workingDeadline(em, ctx.tenantId, now, DECISION_WORKING_DAYS),
      });
      tx.audit({ action: 'tender.complaint.filed', subjectType: 'tender_complaint', subjectId: complaint.id, change: { challengeId: challenge.id, lotId: challenge.lot.id, decisionDueAt: complaint.decisionDueAt } });
      return complaint;
    });
  }

  /** Finance decides: dismissed, or upheld (recorded; with FAIL_LOT the award is void and the lot fails). */
  decide(ctx: TenantContext, input: DecideComplaintInput): Promise<TenderComplaint> {
    return this.db.transaction(ctx, async (em, tx) => {
      const userId = requireUser(ctx);
      const complaint = isUuid(input.id) ? await em.findOne(TenderComplaint, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!complaint) throw new AppError('COMPLAINT_NOT_FOUND');
      await em.populate(complaint, ['supplier', 'lot.project']);
      const before = complaint.state;
      const state = nextTenderComplaintState(complaint.state, input.upheld ? 'uphold' : 'dismiss');
      if (!input.upheld && input.remedy !== TenderComplaintRemedy.None) throw new AppError('COMPLAINT_REMEDY_NEEDS_UPHOLD', { field: 'input.remedy' });
      const reason = requireText(input.reason, 'input.reason');
      const now = new Date();
      Object.assign(complaint, { state, decisionReason: reason, remedy: input.remedy, decidedBy: userId, decidedAt: now, updatedAt: now });
      tx.audit({ action: 'tender.complaint.decided', subjectType: 'tender_complaint', subjectId: complaint.id, change: { state: [before, state], remedy: input.remedy, late: now > complaint.decisionDueAt } });
      if (state === TenderComplaintState.Upheld && input.remedy === TenderComplaintRemedy.FailLot) {
        const lot = await lockLot(em, complaint.lot.id);
        const lotBefore = lot.state;
        lot.state = nextAwardedLotState(lot.state, 'void_award');
        lot.failureReason = `投诉成立，中标无效：${reason}`.slice(0, 2000);
        lot.updatedAt = now;
        tx.audit({ action: 'tender.lot.failed', subjectType: 'tender_lot', subjectId: lot.id, change: { state: [lotBefore, lot.state], complaintId: complaint.id } });
        tx.publish(domainEvent('tender.lot.failed', { lotId: lot.id, trigger: 'lot_failed' }));
        // The award is void for the winner's conduct: counted against the winner's integrity.
        tx.publish(domainEvent('tender.complaint.award-voided', { fact: 'complaint_upheld', subjectId: complaint.id }));
        await completeIfDone(em, ctx, lot.project.id, tx);
      }
      return complaint;
    });
  }
}
