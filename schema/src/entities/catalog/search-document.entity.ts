import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwned } from '../base.js';
import { PolicyTag } from './catalog-enums.js';

/** Every policy tag, in the order facets and forms show them. */
export const POLICY_TAGS: readonly PolicyTag[] = Object.values(PolicyTag);

/** A policy claim as indexed: the tag and its last valid day (YYYY-MM-DD; null never expires). */
export interface IndexedPolicyClaim {
  tag: PolicyTag;
  validUntil: string | null;
}

const T = '"search_document"';

/**
 * One listing as the PostgreSQL search adapter indexes it (also the source of the ranks the
 * Meilisearch adapter mirrors). `tokens` holds jieba segments built in the app; `rank` and
 * its components are written by the set-based recompute (api/src/catalog/search/ranking/).
 */
// Postings follow every write (migration 20261128090000-search-postings, whose functions these
// triggers run): statement triggers over the written rows, so a bulk write is one set-based step.
const POSTING_TRIGGERS = [
  { name: 'search_posting_inserted', event: 'insert', rows: 'new table as new_rows' },
  { name: 'search_posting_updated', event: 'update', rows: 'old table as old_rows new table as new_rows' },
  { name: 'search_posting_deleted', event: 'delete', rows: 'old table as old_rows' },
] as const;
@Entity({
  tableName: 'search_document',
  triggers: POSTING_TRIGGERS.map((t) => ({
    name: t.name,
    timing: 'after',
    events: [t.event],
    forEach: 'statement',
    expression: `create trigger ${t.name} after ${t.event} on ${T} referencing ${t.rows} for each statement execute function search_document_${t.name}_fn()`,
  })),
})
@Index({ name: 'search_document_tenant_tokens_gin', expression: `create index "search_document_tenant_tokens_gin" on ${T} using gin ("tenant_id", "tokens", "region_tokens")` })
@Index({ name: 'search_document_tenant_facets_gin', expression: `create index "search_document_tenant_facets_gin" on ${T} using gin ("tenant_id", "category_path", "policy_tags")` })
@Index({ name: 'search_document_tenant_model_trgm', expression: `create index "search_document_tenant_model_trgm" on ${T} using gin ("tenant_id", "model" gin_trgm_ops)` })
@Index({ name: 'search_document_tenant_brand_trgm', expression: `create index "search_document_tenant_brand_trgm" on ${T} using gin ("tenant_id", "brand" gin_trgm_ops)` })
// The rank order with every column a search filters or counts: broad queries walk it as an
// index-only scan, reading leaf pages in order instead of a random heap row per candidate.
@Index({ name: 'search_document_tenant_rank_cover', expression: `create index "search_document_tenant_rank_cover" on ${T} ("tenant_id", "rank" desc, "listing_id") include ("tokens", "category_path", "policy_tags", "price_fen", "sales_count", "stock", "supplier_region", "brand", "model")` })
// Documents whose tokens an older text analysis wrote (`textVersion` below 2): the rank job
// finds them here to re-tokenise them; empty once there are none.
@Index({ name: 'search_document_stale_tokens', expression: `create index "search_document_stale_tokens" on ${T} ("tenant_id", "listing_id") where "text_version" < 2` })
export class SearchDocumentRow extends TenantOwned {
  /** The listing's id (UUIDv7, unique across tenants). */
  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', length: 64 })
  brand!: string;

  @Property({ type: 'string', length: 64 })
  model!: string;

  /** Category codes from the root to the listing's leaf category. */
  @Property({ type: 'text[]' })
  categoryPath!: string[];

  @Property({ type: 'bigint' })
  priceFen!: bigint;

  @Property({ type: 'integer' })
  stock!: number;

  @Property({ type: 'integer' })
  salesCount!: number;

  /** Every claim with its validity; `policyTags` is derived from it daily. */
  @Property({ type: 'jsonb' })
  policyClaims!: IndexedPolicyClaim[];

  /** Tags valid on the day of the last upsert or nightly recompute (filters and facets). */
  @Property({ type: 'text[]' })
  policyTags!: PolicyTag[];

  @Property({ type: 'uuid' })
  supplierId!: string;

  @Property({ type: 'string', length: 128 })
  supplierName!: string;

  /** GB/T 2260 six-digit code of the supplier's region. */
  @Property({ type: 'string', length: 6 })
  supplierRegion!: string;

  /** 0–100. */
  @Property({ type: 'smallint' })
  integrityScore!: number;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** jieba segments (search mode), weighted A (title, brand, model) to D (description). */
  @Property({ columnType: 'tsvector', lazy: true })
  tokens!: string;

  /**
   * The supplier's city and county as words (`region_<city>`, `region_<county>`), so the token
   * index serves a search's region filter with its words; the database computes them.
   */
  @Property({ columnType: 'tsvector', lazy: true, generated: '(search_region_lexemes(supplier_region)) stored' })
  regionTokens!: string & Opt;
  /** Which text analysis wrote `tokens` (api/src/catalog/search/text/segmenter.ts, `TEXT_VERSION`). */
  @Property({ type: 'smallint', defaultRaw: '1' })
  textVersion: Opt<number> = 1;

  /** The stored rank, 0–1: the weighted sum of the components below. */
  @Property({ type: 'double', defaultRaw: '0' })
  rank: Opt<number> = 0;

  @Property({ type: 'double', defaultRaw: '0' })
  rankPolicy: Opt<number> = 0;

  @Property({ type: 'double', defaultRaw: '0' })
  rankIntegrity: Opt<number> = 0;

  @Property({ type: 'double', defaultRaw: '0' })
  rankPrice: Opt<number> = 0;

  @Property({ type: 'double', defaultRaw: '0' })
  rankSales: Opt<number> = 0;

  /** The category median price the price component was computed against (fen). */
  @Property({ type: 'bigint', nullable: true })
  rankMedianFen?: bigint | null;

  @Property({ type: 'timestamptz', nullable: true })
  rankedAt?: Date | null;
}
