import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, ProcurementMethod, Tenant } from '@zhengcai/schema';
import { addDays, type LocalDate, localDateOf, startOfLocalDate, endOfLocalDate } from '../platform/calendar/local-date.js';
import { type DayOverride, WorkingCalendar } from '../platform/calendar/working-calendar.js';

/**
 * The shortest period from the first day documents are issued to the bid deadline, per
 * method (DOMAIN.md "Tender deadlines"). Invited tender follows public tender (87号令 covers
 * both); single source needs its 5-working-day public notice (公示) before the deadline.
 */
export const MIN_BID_PERIOD: Readonly<Record<ProcurementMethod, { days: number; working: boolean }>> = {
  [ProcurementMethod.PublicTender]: { days: 20, working: false },
  [ProcurementMethod.InvitedTender]: { days: 20, working: false },
  [ProcurementMethod.CompetitiveConsultation]: { days: 10, working: false },
  [ProcurementMethod.CompetitiveNegotiation]: { days: 3, working: true },
  [ProcurementMethod.Inquiry]: { days: 3, working: true },
  [ProcurementMethod.SingleSource]: { days: 5, working: true },
};

/** The 发售期 of at least 5 working days binds tenders and 磋商; the other methods issue documents until the deadline. */
export const DOCUMENTS_WORKING_DAYS: Readonly<Partial<Record<ProcurementMethod, number>>> = {
  [ProcurementMethod.PublicTender]: 5,
  [ProcurementMethod.InvitedTender]: 5,
  [ProcurementMethod.CompetitiveConsultation]: 5,
};

/** A clarification that may affect bids needs this many days before the deadline. */
export const CLARIFICATION_DAYS = 15;

export interface LegalMinimums {
  /** The earliest lawful end of the document period; null when the method sets none. */
  documentsUntil: Date | null;
  bidDeadline: Date;
}

/**
 * The earliest lawful dates for documents issued from `documentsFrom`, on the tenant's
 * calendar and in its time zone. The day of issue is not counted (民法典 art. 201): documents
 * from Monday allow a 20-day deadline from the Monday three weeks on, and a document period
 * of 5 working days ends, at the earliest, at the end of the 5th working day after Monday.
 */
export async function legalMinimums(em: EntityManager, tenantId: string, method: ProcurementMethod, documentsFrom: Date): Promise<LegalMinimums> {
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
  const from = localDateOf(documentsFrom, tenant.timeZone);
  const calendar = await calendarFrom(em, from, 60);
  const docs = DOCUMENTS_WORKING_DAYS[method];
  const period = MIN_BID_PERIOD[method];
  const deadlineDate = period.working ? calendar.addWorkingDays(from, period.days) : addDays(from, period.days);
  return {
    documentsUntil: docs ? endOfLocalDate(calendar.addWorkingDays(from, docs), tenant.timeZone) : null,
    bidDeadline: startOfLocalDate(deadlineDate, tenant.timeZone),
  };
}

async function calendarFrom(em: EntityManager, from: LocalDate, days: number): Promise<WorkingCalendar> {
  const rows = await em.find(CalendarDay, { day: { $gte: from, $lte: addDays(from, days) } }, { fields: ['day', 'kind'] });
  return new WorkingCalendar(new Map(rows.map((r) => [r.day, r.kind as DayOverride])));
}

/** A date as the tenant reads it in a message: `2026-12-14 09:00`. */
export function localDateTime(instant: Date, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * Where a bid deadline must move so that `CLARIFICATION_DAYS` remain after a clarification
 * published at `now`: by whole days, keeping the time of day bidders were told; unchanged
 * when enough time is left.
 */
export function deadlineAfterClarification(deadline: Date, now: Date): Date {
  const needed = now.getTime() + CLARIFICATION_DAYS * 86_400_000;
  if (deadline.getTime() >= needed) return deadline;
  const days = Math.ceil((needed - deadline.getTime()) / 86_400_000);
  return new Date(deadline.getTime() + days * 86_400_000);
}
