import { MikroORM } from '@mikro-orm/postgresql';
import { Test } from '@nestjs/testing';
import { CalendarDay, CalendarDayKind, loadConfig, newId, ormConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudits, storedChain } from '../../../test/audit.js';
import { asOwner, contextFor, createTenant, type TestTenant } from '../../../test/tenants.js';
import { TenantDb } from '../database/tenant-db.js';
import { AUDIT_WRITER } from '../database/tx-effects.js';
import { PlatformModule } from '../platform.module.js';
import { AuditChainWriter } from './audit-chain.writer.js';
import { changeDigest, GENESIS_HASH } from './audit-hash.js';
import { AuditVerifier } from './audit-verifier.service.js';

describe('audit chain writer', () => {
  let orm: MikroORM;
  let db: TenantDb;
  let verifier: AuditVerifier;

  beforeAll(() => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 4 }));
    db = new TenantDb(orm, undefined, new AuditChainWriter());
    verifier = new AuditVerifier(db);
  });
  afterAll(() => orm.close(true));

  const headOf = (t: TestTenant) =>
    asOwner(t.id, async (c) => (await c.query<{ seq: string; hash: string }>('select seq, hash from audit_chain_head')).rows[0]);

  it('records who did what to which subject, in the same transaction', async () => {
    const t = await createTenant();
    const ctx = contextFor(t, { userId: newId(), organisationId: newId() });
    await db.transaction(ctx, async (_em, tx) => {
      tx.audit({ action: 'tenant.settings.update', subjectType: 'tenant', subjectId: t.id, change: { deposits: { interestRateBp: 40 } } });
    });
    const [row] = await asOwner(t.id, async (c) => (await c.query('select * from audit_entry')).rows);
    expect(row).toMatchObject({
      tenant_id: t.id, seq: '1', actor_user_id: ctx.userId, actor_organisation_id: ctx.organisationId,
      action: 'tenant.settings.update', subject_type: 'tenant', subject_id: t.id, request_id: ctx.requestId,
      change_digest: changeDigest({ deposits: { interestRateBp: 40 } }), prev_hash: GENESIS_HASH,
    });
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await headOf(t)).toEqual({ seq: '1', hash: row.hash });
  });

  it('keeps one gapless linear chain per tenant under concurrent writers', async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    const work = Array.from({ length: 45 }, (_, i) => {
      const t = i % 3 === 2 ? b : a;
      return db.transaction(contextFor(t), async (_em, tx) => {
        tx.audit({ action: 'test.concurrent', subjectType: 'thing', subjectId: `t${i}`, change: { i } });
        // Some transactions append two entries: they must stay adjacent and in order.
        if (i % 5 === 0) tx.audit({ action: 'test.concurrent.second', subjectType: 'thing', subjectId: `t${i}`, change: { i } });
        await new Promise((r) => setTimeout(r, i % 4));
      });
    });
    await Promise.all(work);
    const expected = { a: 0, b: 0 };
    for (let i = 0; i < 45; i++) expected[i % 3 === 2 ? 'b' : 'a'] += i % 5 === 0 ? 2 : 1;

    for (const [t, count] of [[a, expected.a], [b, expected.b]] as const) {
      const chain = await asOwner(t.id, storedChain);
      expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      chain.forEach((e, i) => expect(e.prev_hash).toBe(i === 0 ? GENESIS_HASH : chain[i - 1].hash));
      expect(await headOf(t)).toEqual({ seq: String(count), hash: chain[count - 1].hash });
      expect(await verifier.verify(contextFor(t))).toEqual({ ok: true, checked: count });
    }
  });

  it('verifies a consistent snapshot while writers keep appending', async () => {
    const t = await createTenant();
    await appendAudits(db, t, 5);
    const writers = appendAudits(db, t, 15);
    const reports = await Promise.all([verifier.verify(contextFor(t), { batchSize: 2 }), verifier.verify(contextFor(t), { batchSize: 3 })]);
    await writers;
    for (const r of reports) expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(await verifier.verify(contextFor(t))).toEqual({ ok: true, checked: 20 });
  });

  it('denies the app role any update or delete of entries, and deleting the head', async () => {
    const t = await createTenant();
    await appendAudits(db, t, 2);
    const attempt = (sql: string) => db.transaction(contextFor(t), (em) => em.execute(sql));
    await expect(attempt(`update audit_entry set action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(attempt('delete from audit_entry')).rejects.toThrow(/permission denied/);
    await expect(attempt('delete from audit_chain_head')).rejects.toThrow(/permission denied/);
    await expect(attempt(`update audit_chain_head set tenant_id = '${newId()}'`)).rejects.toThrow(/permission denied/);
    expect(await verifier.verify(contextFor(t))).toEqual({ ok: true, checked: 2 });
  });

  it('writes nothing for a transaction that fails, and leaves no gap behind it', async () => {
    const t = await createTenant();
    await appendAudits(db, t, 1);
    await expect(
      db.transaction(contextFor(t), async (_em, tx) => {
        tx.audit({ action: 'test.doomed', subjectType: 'thing', subjectId: 'x', change: {} });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    // The business write fails at flush, after the audit was queued.
    await expect(
      db.transaction(contextFor(t), async (em, tx) => {
        em.create(CalendarDay, { tenantId: t.id, day: '2031-01-01', kind: CalendarDayKind.Holiday, name: 'a' });
        em.create(CalendarDay, { tenantId: t.id, day: '2031-01-01', kind: CalendarDayKind.Holiday, name: 'b' });
        tx.audit({ action: 'test.doomed', subjectType: 'thing', subjectId: 'y', change: {} });
      }),
    ).rejects.toThrow(/unique/);
    // The append itself fails (subject id too long) after the head was locked and moved on.
    await expect(
      db.transaction(contextFor(t), async (_em, tx) => {
        tx.audit({ action: 'test.doomed', subjectType: 'thing', subjectId: 'z', change: {} });
        tx.audit({ action: 'test.doomed', subjectType: 'thing', subjectId: 'z'.repeat(200), change: {} });
      }),
    ).rejects.toThrow(/too long/);
    expect(await asOwner(t.id, async (c) => (await c.query(`select count(*)::int as n from audit_entry where action = 'test.doomed'`)).rows[0].n)).toBe(0);
    expect((await headOf(t)).seq).toBe('1');
    await appendAudits(db, t, 1);
    expect((await asOwner(t.id, storedChain)).map((e) => e.seq)).toEqual([1, 2]);
    expect(await verifier.verify(contextFor(t))).toEqual({ ok: true, checked: 2 });
  });
});

describe('audit chain wiring', () => {
  it('writes queued audits through the platform module, in the API and the workers alike', async () => {
    const module = await Test.createTestingModule({ imports: [PlatformModule.forRoot(loadConfig())] }).compile();
    try {
      expect(module.get(AUDIT_WRITER)).toBeInstanceOf(AuditChainWriter);
      const t = await createTenant();
      await module.get(TenantDb).transaction(contextFor(t), async (_em, tx) => {
        tx.audit({ action: 'test.wired', subjectType: 'thing', subjectId: '1', change: { ok: true } });
      });
      const chain = await asOwner(t.id, storedChain);
      expect(chain).toHaveLength(1);
      expect(await module.get(AuditVerifier).verify(contextFor(t))).toEqual({ ok: true, checked: 1 });
    } finally {
      await module.close();
    }
  });
});
