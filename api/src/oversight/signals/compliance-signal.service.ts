import { Injectable } from '@nestjs/common';
import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { ComplianceSignal, type ComplianceSignalKind, type ComplianceSignalState, isUuid, type TenantContext } from '@zhengcai/schema';
import { requireReason } from '../../catalog/problems.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { type ComplianceSignalView, toSignalViews } from './compliance-signal-view.js';
import { nextSignalState, type SignalAction } from './signal-state-machine.js';

export interface SignalFilter {
  kind?: ComplianceSignalKind | null;
  state?: ComplianceSignalState | null;
  /** Raised at or after. */
  from?: Date | null;
  /** Raised before. */
  to?: Date | null;
  lotId?: string | null;
  unitId?: string | null;
}

const REFERRAL_TARGET_MAX = 100;

/** Finance reviews signals (dismiss with a reason, refer with a note); operators read them. */
@Injectable()
export class ComplianceSignalService {
  constructor(private readonly db: TenantDb) {}

  /** Newest first. */
  list(ctx: TenantContext, filter: SignalFilter, page: PageRequest): Promise<Connection<ComplianceSignalView>> {
    const where = this.where(filter);
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    const after = cursor ? { at: new Date(String(cursor[0])), id: String(cursor[1]) } : undefined;
    if (after && (Number.isNaN(after.at.getTime()) || !isUuid(after.id))) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        ComplianceSignal,
        after ? { $and: [where, { $or: [{ createdAt: { $lt: after.at } }, { createdAt: after.at, id: { $lt: after.id } }] }] } : where,
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
      );
      const views = new Map((await toSignalViews(em, rows)).map((v) => [v.id, v]));
      return toConnection(rows, first, (r) => [r.createdAt.toISOString(), r.id], (r) => views.get(r.id)!);
    });
  }

  get(ctx: TenantContext, id: string): Promise<ComplianceSignalView> {
    return this.db.transaction(ctx, async (em) => (await toSignalViews(em, [await find(em, id)]))[0]);
  }

  dismiss(ctx: TenantContext, id: string, reason: string): Promise<ComplianceSignalView> {
    const text = requireReason(reason);
    return this.review(ctx, id, 'dismiss', (s) => {
      s.dismissalReason = text;
      return { reason: text };
    });
  }

  refer(ctx: TenantContext, id: string, to: string, note: string): Promise<ComplianceSignalView> {
    const target = (to ?? '').trim();
    if ([...target].length < 2 || [...target].length > REFERRAL_TARGET_MAX || /[\u0000-\u001f]/.test(target)) {
      throw new AppError('COMPLIANCE_REFERRAL_TARGET_REQUIRED', { field: 'to', max: REFERRAL_TARGET_MAX });
    }
    const text = requireReason(note, 'note');
    return this.review(ctx, id, 'refer', (s) => {
      s.referredTo = target;
      s.referralNote = text;
      return { to: target, note: text };
    });
  }

  private review(ctx: TenantContext, id: string, action: SignalAction, apply: (s: ComplianceSignal) => object): Promise<ComplianceSignalView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const s = await find(em, id, true);
      const from = s.state;
      const to = nextSignalState(from, action);
      const change = apply(s);
      const now = new Date();
      s.state = to;
      s.reviewerId = ctx.userId ?? null;
      s.reviewedAt = now;
      s.updatedAt = now;
      tx.audit({ action: `oversight.compliance-signal.${action}`, subjectType: 'compliance_signal', subjectId: s.id, change: { from, to, kind: s.kind, ...change } });
      await em.flush();
      return (await toSignalViews(em, [s]))[0];
    });
  }

  private where(filter: SignalFilter): FilterQuery<ComplianceSignal> & object {
    for (const field of ['lotId', 'unitId'] as const) {
      if (filter[field] && !isUuid(filter[field])) throw new AppError('COMPLIANCE_SIGNAL_FILTER_INVALID', { field: `filter.${field}` });
    }
    if (filter.from && filter.to && filter.to.getTime() < filter.from.getTime()) throw new AppError('COMPLIANCE_SIGNAL_FILTER_INVALID', { field: 'filter.to' });
    const created = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    return {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.state ? { state: filter.state } : {}),
      ...(filter.lotId ? { lotId: filter.lotId } : {}),
      ...(filter.unitId ? { unitId: filter.unitId } : {}),
      ...(Object.keys(created).length ? { createdAt: created } : {}),
    };
  }
}

async function find(em: EntityManager, id: string, lock = false): Promise<ComplianceSignal> {
  const s = isUuid(id) ? await em.findOne(ComplianceSignal, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!s) throw new AppError('COMPLIANCE_SIGNAL_NOT_FOUND', { field: 'id' });
  return s;
}
