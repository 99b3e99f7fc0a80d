import { describe, expect, it } from 'vitest';
import { holidayDays } from './holidays-cn.js';
import { endOfLocalDate, localDateOf, startOfLocalDate } from './local-date.js';
import { type DayOverride, WorkingCalendar } from './working-calendar.js';

const national = new WorkingCalendar(new Map(holidayDays().map((d) => [d.day, d.kind as DayOverride])));

describe('working calendar across the 2025 National Day block (Oct 1–8 off, Sep 28 and Oct 11 worked)', () => {
  it('knows holidays, weekends and make-up working days', () => {
    expect(national.isWorkingDate('2025-09-30')).toBe(true); // Tuesday
    expect(national.isWorkingDate('2025-10-03')).toBe(false); // Friday, holiday
    expect(national.isWorkingDate('2025-10-08')).toBe(false); // Wednesday, holiday
    expect(national.isWorkingDate('2025-09-27')).toBe(false); // plain Saturday
    expect(national.isWorkingDate('2025-09-28')).toBe(true); // Sunday, make-up day
    expect(national.isWorkingDate('2025-10-11')).toBe(true); // Saturday, make-up day
    expect(national.isWorkingDate('2025-10-12')).toBe(false); // Sunday
  });

  it('counts N working days after a date, skipping the block and using make-up days', () => {
    expect(national.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(national.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(national.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(national.addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
    // A deposit refund due "within 5 working days" of an award on the eve of the holiday.
    expect(national.addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
  });

  it('treats N = 0 as "today if working, else the next working day"', () => {
    expect(national.addWorkingDays('2025-10-05', 0)).toBe('2025-10-09');
    expect(national.addWorkingDays('2025-09-30', 0)).toBe('2025-09-30');
  });

  it('counts working days between two dates', () => {
    // Sep 28, 29, 30 and Oct 9, 10, 11.
    expect(national.workingDaysBetween('2025-09-26', '2025-10-12')).toBe(6);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => national.addWorkingDays('2025-09-30', -1)).toThrow(RangeError);
    expect(() => national.addWorkingDays('2025-09-30', 1.5)).toThrow(RangeError);
  });

  it('covers the 2026 Spring Festival with both make-up Saturdays', () => {
    expect(national.isWorkingDate('2026-02-14')).toBe(true);
    expect(national.isWorkingDate('2026-02-16')).toBe(false);
    expect(national.isWorkingDate('2026-02-28')).toBe(true);
    expect(national.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(national.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
  });
});

describe('local dates in a time zone', () => {
  it('puts an instant on the date it falls on in Beijing time', () => {
    expect(localDateOf(new Date('2025-09-30T15:59:59Z'), 'Asia/Shanghai')).toBe('2025-09-30');
    expect(localDateOf(new Date('2025-09-30T16:00:00Z'), 'Asia/Shanghai')).toBe('2025-10-01');
  });

  it('gives the first and last instant of a local date', () => {
    expect(startOfLocalDate('2025-10-09', 'Asia/Shanghai').toISOString()).toBe('2025-10-08T16:00:00.000Z');
    expect(endOfLocalDate('2025-10-09', 'Asia/Shanghai').toISOString()).toBe('2025-10-09T15:59:59.999Z');
    // A zone with daylight saving: the day after the spring-forward change begins at 00:00 CEST.
    expect(startOfLocalDate('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDate('2026-03-28', 'Europe/Berlin').toISOString()).toBe('2026-03-27T23:00:00.000Z');
  });
});
