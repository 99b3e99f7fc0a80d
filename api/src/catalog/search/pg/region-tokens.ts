import type { SearchFilters } from '../search-port.js';
import { tsLexeme } from '../text/segmenter.js';
import { type Frag, sql } from './sql-fragment.js';

/**
 * A region filter as a test the token index serves beside the words: `region_tokens` holds
 * the supplier's city and county (written by the database: migration
 * 20261127110000-search-region-tokens). It only narrows what the index returns; the exact
 * region test still decides. Only for the lookup: the rank walk reads the covering index,
 * which does not carry it. Null for a whole province (no narrowing) or no region.
 *
 * Price ranges are not served this way: tried with price bands (digits and first digit of the
 * fen), a band test also took the lookup's rank-ordered index walk away, and products whose
 * prices crowd the band (大米 ¥133–217) went from 10 to 290 ms (docs/search-performance.md, "Region filters").
 */
export function regionTokenTest(f: SearchFilters = {}): Frag | null {
  const tokens = regionTokens(f.supplierRegions);
  return tokens && sql`d.region_tokens @@ ${tokens.map(tsLexeme).join(' | ')}::tsquery`;
}

/** A city (`xxxx00`) as its four digits, a county as all six; null if any is a whole province. */
export function regionTokens(codes?: readonly string[]): string[] | null {
  if (!codes?.length || codes.some((c) => c.endsWith('0000'))) return null;
  return codes.map((c) => (c.endsWith('00') ? `region_${c.slice(0, 4)}` : `region_${c}`));
}
