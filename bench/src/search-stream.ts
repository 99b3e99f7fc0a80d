import { SEARCH_DOCUMENT, type SearchCase } from './scenarios.ts';
import { CATEGORIES, CITIES } from './vocabulary.ts';

type Variables = SearchCase['variables'];

/** Sorts a buyer picks besides relevance. */
const SORTS = ['PRICE_ASC', 'PRICE_DESC', 'SALES'] as const;
/** Model numbers asked per brand line (of the 900 each line has). */
const MODELS_PER_LINE = 60;

const yuan = (fen: number) => (Math.round(fen / 100) * 100 / 100).toFixed(2);

/** A generator of numbers in [0, 1) from a seed (mulberry32): the same seed, the same stream. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every search of the stream, the plain ones first: what buyers of a province type and click,
 * from the generated catalogue's own words. In order: a product; a brand and a product, or a
 * brand's line; a product with one filter (in stock, a policy goal, a third of its price
 * range, a city's suppliers) or a category browsed; a product in another sort; a brand's
 * product with a filter and a sort; then one model number at a time (one in five mistyped:
 * two digits swapped) — the long tail. No two are the same.
 */
export function searchSpace(): Variables[] {
  const plain: Variables[] = [];
  const brandWise: Variables[] = [];
  const filtered: Variables[] = [];
  const sorted: Variables[] = [];
  const combined: Variables[] = [];
  const models: Variables[] = [];
  const cities = CITIES['330000'].map((c) => `${c.slice(0, 4)}00`).filter((c, i, all) => all.indexOf(c) === i);
  for (const cat of CATEGORIES) {
    const [min, max] = cat.priceFen;
    const third = (max - min) / 3;
    const thirds = [0, 1, 2].map((i) => ({ priceMin: yuan(min + i * third), priceMax: yuan(min + (i + 1) * third) }));
    plain.push({ t: cat.noun });
    filtered.push({ f: { categoryCode: cat.path.at(-1) } }, { t: cat.noun, f: { inStock: true } });
    for (const [tag] of cat.tags) filtered.push({ t: cat.noun, f: { policyTags: [tag.toUpperCase()] } });
    for (const range of thirds) filtered.push({ t: cat.noun, f: range });
    for (const city of cities.slice(0, 3)) filtered.push({ t: cat.noun, f: { supplierRegions: [city] } });
    for (const s of SORTS) sorted.push({ t: cat.noun, s });
    for (const [i, b] of cat.brands.entries()) {
      brandWise.push({ t: `${b.name} ${cat.noun}` });
      if (b.line) brandWise.push({ t: `${b.name} ${b.line}` });
      combined.push({ t: `${b.name} ${cat.noun}`, f: { ...thirds[i % 3], inStock: true }, s: SORTS[i % SORTS.length] });
      for (let k = 0; k < MODELS_PER_LINE; k++) {
        const digits = String(100 + ((k * 151 + i * 37) % 900));
        const asked = k % 5 === 4 ? `${digits[0]}${digits[2]}${digits[1]}` : digits;
        // A bare number (no prefix) is asked with its line, as buyers do: OptiPlex 523.
        models.push({ t: /^[A-Za-z]/.test(b.prefix) ? `${b.prefix}${asked}` : `${b.line} ${b.prefix}${asked}` });
      }
    }
  }
  const seen = new Set<string>();
  return [...plain, ...brandWise, ...filtered, ...sorted, ...combined, ...models].filter((v) => {
    const key = JSON.stringify(v);
    return !seen.has(key) && (seen.add(key), true);
  });
}

/**
 * Picks an index of `n` by Zipf's law with exponent `s`: index k (from 0) comes with weight
 * 1 / (k + 1)^s, so the first is asked most and each later one less — how often searches
 * repeat on a shop's search box.
 */
export function zipfPicker(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cumulative[k] = sum += 1 / (k + 1) ** s;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * What a province's buyers search: the stream's searches by Zipf's law with exponent 1 (the
 * usual shape of search logs), the same sequence for the same seed, each as a GraphQL request
 * body; counts what was asked since the last `count()`.
 */
export function searchStream(seed: number) {
  const space = searchSpace();
  const bodies = space.map((variables) => JSON.stringify({ query: SEARCH_DOCUMENT, variables }));
  const pick = zipfPicker(space.length, 1, seededRandom(seed + 1));
  let asked = 0;
  let distinct = new Set<number>();
  return {
    space,
    next: () => {
      const k = pick();
      asked++;
      distinct.add(k);
      return bodies[k];
    },
    count: () => {
      const out = { asked, distinct: distinct.size };
      asked = 0;
      distinct = new Set();
      return out;
    },
  };
}
