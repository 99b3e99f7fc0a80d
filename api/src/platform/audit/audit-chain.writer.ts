import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditInput, newId, type TenantContext } from '@zhengcai/schema';
import type { EffectWriter } from '../database/tx-effects.js';
import { canonicalTime, entryHash, GENESIS_HASH, type HashedFields, sm3Hex } from './audit-hash.js';
import { canonicalJson } from './canonical-json.js';

export interface ChainHead {
  seq: number;
  hash: string;
}

export type AuditDraft = Omit<HashedFields, 'prevHash'> & { change: string | null };
export type AuditLink = HashedFields & { seq: number; hash: string; change: string | null };
type Link = AuditLink;

export const AUDIT_COLUMNS = [
  'id', 'tenant_id', 'seq', 'actor_user_id', 'actor_organisation_id', 'action', 'subject_type',
  'subject_id', 'change_digest', 'change', 'occurred_at', 'request_id', 'prev_hash', 'hash',
];
/** The change goes in as its canonical JSON text, the very bytes its digest was taken over. */
const PLACEHOLDERS = AUDIT_COLUMNS.map((c) => (c === 'change' ? '?::jsonb' : '?'));

/**
 * Appends a transaction's audit entries to its tenant's chain. TenantDb calls it as the last
 * step before commit: everything that can be prepared without the chain (ids, digests) is,
 * then the head row is locked, so concurrent writers of one tenant queue only for the
 * lock-append-commit tail and produce one gapless, linear chain.
 */
@Injectable()
export class AuditChainWriter implements EffectWriter<AuditInput> {
  async write(em: EntityManager, ctx: TenantContext, items: readonly AuditInput[]): Promise<void> {
    if (items.length === 0) return;
    const drafts = this.prepare(ctx, items);
    const links = this.link(drafts, await this.lockHead(em, ctx.tenantId));
    await this.append(em, ctx.tenantId, links);
  }

  /** Everything about the entries that does not depend on the chain: ids, digests, the time. */
  prepare(ctx: TenantContext, items: readonly AuditInput[]): AuditDraft[] {
    const occurredAt = canonicalTime(new Date());
    return items.map((item) => {
      const change = canonicalJson(item.change);
      return {
        tenantId: ctx.tenantId.toLowerCase(),
        id: newId(),
        actorUserId: ctx.userId?.toLowerCase() ?? null,
        actorOrganisationId: ctx.organisationId?.toLowerCase() ?? null,
        action: item.action,
        subjectType: item.subjectType,
        subjectId: item.subjectId,
        changeDigest: sm3Hex(change),
        // jsonb cannot hold U+0000; such a change keeps only its digest.
        change: change.includes('\\u0000') ? null : change,
        occurredAt,
        requestId: ctx.requestId,
      };
    });
  }

  /** Links prepared entries after the head the caller has locked. */
  link(drafts: readonly AuditDraft[], head: ChainHead): AuditLink[] {
    let { seq, hash: prevHash } = head;
    return drafts.map((draft) => {
      const fields = { ...draft, prevHash };
      const link = { ...fields, seq: ++seq, hash: entryHash(fields) };
      prevHash = link.hash;
      return link;
    });
  }

  /**
   * For a caller that locks the head together with its own row and appends in its own
   * statement: the links as one JSON array for `json_populate_recordset(null::audit_entry, …)`,
   * each change embedded as its canonical text.
   */
  static recordset(links: readonly AuditLink[]): string {
    return `[${links.map((l) => {
      const { change, ...rest } = l;
      const row = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
      return `${JSON.stringify(row).slice(0, -1)},"change":${change ?? 'null'}}`;
    }).join(',')}]`;
  }

  /** Creates the tenant's head row if it has none (its first entry). */
  async ensureHead(em: EntityManager, tenantId: string): Promise<void> {
    await this.lockHead(em, tenantId);
  }

  /** Locks the tenant's head row (creating it on the first entry) and reads it. */
  private async lockHead(em: EntityManager, tenantId: string): Promise<ChainHead> {
    const select = `select seq, hash from audit_chain_head where tenant_id = ? for update`;
    let [row] = await em.execute<{ seq: string; hash: string }[]>(select, [tenantId]);
    if (!row) {
      // Two first writers may race here: one inserts, the other waits on the unique key and
      // then finds the row, locked by nobody once the first has committed.
      await em.execute(
        `insert into audit_chain_head (id, tenant_id, seq, hash) values (?, ?, 0, ?) on conflict (tenant_id) do nothing`,
        [newId(), tenantId, GENESIS_HASH],
      );
      [row] = await em.execute<{ seq: string; hash: string }[]>(select, [tenantId]);
    }
    return { seq: Number(row.seq), hash: row.hash };
  }

  /** The entries and the head's move in one statement: one round trip under the lock. */
  private async append(em: EntityManager, tenantId: string, links: readonly Link[]): Promise<void> {
    const rowSql = `(${PLACEHOLDERS.join(', ')})`;
    const params = links.flatMap((l) => [
      l.id, l.tenantId, l.seq, l.actorUserId, l.actorOrganisationId, l.action, l.subjectType,
      l.subjectId, l.changeDigest, l.change, l.occurredAt, l.requestId, l.prevHash, l.hash,
    ]);
    const last = links[links.length - 1];
    await em.execute(
      `with appended as (insert into audit_entry (${AUDIT_COLUMNS.join(', ')}) values ${links.map(() => rowSql).join(', ')})
       update audit_chain_head set seq = ?, hash = ? where tenant_id = ?`,
      [...params, last.seq, last.hash, tenantId],
      'run',
    );
  }
}
