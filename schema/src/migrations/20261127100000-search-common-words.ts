import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * The words of a province's search documents common enough for the rank walk to find
 * (api/src/catalog/search/pg/common-words.ts): a search with a rarer word is looked up at
 * once instead of walking first.
 */
export class SearchCommonWordsMigration extends Migration {
  override name = '20261127100000-search-common-words';

  override up(): void {
    this.addSql(`create table "search_common_word" ("tenant_id" uuid not null, "lexeme" varchar(64) not null, "documents" int not null, primary key ("tenant_id", "lexeme"));`);
    for (const sql of tenantIsolation('search_common_word')) this.addSql(sql);
    this.addSql(grantToApp('search_common_word', 'select, insert, update, delete'));
  }

  override down(): void {
    this.addSql(`drop table if exists "search_common_word";`);
  }
}
