import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../pagination/keyset.js';
import { canonicalTimeSql, entryHash, sm3Hex } from './audit-hash.js';
import { canonicalJson } from './canonical-json.js';

/** Whether an entry's stored change still hashes to the digest the chain covers. */
export enum AuditChangeCheck {
  Matches = 'MATCHES',
  Mismatch = 'MISMATCH',
  /** Written before the change body was kept: only the digest exists. */
  NotRecorded = 'NOT_RECORDED',
}

export interface AuditTrailFilter {
  subjectType?: string | null;
  subjectId?: string | null;
  actorUserId?: string | null;
  actorOrganisationId?: string | null;
  /** Matches the action itself and everything under it: `order` finds `order.confirm`. */
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface AuditEntryView {
  id: string;
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorOrganisationId: string | null;
  actorOrganisationName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  requestId: string;
  /** Canonical JSON of the change, or null on entries written before it was kept. */
  change: string | null;
  changeDigest: string;
  changeCheck: AuditChangeCheck;
  /** The entry's own fields still hash to its stored hash (its link to the previous entry is the verifier's job). */
  entryIntact: boolean;
  prevHash: string;
  hash: string;
}

interface Row {
  id: string;
  tenant_id: string;
  seq: string;
  occurred_at: Date;
  occurred_text: string;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_organisation_id: string | null;
  actor_organisation_name: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  request_id: string;
  change: string | null;
  change_digest: string;
  prev_hash: string;
  hash: string;
}

// Names come from one join per page rather than a lookup per entry.
const SELECT = `
  select e.id, e.tenant_id, e.seq, e.occurred_at, ${canonicalTimeSql('e.occurred_at')} as occurred_text,
         e.actor_user_id, u.display_name as actor_name, e.actor_organisation_id, o.name as actor_organisation_name,
         e.action, e.subject_type, e.subject_id, e.request_id, e.change::text as change, e.change_digest, e.prev_hash, e.hash
  from audit_entry e
  left join user_account u on u.tenant_id = e.tenant_id and u.id = e.actor_user_id
  left join organisation o on o.tenant_id = e.tenant_id and o.id = e.actor_organisation_id`;

const LIMITS = { subjectType: 64, subjectId: 128, action: 128 } as const;

/** Reads of the tenant's audit trail for the audit view: newest first, filtered, keyset-paged by seq. */
@Injectable()
export class AuditTrail {
  constructor(private readonly db: TenantDb) {}

  list(ctx: TenantContext, filter: AuditTrailFilter, page: PageRequest): Promise<Connection<AuditEntryView>> {
    const first = pageSize(page);
    const where = whereOf(filter);
    if (page.after) {
      const [seq] = decodeCursor(page.after, 1);
      if (!Number.isSafeInteger(seq)) throw new AppError('INVALID_CURSOR');
      where.sql.push('e.seq < ?');
      where.params.push(seq);
    }
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.execute<Row[]>(
        `${SELECT} where e.tenant_id = ? ${where.sql.map((s) => `and ${s}`).join(' ')} order by e.seq desc limit ?`,
        [ctx.tenantId, ...where.params, first + 1],
      );
      return toConnection(rows, first, (r) => [Number(r.seq)], toView);
    });
  }

  get(ctx: TenantContext, id: string): Promise<AuditEntryView> {
    if (!isUuid(id)) return Promise.reject(new AppError('AUDIT_ENTRY_NOT_FOUND'));
    return this.db.transaction(ctx, async (em: EntityManager) => {
      const [row] = await em.execute<Row[]>(`${SELECT} where e.tenant_id = ? and e.id = ?`, [ctx.tenantId, id]);
      if (!row) throw new AppError('AUDIT_ENTRY_NOT_FOUND');
      return toView(row);
    });
  }
}

/** Validates the filter before anything is read; each problem names its field. */
function whereOf(f: AuditTrailFilter): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const key of ['subjectType', 'subjectId', 'action'] as const) {
    const value = f[key];
    if (value != null && value.length > LIMITS[key]) throw new AppError('AUDIT_FILTER_TOO_LONG', { field: `filter.${key}`, max: LIMITS[key] });
  }
  for (const key of ['actorUserId', 'actorOrganisationId'] as const) {
    const value = f[key];
    if (value != null && value !== '' && !isUuid(value)) throw new AppError('AUDIT_FILTER_ID', { field: `filter.${key}` });
  }
  if (f.from && f.to && f.to.getTime() < f.from.getTime()) throw new AppError('AUDIT_FILTER_RANGE', { field: 'filter.to' });

  if (f.subjectType) { sql.push('e.subject_type = ?'); params.push(f.subjectType); }
  if (f.subjectId) { sql.push('e.subject_id = ?'); params.push(f.subjectId); }
  if (f.actorUserId) { sql.push('e.actor_user_id = ?'); params.push(f.actorUserId.toLowerCase()); }
  if (f.actorOrganisationId) { sql.push('e.actor_organisation_id = ?'); params.push(f.actorOrganisationId.toLowerCase()); }
  if (f.action) {
    // `order` matches `order` and `order.*`, not `orderly.*`; a prefix ending in a dot matches below it only.
    const prefix = f.action.replace(/[\\%_]/g, (c) => `\\${c}`);
    if (f.action.endsWith('.')) {
      sql.push(`e.action like ?`);
      params.push(`${prefix}%`);
    } else {
      sql.push(`(e.action = ? or e.action like ?)`);
      params.push(f.action, `${prefix}.%`);
    }
  }
  if (f.from) { sql.push('e.occurred_at >= ?'); params.push(f.from); }
  if (f.to) { sql.push('e.occurred_at <= ?'); params.push(f.to); }
  return { sql, params };
}

function toView(r: Row): AuditEntryView {
  const change = r.change === null ? null : canonicalJson(parseExact(r.change));
  return {
    id: r.id,
    seq: Number(r.seq),
    occurredAt: new Date(r.occurred_at),
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    actorOrganisationId: r.actor_organisation_id,
    actorOrganisationName: r.actor_organisation_name,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    requestId: r.request_id,
    change,
    changeDigest: r.change_digest,
    changeCheck: change === null ? AuditChangeCheck.NotRecorded : sm3Hex(change) === r.change_digest ? AuditChangeCheck.Matches : AuditChangeCheck.Mismatch,
    entryIntact:
      entryHash({
        tenantId: r.tenant_id, id: r.id, actorUserId: r.actor_user_id, actorOrganisationId: r.actor_organisation_id, action: r.action,
        subjectType: r.subject_type, subjectId: r.subject_id, changeDigest: r.change_digest, occurredAt: r.occurred_text,
        requestId: r.request_id, prevHash: r.prev_hash,
      }) === r.hash,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** JSON.parse that keeps integers beyond 2^53 (fen amounts) exact, as the digest was taken over them. */
function parseExact(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown, context?: { source?: string }) =>
    typeof value === 'number' && !Number.isSafeInteger(value) && context?.source && /^-?\d+$/.test(context.source) ? BigInt(context.source) : value,
  );
}
