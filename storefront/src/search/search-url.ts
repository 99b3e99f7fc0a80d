import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { SearchFiltersInput, PolicyTag, SearchSort } from '../graphql/generated/graphql';

export const SORTS: SearchSort[] = ['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'SALES'];
export const POLICY_TAGS: PolicyTag[] = ['ENERGY_SAVING', 'ENVIRONMENTAL_LABEL', 'FIRST_OF_KIND', 'SME', 'PRISON_ENTERPRISE', 'DISABILITY_WELFARE', 'RURAL_REVITALIZATION'];
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

/** Everything a search page shows, as kept in the address. */
export interface SearchState {
  text: string;
  category: string | null;
  brands: string[];
  tags: PolicyTag[];
  regions: string[];
  priceMin: string | null;
  priceMax: string | null;
  inStock: boolean;
  sort: SearchSort;
}

const list = (v: LocationQuery[string] | undefined): string[] =>
  (Array.isArray(v) ? v : v == null ? [] : [v]).filter((x): x is string => typeof x === 'string' && x.trim() !== '');
const one = (v: LocationQuery[string] | undefined): string | null => list(v)[0] ?? null;

/** Reads the address; anything malformed is left out rather than sent to the API. */
export function stateFromQuery(q: LocationQuery): SearchState {
  const sort = one(q.sort) as SearchSort | null;
  const money = (v: string | null) => (v !== null && MONEY.test(v) ? v : null);
  return {
    text: one(q.q)?.trim() ?? '',
    category: one(q.category),
    brands: list(q.brand),
    tags: list(q.tag).filter((t): t is PolicyTag => (POLICY_TAGS as string[]).includes(t)),
    regions: list(q.region).filter((r) => /^\d{6}$/.test(r)),
    priceMin: money(one(q.priceMin)),
    priceMax: money(one(q.priceMax)),
    inStock: one(q.inStock) === '1',
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
  };
}

/** The address for a state: defaults are left out, so a plain search stays `/search?q=…`. */
export function queryFromState(s: SearchState): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (s.text) q.q = s.text;
  if (s.category) q.category = s.category;
  if (s.brands.length) q.brand = s.brands;
  if (s.tags.length) q.tag = s.tags;
  if (s.regions.length) q.region = s.regions;
  if (s.priceMin) q.priceMin = s.priceMin;
  if (s.priceMax) q.priceMax = s.priceMax;
  if (s.inStock) q.inStock = '1';
  if (s.sort !== 'RELEVANCE') q.sort = s.sort;
  return q;
}

/** The API's filters for a state; null when nothing narrows the search. */
export function filtersFromState(s: SearchState): SearchFiltersInput | null {
  const f: SearchFiltersInput = {};
  if (s.category) f.categoryCode = s.category;
  if (s.brands.length) f.brands = s.brands;
  if (s.tags.length) f.policyTags = s.tags;
  if (s.regions.length) f.supplierRegions = s.regions;
  if (s.priceMin) f.priceMin = s.priceMin;
  if (s.priceMax) f.priceMax = s.priceMax;
  if (s.inStock) f.inStock = true;
  return Object.keys(f).length ? f : null;
}

/** Adds a value to a multi-valued filter, or removes it when already there. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/**
 * What the search box asks for when a word of it is a procurement category code (A02010104):
 * buyers who know the 品目 code type it, and it means the category, which no listing's text
 * holds. The first such word becomes the category filter; the rest stays the text. Codes are
 * matched against the province's tree (`known`), case aside, so A4 (a paper size) stays text.
 */
export function readTyped(typed: string, known: ReadonlySet<string>): { text: string; category?: string } {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => known.has(w.toUpperCase()));
  if (at < 0) return { text: words.join(' ') };
  return { text: words.filter((_, i) => i !== at).join(' '), category: words[at].toUpperCase() };
}
