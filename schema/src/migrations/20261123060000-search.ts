import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * Catalog search on PostgreSQL: the search document (jieba tokens in a tsvector, trigram
 * indexes for model numbers and brands, the stored rank and its components), the dictionary
 * of model-number terms for typo correction, and each tenant's ranking
 * formula. Every index starts with tenant_id (btree_gin for the GIN ones).
 */
export class SearchMigration extends Migration {
  override name = '20261123060000-search';

  override up(): void {
    // All three ship with PostgreSQL and are trusted: the owner may create them.
    // fuzzystrmatch gives the edit distance that confirms model-number typos.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists btree_gin;`);
    this.addSql(`create extension if not exists fuzzystrmatch;`);

    this.addSql(`create table "search_document" ("listing_id" uuid not null, "tenant_id" uuid not null, "title" varchar(200) not null, "description" text not null, "brand" varchar(64) not null, "model" varchar(64) not null, "category_path" text[] not null, "price_fen" bigint not null, "stock" int not null, "sales_count" int not null, "policy_claims" jsonb not null, "policy_tags" text[] not null, "supplier_id" uuid not null, "supplier_name" varchar(128) not null, "supplier_region" varchar(6) not null, "integrity_score" smallint not null, "updated_at" timestamptz not null, "tokens" tsvector not null, "rank" double precision not null default 0, "rank_policy" double precision not null default 0, "rank_integrity" double precision not null default 0, "rank_price" double precision not null default 0, "rank_sales" double precision not null default 0, "rank_median_fen" bigint null, "ranked_at" timestamptz null, primary key ("listing_id"));`);
    this.addSql(`create index "search_document_tenant_tokens_gin" on "search_document" using gin ("tenant_id", "tokens");`);
    this.addSql(`create index "search_document_tenant_facets_gin" on "search_document" using gin ("tenant_id", "category_path", "policy_tags");`);
    this.addSql(`create index "search_document_tenant_model_trgm" on "search_document" using gin ("tenant_id", "model" gin_trgm_ops);`);
    this.addSql(`create index "search_document_tenant_brand_trgm" on "search_document" using gin ("tenant_id", "brand" gin_trgm_ops);`);
    // Covering: broad searches walk the rank order index-only (see the entity).
    this.addSql(`create index "search_document_tenant_rank_cover" on "search_document" ("tenant_id", "rank" desc, "listing_id") include ("tokens", "category_path", "policy_tags", "price_fen", "sales_count", "stock", "supplier_region", "brand", "model");`);

    this.addSql(`create table "search_ranking_formula" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "policy_weight_bp" int not null, "integrity_weight_bp" int not null, "price_weight_bp" int not null, "sales_weight_bp" int not null, "policy_tags" text[] not null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "search_ranking_formula" add constraint "search_ranking_formula_tenant_unique" unique ("tenant_id");`);

    this.addSql(`create table "search_term" ("tenant_id" uuid not null, "term" varchar(64) not null, primary key ("tenant_id", "term"));`);
    this.addSql(`create index "search_term_tenant_trgm" on "search_term" using gin ("tenant_id", "term" gin_trgm_ops);`);

    for (const sql of tenantIsolation('search_document')) this.addSql(sql);
    this.addSql(grantToApp('search_document', 'select, insert, update, delete'));
    for (const sql of tenantIsolation('search_ranking_formula')) this.addSql(sql);
    this.addSql(grantToApp('search_ranking_formula', 'select, insert, update'));
    for (const sql of tenantIsolation('search_term')) this.addSql(sql);
    this.addSql(grantToApp('search_term', 'select, insert'));
  }

  override down(): void {
    this.addSql(`drop table if exists "search_term";`);
    this.addSql(`drop table if exists "search_ranking_formula";`);
    this.addSql(`drop table if exists "search_document";`);
    // The extensions stay: other objects may have come to use them.
  }
}
