/**
 * Wall-clock times typed in the province's time zone ("2026-11-23 14:05") to instants and back.
 * The offset is read from Intl for that moment, so a zone with daylight saving works too.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(instant / 1000) * 1000;
}

/**
 * "2026-11-23 14:05[:30]" or "2026-11-23" (start of that day) in `timeZone` → ISO instant;
 * an ISO text with Z or an offset is taken as it is (exactly, e.g. from an issuer's file).
 * null when the text is neither or names a date that does not exist.
 */
export function zonedToInstant(text: string, timeZone: string): string | null {
  const s = text.trim();
  if (ISO_WITH_ZONE.test(s)) {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  const m = LOCAL.exec(s);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', se = '0'] = m.slice(1).map((v) => v ?? undefined) as string[];
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  const check = new Date(wall);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return null;
  // Two passes: the offset at the guessed instant, then at the corrected one.
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

/** An instant as "YYYY-MM-DD HH:mm" on the province's wall clock (for prefilling a field). */
export function instantToZoned(value: Date | string, timeZone: string): string {
  const date = value instanceof Date ? value : new Date(value);
  const local = new Date(date.getTime() + offsetMs(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16).replace('T', ' ');
}
