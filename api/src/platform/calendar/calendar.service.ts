import { Injectable } from '@nestjs/common';
import { CalendarDay, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { addDays, endOfLocalDate, type LocalDate, localDateOf } from './local-date.js';
import { type DayOverride, WorkingCalendar } from './working-calendar.js';

export interface WorkingDeadline {
  /** The local date the deadline falls on. */
  date: LocalDate;
  /** The last instant of that date in the tenant's time zone. */
  endsAt: Date;
}

/** Working-day questions answered in the tenant's own time zone and calendar. */
@Injectable()
export class CalendarService {
  constructor(private readonly db: TenantDb) {}

  async isWorkingDay(ctx: TenantContext, at: Date): Promise<boolean> {
    const { calendar, date } = await this.load(ctx, at, 0);
    return calendar.isWorkingDate(date);
  }

  /** "N working days after T": the end of the Nth working date after T's local date. */
  async addWorkingDays(ctx: TenantContext, from: Date, n: number): Promise<WorkingDeadline> {
    // The calendar is read for a window of dates; widen it until the answer falls inside.
    for (let horizon = n * 2 + 30; ; horizon *= 2) {
      const { calendar, date, until, timeZone } = await this.load(ctx, from, horizon);
      const due = calendar.addWorkingDays(date, n);
      if (due <= until) return { date: due, endsAt: endOfLocalDate(due, timeZone) };
    }
  }

  private async load(ctx: TenantContext, at: Date, horizonDays: number) {
    return this.db.transaction(ctx, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId }, { fields: ['timeZone'] });
      const date = localDateOf(at, tenant.timeZone);
      const until = addDays(date, horizonDays);
      const rows = await em.find(CalendarDay, { day: { $gte: date, $lte: until } }, { fields: ['day', 'kind'] });
      const calendar = new WorkingCalendar(new Map(rows.map((r) => [r.day, r.kind as DayOverride])));
      return { calendar, date, until, timeZone: tenant.timeZone };
    });
  }
}
