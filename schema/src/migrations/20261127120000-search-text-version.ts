import { Migration } from '@mikro-orm/migrations';

/**
 * Which text analysis wrote a search document's tokens (api/src/catalog/search/text/segmenter.ts,
 * `TEXT_VERSION`). Documents written before this migration have version 1; the rank job
 * re-tokenises them, and until a province has none left its searches also accept the older
 * tokens. The partial index finds the stale ones at once, and is empty once there are none.
 */
export class SearchTextVersionMigration extends Migration {
  override name = '20261127120000-search-text-version';

  override up(): void {
    this.addSql(`alter table "search_document" add column "text_version" smallint not null default 1;`);
    this.addSql(`create index "search_document_stale_tokens" on "search_document" ("tenant_id", "listing_id") where "text_version" < 2;`);
  }

  override down(): void {
    this.addSql(`drop index if exists "search_document_stale_tokens";`);
    this.addSql(`alter table "search_document" drop column "text_version";`);
  }
}
