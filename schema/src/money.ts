/**
 * Money is integer fen (分) everywhere inside the system and a decimal string ("1234.50")
 * at the API edge. Never a float.
 */
export type Fen = bigint;

const DECIMAL = /^(-)?(\d{1,16})(?:\.(\d+))?$/;

export class MoneyFormatError extends Error {
  constructor(readonly input: string) {
    super(`"${input}" is not an amount of yuan such as 1234.50`);
    this.name = 'MoneyFormatError';
  }
}

/** Parses a yuan decimal string into fen, rounding half-up (away from zero) past two places. */
export function parseYuan(input: string): Fen {
  const m = DECIMAL.exec(input.trim());
  if (!m) throw new MoneyFormatError(input);
  const [, sign, whole, frac = ''] = m;
  let fen = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  if (frac.length > 2 && Number(frac[2]) >= 5) fen += 1n;
  return sign ? -fen : fen;
}

/** Formats fen as a yuan decimal string with exactly two places. */
export function formatYuan(fen: Fen): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const s = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${s}` : s;
}

/** fen × numerator ÷ denominator, rounded half-up (away from zero) to the fen. */
export function mulDivHalfUp(fen: Fen, numerator: bigint, denominator: bigint): Fen {
  if (denominator === 0n) throw new RangeError('division by zero');
  const product = fen * numerator;
  const negative = product < 0n !== denominator < 0n;
  const p = product < 0n ? -product : product;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (p * 2n + d) / (2n * d);
  return negative ? -q : q;
}
