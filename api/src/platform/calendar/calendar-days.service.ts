import { Injectable } from '@nestjs/common';
import { CalendarDay, CalendarDayKind, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { AppError } from '../errors/app-error.js';
import { weekday } from './local-date.js';

export interface CalendarDayView {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarDayInput {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

const DATE = /^(20\d\d|2100)-(\d\d)-(\d\d)$/;

/** A real calendar date between 2000 and 2100, as YYYY-MM-DD. */
function checkedDate(value: string): string {
  const day = value.trim();
  const ok = DATE.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  if (!ok) throw new AppError('CALENDAR_DATE_FORMAT', { value, field: 'day' });
  return day;
}

const view = (d: CalendarDay): CalendarDayView => ({ day: d.day, kind: d.kind, name: d.name });

/** The exceptions of a province's working-day calendar: holidays and make-up working days. */
@Injectable()
export class CalendarDaysService {
  constructor(private readonly db: TenantDb) {}

  list(ctx: TenantContext, year: number): Promise<CalendarDayView[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('CALENDAR_DATE_FORMAT', { value: String(year), field: 'year' });
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(CalendarDay, { day: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { day: 'asc' } });
      return rows.map(view);
    });
  }

  /** Sets one date's exception, replacing what the date had. */
  set(ctx: TenantContext, input: CalendarDayInput): Promise<CalendarDayView> {
    const day = checkedDate(input.day);
    const name = input.name.trim();
    if ([...name].length < 1 || [...name].length > 32) throw new AppError('CALENDAR_NAME_LENGTH', { field: 'name' });
    const wd = weekday(day);
    // A make-up working day only means something on a weekend.
    if (input.kind === CalendarDayKind.Workday && wd !== 0 && wd !== 6) throw new AppError('CALENDAR_WORKDAY_ON_WEEKDAY', { day, field: 'kind' });
    return this.db.transaction(ctx, async (em, tx) => {
      const existing = await em.findOne(CalendarDay, { day });
      const before = existing ? view(existing) : null;
      const row = existing ?? em.create(CalendarDay, { tenantId: ctx.tenantId, day, kind: input.kind, name });
      row.kind = input.kind;
      row.name = name;
      tx.audit({ action: 'calendar.day.set', subjectType: 'calendar_day', subjectId: day, change: { before, after: view(row) } });
      return view(row);
    });
  }

  /** Removes a date's exception; false when the date had none. */
  remove(ctx: TenantContext, dayInput: string): Promise<boolean> {
    const day = checkedDate(dayInput);
    return this.db.transaction(ctx, async (em, tx) => {
      const existing = await em.findOne(CalendarDay, { day });
      if (!existing) return false;
      tx.audit({ action: 'calendar.day.remove', subjectType: 'calendar_day', subjectId: day, change: { before: view(existing) } });
      em.remove(existing);
      return true;
    });
  }
}
