import { MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { CalendarDay, CalendarDayKind, ormConfig, OutboxEvent } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenant, type TestTenant } from '../../../test/tenants.js';
import { TenantDb } from '../database/tenant-db.js';
import { defineJob, JOB_CATALOGUE, jobPayload } from '../jobs/job-catalogue.js';
import { OutboxWriter } from './outbox.writer.js';

const catalogue = JOB_CATALOGUE.extend(
  {
    'test.holiday-noted': defineJob({
      queue: 'notifications',
      payload: jobPayload({ day: z.iso.date() }),
      attempts: 3,
      backoff: { type: 'fixed', delay: 100 },
      description: 'test job',
    }),
  },
  { 'test.holiday-added': 'test.holiday-noted' },
);

describe('outbox writer', () => {
  let orm: MikroORM;
  let db: TenantDb;
  let a: TestTenant;
  let b: TestTenant;

  beforeAll(async () => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL!, poolMax: 2 }));
    db = new TenantDb(orm, new OutboxWriter(catalogue));
    [a, b] = await Promise.all([createTenant(), createTenant()]);
  });
  afterAll(() => orm.close(true));

  const outbox = (t: TestTenant) => db.transaction(contextFor(t), (em) => em.find(OutboxEvent, {}, { orderBy: { id: 'asc' } }));

  const addHoliday = (t: TestTenant, day: string, fail = false) =>
    db.transaction(contextFor(t, { requestId: `req-${day}` }), async (em, tx) => {
      em.create(CalendarDay, { tenantId: t.id, day, kind: CalendarDayKind.Holiday, name: '测试' });
      tx.publish({ type: 'test.holiday-added', payload: { day } });
      if (fail) throw new Error('business rule broken after publishing');
    });

  it('writes the event in the business transaction, for the tenant, unpublished', async () => {
    await addHoliday(a, '2035-05-01');
    const rows = await outbox(a);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenantId: a.id, type: 'test.holiday-added', payload: { day: '2035-05-01' }, requestId: 'req-2035-05-01' });
    expect(rows[0].publishedAt ?? null).toBeNull();
    expect(rows[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/); // UUIDv7
    expect(await outbox(b)).toEqual([]);
  });

  it('rolls the event back with the business change', async () => {
    await expect(addHoliday(b, '2035-05-02', true)).rejects.toThrow(/business rule/);
    expect(await outbox(b)).toEqual([]);
    expect(await db.transaction(contextFor(b), (em) => em.count(CalendarDay, { day: '2035-05-02' }))).toBe(0);
  });

  it('refuses, and rolls back, an event no catalogued job takes or with a payload its job rejects', async () => {
    const publish = (type: string, payload: Record<string, unknown>) =>
      db.transaction(contextFor(b), async (em, tx) => {
        em.create(CalendarDay, { tenantId: b.id, day: '2035-06-01', kind: CalendarDayKind.Holiday, name: '测试' });
        tx.publish({ type, payload });
      });
    await expect(publish('test.never-catalogued', {})).rejects.toThrow(/maps to no catalogued job/);
    await expect(publish('test.holiday-added', { day: 'June' })).rejects.toThrow(/payload of test.holiday-noted is invalid/);
    expect(await outbox(b)).toEqual([]);
    expect(await db.transaction(contextFor(b), (em) => em.count(CalendarDay, { day: '2035-06-01' }))).toBe(0);
  });
});
