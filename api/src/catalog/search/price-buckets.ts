import type { Fen } from '@zhengcai/schema';

/** Price facet boundaries, fen: under ¥100, ¥100–500, … , ¥10,000 and over. */
export const PRICE_BOUNDS_FEN: readonly Fen[] = [10_000n, 50_000n, 100_000n, 300_000n, 500_000n, 1_000_000n];

/** Bucket i covers [bounds[i-1], bounds[i]); bucket 0 and the last are open-ended. */
export function bucketRange(i: number): { minFen: Fen | null; maxFen: Fen | null } {
  return { minFen: i === 0 ? null : PRICE_BOUNDS_FEN[i - 1], maxFen: i === PRICE_BOUNDS_FEN.length ? null : PRICE_BOUNDS_FEN[i] };
}

export function bucketOf(priceFen: Fen): number {
  const i = PRICE_BOUNDS_FEN.findIndex((b) => priceFen < b);
  return i === -1 ? PRICE_BOUNDS_FEN.length : i;
}
