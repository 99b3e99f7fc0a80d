/**
 * Conversions between what a person types and what the API takes. Rates are basis points in
 * the API and percentages on screen; both directions work on digits, never through a float,
 * so 0.35 % is exactly 35 bp.
 */
const PERCENT = /^(\d{1,5})(?:\.(\d{1,2}))?$/;
const MONEY = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

/** 35 → "0.35", 1000 → "10.00". */
export function basisPointsToPercentInput(bp: number): string {
  if (!Number.isInteger(bp) || bp < 0) throw new Error(`basis points must be a non-negative integer: ${bp}`);
  return `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
}

/** "0.35" → 35, "10" → 1000, "1.5" → 150; null for anything else (more decimals, signs, text). */
export function percentInputToBasisPoints(text: string): number | null {
  const m = PERCENT.exec(text.trim().replace(/%$/, '').trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** "50000" → "50000.00", "1,234.5" → "1234.50"; null when it is not yuan with ≤ 2 decimals. */
export function normaliseMoneyInput(text: string): string | null {
  const m = MONEY.exec(text.trim().replace(/^¥/, '').replace(/,/g, ''));
  if (!m) return null;
  return `${m[1].replace(/^0+(?=\d)/, '')}.${(m[2] ?? '').padEnd(2, '0')}`;
}
