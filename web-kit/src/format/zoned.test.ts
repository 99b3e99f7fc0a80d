import { describe, expect, it } from 'vitest';
import { instantToZoned, zonedToInstant } from './zoned';

describe('zoned wall-clock times', () => {
  it('reads a Beijing wall-clock time as the instant eight hours earlier in UTC', () => {
    expect(zonedToInstant('2026-11-23 14:05', 'Asia/Shanghai')).toBe('2026-11-23T06:05:00.000Z');
    expect(zonedToInstant('2026-11-23 00:00:30', 'Asia/Shanghai')).toBe('2026-11-22T16:00:30.000Z');
    expect(zonedToInstant('2026-11-23', 'Asia/Shanghai')).toBe('2026-11-22T16:00:00.000Z');
  });

  it('follows daylight saving where the zone has it', () => {
    expect(zonedToInstant('2026-07-01 12:00', 'Europe/Berlin')).toBe('2026-07-01T10:00:00.000Z');
    expect(zonedToInstant('2026-01-01 12:00', 'Europe/Berlin')).toBe('2026-01-01T11:00:00.000Z');
  });

  it('keeps an ISO instant exactly and refuses what is not a time', () => {
    expect(zonedToInstant('2026-11-22T16:00:00.123Z', 'Asia/Shanghai')).toBe('2026-11-22T16:00:00.123Z');
    expect(zonedToInstant('2026-11-23T08:00:00+08:00', 'Asia/Shanghai')).toBe('2026-11-23T00:00:00.000Z');
    for (const bad of ['', 'tomorrow', '2026-02-30 10:00', '2026-11-23 24:00', '23/11/2026']) expect(zonedToInstant(bad, 'Asia/Shanghai')).toBeNull();
  });

  it('shows an instant on the wall clock', () => {
    expect(instantToZoned('2026-11-23T06:05:59.000Z', 'Asia/Shanghai')).toBe('2026-11-23 14:05');
    expect(zonedToInstant(instantToZoned('2026-11-23T06:05:00.000Z', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2026-11-23T06:05:00.000Z');
  });
});
