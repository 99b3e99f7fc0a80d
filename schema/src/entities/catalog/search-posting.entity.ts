import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The advisory lock (with the hash of the tenant id as second key) that keeps a province's
 * postings whole while its posted words change: document writes hold it shared (the
 * triggers), the choice of posted words exclusively (api/src/catalog/search/pg/postings.ts).
 */
export const POSTING_LOCK = 1_752_392_040;

/**
 * A word a province's searches may walk by instead of the whole rank order: a product name or
 * a brand, with the lexemes that stand for it (its synonyms), and how many documents had it
 * when chosen. Chosen by the scheduled rank job, read and written with SQL only
 * (api/src/catalog/search/pg/postings.ts).
 */
@Entity({ tableName: 'search_posted_word' })
export class SearchPostedWord {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  word!: string;

  @Property({ type: 'text[]' })
  lexemes!: string[];

  @Property({ type: 'integer' })
  documents!: number;
}

/**
 * One document having one posted word, with the document's rank and what search filters test:
 * the posted word's documents in rank order, filtered as the walk index is read. Kept by triggers on search_document (migration
 * 20261128090000-search-postings), never by the application.
 */
@Entity({ tableName: 'search_posting' })
@Index({ name: 'search_posting_walk', expression: 'create index "search_posting_walk" on "search_posting" ("tenant_id", "word", "rank" desc, "listing_id") include ("category_path", "brand", "price_fen", "stock", "policy_tags", "supplier_region")' })
export class SearchPosting {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  word!: string;

  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'double' })
  rank!: number;

  @Property({ type: 'text[]' })
  categoryPath!: string[];

  @Property({ type: 'string', length: 64 })
  brand!: string;

  @Property({ type: 'bigint' })
  priceFen!: bigint;

  @Property({ type: 'integer' })
  stock!: number;

  @Property({ type: 'text[]' })
  policyTags!: string[];

  @Property({ type: 'string', length: 6 })
  supplierRegion!: string;
}
