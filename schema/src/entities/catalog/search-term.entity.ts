import { Entity, Index, PrimaryKey } from '@mikro-orm/decorators/legacy';

/**
 * The tenant's dictionary of model-number-like tokens (letters and digits), for typo
 * correction: a mistyped code is matched against these few thousand terms (trigrams, then
 * edit distance) and the search then asks the GIN index for the corrected terms. Read and
 * written with SQL only (api/src/catalog/search/pg/search-terms.ts); a term whose last
 * listing is gone stays and simply matches nothing.
 */
@Entity({ tableName: 'search_term' })
@Index({ name: 'search_term_tenant_trgm', expression: 'create index "search_term_tenant_trgm" on "search_term" using gin ("tenant_id", "term" gin_trgm_ops)' })
export class SearchTerm {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  term!: string;
}
