import { Injectable } from '@nestjs/common';
import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { isUuid, parseTenantSettings, PriceFinding, PriceFindingState, Role, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { requireReason } from '../../catalog/problems.js';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import { type FindingAction, nextFindingState } from './finding-state-machine.js';
import { type PriceFindingView, toFindingView } from './price-finding-view.js';

export interface FindingFilter {
  state?: PriceFindingState | null;
  supplierId?: string | null;
  listingId?: string | null;
}

/**
 * What people do with price findings: operators and finance read them all, a supplier its own;
 * the supplier justifies, an operator dismisses (with a reason) or reopens a justified one.
 */
@Injectable()
export class PriceFindingService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: TenantContext, filter: FindingFilter, page: PageRequest): Promise<Connection<PriceFindingView>> {
    return this.page(ctx, this.where(filter), page);
  }

  /** The calling supplier's own findings. */
  mine(ctx: TenantContext, filter: Pick<FindingFilter, 'state' | 'listingId'>, page: PageRequest): Promise<Connection<PriceFindingView>> {
    return this.page(ctx, this.where({ ...filter, supplierId: requireOrganisation(ctx) }), page);
  }

  get(ctx: TenantContext, id: string): Promise<PriceFindingView> {
    return this.db.transaction(ctx, async (em) => toFindingView(await this.find(em, ctx, id)));
  }

  /** The supplier's reason for its price; the deadline waits until an operator decides. */
  justify(ctx: TenantContext, id: string, reason: string): Promise<PriceFindingView> {
    const text = requireReason(reason);
    return this.change(ctx, id, 'justify', async (f) => {
      f.justification = text;
      f.justifiedAt = new Date();
      return { reason: text };
    });
  }

  dismiss(ctx: TenantContext, id: string, reason: string): Promise<PriceFindingView> {
    const text = requireReason(reason);
    return this.change(ctx, id, 'dismiss', async (f) => {
      f.dismissalReason = text;
      f.decidedBy = ctx.userId ?? null;
      f.closedAt = new Date();
      return { reason: text };
    });
  }

  /** The justification is not accepted: a full correction period starts again from now. */
  reopen(ctx: TenantContext, id: string, note: string): Promise<PriceFindingView> {
    const text = requireReason(note, 'note');
    return this.change(ctx, id, 'reopen', async (f, em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      const before = f.dueAt;
      f.dueAt = await workingDeadline(em, ctx.tenantId, new Date(), parseTenantSettings(tenant.settings).inspection.correctionWorkingDays);
      f.decidedBy = ctx.userId ?? null;
      return { note: text, dueBefore: before.toISOString(), dueAt: f.dueAt.toISOString() };
    });
  }

  private change(ctx: TenantContext, id: string, action: FindingAction, apply: (f: PriceFinding, em: EntityManager, tx: TxEffects) => Promise<object>): Promise<PriceFindingView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const f = await this.find(em, ctx, id, true);
      const from = f.state;
      const to = nextFindingState(from, action);
      const change = await apply(f, em, tx);
      f.state = to;
      f.updatedAt = new Date();
      tx.audit({ action: `oversight.price-finding.${action}`, subjectType: 'price_finding', subjectId: f.id, change: { from, to, ...change } });
      return toFindingView(f);
    });
  }

  /** A supplier sees only its own findings; others are not found. */
  private async find(em: EntityManager, ctx: TenantContext, id: string, lock = false): Promise<PriceFinding> {
    const own = ctx.roles.includes(Role.Supplier) && !ctx.roles.includes(Role.TenantOperator) && !ctx.roles.includes(Role.Finance);
    const f = isUuid(id) ? await em.findOne(PriceFinding, { id, ...(own ? { supplierId: requireOrganisation(ctx) } : {}) }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
    if (!f) throw new AppError('PRICE_FINDING_NOT_FOUND');
    return f;
  }

  private where(filter: FindingFilter): FilterQuery<PriceFinding> & object {
    for (const field of ['supplierId', 'listingId'] as const) {
      if (filter[field] && !isUuid(filter[field])) throw new AppError('PRICE_FINDING_FILTER_INVALID', { field: `filter.${field}` });
    }
    return {
      ...(filter.state ? { state: filter.state } : {}),
      ...(filter.supplierId ? { supplierId: filter.supplierId } : {}),
      ...(filter.listingId ? { listingId: filter.listingId } : {}),
    };
  }

  /** Newest first. */
  private page(ctx: TenantContext, where: FilterQuery<PriceFinding>, page: PageRequest): Promise<Connection<PriceFindingView>> {
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    const after = cursor ? { at: new Date(String(cursor[0])), id: String(cursor[1]) } : undefined;
    if (after && (Number.isNaN(after.at.getTime()) || !isUuid(after.id))) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        PriceFinding,
        after ? { $and: [where, { $or: [{ createdAt: { $lt: after.at } }, { createdAt: after.at, id: { $lt: after.id } }] }] } : where,
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
      );
      return toConnection(rows, first, (r) => [r.createdAt.toISOString(), r.id], toFindingView);
    });
  }
}

function requireOrganisation(ctx: TenantContext): string {
  if (!ctx.organisationId) throw new AppError('AUTHENTICATION_REQUIRED');
  return ctx.organisationId;
}
