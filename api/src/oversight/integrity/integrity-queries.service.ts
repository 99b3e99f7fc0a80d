import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, Organisation, OrganisationKind, parseTenantSettings, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { bandOf, COUNTED_STATES, decayedSql } from './integrity-standings.js';
import type { IntegrityAppealView, IntegrityEventView, IntegrityStandingView } from './integrity-views.js';

export interface StandingFilter {
  band?: string | null;
  blocked?: boolean | null;
}

interface EventRow {
  id: string; supplier_id: string; kind: IntegrityEventView['kind']; occurred_at: Date; points: number; points_now: string; evidence: IntegrityEventView['evidence'];
  state: IntegrityEventView['state']; entered_by: string | null;
  a_id: string | null; a_reason: string | null; a_state: IntegrityAppealView['state'] | null; a_decision: string | null; a_created: Date | null; a_decided: Date | null;
}

/** Reads of integrity: a supplier its own; operators and finance every supplier's, with appeals. */
@Injectable()
export class IntegrityQueries {
  constructor(private readonly db: TenantDb) {}

  mine(ctx: TenantContext, page: PageRequest) {
    if (!ctx.organisationId) throw new AppError('AUTHENTICATION_REQUIRED');
    return this.supplier(ctx, ctx.organisationId, page);
  }

  /** The supplier's standing (computed, or the base score before the first recompute) and its events, newest first. */
  supplier(ctx: TenantContext, supplierId: string, page: PageRequest): Promise<{ standing: IntegrityStandingView; events: Connection<IntegrityEventView> }> {
    if (!isUuid(supplierId)) throw new AppError('SUPPLIER_NOT_FOUND', { field: 'supplierId' });
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    return this.db.transaction(ctx, async (em) => {
      const org = await em.findOne(Organisation, { id: supplierId, kind: OrganisationKind.Supplier });
      if (!org) throw new AppError('SUPPLIER_NOT_FOUND', { field: 'supplierId' });
      const halfLife = await this.halfLife(em, ctx);
      const rows = await em.execute<EventRow[]>(
        `select e.id, e.supplier_id, e.kind, e.occurred_at, e.points, e.evidence, e.state, e.entered_by,
                case when e.state in ${COUNTED_STATES} then round(${decayedSql('e', 'now()', '?::numeric')}, 2) else 0 end::text as points_now,
                a.id as a_id, a.reason as a_reason, a.state as a_state, a.decision_reason as a_decision, a.created_at as a_created, a.decided_at as a_decided
         from integrity_event e
         left join lateral (select * from integrity_appeal x where x.tenant_id = e.tenant_id and x.event_id = e.id order by x.created_at desc limit 1) a on true
         where e.tenant_id = ? and e.supplier_id = ? ${cursor ? 'and (e.occurred_at, e.id) < (?::timestamptz, ?::uuid)' : ''}
         order by e.occurred_at desc, e.id desc limit ?`,
        [halfLife, ctx.tenantId, supplierId, ...(cursor ? [String(cursor[0]), String(cursor[1])] : []), first + 1],
      );
      const events = toConnection(rows, first, (r) => [new Date(r.occurred_at).toISOString(), r.id], toEventView);
      return { standing: (await this.standingsOf(em, ctx, { supplierId }))[0], events };
    });
  }

  standings(ctx: TenantContext, filter: StandingFilter, page: PageRequest): Promise<Connection<IntegrityStandingView>> {
    if (filter.band && !['A', 'B', 'C', 'D'].includes(filter.band)) throw new AppError('INTEGRITY_FILTER_INVALID', { field: 'filter.band' });
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    return this.db.transaction(ctx, async (em) => {
      const rows = await this.standingsOf(em, ctx, { ...filter, after: cursor ? { score: Number(cursor[0]), id: String(cursor[1]) } : undefined, limit: first + 1 });
      return toConnection(rows, first, (r) => [r.score, r.supplierId], (r) => r);
    });
  }

