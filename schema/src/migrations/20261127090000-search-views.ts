import { Migration } from '@mikro-orm/migrations';
import { tenantScopedView } from './rls.js';

/**
 * Searches read the search documents and the model-number dictionary through tenant-scoped
 * views, so their GIN and trigram indexes can be used (rls.ts, `tenantScopedView`). Both
 * hold only what the province's public storefront shows: listings on sale and their codes.
 */
export class SearchViewsMigration extends Migration {
  override name = '20261127090000-search-views';

  override up(): void {
    for (const sql of tenantScopedView('search_document', 'search_document_visible')) this.addSql(sql);
    for (const sql of tenantScopedView('search_term', 'search_term_visible')) this.addSql(sql);
  }

  override down(): void {
    this.addSql(`drop view "search_term_visible";`);
    this.addSql(`drop view "search_document_visible";`);
    this.addSql(`alter table "search_term" force row level security;`);
    this.addSql(`alter table "search_document" force row level security;`);
  }
}
