import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * The catalog: procurement categories, standard products, listings with their price history,
 * bulk uploads; and on organisations, the supplier's integrity block and declared size.
 */
export class CatalogMigration extends Migration {
  override name = '20261123050000-catalog';

  override up(): void {
    this.addSql(`create type "enterprise_size" as enum ('large', 'medium', 'small', 'micro');`);
    this.addSql(`create type "listing_upload_state" as enum ('processing', 'done', 'failed');`);
    this.addSql(`create type "listing_state" as enum ('draft', 'submitted', 'approved', 'rejected', 'delisted');`);
    this.addSql(`create type "listing_delisted_by" as enum ('supplier', 'operator', 'inspection');`);

    this.addSql(`create table "category" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "code" varchar(16) not null, "name" varchar(64) not null, "parent_id" uuid null, "level" smallint not null, "energy_saving_mandatory" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "category_tenant_parent_index" on "category" ("tenant_id", "parent_id");`);
    this.addSql(`alter table "category" add constraint "category_tenant_code_unique" unique ("tenant_id", "code");`);

    this.addSql(`create table "listing_upload" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "supplier_id" uuid not null, "uploaded_by" uuid not null, "file_name" varchar(255) not null, "state" "listing_upload_state" not null default 'processing', "total" int not null, "processed" int not null default 0, "imported" int not null default 0, "row_errors" jsonb not null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "listing_upload_tenant_supplier_index" on "listing_upload" ("tenant_id", "supplier_id", "id");`);

    this.addSql(`create table "standard_product" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "category_id" uuid not null, "brand" varchar(64) not null, "model" varchar(64) not null, "name" varchar(128) not null, "specs" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "standard_product_tenant_category_index" on "standard_product" ("tenant_id", "category_id");`);
    this.addSql(`alter table "standard_product" add constraint "standard_product_tenant_brand_model_unique" unique ("tenant_id", "brand", "model");`);

    this.addSql(`create table "listing" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "supplier_id" uuid not null, "category_id" uuid not null, "standard_product_id" uuid null, "title" varchar(120) not null, "description" text not null, "brand" varchar(64) null, "model" varchar(64) null, "price_fen" bigint not null, "stock" int not null, "delivery_region_codes" text[] not null, "image_urls" text[] not null, "warranty_months" smallint not null, "policy_tags" jsonb not null, "state" "listing_state" not null default 'draft', "submitted_at" timestamptz null, "approved_at" timestamptz null, "rejection_reason" text null, "delisted_by" "listing_delisted_by" null, "delist_reason" text null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "listing_tenant_queue_index" on "listing" ("tenant_id", "state", "submitted_at", "id");`);
    this.addSql(`create index "listing_tenant_supplier_index" on "listing" ("tenant_id", "supplier_id", "id");`);

    this.addSql(`create table "listing_price_change" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "listing_id" uuid not null, "price_fen" bigint not null, "previous_price_fen" bigint null, "changed_by" uuid null, primary key ("id"));`);
    this.addSql(`create index "listing_price_change_tenant_listing_index" on "listing_price_change" ("tenant_id", "listing_id", "created_at");`);

    this.addSql(`alter table "organisation" add "integrity_blocked" boolean not null default false, add "enterprise_size" "enterprise_size" null;`);

    this.addSql(`alter table "category" add constraint "category_parent_id_foreign" foreign key ("parent_id") references "category" ("id") on delete set null;`);
    this.addSql(`alter table "listing_upload" add constraint "listing_upload_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "standard_product" add constraint "standard_product_category_id_foreign" foreign key ("category_id") references "category" ("id");`);
    this.addSql(`alter table "listing" add constraint "listing_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "listing" add constraint "listing_category_id_foreign" foreign key ("category_id") references "category" ("id");`);
    this.addSql(`alter table "listing" add constraint "listing_standard_product_id_foreign" foreign key ("standard_product_id") references "standard_product" ("id") on delete set null;`);
    this.addSql(`alter table "listing_price_change" add constraint "listing_price_change_listing_id_foreign" foreign key ("listing_id") references "listing" ("id");`);

    // Catalog rows are retired by state, never deleted: orders and inspections point at them.
    for (const table of ['category', 'standard_product', 'listing', 'listing_upload']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
    // Price history is evidence for inspection: append-only for the app.
    for (const sql of tenantIsolation('listing_price_change')) this.addSql(sql);
    this.addSql(grantToApp('listing_price_change', 'select, insert'));
  }

  override down(): void {
    this.addSql(`drop table if exists "listing_price_change";`);
    this.addSql(`drop table if exists "listing";`);
    this.addSql(`drop table if exists "standard_product";`);
    this.addSql(`drop table if exists "listing_upload";`);
    this.addSql(`drop table if exists "category";`);
    this.addSql(`alter table "organisation" drop column "integrity_blocked", drop column "enterprise_size";`);
    this.addSql(`drop type if exists "listing_delisted_by";`);
    this.addSql(`drop type if exists "listing_state";`);
    this.addSql(`drop type if exists "listing_upload_state";`);
    this.addSql(`drop type if exists "enterprise_size";`);
  }
}
