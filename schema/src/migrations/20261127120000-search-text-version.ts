import { Migration } from '@mikro-orm/migrations';
import { CURRENT_TENANT, grantToApp } from './rls.js';

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
    // The view's columns are the table's (rls.ts, tenantScopedView).
    this.addSql(`create or replace view "search_document_visible" as select * from "search_document" where tenant_id = ${CURRENT_TENANT};`);
  }

  override down(): void {
    this.addSql(`drop view "search_document_visible";`);
    this.addSql(`drop index if exists "search_document_stale_tokens";`);
    this.addSql(`alter table "search_document" drop column "text_version";`);
    this.addSql(`create view "search_document_visible" as select * from "search_document" where tenant_id = ${CURRENT_TENANT};`);
    this.addSql(grantToApp('search_document_visible', 'select'));
  }
}
