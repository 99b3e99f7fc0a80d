import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, Tenant } from '@zhengcai/schema';
import { addDays, endOfLocalDate, localDateOf } from './local-date.js';
import { type DayOverride, WorkingCalendar } from './working-calendar.js';

/**
 * The end of the Nth working day after `from` in the tenant's calendar and time zone, read in
 * the caller's transaction (CalendarService opens its own).
 */
export async function workingDeadline(em: EntityManager, tenantId: string, from: Date, n: number): Promise<Date> {
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
  const date = localDateOf(from, tenant.timeZone);
  for (let horizon = n * 2 + 30; ; horizon *= 2) {
    const until = addDays(date, horizon);
    const rows = await em.find(CalendarDay, { day: { $gte: date, $lte: until } }, { fields: ['day', 'kind'] });
    const due = new WorkingCalendar(new Map(rows.map((r) => [r.day, r.kind as DayOverride]))).addWorkingDays(date, n);
    if (due <= until) return endOfLocalDate(due, tenant.timeZone);
  }
}
