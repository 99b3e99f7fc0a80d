const MONEY = /^(\d+)(?:\.(\d{1,2}))?$/;

/** The API's Money (yuan, ≤ 2 decimals) as whole fen, on the digits: "12.5" → 1250n. */
export function toFen(money: string): bigint {
  const m = MONEY.exec(money.trim());
  if (!m) throw new Error(`not a Money value: ${money}`);
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** Whole fen back to a Money string with two decimals: 1250n → "12.50". */
export function fromFen(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Unit price × whole quantity as Money: ("1999.90", 3) → "5999.70". */
export function lineTotal(unitPrice: string, quantity: number): string {
  return fromFen(toFen(unitPrice) * BigInt(Math.trunc(quantity)));
}

/** a ≤ b for Money strings. */
export function moneyAtMost(a: string, b: string): boolean {
  return toFen(a) <= toFen(b);
}
