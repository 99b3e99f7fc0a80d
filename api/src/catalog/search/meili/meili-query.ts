import type { FacetDistribution, Hit, SearchParams } from 'meilisearch';
import type { PolicyTag } from '@zhengcai/schema';
import { AppError } from '../../../platform/errors/app-error.js';
import { decodeCursor, encodeCursor } from '../../../platform/pagination/keyset.js';
import { bucketRange } from '../price-buckets.js';
import type { FacetCount, SearchFacets, SearchFilters, SearchHit, SearchQuery, SearchResult, SearchSort } from '../search-port.js';
import type { MeiliDocument } from './meili-documents.js';

const BRAND_FACETS = 20;
const OTHER_FACETS = 50;

const quote = (v: string) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`;
const anyOf = (field: string, values: readonly string[]) => `${field} IN [${values.map(quote).join(', ')}]`;

export function meiliFilter(f: SearchFilters = {}): string[] {
  const out: string[] = [];
  if (f.categoryCode) out.push(`categoryPath = ${quote(f.categoryCode)}`);
  if (f.brands?.length) out.push(anyOf('brand', f.brands));
  if (f.priceMinFen !== undefined) out.push(`priceFen >= ${f.priceMinFen}`);
  if (f.priceMaxFen !== undefined) out.push(`priceFen <= ${f.priceMaxFen}`);
  for (const tag of f.policyTags ?? []) out.push(`policyTags = ${quote(tag)}`);
  if (f.supplierRegions?.length) out.push(anyOf('regionLevels', f.supplierRegions));
  if (f.inStock) out.push('inStock = true');
  return out;
}

// listingId breaks ties so that offsets page over one stable order.
const SORTS: Record<SearchSort, string[]> = {
  relevance: [],
  price_asc: ['priceFen:asc', 'listingId:asc'],
  price_desc: ['priceFen:desc', 'listingId:desc'],
  sales: ['salesCount:desc', 'listingId:asc'],
};

/** Cursors are opaque offsets here: Meilisearch pages by offset. */
export function offsetOf(after: string | undefined): number {
  if (!after) return 0;
  const [kind, offset] = decodeCursor(after, 2);
  if (kind !== 'o' || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw new AppError('INVALID_CURSOR');
  return offset;
}

/**
 * Page numbers give an exhaustive count (up to maxTotalHits), offsets only an estimate; a
 * cursor from pages of the same size is always page-aligned.
 */
export function searchParams(query: SearchQuery, first: number, offset: number): { params: SearchParams; aligned: boolean } {
  const sort = SORTS[query.sort ?? 'relevance'];
  const aligned = offset % first === 0;
  return {
    aligned,
    params: {
      filter: meiliFilter(query.filters),
      ...(sort.length ? { sort } : {}),
      facets: ['categoryNodes', 'brand', 'policyTags', 'supplierRegion', 'priceBucket'],
      showRankingScore: true,
      // Every word must match, as in the PostgreSQL adapter (the default drops words from the end).
      matchingStrategy: 'all',
      ...(aligned ? { hitsPerPage: first, page: offset / first + 1 } : { offset, limit: first + 1 }),
    },
  };
}

function counts(d: Record<string, number> | undefined, limit: number): FacetCount[] {
  return Object.entries(d ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .slice(0, limit);
}

function categoryFacet(nodes: Record<string, number> | undefined, code: string | undefined): FacetCount[] {
  const entries = Object.entries(nodes ?? {}).map(([node, count]) => ({ depth: Number(node.split(':')[0]), value: node.slice(node.indexOf(':') + 1), count }));
  const filterDepth = code ? (entries.find((e) => e.value === code)?.depth ?? 0) : 0;
  return counts(Object.fromEntries(entries.filter((e) => e.depth === filterDepth + 1).map((e) => [e.value, e.count])), OTHER_FACETS);
}

export function toFacets(d: FacetDistribution | undefined, query: SearchQuery): SearchFacets {
  return {
    categories: categoryFacet(d?.categoryNodes, query.filters?.categoryCode),
    brands: counts(d?.brand, BRAND_FACETS),
    policyTags: counts(d?.policyTags, OTHER_FACETS) as FacetCount<PolicyTag>[],
    regions: counts(d?.supplierRegion, OTHER_FACETS),
    priceBuckets: Object.entries(d?.priceBucket ?? {})
      .map(([b, count]) => ({ i: Number(b), count }))
      .sort((a, b) => a.i - b.i)
      .map(({ i, count }) => ({ ...bucketRange(i), count })),
  };
}

export function toHit(h: Hit<MeiliDocument>, hasText: boolean, position: number): SearchHit {
  const relevance = hasText ? (h._rankingScore ?? 0) : 0;
  return {
    cursor: encodeCursor(['o', position + 1]),
    listingId: h.listingId,
    title: h.title,
    brand: h.brand,
    model: h.model,
    categoryPath: h.categoryPath,
    priceFen: BigInt(h.priceFen),
    stock: h.stock,
    salesCount: h.salesCount,
    policyTags: h.policyTags,
    supplierId: h.supplierId,
    supplierName: h.supplierName,
    supplierRegion: h.supplierRegion,
    score: {
      relevance,
      rank: h.rank,
      score: hasText ? relevance * (1 + h.rank) : h.rank,
      components: { policy: h.rankPolicy, integrity: h.rankIntegrity, price: h.rankPrice, sales: h.rankSales },
    },
  };
}

export interface MeiliPage {
  hits: Hit<MeiliDocument>[];
  /** Exhaustive (page mode) or estimated (offset mode) number of matches. */
  total: number;
  aligned: boolean;
  facets: SearchFacets;
}

export function toResult(r: MeiliPage, query: SearchQuery, first: number, offset: number, cap: number): SearchResult {
  const hasText = Boolean(query.text?.trim());
  const page = r.hits.slice(0, first);
  const next = offset + page.length;
  const hasNextPage = r.aligned ? next < Math.min(r.total, cap) : r.hits.length > first;
  return {
    hits: page.map((h, i) => toHit(h, hasText, offset + i)),
    facets: r.facets,
    pageInfo: { hasNextPage, endCursor: page.length ? encodeCursor(['o', next]) : null },
    total: { value: Math.min(r.total, cap), exact: r.aligned && r.total < cap },
    // Meilisearch forgives typos inside its ranking and does not say which words it corrected.
    corrections: [],
  };
}
