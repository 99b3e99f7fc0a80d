import { describe, expect, it } from 'vitest';
import { accrue, daysBetween, depositOutRequestNo, isValidVirtualAccountRef, refundAmounts, virtualAccountRef } from './deposit-interest.js';

const RULES = { interestRateBp: 35, lateChargeRateBp: 522, interestDayBasis: 360 };

describe('deposit interest', () => {
  it('is principal × rate × days ÷ 360, to the fen (worked example)', () => {
    // ¥100,000 held 45 days at 0.35 %: 100000 × 0.0035 × 45 / 360 = 43.75 yuan exactly.
    expect(accrue(10_000_000n, 35, 45, 360)).toBe(4_375n);
    const r = refundAmounts(10_000_000n, 45, 0, RULES);
    expect(r).toMatchObject({ principalFen: 10_000_000n, interestFen: 4_375n, lateChargeFen: 0n, totalFen: 10_004_375n });
    expect(r.formula).toBe('利息 = 100000.00 × 0.35% × 45天 ÷ 360 = 43.75（四舍五入到分）');
  });

  it('rounds half up to the fen', () => {
    // ¥1,000 × 0.35 % × 36 / 360 = 0.35 yuan = 35 fen exactly; 1 day = 0.97222… fen → 1 fen.
    expect(accrue(100_000n, 35, 36, 360)).toBe(35n);
    expect(accrue(100_000n, 35, 1, 360)).toBe(1n);
    // 100 fen × 0.35 % × 180/360 = 0.175 fen → 0; × 1440/360 = 1.4 → 1; 0.5 fen exactly → 1 (half up).
    expect(accrue(100n, 35, 180, 360)).toBe(0n);
    expect(accrue(100n, 35, 1440, 360)).toBe(1n);
    expect(accrue(1_000n, 50, 36, 360)).toBe(1n); // 1000 × 0.5 % × 0.1 = 0.5 fen → 1
    expect(accrue(1_000n, 49, 36, 360)).toBe(0n); // 0.49 fen → 0
  });

  it('adds the late charge at 5.22 % for the days past the deadline', () => {
    // ¥100,000 × 5.22 % × 3 / 360 = 43.50 yuan.
    const r = refundAmounts(10_000_000n, 20, 3, RULES);
    expect(r.lateChargeFen).toBe(4_350n);
    expect(r.interestFen).toBe(1_944n); // 100000 × 0.0035 × 20 / 360 = 19.444… → 19.44
    expect(r.totalFen).toBe(10_000_000n + 1_944n + 4_350n);
    expect(r.formula).toContain('逾期资金占用费 = 100000.00 × 5.22% × 3天 ÷ 360 = 43.50');
  });

  it('uses the tenant basis and rate', () => {
    expect(accrue(36_500_000n, 100, 1, 365)).toBe(1_000n);
    expect(refundAmounts(10_000n, 0, 0, RULES).interestFen).toBe(0n);
  });

  it('counts calendar days between local dates', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0);
  });

  it('gives each supplier one checksummed virtual account reference', () => {
    const a = virtualAccountRef('t1', 's1');
    expect(a).toMatch(/^ZC\d{16}$/);
    expect(virtualAccountRef('t1', 's1')).toBe(a);
    expect(virtualAccountRef('t1', 's2')).not.toBe(a);
    expect(isValidVirtualAccountRef(a)).toBe(true);
    const typo = `${a.slice(0, 5)}${(Number(a[5]) + 1) % 10}${a.slice(6)}`;
    expect(isValidVirtualAccountRef(typo)).toBe(false);
    expect(depositOutRequestNo('0193c0de-0000-7000-8000-000000000001').length).toBeLessThanOrEqual(64);
  });
});
