import { formatYuan } from '@zhengcai/schema';

/** Alipay amounts are yuan with two decimals ("88.88"); anything else is not an amount. */
const YUAN = /^(\d{1,14})\.(\d{2})$/;

/** Exact yuan string → fen, or null when it is not exactly two decimals. Never a float. */
export function yuanToFen(value: string | undefined | null): bigint | null {
  const m = YUAN.exec(value ?? '');
  return m ? BigInt(m[1]) * 100n + BigInt(m[2]) : null;
}

export const fenToYuan = formatYuan;
