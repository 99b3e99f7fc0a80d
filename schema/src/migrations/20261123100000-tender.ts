import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * Tendering's core: projects, lots and sealed bids, and users' SM2 signing keys. Notices, documents, the opening,
 * evaluation, award and contracts add their own tables in later migrations.
 */
export class TenderMigration extends Migration {
  override name = '20261123100000-tender';

  override up(): void {
    this.addSql(`create type "procurement_method" as enum ('public_tender', 'invited_tender', 'competitive_negotiation', 'competitive_consultation', 'inquiry', 'single_source');`);
    this.addSql(`create type "procurement_kind" as enum ('goods', 'services', 'works');`);
    this.addSql(`create type "evaluation_method" as enum ('comprehensive_scoring', 'lowest_price');`);
    this.addSql(`create type "tender_project_state" as enum ('draft', 'published', 'completed', 'cancelled');`);
    this.addSql(`create type "tender_lot_state" as enum ('draft', 'bidding', 'opening', 'evaluating', 'recommended', 'awarded', 'contracted', 'failed', 'cancelled');`);
    this.addSql(`create type "tender_bid_state" as enum ('submitted', 'withdrawn', 'replaced', 'opened', 'not_decrypted', 'invalid', 'disqualified');`);

    this.addSql(`create table "tender_project" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "project_no" varchar(32) not null, "title" varchar(200) not null, "description" text not null, "method" "procurement_method" not null, "kind" "procurement_kind" not null, "category_code" varchar(16) not null, "buyer_id" uuid not null, "agency_id" uuid null, "created_by" uuid not null, "budget_line_id" uuid not null, "budget_fen" bigint not null, "evaluation_method" "evaluation_method" not null, "criteria" jsonb not null, "sme_deduction_bp" int not null, "qualification" text not null, "state" "tender_project_state" not null default 'draft', "documents_from" timestamptz null, "documents_until" timestamptz null, "bid_deadline" timestamptz null, "published_at" timestamptz null, "cancel_reason" text null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "tender_project" add constraint "tender_project_tenant_no_unique" unique ("tenant_id", "project_no");`);
    this.addSql(`create index "tender_project_tenant_buyer_index" on "tender_project" ("tenant_id", "buyer_id", "created_at", "id");`);
    this.addSql(`create index "tender_project_tenant_state_index" on "tender_project" ("tenant_id", "state", "bid_deadline");`);

    this.addSql(`create table "tender_lot" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "project_id" uuid not null, "lot_no" int not null, "title" varchar(200) not null, "scope" text not null, "budget_fen" bigint not null, "deposit_fen" bigint not null default 0, "min_bidders" int not null default 3, "state" "tender_lot_state" not null default 'draft', "failure_reason" text null, "winner_bid_id" uuid null, "opened_at" timestamptz null, "awarded_at" timestamptz null, "contracted_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "tender_lot" add constraint "tender_lot_tenant_project_no_unique" unique ("tenant_id", "project_id", "lot_no");`);
    this.addSql(`create index "tender_lot_tenant_state_index" on "tender_lot" ("tenant_id", "state");`);

    this.addSql(`create table "tender_bid" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "supplier_id" uuid not null, "submitted_by" uuid not null, "version" int not null, "state" "tender_bid_state" not null default 'submitted', "submitted_at" timestamptz not null, "ciphertext" text not null, "wrapped_key" text not null, "digest" varchar(64) not null, "signature" text not null, "bidder_public_key" text not null, "receipt" text not null, "opened_at" timestamptz null, "price_fen" bigint null, "price_form" jsonb null, "evaluated_price_fen" bigint null, "score_hundredths" int null, "rank" int null, "state_reason" text null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create unique index "tender_bid_tenant_lot_live_unique" on "tender_bid" ("tenant_id", "lot_id", "supplier_id") where "state" in ('submitted', 'opened', 'disqualified');`);
    this.addSql(`create index "tender_bid_tenant_lot_index" on "tender_bid" ("tenant_id", "lot_id", "state");`);
    this.addSql(`create index "tender_bid_tenant_supplier_index" on "tender_bid" ("tenant_id", "supplier_id", "created_at", "id");`);

    this.addSql(`alter table "tender_project" add constraint "tender_project_buyer_id_foreign" foreign key ("buyer_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_project" add constraint "tender_project_agency_id_foreign" foreign key ("agency_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "tender_project" add constraint "tender_project_budget_line_id_foreign" foreign key ("budget_line_id") references "budget_line" ("id");`);
    this.addSql(`alter table "tender_lot" add constraint "tender_lot_project_id_foreign" foreign key ("project_id") references "tender_project" ("id");`);
    this.addSql(`alter table "tender_bid" add constraint "tender_bid_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "tender_bid" add constraint "tender_bid_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);

    this.addSql(`create table "signing_key" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "user_id" uuid not null, "public_key" varchar(130) not null, "fingerprint" varchar(64) not null, "revoked_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create unique index "signing_key_tenant_user_active_unique" on "signing_key" ("tenant_id", "user_id") where "revoked_at" is null;`);
    this.addSql(`create index "signing_key_tenant_organisation_index" on "signing_key" ("tenant_id", "organisation_id", "created_at");`);
    this.addSql(`alter table "signing_key" add constraint "signing_key_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "signing_key" add constraint "signing_key_user_id_foreign" foreign key ("user_id") references "user_account" ("id");`);

    // Procurement records are kept: retired by state, never deleted.
    for (const table of ['tender_project', 'tender_lot', 'tender_bid', 'signing_key']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
  }

  override down(): void {
    this.addSql(`drop table if exists "signing_key";`);
    this.addSql(`drop table if exists "tender_bid";`);
    this.addSql(`drop table if exists "tender_lot";`);
    this.addSql(`drop table if exists "tender_project";`);
    for (const type of ['tender_bid_state', 'tender_lot_state', 'tender_project_state', 'evaluation_method', 'procurement_kind', 'procurement_method']) this.addSql(`drop type if exists "${type}";`);
  }
}
