import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * The mall: budget lines with their ledger, orders with lines and timeline, idempotency keys,
 * order numbers, fulfilment facts for integrity scoring; and listings' sales counts.
 */
export class MallMigration extends Migration {
  override name = '20261123080000-mall';

  override up(): void {
    this.addSql(`create type "budget_movement_kind" as enum ('load', 'adjust', 'freeze', 'release', 'consume');`);
    this.addSql(`create type "order_state" as enum ('placed', 'confirmed', 'rejected', 'shipped', 'delivered', 'accepted', 'invoiced', 'paid', 'closed', 'cancelled');`);
    this.addSql(`create type "order_deadline_kind" as enum ('confirm', 'ship', 'accept');`);

    this.addSql(`create table "budget_line" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "unit_id" uuid not null, "fiscal_year" smallint not null, "code" varchar(32) not null, "name" varchar(128) not null, "amount_fen" bigint not null, "used_fen" bigint not null, "frozen_fen" bigint not null, "updated_at" timestamptz not null default now(), primary key ("id"), constraint "budget_line_amounts_non_negative" check (used_fen >= 0 and frozen_fen >= 0), constraint "budget_line_available_non_negative" check (amount_fen - used_fen - frozen_fen >= 0));`);
    this.addSql(`alter table "budget_line" add constraint "budget_line_tenant_unit_year_code_unique" unique ("tenant_id", "unit_id", "fiscal_year", "code");`);

    this.addSql(`create table "budget_movement" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "line_id" uuid not null, "kind" "budget_movement_kind" not null, "amount_delta_fen" bigint not null, "used_delta_fen" bigint not null, "frozen_delta_fen" bigint not null, "order_id" uuid null, "actor_user_id" uuid null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "budget_movement_tenant_line_index" on "budget_movement" ("tenant_id", "line_id", "created_at");`);
    this.addSql(`create index "budget_movement_tenant_order_index" on "budget_movement" ("tenant_id", "order_id");`);

    this.addSql(`create table "mall_order" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "order_no" varchar(32) not null, "buyer_id" uuid not null, "buyer_user_id" uuid not null, "supplier_id" uuid not null, "budget_line_id" uuid not null, "state" "order_state" not null default 'placed', "total_fen" bigint not null, "accepted_fen" bigint null, "delivery_address" jsonb not null, "logistics_company" varchar(64) null, "tracking_no" varchar(64) null, "invoice" jsonb null, "reason" text null, "due_kind" "order_deadline_kind" null, "due_at" timestamptz null, "overdue_kinds" text[] not null default '{}', "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "mall_order" add constraint "mall_order_tenant_order_no_unique" unique ("tenant_id", "order_no");`);
    this.addSql(`create index "mall_order_tenant_buyer_index" on "mall_order" ("tenant_id", "buyer_id", "created_at", "id");`);
    this.addSql(`create index "mall_order_tenant_supplier_index" on "mall_order" ("tenant_id", "supplier_id", "created_at", "id");`);
    this.addSql(`create index "mall_order_tenant_created_index" on "mall_order" ("tenant_id", "created_at", "id");`);
    this.addSql(`create index "mall_order_tenant_state_index" on "mall_order" ("tenant_id", "state");`);

    this.addSql(`create table "mall_order_line" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "order_id" uuid not null, "listing_id" uuid not null, "title" varchar(120) not null, "unit_price_fen" bigint not null, "quantity" int not null, "accepted_quantity" int null, primary key ("id"));`);
    this.addSql(`create index "mall_order_line_tenant_order_index" on "mall_order_line" ("tenant_id", "order_id");`);

    this.addSql(`create table "mall_order_event" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "order_id" uuid not null, "from_state" "order_state" null, "to_state" "order_state" not null, "action" varchar(32) not null, "actor_user_id" uuid null, "actor_organisation_id" uuid null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "mall_order_event_tenant_order_index" on "mall_order_event" ("tenant_id", "order_id", "created_at");`);

    this.addSql(`create table "mall_idempotency_key" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "key" varchar(128) not null, "fingerprint" varchar(64) not null, "order_ids" uuid[] not null, primary key ("id"));`);
    this.addSql(`alter table "mall_idempotency_key" add constraint "mall_idempotency_key_tenant_user_key_unique" unique ("tenant_id", "user_id", "key");`);

    this.addSql(`create table "mall_order_counter" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "year" smallint not null, "last" int not null, primary key ("id"));`);
    this.addSql(`alter table "mall_order_counter" add constraint "mall_order_counter_tenant_year_unique" unique ("tenant_id", "year");`);

    this.addSql(`create table "fulfilment_fact" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "order_id" uuid not null, "party" varchar(16) not null, "organisation_id" uuid not null, "kind" "order_deadline_kind" not null, "occurred_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "fulfilment_fact" add constraint "fulfilment_fact_tenant_order_kind_unique" unique ("tenant_id", "order_id", "kind");`);

    this.addSql(`alter table "listing" add "sales_count" int not null default 0;`);

    this.addSql(`alter table "budget_line" add constraint "budget_line_unit_id_foreign" foreign key ("unit_id") references "organisation" ("id");`);
    this.addSql(`alter table "budget_movement" add constraint "budget_movement_line_id_foreign" foreign key ("line_id") references "budget_line" ("id");`);
    this.addSql(`alter table "mall_order" add constraint "mall_order_buyer_id_foreign" foreign key ("buyer_id") references "organisation" ("id");`);
    this.addSql(`alter table "mall_order" add constraint "mall_order_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "mall_order" add constraint "mall_order_budget_line_id_foreign" foreign key ("budget_line_id") references "budget_line" ("id");`);
    this.addSql(`alter table "mall_order_line" add constraint "mall_order_line_order_id_foreign" foreign key ("order_id") references "mall_order" ("id");`);
    this.addSql(`alter table "mall_order_line" add constraint "mall_order_line_listing_id_foreign" foreign key ("listing_id") references "listing" ("id");`);
    this.addSql(`alter table "mall_order_event" add constraint "mall_order_event_order_id_foreign" foreign key ("order_id") references "mall_order" ("id");`);

    // Ledgers, timelines and facts are evidence: append-only for the app.
    for (const table of ['budget_movement', 'mall_order_event', 'fulfilment_fact']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert'));
    }
    // An idempotency key is claimed empty, then given the orders its request made.
    for (const table of ['budget_line', 'mall_order', 'mall_order_line', 'mall_order_counter', 'mall_idempotency_key']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
  }

  override down(): void {
    for (const table of ['fulfilment_fact', 'mall_order_counter', 'mall_idempotency_key', 'mall_order_event', 'mall_order_line', 'mall_order', 'budget_movement', 'budget_line']) {
      this.addSql(`drop table if exists "${table}";`);
    }
    this.addSql(`alter table "listing" drop column "sales_count";`);
    this.addSql(`drop type if exists "order_deadline_kind";`);
    this.addSql(`drop type if exists "order_state";`);
    this.addSql(`drop type if exists "budget_movement_kind";`);
  }
}
