import { describe, expect, it } from 'vitest';
import { certificateStatus, daysLeft, todayIn } from './certificate';

describe('certificate validity', () => {
  it('counts the last valid day as valid and the day after as expired', () => {
    expect(certificateStatus('2026-11-23', '2026-11-23')).toBe('expiring');
    expect(certificateStatus('2026-11-22', '2026-11-23')).toBe('expired');
    expect(daysLeft('2026-11-22', '2026-11-23')).toBe(-1);
  });

  it('warns within the renewal window only', () => {
    expect(certificateStatus('2026-12-23', '2026-11-23')).toBe('expiring');
    expect(certificateStatus('2026-12-24', '2026-11-23')).toBe('valid');
    expect(certificateStatus('2027-03-01', '2026-11-23', 120)).toBe('expiring');
  });

  it('counts across month, year and leap days exactly', () => {
    expect(daysLeft('2028-03-01', '2028-02-28')).toBe(2);
    expect(daysLeft('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('has no status without a date (the SME tag) and refuses a malformed one', () => {
    expect(certificateStatus(null, '2026-11-23')).toBe('none');
    expect(() => certificateStatus('2026/12/01', '2026-11-23')).toThrow(/YYYY-MM-DD/);
  });

  it("takes today in the province's time zone, not the browser's", () => {
    // 2026-11-23 17:30 UTC is already 2026-11-24 in Shanghai.
    const instant = new Date('2026-11-23T17:30:00Z');
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-11-24');
    expect(todayIn('UTC', instant)).toBe('2026-11-23');
  });
});
