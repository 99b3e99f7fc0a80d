import { MikroORM, type QueryResult } from '@mikro-orm/postgresql';
import { CalendarDay, CalendarDayKind, newId, ormConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenant, type TestTenant } from '../../../test/tenants.js';
import { TenantDb } from './tenant-db.js';

describe('tenant isolation over a pooled connection', () => {
  let orm: MikroORM;
  let db: TenantDb;
  let a: TestTenant;
  let b: TestTenant;

  beforeAll(async () => {
    // A pool of two connections for many concurrent transactions: any leak of the
    // tenant setting from one transaction to the next would show up here.
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
    db = new TenantDb(orm);
    [a, b] = await Promise.all([createTenant(), createTenant()]);
  });
  afterAll(() => orm.close(true));

  const dayOf = (i: number) => new Date(Date.UTC(2030, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

  it('keeps 40 interleaved transactions of two tenants apart', async () => {
    const work = Array.from({ length: 40 }, (_, i) => {
      const t = i % 2 === 0 ? a : b;
      return db.transaction(contextFor(t), async (em) => {
        em.create(CalendarDay, { tenantId: t.id, day: dayOf(i), kind: CalendarDayKind.Holiday, name: `假日${i}` });
        await em.flush();
        // Yield so the other tenant's transactions run in between.
        await new Promise((r) => setTimeout(r, i % 3));
        const seen = await em.find(CalendarDay, {});
        const raw = await em.execute<{ tenant_id: string }[]>('select tenant_id from calendar_day');
        return { tenant: t.id, seen: seen.map((d) => d.tenantId), raw: raw.map((r) => r.tenant_id) };
      });
    });
    const results = await Promise.all(work);
    for (const r of results) {
      expect(new Set(r.seen)).toEqual(new Set([r.tenant]));
      expect(new Set(r.raw)).toEqual(new Set([r.tenant]));
    }
    const counts = await Promise.all([a, b].map((t) => db.transaction(contextFor(t), (em) => em.count(CalendarDay, {}))));
    expect(counts).toEqual([20, 20]);
  });

  it('shows no rows to a query without a tenant, even after tenant transactions on the same connections', async () => {
    const rows = await orm.em.fork().execute('select * from calendar_day');
    expect(rows).toEqual([]);
    const setting = await orm.em.fork().execute<{ v: string | null }[]>(`select current_setting('app.tenant_id', true) as v`);
    expect(setting[0].v ?? '').toBe('');
  });

  it('refuses to write a row for another tenant', async () => {
    await expect(
      db.transaction(contextFor(a), (em) =>
        em.execute(`insert into calendar_day (id, tenant_id, day, kind, name) values (?, ?, '2031-01-01', 'holiday', 'x')`, [newId(), b.id]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('cannot update or delete another tenant\'s rows', async () => {
    const [bDay] = await db.transaction(contextFor(b), (em) => em.find(CalendarDay, {}, { limit: 1 }));
    const changed = await db.transaction(contextFor(a), async (em) => {
      const updated = await em.execute<QueryResult>(`update calendar_day set name = 'hijacked' where id = ?`, [bDay.id], 'run');
      const deleted = await em.execute<QueryResult>(`delete from calendar_day where id = ?`, [bDay.id], 'run');
      return { updated: updated.affectedRows, deleted: deleted.affectedRows };
    });
    expect(changed).toEqual({ updated: 0, deleted: 0 });
    const still = await db.transaction(contextFor(b), (em) => em.findOneOrFail(CalendarDay, bDay.id));
    expect(still.name).toBe(bDay.name);
  });

  it('fails loudly when ORM code queries a tenant-owned entity without a tenant', async () => {
    await expect(orm.em.fork().find(CalendarDay, {})).rejects.toThrow(/tenant/);
  });

  it('shows the search views only the session tenant\'s rows, whatever the query asks for', async () => {
    const term = `zz${newId().slice(-8)}`;
    for (const t of [a, b]) await db.transaction(contextFor(t), (em) => em.execute(`insert into search_term (tenant_id, term) values (?, ?)`, [t.id, term]));
    const seen = await db.transaction(contextFor(a), (em) =>
      em.execute<{ tenant_id: string }[]>(`select tenant_id from search_term_visible where term = ? or tenant_id = ?`, [term, b.id]));
    expect(seen.map((r) => r.tenant_id)).toEqual([a.id]);
    const documents = await db.transaction(contextFor(a), (em) => em.execute<{ n: number }[]>(`select count(*)::int as n from search_document_visible where tenant_id <> ?`, [a.id]));
    expect(documents[0].n).toBe(0);
    expect(await orm.em.fork().execute(`select * from search_term_visible where term = ?`, [term])).toEqual([]);
  });
});
