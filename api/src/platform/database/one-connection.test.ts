import { MikroORM } from '@mikro-orm/postgresql';
import { CalendarDay, CalendarDayKind, ormConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenant, type TestTenant } from '../../../test/tenants.js';
import { NestedTransactionError } from './one-connection.js';
import { PlatformDb } from './platform-db.js';
import { TenantDb } from './tenant-db.js';

/** Work that holds a pooled connection never asks the pool for a second one (see one-connection.ts). */
describe('one connection per unit of work', () => {
  let orm: MikroORM;
  let db: TenantDb;
  let platform: PlatformDb;
  let tenant: TestTenant;

  beforeAll(async () => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 1 }));
    db = new TenantDb(orm);
    platform = new PlatformDb(orm);
    tenant = await createTenant();
  });
  afterAll(() => orm.close(true));

  const holiday = (day: string) => ({ tenantId: tenant.id, day, kind: CalendarDayKind.Holiday, name: 'nested' });
  const days = () => db.transaction(contextFor(tenant), (em) => em.count(CalendarDay, { name: 'nested' }));

  it('refuses a transaction, a snapshot or a public read inside a transaction, and the outer work rolls back', async () => {
    const ctx = contextFor(tenant);
    const inner = [
      () => db.transaction(ctx, (em) => em.count(CalendarDay, {})),
      () => db.snapshot(ctx, (em) => em.count(CalendarDay, {})),
      () => db.publicRead((em) => em.getConnection().execute('select 1')),
      () => platform.transaction((em) => em.getConnection().execute('select 1')),
    ];
    for (const [i, open] of inner.entries()) {
      await expect(
        db.transaction(ctx, async (em) => {
          em.create(CalendarDay, holiday(`2043-01-0${i + 1}`));
          await em.flush();
          await open();
        }),
      ).rejects.toBeInstanceOf(NestedTransactionError);
    }
    await expect(db.snapshot(ctx, () => db.transaction(ctx, async () => 1))).rejects.toBeInstanceOf(NestedTransactionError);
    await expect(platform.transaction(() => db.transaction(ctx, async () => 1))).rejects.toBeInstanceOf(NestedTransactionError);
    expect(await days()).toBe(0);
  });

  it('runs transactions one after another, and side by side, on a pool of one', async () => {
    const ctx = contextFor(tenant);
    await db.transaction(ctx, async (em) => em.create(CalendarDay, holiday('2043-02-01')));
    await Promise.all(['2043-02-02', '2043-02-03'].map((d) => db.transaction(ctx, async (em) => em.create(CalendarDay, holiday(d)))));
    expect(await days()).toBe(3);
  });
});
