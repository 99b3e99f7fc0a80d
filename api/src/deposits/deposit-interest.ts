import { createHash } from 'node:crypto';
import { formatYuan } from '@zhengcai/schema';

/** amount × rateBp × days ÷ (10 000 × basis), rounded half-up to the fen, in integers only. */
export function accrue(principalFen: bigint, rateBp: number, days: number, basis: number): bigint {
  if (days <= 0 || rateBp <= 0) return 0n;
  const num = principalFen * BigInt(rateBp) * BigInt(days);
  const den = 10_000n * BigInt(basis);
  return (2n * num + den) / (2n * den);
}

export interface RefundAmounts {
  principalFen: bigint;
  interestFen: bigint;
  lateChargeFen: bigint;
  totalFen: bigint;
  formula: string;
}

const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;

/**
 * Principal + interest for the days held + the late charge for the days past the legal
 * period, with the formula as the refund record shows it.
 */
export function refundAmounts(principalFen: bigint, daysHeld: number, lateDays: number, rules: { interestRateBp: number; lateChargeRateBp: number; interestDayBasis: number }): RefundAmounts {
  const interestFen = accrue(principalFen, rules.interestRateBp, daysHeld, rules.interestDayBasis);
  const lateChargeFen = accrue(principalFen, rules.lateChargeRateBp, lateDays, rules.interestDayBasis);
  const p = formatYuan(principalFen);
  let formula = `利息 = ${p} × ${pct(rules.interestRateBp)} × ${daysHeld}天 ÷ ${rules.interestDayBasis} = ${formatYuan(interestFen)}（四舍五入到分）`;
  if (lateDays > 0) formula += `；逾期资金占用费 = ${p} × ${pct(rules.lateChargeRateBp)} × ${lateDays}天 ÷ ${rules.interestDayBasis} = ${formatYuan(lateChargeFen)}`;
  return { principalFen, interestFen, lateChargeFen, totalFen: principalFen + interestFen + lateChargeFen, formula };
}

/** Whole calendar days from one local date ('YYYY-MM-DD') to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** ISO 7064 MOD 97-10 check digits of a digit string. */
function check97(digits: string): string {
  const r = Number(BigInt(`${digits}00`) % 97n);
  return String(98 - r).padStart(2, '0');
}

/**
 * The supplier's 虚拟子账号 for deposit transfers: 'ZC' + 14 digits derived from tenant and
 * supplier + 2 check digits, so the same supplier always quotes the same reference and a
 * mistyped one is recognised as unknown.
 */
export function virtualAccountRef(tenantId: string, supplierId: string): string {
  const h = createHash('sha256').update(`deposit-account:${tenantId}:${supplierId}`).digest();
  const digits = (h.readBigUInt64BE(0) % 10n ** 14n).toString().padStart(14, '0');
  return `ZC${digits}${check97(digits)}`;
}

export function isValidVirtualAccountRef(ref: string): boolean {
  const m = /^ZC(\d{14})(\d{2})$/.exec(ref);
  return !!m && check97(m[1]) === m[2];
}

/** Alipay's out_request_no of a deposit's refund: derived from the deposit, so every retry repeats it. */
export function depositOutRequestNo(depositId: string): string {
  return `DR${depositId.replace(/-/g, '')}`;
}
