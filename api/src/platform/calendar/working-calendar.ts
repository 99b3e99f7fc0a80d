import { addDays, type LocalDate, weekday } from './local-date.js';

export type DayOverride = 'holiday' | 'workday';

/**
 * A working-day calendar: Monday to Friday work, weekends off, except the listed dates —
 * public holidays off even on weekdays, make-up working days (调休上班) on even at weekends.
 */
export class WorkingCalendar {
  constructor(private readonly overrides: ReadonlyMap<LocalDate, DayOverride>) {}

  isWorkingDate(date: LocalDate): boolean {
    const override = this.overrides.get(date);
    if (override) return override === 'workday';
    const wd = weekday(date);
    return wd !== 0 && wd !== 6;
  }

  /**
   * The Nth working date after `date` (the date itself never counts, as in "within 5 working
   * days of the notice"). N = 0 gives `date` itself when it is a working date, else the next one.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    let current = date;
    if (n === 0) {
      while (!this.isWorkingDate(current)) current = addDays(current, 1);
      return current;
    }
    let counted = 0;
    while (counted < n) {
      current = addDays(current, 1);
      if (this.isWorkingDate(current)) counted++;
    }
    return current;
  }

  /** Working dates strictly after `from` up to and including `to`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDate(d)) count++;
    return count;
  }
}
