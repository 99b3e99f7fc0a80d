import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/postgresql';
import { IntegrityAppeal, IntegrityAppealState, IntegrityEvent, IntegrityEventState, isUuid, type TenantContext } from '@zhengcai/schema';
import { requireReason } from '../../catalog/problems.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { IntegrityStandings } from './integrity-standings.js';

export interface AppealResult {
  appealId: string;
  eventId: string;
  state: IntegrityAppealState;
}

/**
 * Appeals: a supplier appeals one of its own events with a reason (the event keeps counting
 * meanwhile); an operator upholds it (the event is removed and the score recomputed at once)
 * or rejects it with a reason.
 */
@Injectable()
export class IntegrityAppeals {
  constructor(
    private readonly db: TenantDb,
    private readonly standings: IntegrityStandings,
  ) {}

  appeal(ctx: TenantContext, eventId: string, reason: string): Promise<AppealResult> {
    const text = requireReason(reason);
    const supplierId = ctx.organisationId;
    if (!supplierId) throw new AppError('AUTHENTICATION_REQUIRED');
    return this.db.transaction(ctx, async (em, tx) => {
      // Another supplier's event is not found: its existence is not the caller's business.
      const event = isUuid(eventId) ? await em.findOne(IntegrityEvent, { id: eventId, supplierId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!event) throw new AppError('INTEGRITY_EVENT_NOT_FOUND', { field: 'eventId' });
      if (event.state === IntegrityEventState.Appealed) throw new AppError('INTEGRITY_APPEAL_ALREADY_OPEN', { field: 'eventId' });
      if (event.state === IntegrityEventState.Removed) throw new AppError('INTEGRITY_EVENT_NOT_APPEALABLE', { field: 'eventId' });
      const appeal = em.create(IntegrityAppeal, { tenantId: ctx.tenantId, eventId: event.id, supplierId, reason: text, appealedBy: ctx.userId! });
      event.state = IntegrityEventState.Appealed;
      event.updatedAt = new Date();
      await em.flush();
      tx.audit({ action: 'integrity.appeal.open', subjectType: 'integrity_event', subjectId: event.id, change: { appealId: appeal.id, reason: text } });
      return { appealId: appeal.id, eventId: event.id, state: appeal.state };
    });
  }

  decide(ctx: TenantContext, appealId: string, uphold: boolean, reason: string): Promise<AppealResult> {
    const text = requireReason(reason);
    return this.db.transaction(ctx, async (em, tx) => {
      const appeal = isUuid(appealId) ? await em.findOne(IntegrityAppeal, { id: appealId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!appeal) throw new AppError('INTEGRITY_APPEAL_NOT_FOUND', { field: 'appealId' });
      if (appeal.state !== IntegrityAppealState.Open) throw new AppError('INTEGRITY_APPEAL_ALREADY_DECIDED', { state: appeal.state, field: 'appealId' });
      const event = await em.findOneOrFail(IntegrityEvent, { id: appeal.eventId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      Object.assign(appeal, { state: uphold ? IntegrityAppealState.Upheld : IntegrityAppealState.Rejected, decisionReason: text, decidedBy: ctx.userId ?? null, decidedAt: new Date() });
      event.state = uphold ? IntegrityEventState.Removed : IntegrityEventState.Effective;
      event.updatedAt = new Date();
      await em.flush();
      tx.audit({ action: `integrity.appeal.${uphold ? 'uphold' : 'reject'}`, subjectType: 'integrity_event', subjectId: event.id, change: { appealId: appeal.id, reason: text, eventState: event.state } });
      if (uphold) await this.standings.recompute(em, tx, ctx, new Date(), event.supplierId);
      return { appealId: appeal.id, eventId: event.id, state: appeal.state };
    });
  }
}
