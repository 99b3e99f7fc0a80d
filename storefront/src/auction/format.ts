/** An instant with seconds on the province's clock (bids and extended ends differ by seconds). */
export function formatInstantSeconds(value: string | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale.startsWith('en') ? 'en-US' : 'zh-CN', {
    month: locale.startsWith('en') ? 'short' : 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone,
  }).format(new Date(value));
}
