import type { Fen, IndexedPolicyClaim, PolicyTag, TenantContext } from '@zhengcai/schema';
import type { PageInfoData } from '../../platform/pagination/keyset.js';

/**
 * One listing as search sees it: the contract the catalog fills from a listing (with its
 * category path and supplier) whenever the listing changes.
 */
export interface SearchDocument {
  tenantId: string;
  listingId: string;
  title: string;
  description: string;
  brand: string;
  model: string;
  /** Category codes from the root to the listing's leaf category. */
  categoryPath: string[];
  priceFen: Fen;
  stock: number;
  salesCount: number;
  /** Policy claims with their last valid day; only tags valid on the day count. */
  policyTags: IndexedPolicyClaim[];
  supplierId: string;
  supplierName: string;
  /** GB/T 2260 six-digit region code of the supplier. */
  supplierRegion: string;
  /** Supplier integrity score, 0–100. */
  integrityScore: number;
  updatedAt: Date;
}

export type SearchSort = 'relevance' | 'price_asc' | 'price_desc' | 'sales';

export interface SearchFilters {
  /** A category code: the category and everything below it. */
  categoryCode?: string;
  brands?: string[];
  priceMinFen?: Fen;
  priceMaxFen?: Fen;
  /** Listings holding every one of these tags (valid today). */
  policyTags?: PolicyTag[];
  /** Region codes; a province (xx0000) or city (xxxx00) code takes in everything below it. */
  supplierRegions?: string[];
  inStock?: boolean;
}

export interface SearchQuery {
  /** Free text: Chinese, English, model numbers (typos tolerated in model numbers). */
  text?: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  first?: number;
  after?: string;
}

/** How the stored rank was built for one listing: each component is 0–1. */
export interface RankComponents {
  policy: number;
  integrity: number;
  price: number;
  sales: number;
}

/** Why a hit is where it is: `score` orders relevance-sorted results. */
export interface ScoreBreakdown {
  /** Text relevance (0 without text). */
  relevance: number;
  /** The stored rank, 0–1. */
  rank: number;
  /** relevance × (1 + rank) with text; the rank alone without. */
  score: number;
  components: RankComponents;
}

export interface SearchHit {
  /** Opaque: pass as `after` to continue after this hit. */
  cursor: string;
  listingId: string;
  title: string;
  brand: string;
  model: string;
  categoryPath: string[];
  priceFen: Fen;
  stock: number;
  salesCount: number;
  policyTags: PolicyTag[];
  supplierId: string;
  supplierName: string;
  supplierRegion: string;
  score: ScoreBreakdown;
}

export interface FacetCount<V = string> {
  value: V;
  count: number;
}

/** A price range [minFen, maxFen); null is open-ended. */
export interface PriceBucket {
  minFen: Fen | null;
  maxFen: Fen | null;
  count: number;
}

export interface SearchFacets {
  /** Categories one level below the category filter (the roots without one). */
  categories: FacetCount[];
  brands: FacetCount[];
  policyTags: FacetCount<PolicyTag>[];
  regions: FacetCount[];
  priceBuckets: PriceBucket[];
}

/**
 * Matches counted. When `exact` is false, more than `value` listings match and results
 * (and facets) are drawn from the `value` best-ranked of them.
 */
export interface SearchTotal {
  value: number;
  exact: boolean;
}

/**
 * A model number or code no listing of the province has (as the engine keeps it: lower case),
 * and the close ones of its dictionary searched in its place.
 */
export interface SearchCorrection {
  asked: string;
  matched: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  facets: SearchFacets;
  pageInfo: PageInfoData;
  total: SearchTotal;
  /** Terms searched as close codes instead (typos); empty when none were, or the engine does not say. */
  corrections: SearchCorrection[];
}

/** One listing's place explained: its components (values, weights) and, for a text, its relevance. */
export interface ListingScore {
  listingId: string;
  title: string;
  /** False when the text does not match the listing (relevance is then 0). */
  matched: boolean;
  breakdown: ScoreBreakdown;
  priceFen: Fen;
  /** The category median price the price component compares against. */
  medianFen: Fen | null;
  integrityScore: number;
  salesCount: number;
  policyTags: PolicyTag[];
}

/**
 * The search engine behind the mall. Both adapters (PostgreSQL, Meilisearch) pass the same
 * contract suite (search-contract.ts).
 */
export interface SearchPort {
  readonly engine: 'postgres' | 'meilisearch';
  /** Adds or replaces documents of the context's tenant; ranks are computed on the way in. */
  upsert(ctx: TenantContext, docs: readonly SearchDocument[]): Promise<void>;
  remove(ctx: TenantContext, listingIds: readonly string[]): Promise<void>;
  search(ctx: TenantContext, query: SearchQuery): Promise<SearchResult>;
  /** Null when the tenant has no such listing in the index. */
  explain(ctx: TenantContext, listingId: string, text?: string): Promise<ListingScore | null>;
  /** Recomputes the tenant's stored ranks (set-based) and brings the index in step; returns rows changed. */
  refreshRanks(ctx: TenantContext): Promise<number>;
  /**
   * Counts how common the tenant's words are, for the engine's own choice of how to find
   * matches (which words it walks by; results do not change); returns the words found common,
   * 0 when the engine keeps no such count.
   */
  countWords(ctx: TenantContext): Promise<number>;
  /**
   * Rewrites the tokens of documents the product's text analysis has changed since (new
   * words); returns how many, 0 when the engine analyses text itself.
   */
  retokenise(ctx: TenantContext): Promise<number>;
}

export const SEARCH_PORT = Symbol('SEARCH_PORT');
