import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Price inspection: imported reference prices, inspection runs with progress, findings; indexes for the set-based walk. */
export class PriceInspectionMigration extends Migration {
  override name = '20261124110000-price-inspection';

  override up(): void {
    this.addSql(`create type "price_reference_origin" as enum ('file', 'feed');`);
    this.addSql(`create type "inspection_trigger" as enum ('schedule', 'manual', 'price_change');`);
    this.addSql(`create type "inspection_run_state" as enum ('running', 'done');`);
    this.addSql(`create type "price_finding_state" as enum ('open', 'justified', 'dismissed', 'corrected', 'delisted');`);

    this.addSql(`create table "price_reference_import" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "origin" "price_reference_origin" not null, "name" varchar(500) not null, "imported_by" uuid null, "total" int not null, "imported" int not null, "row_errors" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "price_reference_import_tenant_created_index" on "price_reference_import" ("tenant_id", "created_at", "id");`);

    this.addSql(`create table "price_reference" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "standard_product_id" uuid null, "listing_id" uuid null, "source_name" varchar(64) not null, "price_fen" bigint not null, "observed_at" timestamptz not null, "url" text null, "import_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "price_reference_tenant_product_index" on "price_reference" ("tenant_id", "standard_product_id", "source_name", "observed_at");`);
    this.addSql(`create index "price_reference_tenant_listing_index" on "price_reference" ("tenant_id", "listing_id", "source_name", "observed_at");`);

    this.addSql(`create table "inspection_run" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "trigger" "inspection_trigger" not null, "state" "inspection_run_state" not null default 'running', "as_of" timestamptz not null, "started_by" uuid null, "listing_id" uuid null, "total" int not null, "done" int not null default 0, "findings" int not null default 0, "corrected" int not null default 0, "cursor" uuid null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "inspection_run_tenant_created_index" on "inspection_run" ("tenant_id", "created_at", "id");`);

    this.addSql(`create table "price_finding" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "listing_id" uuid not null, "supplier_id" uuid not null, "standard_product_id" uuid null, "run_id" uuid not null, "state" "price_finding_state" not null default 'open', "price_fen" bigint not null, "reference_fen" bigint not null, "reference_source" varchar(16) not null, "deviation_bp" int not null, "tolerance_bp" int not null, "evidence" jsonb not null, "due_at" timestamptz not null, "justification" text null, "justified_at" timestamptz null, "dismissal_reason" text null, "decided_by" uuid null, "closed_at" timestamptz null, "close_note" varchar(32) null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create unique index "price_finding_tenant_listing_live_unique" on "price_finding" ("tenant_id", "listing_id") where "state" in ('open', 'justified');`);
    this.addSql(`create index "price_finding_tenant_created_index" on "price_finding" ("tenant_id", "created_at", "id");`);
    this.addSql(`create index "price_finding_tenant_supplier_index" on "price_finding" ("tenant_id", "supplier_id", "created_at", "id");`);
    this.addSql(`create index "price_finding_tenant_state_due_index" on "price_finding" ("tenant_id", "state", "due_at");`);
    this.addSql(`create index "price_finding_tenant_listing_index" on "price_finding" ("tenant_id", "listing_id", "state");`);

    this.addSql(`create index "listing_tenant_on_sale_index" on "listing" ("tenant_id", "id") where "state" = 'approved';`);
    this.addSql(`create index "listing_tenant_product_on_sale_index" on "listing" ("tenant_id", "standard_product_id") include ("supplier_id", "price_fen") where "state" = 'approved';`);

    // Imported prices and findings are evidence: kept, never deleted.
    for (const table of ['price_reference_import', 'price_reference', 'inspection_run', 'price_finding']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
  }

  override down(): void {
    this.addSql(`drop index if exists "listing_tenant_product_on_sale_index";`);
    this.addSql(`drop index if exists "listing_tenant_on_sale_index";`);
    for (const t of ['price_finding', 'inspection_run', 'price_reference', 'price_reference_import']) this.addSql(`drop table if exists "${t}";`);
    for (const t of ['price_finding_state', 'inspection_run_state', 'inspection_trigger', 'price_reference_origin']) this.addSql(`drop type if exists "${t}";`);
  }
}
