import type pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { newId, ormConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudits, type StoredEntry, storedChain } from '../../../test/audit.js';
import { asOwner, contextFor, createTenant, type TestTenant } from '../../../test/tenants.js';
import { TenantDb } from '../database/tenant-db.js';
import { AuditChainWriter } from './audit-chain.writer.js';
import { canonicalTime, changeDigest, entryHash } from './audit-hash.js';
import { type AuditChainReport, AuditProblem } from './audit-report.js';
import { AuditVerifier } from './audit-verifier.service.js';

/**
 * Tampering done directly in the database, as the owner role (still held to the tenant by
 * forced RLS), must each be found at the right place. Batches of 2 make the walk cross
 * batch boundaries.
 */
describe('audit chain verifier', () => {
  let orm: MikroORM;
  let db: TenantDb;
  let verifier: AuditVerifier;

  beforeAll(() => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
    db = new TenantDb(orm, undefined, new AuditChainWriter());
    verifier = new AuditVerifier(db);
  });
  afterAll(() => orm.close(true));

  /** A tenant with a six-entry chain, then the tampering; returns the chain as it was. */
  async function tampered(tamper: (c: pg.Client, chain: StoredEntry[], t: TestTenant) => Promise<unknown>): Promise<{ report: AuditChainReport; chain: StoredEntry[] }> {
    const t = await createTenant();
    await appendAudits(db, t, 6);
    const chain = await asOwner(t.id, storedChain);
    expect(await verifier.verify(contextFor(t))).toEqual({ ok: true, checked: 6 });
    await asOwner(t.id, (c) => tamper(c, chain, t));
    return { report: await verifier.verify(contextFor(t), { batchSize: 2 }), chain };
  }

  /** A forger who knows the encoding: a well-formed entry with a correct hash. */
  async function insertForged(c: pg.Client, t: TestTenant, seq: number, prevHash: string): Promise<string> {
    const fields = {
      tenantId: t.id, id: newId(), actorUserId: null, actorOrganisationId: null, action: 'tenant.settings.update',
      subjectType: 'tenant', subjectId: t.id, changeDigest: changeDigest({ forged: true }), occurredAt: canonicalTime(new Date()),
      requestId: 'forged', prevHash,
    };
    await c.query(
      `insert into audit_entry (id, tenant_id, seq, action, subject_type, subject_id, change_digest, occurred_at, request_id, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [fields.id, t.id, seq, fields.action, fields.subjectType, fields.subjectId, fields.changeDigest, fields.occurredAt, fields.requestId, prevHash, entryHash(fields)],
    );
    return fields.id;
  }

  /** Moves entries seq ≥ from up by one, through negative values so the unique key holds. */
  async function shiftUp(c: pg.Client, from: number): Promise<void> {
    await c.query('update audit_entry set seq = -seq where seq >= $1', [from]);
    await c.query('update audit_entry set seq = -seq + 1 where seq < 0');
  }

  async function swap(c: pg.Client, x: number, y: number): Promise<void> {
    await c.query('update audit_entry set seq = 0 where seq = $1', [x]);
    await c.query('update audit_entry set seq = $1 where seq = $2', [x, y]);
    await c.query('update audit_entry set seq = $1 where seq = 0', [y]);
  }

  it('finds an altered entry', async () => {
    const { report, chain } = await tampered((c) => c.query(`update audit_entry set subject_id = 'someone-else' where seq = 3`));
    expect(report).toEqual({ ok: false, checked: 2, firstBroken: { seq: 3, entryId: chain[2].id, problem: AuditProblem.Altered } });
  });

  it('finds an altered time, even below the millisecond', async () => {
    const { report, chain } = await tampered((c) => c.query(`update audit_entry set occurred_at = occurred_at + interval '1 microsecond' where seq = 5`));
    expect(report.firstBroken).toEqual({ seq: 5, entryId: chain[4].id, problem: AuditProblem.Altered });
  });

  it('finds an entry deleted from the middle', async () => {
    const { report } = await tampered((c) => c.query('delete from audit_entry where seq = 3'));
    expect(report).toEqual({ ok: false, checked: 2, firstBroken: { seq: 3, problem: AuditProblem.Missing } });
  });

  it('finds the last entry deleted', async () => {
    const { report } = await tampered((c) => c.query('delete from audit_entry where seq = 6'));
    expect(report).toEqual({ ok: false, checked: 5, firstBroken: { seq: 6, problem: AuditProblem.Truncated } });
  });

  it('finds a well-formed forged entry appended after the head', async () => {
    let forgedId = '';
    const { report } = await tampered(async (c, chain, t) => {
      forgedId = await insertForged(c, t, 7, chain[5].hash);
    });
    expect(report).toEqual({ ok: false, checked: 6, firstBroken: { seq: 7, entryId: forgedId, problem: AuditProblem.Forged } });
  });

  it('finds a forged entry spliced into the middle', async () => {
    let forgedId = '';
    const { report } = await tampered(async (c, chain, t) => {
      await shiftUp(c, 4);
      forgedId = await insertForged(c, t, 4, chain[2].hash);
      await c.query(`update audit_chain_head set seq = 7`);
    });
    expect(report).toEqual({ ok: false, checked: 3, firstBroken: { seq: 4, entryId: forgedId, problem: AuditProblem.Forged } });
  });

  it('finds two entries swapped', async () => {
    const { report, chain } = await tampered((c) => swap(c, 2, 5));
    expect(report).toEqual({ ok: false, checked: 1, firstBroken: { seq: 2, entryId: chain[4].id, problem: AuditProblem.Reordered } });
  });

  it('finds two neighbours swapped', async () => {
    const { report, chain } = await tampered((c) => swap(c, 3, 4));
    expect(report.firstBroken).toEqual({ seq: 3, entryId: chain[3].id, problem: AuditProblem.Reordered });
  });

  it('finds an entry rewritten with a recomputed hash at the link that follows it', async () => {
    const { report, chain } = await tampered(async (c, chain, t) => {
      await c.query('delete from audit_entry where seq = 3');
      await insertForged(c, t, 3, chain[1].hash);
    });
    expect(report.firstBroken).toEqual({ seq: 4, entryId: chain[3].id, problem: AuditProblem.BrokenLink });
  });

  it('finds a chain head that no longer matches the last entry', async () => {
    const { report, chain } = await tampered((c) => c.query(`update audit_chain_head set hash = repeat('a', 64)`));
    expect(report.firstBroken).toEqual({ seq: 6, entryId: chain[5].id, problem: AuditProblem.HeadMismatch });
  });

  it('finds a deleted chain head', async () => {
    const { report, chain } = await tampered((c) => c.query('delete from audit_chain_head'));
    expect(report.firstBroken).toEqual({ seq: 6, entryId: chain[5].id, problem: AuditProblem.HeadMismatch });
  });

  it('reports an empty chain as intact', async () => {
    const t = await createTenant();
    expect(await verifier.verify(contextFor(t))).toEqual({ ok: true, checked: 0 });
  });
});
