import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CalendarDay, MallOrder, newId, OrderDeadlineKind, OrderState, parseTenantSettings, PriceFinding, PriceFindingState, Tenant, type TenantContext, TenderLot,
  TenderLotState,
} from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { addDays, localDateOf } from '../platform/calendar/local-date.js';
import { type DayOverride, WorkingCalendar } from '../platform/calendar/working-calendar.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';

type ReminderKind = 'order_confirm' | 'price_finding' | 'bid_opening';
interface Deadline { kind: ReminderKind; subjectId: string; dueAt: Date }

/** Working-day reminders wait for the working day to begin. */
const WORKING_DAY_FROM_HOUR = 8;
/** Deadlines looked at per kind and sweep; the rest come next sweep (every 15 minutes). */
const BATCH = 500;

/**
 * Finds deadlines coming up (order confirmation, price finding correction, bid opening) and
 * reminds once per (deadline, offset): `<N>wd` once the deadline is N working days away on the
 * tenant's calendar, `<H>h` H hours before it. Offsets come from the tenant's settings.
 */
@Injectable()
export class NotificationReminders {
  async sweep(em: EntityManager, tx: TxEffects, ctx: TenantContext, asOf: Date): Promise<{ deadlines: number; reminded: number }> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const { reminderWorkingDaysBefore: days, reminderHoursBefore: hours } = parseTenantSettings(tenant.settings).notifications;
    if (!days && !hours) return { deadlines: 0, reminded: 0 };
    const today = localDateOf(asOf, tenant.timeZone);
    // N working days can span a long holiday (春节): look three calendar weeks further.
    const horizonEnd = addDays(today, days * 3 + 21);
    const until = new Date(Math.max(asOf.getTime() + hours * 3_600_000, Date.parse(`${horizonEnd}T00:00:00Z`)));
    const deadlines = await upcoming(em, asOf, until);
    const overrides = await em.find(CalendarDay, { day: { $gte: today, $lte: horizonEnd } }, { fields: ['day', 'kind'] });
    const calendar = new WorkingCalendar(new Map(overrides.map((d) => [d.day, d.kind as DayOverride])));
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: tenant.timeZone, hour: '2-digit', hourCycle: 'h23' }).format(asOf));

    let reminded = 0;
    for (const d of deadlines) {
      const offsets: string[] = [];
      if (hours && d.dueAt.getTime() - asOf.getTime() <= hours * 3_600_000) offsets.push(`${hours}h`);
      if (days && hour >= WORKING_DAY_FROM_HOUR && calendar.workingDaysBetween(today, localDateOf(d.dueAt, tenant.timeZone)) <= days) offsets.push(`${days}wd`);
      for (const offset of offsets) {
        const inserted = await em.execute<{ id: string }[]>(
          `insert into notification_reminder (id, tenant_id, kind, subject_id, due_at, "offset") values (?, ?, ?, ?, ?, ?)
           on conflict (tenant_id, kind, subject_id, due_at, "offset") do nothing returning id`,
          [newId(), ctx.tenantId, d.kind, d.subjectId, d.dueAt, offset],
        );
        if (!inserted.length) continue;
        tx.publish(domainEvent('notifications.reminder.due', { kind: d.kind, subjectId: d.subjectId, dueAt: d.dueAt.toISOString(), offset }));
        tx.audit({ action: 'notifications.reminder.due', subjectType: d.kind, subjectId: d.subjectId, change: { dueAt: d.dueAt, offset, asOf } });
        reminded++;
      }
    }
    return { deadlines: deadlines.length, reminded };
  }
}

async function upcoming(em: EntityManager, from: Date, until: Date): Promise<Deadline[]> {
  const window = { $gt: from, $lte: until };
  const [orders, findings, lots] = await Promise.all([
    em.find(MallOrder, { state: OrderState.Placed, dueKind: OrderDeadlineKind.Confirm, dueAt: window }, { fields: ['dueAt'], orderBy: { dueAt: 'asc' }, limit: BATCH }),
    em.find(PriceFinding, { state: PriceFindingState.Open, dueAt: window }, { fields: ['dueAt'], orderBy: { dueAt: 'asc' }, limit: BATCH }),
    em.find(TenderLot, { state: TenderLotState.Bidding, project: { bidDeadline: window } }, { populate: ['project'], orderBy: { id: 'asc' }, limit: BATCH }),
  ]);
  return [
    ...orders.map((o) => ({ kind: 'order_confirm' as const, subjectId: o.id, dueAt: o.dueAt! })),
    ...findings.map((f) => ({ kind: 'price_finding' as const, subjectId: f.id, dueAt: f.dueAt })),
    ...lots.map((l) => ({ kind: 'bid_opening' as const, subjectId: l.id, dueAt: l.project.bidDeadline! })),
  ];
}
