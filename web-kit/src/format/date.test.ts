import { describe, expect, it } from 'vitest';
import { formatDate } from './date';

describe('formatDate', () => {
  const instant = '2026-11-23T00:30:00Z';

  it('writes dates the Chinese way in the tenant time zone', () => {
    expect(formatDate(instant, 'zh-CN', { timeZone: 'Asia/Shanghai' })).toBe('2026年11月23日');
    expect(formatDate(instant, 'zh-CN', { timeZone: 'Asia/Shanghai', time: true })).toBe('2026年11月23日 08:30');
  });

  it('writes dates the English way with a 24-hour clock', () => {
    expect(formatDate(instant, 'en', { timeZone: 'Asia/Shanghai', time: true })).toBe('Nov 23, 2026, 08:30');
  });

  it('uses the given zone, so the local date can differ from UTC', () => {
    expect(formatDate('2026-11-23T20:00:00Z', 'en', { timeZone: 'Asia/Shanghai' })).toBe('Nov 24, 2026');
    expect(formatDate('2026-11-23T20:00:00Z', 'en', { timeZone: 'UTC' })).toBe('Nov 23, 2026');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('yesterday', 'en')).toThrow(/not a date/);
  });
});
