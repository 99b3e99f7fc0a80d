import type pg from 'pg';
import type { TenantDb } from '../src/platform/database/tenant-db.js';
import { contextFor, type TestTenant } from './tenants.js';

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
