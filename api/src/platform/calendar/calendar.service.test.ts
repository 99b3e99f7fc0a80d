import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@zhengcai/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOwner, contextFor, createTenant, type TestTenant } from '../../../test/tenants.js';
import { TenantDb } from '../database/tenant-db.js';
import { CalendarService } from './calendar.service.js';
import { holidayDays } from './holidays-cn.js';

describe('CalendarService: the tenant\'s own calendar and time zone', () => {
  let orm: MikroORM;
  let service: CalendarService;
  let national: TestTenant;
  let plain: TestTenant;

  beforeAll(async () => {
    orm = new MikroORM(ormConfig({ url: process.env.DATABASE_URL! }));
    service = new CalendarService(new TenantDb(orm));
    [national, plain] = await Promise.all([createTenant({ days: holidayDays() }), createTenant()]);
  });
  afterAll(() => orm.close(true));

  it('answers "N working days after T" across 国庆 with make-up days, ending at local midnight', async () => {
    const awardedAt = new Date('2025-09-30T10:00:00+08:00');
    const due = await service.addWorkingDays(contextFor(national), awardedAt, 5);
    expect(due).toEqual({ date: '2025-10-14', endsAt: new Date('2025-10-14T23:59:59.999+08:00') });
  });

  it('uses only the acting tenant\'s calendar: another tenant without holidays counts plain weekdays', async () => {
    const due = await service.addWorkingDays(contextFor(plain), new Date('2025-09-30T10:00:00+08:00'), 5);
    expect(due.date).toBe('2025-10-07');
  });

  it('judges "is T a working day" by the local date in the tenant\'s zone', async () => {
    const ctx = contextFor(national);
    // 2025-09-30 17:00 UTC is already 1 October in Beijing: a holiday.
    expect(await service.isWorkingDay(ctx, new Date('2025-09-30T15:00:00Z'))).toBe(true);
    expect(await service.isWorkingDay(ctx, new Date('2025-09-30T17:00:00Z'))).toBe(false);
    expect(await service.isWorkingDay(ctx, new Date('2025-10-11T09:00:00+08:00'))).toBe(true);
  });

  it('follows the tenant\'s time zone when it differs', async () => {
    const urumqi = await createTenant();
    await asOwner(urumqi.id, (c) => c.query(`update tenant set time_zone = 'Asia/Urumqi' where id = $1`, [urumqi.id]));
    // 2025-10-03 (Friday) 23:30 in Beijing is still 21:30 on Friday in Urumqi (UTC+6), but
    // Saturday 00:30 would be Saturday everywhere: check both sides of the line.
    const friLate = new Date('2025-10-03T17:30:00Z');
    expect(await service.isWorkingDay(contextFor(urumqi), friLate)).toBe(true);
    const due = await service.addWorkingDays(contextFor(urumqi), friLate, 1);
    expect(due).toEqual({ date: '2025-10-06', endsAt: new Date('2025-10-06T23:59:59.999+06:00') });
  });

  it('widens its window for long counts', async () => {
    const due = await service.addWorkingDays(contextFor(national), new Date('2025-01-02T09:00:00+08:00'), 200);
    expect(due.date > '2025-10-01').toBe(true);
    expect(due.date).toBe('2025-10-27');
  });
});
