import type { DayOverride } from './working-calendar.js';

/**
 * National public holidays and make-up working days as announced by the State Council
 * General Office for 2025 and 2026. Seeded into each demo tenant's calendar; a province adds
 * its own days and next year's list as data.
 */
export interface HolidayBlock {
  name: string;
  off: [string, string];
  workdays: string[];
}

export const CN_HOLIDAYS: HolidayBlock[] = [
  { name: '元旦', off: ['2025-01-01', '2025-01-01'], workdays: [] },
  { name: '春节', off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
  { name: '清明节', off: ['2025-04-04', '2025-04-06'], workdays: [] },
  { name: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
  { name: '端午节', off: ['2025-05-31', '2025-06-02'], workdays: [] },
  { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },
  { name: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
  { name: '春节', off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
  { name: '清明节', off: ['2026-04-04', '2026-04-06'], workdays: [] },
  { name: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
  { name: '端午节', off: ['2026-06-19', '2026-06-21'], workdays: [] },
  { name: '中秋节', off: ['2026-09-25', '2026-09-27'], workdays: [] },
  { name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
];

/** The blocks as one row per date. */
export function holidayDays(blocks: HolidayBlock[] = CN_HOLIDAYS): { day: string; kind: DayOverride; name: string }[] {
  const rows: { day: string; kind: DayOverride; name: string }[] = [];
  for (const b of blocks) {
    for (let d = b.off[0]; d <= b.off[1]; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
      rows.push({ day: d, kind: 'holiday', name: b.name });
    }
    for (const w of b.workdays) rows.push({ day: w, kind: 'workday', name: `${b.name}调休上班` });
  }
  return rows;
}
