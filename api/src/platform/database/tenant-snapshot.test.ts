import { MikroORM } from '@mikro-orm/postgresql';
import { CalendarDay, CalendarDayKind, ormConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOwner, contextFor, createTenant } from '../../../test/tenants.js';
import { TenantDb } from './tenant-db.js';

describe('tenant snapshot reads', () => {
  let orm: MikroORM;
  let db: TenantDb;

  beforeAll(() => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
    db = new TenantDb(orm);
  });
  afterAll(() => orm.close(true));

  it('reads one tenant in a read-only, repeatable-read transaction', async () => {
    const [a, b] = await Promise.all([createTenant({ days: [{ day: '2030-05-01', kind: 'holiday', name: '劳动节' }] }), createTenant()]);
    const seen = await db.snapshot(contextFor(a), async (em) => {
      const [settings] = await em.execute<{ iso: string; ro: string }[]>(
        `select current_setting('transaction_isolation') as iso, current_setting('transaction_read_only') as ro`,
      );
      const before = await em.count(CalendarDay, {});
      // A commit by someone else meanwhile stays invisible to this snapshot.
      await asOwner(a.id, (c) => c.query(`insert into calendar_day (id, tenant_id, day, kind, name) values (gen_random_uuid(), $1, '2030-10-01', 'holiday', '国庆')`, [a.id]));
      const after = await em.count(CalendarDay, {});
      const rows = await em.execute<{ tenant_id: string }[]>('select tenant_id from calendar_day');
      return { ...settings, before, after, tenants: new Set(rows.map((r) => r.tenant_id)) };
    });
    expect(seen).toEqual({ iso: 'repeatable read', ro: 'on', before: 1, after: 1, tenants: new Set([a.id]) });
    await expect(
      db.snapshot(contextFor(b), async (em) => {
        em.create(CalendarDay, { tenantId: b.id, day: '2030-01-01', kind: CalendarDayKind.Holiday, name: 'x' });
        await em.flush();
      }),
    ).rejects.toThrow(/read-only/);
  });
});
