import type pg from 'pg';
import type { TenantDb } from '../src/platform/database/tenant-db.js';
import { newId } from '@zhengcai/schema';
import { asOwner, contextFor, type TestTenant } from './tenants.js';

export interface StoredEntry {
  id: string;
  seq: number;
  prev_hash: string;
  hash: string;
}

/** Appends `count` audit entries to a tenant's chain, one transaction each. */
export async function appendAudits(db: TenantDb, t: TestTenant, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await db.transaction(contextFor(t), async (_em, tx) => {
      tx.audit({ action: 'test.thing.update', subjectType: 'thing', subjectId: `thing-${i}`, change: { step: i } });
    });
  }
}

/** A tenant's entries in seq order, read as the owner. */
export async function storedChain(c: pg.Client): Promise<StoredEntry[]> {
  const { rows } = await c.query<StoredEntry & { seq: string }>('select id, seq, prev_hash, hash from audit_entry order by seq');
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** One entry written straight into a tenant's trail as the owner (not linked into its chain), for reads across tenants. */
export async function insertAuditEntry(tenantId: string, subjectId: string): Promise<string> {
  const id = newId();
  // The entry takes the head's next seq and moves the head, so the product's next entry does not collide with it.
  await asOwner(tenantId, async (c) => {
    await c.query(`insert into audit_chain_head (id, tenant_id, seq, hash) values ($1, $2, 0, repeat('0', 64)) on conflict (tenant_id) do nothing`, [newId(), tenantId]);
    await c.query(
      `with head as (update audit_chain_head set seq = seq + 1 where tenant_id = $2 returning seq)
       insert into audit_entry (id, tenant_id, seq, action, subject_type, subject_id, change_digest, change, occurred_at, request_id, prev_hash, hash)
       values ($1, $2, (select seq from head), 'order.confirm', 'order', $3, $4, $5, now(), 'req', $4, $4)`,
      [id, tenantId, subjectId, '0'.repeat(64), JSON.stringify({ subjectId })],
    );
  });
  return id;
}
