const MONEY = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Formats the API's Money scalar (a decimal string of yuan, e.g. "1234.5") as "¥1,234.50".
 * Works on the digits, never through a float, so large amounts stay exact. The symbol and
 * grouping are the same in Chinese and English interfaces.
 */
export function formatMoney(value: string | null | undefined): string {
  if (value == null || value === '') return '—';
  const m = MONEY.exec(value.trim());
  if (!m) throw new Error(`not a Money value: ${value}`);
  const [, minus, whole, cents = ''] = m;
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const isZero = /^0*$/.test(whole) && /^0*$/.test(cents);
  return `${minus && !isZero ? '-' : ''}¥${grouped}.${cents.padEnd(2, '0')}`;
}

/** Formats basis points as a percentage with two decimals: 35 → "0.35%", 1000 → "10.00%". */
export function formatBasisPoints(bp: number): string {
  if (!Number.isInteger(bp)) throw new Error(`basis points must be an integer: ${bp}`);
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}
