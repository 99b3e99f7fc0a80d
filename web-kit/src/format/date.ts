export interface DateFormatOptions {
  /** IANA zone the reader should see the time in, e.g. the tenant's Asia/Shanghai. */
  timeZone?: string;
  /** Show hours and minutes as well as the date. */
  time?: boolean;
}

/**
 * Formats an instant for the interface language: "2026年11月23日 08:30" in Chinese,
 * "Nov 23, 2026, 08:30" in English, in the given time zone (24-hour clock in both).
 */
export function formatDate(value: Date | string | number, locale: string, options: DateFormatOptions = {}): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(value)}`);
  const fmt = new Intl.DateTimeFormat(locale.startsWith('en') ? 'en-US' : 'zh-CN', {
    year: 'numeric',
    month: locale.startsWith('en') ? 'short' : 'long',
    day: 'numeric',
    ...(options.time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    timeZone: options.timeZone,
  });
  return fmt.format(date);
}