  /** Open appeals first, oldest first: the queue an operator works through; or decided ones, newest first. */
  appeals(ctx: TenantContext, filter: { state?: string | null }, page: PageRequest): Promise<Connection<IntegrityAppealView>> {
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    const state = filter.state ?? 'open';
    const asc = state === 'open';
    return this.db.transaction(ctx, async (em) => {
      const halfLife = await this.halfLife(em, ctx);
      const rows = await em.execute<(EventRow & { ap_id: string; ap_supplier: string; supplier_name: string; ap_reason: string; ap_state: IntegrityAppealView['state']; ap_decision: string | null; ap_created: Date; ap_decided: Date | null })[]>(
        `select ap.id as ap_id, ap.supplier_id as ap_supplier, o.name as supplier_name, ap.reason as ap_reason, ap.state as ap_state, ap.decision_reason as ap_decision,
                ap.created_at as ap_created, ap.decided_at as ap_decided,
                e.id, e.supplier_id, e.kind, e.occurred_at, e.points, e.evidence, e.state, e.entered_by,
                case when e.state in ${COUNTED_STATES} then round(${decayedSql('e', 'now()', '?::numeric')}, 2) else 0 end::text as points_now,
                ap.id as a_id, ap.reason as a_reason, ap.state as a_state, ap.decision_reason as a_decision, ap.created_at as a_created, ap.decided_at as a_decided
         from integrity_appeal ap join integrity_event e on e.id = ap.event_id join organisation o on o.id = ap.supplier_id
         where ap.tenant_id = ? and ap.state = ? ${cursor ? `and (ap.created_at, ap.id) ${asc ? '>' : '<'} (?::timestamptz, ?::uuid)` : ''}
         order by ap.created_at ${asc ? 'asc' : 'desc'}, ap.id ${asc ? 'asc' : 'desc'} limit ?`,
        [halfLife, ctx.tenantId, state, ...(cursor ? [String(cursor[0]), String(cursor[1])] : []), first + 1],
      );
      return toConnection(rows, first, (r) => [new Date(r.ap_created).toISOString(), r.ap_id], (r) => ({
        id: r.ap_id, eventId: r.id, supplierId: r.ap_supplier, supplierName: r.supplier_name, reason: r.ap_reason, state: r.ap_state,
        decisionReason: r.ap_decision, createdAt: new Date(r.ap_created), decidedAt: dateOrNull(r.ap_decided), event: toEventView(r),
      }));
    });
  }

  private async halfLife(em: EntityManager, ctx: TenantContext): Promise<number> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    return parseTenantSettings(tenant.settings).integrity.halfLifeDays;
  }

  /** Suppliers with their standing, lowest score first; before a first recompute, the base score and its band. */
  private async standingsOf(em: EntityManager, ctx: TenantContext, f: StandingFilter & { supplierId?: string; after?: { score: number; id: string }; limit?: number }): Promise<IntegrityStandingView[]> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const r = parseTenantSettings(tenant.settings).integrity;
    const baseBand = bandOf(r.baseScore, r);
    const baseBlocked = baseBand >= r.blockBand;
    const where: string[] = [`o.tenant_id = ?`, `o.kind = 'supplier'`];
    const params: unknown[] = [ctx.tenantId];
    if (f.supplierId) { where.push('o.id = ?'); params.push(f.supplierId); }
    if (f.band) { where.push('coalesce(s.band, ?) = ?'); params.push(baseBand, f.band); }
    if (f.blocked !== undefined && f.blocked !== null) { where.push('(coalesce(s.blocked_by_band, ?) or o.integrity_blocked) = ?'); params.push(baseBlocked, f.blocked); }
    if (f.after) { where.push('(coalesce(s.score, ?), o.id) > (?, ?::uuid)'); params.push(r.baseScore, f.after.score, f.after.id); }
    const rows = await em.execute<{ id: string; name: string; score: number; band: string; blocked: boolean; operator: boolean; n: number; computed_at: Date | null }[]>(
      `select o.id, o.name, coalesce(s.score, ?) as score, coalesce(s.band, ?) as band, coalesce(s.blocked_by_band, ?) as blocked, o.integrity_blocked as operator,
              coalesce(s.event_count, 0) as n, s.computed_at
       from organisation o left join integrity_standing s on s.supplier_id = o.id
       where ${where.join(' and ')}
       order by coalesce(s.score, ?) asc, o.id asc ${f.limit ? 'limit ?' : ''}`,
      [r.baseScore, baseBand, baseBlocked, ...params, r.baseScore, ...(f.limit ? [f.limit] : [])],
    );
    return rows.map((x) => ({
      supplierId: x.id, supplierName: x.name, score: Number(x.score), band: x.band, blockedByBand: x.blocked, operatorBlocked: x.operator,
      eventCount: Number(x.n), computedAt: dateOrNull(x.computed_at),
    }));
  }
}

function toEventView(r: EventRow): IntegrityEventView {
  return {
    id: r.id, supplierId: r.supplier_id, kind: r.kind, occurredAt: new Date(r.occurred_at), points: r.points, pointsNow: Number(r.points_now),
    evidence: r.evidence, state: r.state, manual: r.entered_by !== null,
    appeal: r.a_id ? { id: r.a_id, eventId: r.id, supplierId: r.supplier_id, reason: r.a_reason!, state: r.a_state!, decisionReason: r.a_decision, createdAt: new Date(r.a_created!), decidedAt: dateOrNull(r.a_decided) } : null,
  };
}

/** Raw rows carry timestamps as text. */
function dateOrNull(v: Date | string | null): Date | null {
  return v === null ? null : new Date(v);
}
