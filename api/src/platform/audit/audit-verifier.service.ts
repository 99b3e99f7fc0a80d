import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { canonicalTimeSql } from './audit-hash.js';
import type { AuditChainReport } from './audit-report.js';
import { type ChainHeadRow, type ChainRow, walkChain } from './chain-walk.js';

const DEFAULT_BATCH = 1000;
/** Below any seq the chain or a forger could use, so the walk also sees seq ≤ 0. */
const BEFORE_ALL = '-9223372036854775808';

interface EntryRecord {
  id: string;
  tenant_id: string;
  seq: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  change_digest: string;
  occurred_at: string;
  request_id: string;
  prev_hash: string;
  hash: string;
}

const SELECT_ENTRIES = `
  select id, tenant_id, seq, actor_user_id, actor_organisation_id, action, subject_type, subject_id,
         change_digest, ${canonicalTimeSql('occurred_at')} as occurred_at, request_id, prev_hash, hash
  from audit_entry where tenant_id = ? and seq > ? order by seq limit ?`;

/**
 * Walks a tenant's audit chain in batches, on one consistent snapshot (so writers appending
 * meanwhile neither stop it nor look like forgeries), and reports the first broken link.
 */
@Injectable()
export class AuditVerifier {
  constructor(private readonly db: TenantDb) {}

  verify(ctx: TenantContext, options: { batchSize?: number } = {}): Promise<AuditChainReport> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    return this.db.snapshot(ctx, async (em) => {
      const [head] = await em.execute<{ seq: string; hash: string }[]>(
        'select seq, hash from audit_chain_head where tenant_id = ?',
        [ctx.tenantId],
      );
      const headRow: ChainHeadRow | undefined = head && { seq: Number(head.seq), hash: head.hash };
      const exists = async (hash: string) =>
        (await em.execute('select 1 from audit_entry where tenant_id = ? and hash = ? limit 1', [ctx.tenantId, hash])).length > 0;
      return walkChain(entries(em, ctx.tenantId, batchSize), headRow, exists);
    });
  }
}

async function* entries(em: EntityManager, tenantId: string, batchSize: number): AsyncGenerator<ChainRow> {
  let after = BEFORE_ALL;
  for (;;) {
    const batch = await em.execute<EntryRecord[]>(SELECT_ENTRIES, [tenantId, after, batchSize]);
    for (const r of batch) yield toRow(r);
    if (batch.length < batchSize) return;
    after = String(batch[batch.length - 1].seq);
  }
}

function toRow(r: EntryRecord): ChainRow {
  return {
    seq: Number(r.seq),
    id: r.id,
    tenantId: r.tenant_id,
    actorUserId: r.actor_user_id,
    actorOrganisationId: r.actor_organisation_id,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    changeDigest: r.change_digest,
    occurredAt: r.occurred_at,
    requestId: r.request_id,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
