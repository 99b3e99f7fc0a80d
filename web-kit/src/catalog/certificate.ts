/** How a policy certificate stands on a given day; the API decides validity in the tenant's zone. */
export type CertificateStatus = 'none' | 'valid' | 'expiring' | 'expired';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** Today as YYYY-MM-DD in a time zone (the province's, Asia/Shanghai for every demo tenant). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Days from `today` until the last valid day (0 = expires at the end of today, negative = past). */
export function daysLeft(validUntil: string, today: string): number {
  return dayNumber(validUntil) - dayNumber(today);
}

/**
 * "expiring" within `soonDays` so a supplier renews before the listing is refused at approval;
 * the last valid day itself still counts as valid, as the API treats it.
 */
export function certificateStatus(validUntil: string | null | undefined, today: string, soonDays = 30): CertificateStatus {
  if (!validUntil) return 'none';
  const left = daysLeft(validUntil, today);
  if (left < 0) return 'expired';
  return left <= soonDays ? 'expiring' : 'valid';
}
