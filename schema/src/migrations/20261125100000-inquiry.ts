import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * Online inquiry (在线询价): inquiries, their quotes and invitations; mall orders that come
 * from a sourcing award (origin, and lines with a specification instead of a listing).
 */
export class InquiryMigration extends Migration {
  override name = '20261125100000-inquiry';

  override up(): void {
    this.addSql(`create type "sourcing_inquiry_state" as enum ('published', 'closed', 'awarded', 'failed', 'cancelled');`);
    this.addSql(`create type "sourcing_inquiry_failure" as enum ('too_few_quotes', 'all_passed_over');`);
    this.addSql(`create type "sourcing_invitation_status" as enum ('invited', 'quoted', 'won', 'lost', 'ended');`);
    this.addSql(`create type "order_origin" as enum ('catalog', 'inquiry', 'auction');`);

    this.addSql(`create table "sourcing_inquiry" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "buyer_id" uuid not null, "buyer_user_id" uuid not null, "budget_line_id" uuid not null, "title" varchar(120) not null, "category_code" varchar(16) not null, "specification" text not null, "quantity" int not null, "unit" varchar(16) not null, "delivery_address" jsonb not null, "delivery_days" smallint not null, "budget_fen" bigint not null, "quote_deadline" timestamptz not null, "min_quotes" smallint not null, "tie_rule" varchar(32) not null, "state" "sourcing_inquiry_state" not null default 'published', "failure" "sourcing_inquiry_failure" null, "valid_quotes" int null, "closed_at" timestamptz null, "awarded_quote_id" uuid null, "order_id" uuid null, "relaunch_of" uuid null, "cancel_reason" text null, "updated_at" timestamptz not null default now(), primary key ("id"), constraint "sourcing_inquiry_amounts_positive" check (budget_fen > 0 and quantity > 0 and min_quotes > 0));`);
    this.addSql(`create index "sourcing_inquiry_tenant_buyer_index" on "sourcing_inquiry" ("tenant_id", "buyer_id", "created_at");`);
    this.addSql(`create index "sourcing_inquiry_tenant_state_deadline_index" on "sourcing_inquiry" ("tenant_id", "state", "quote_deadline");`);

    this.addSql(`create table "sourcing_quote" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "inquiry_id" uuid not null, "supplier_id" uuid not null, "supplier_user_id" uuid not null, "unit_price_fen" bigint not null, "total_fen" bigint not null, "offer" text not null, "revision" int not null, "submitted_at" timestamptz not null, "rank" int null, "invalid_reason" varchar(32) null, "passed_over_reason" text null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "sourcing_quote" add constraint "sourcing_quote_tenant_inquiry_supplier_unique" unique ("tenant_id", "inquiry_id", "supplier_id");`);

    this.addSql(`create table "sourcing_invitation" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "inquiry_id" uuid not null, "supplier_id" uuid not null, "status" "sourcing_invitation_status" not null default 'invited', "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "sourcing_invitation" add constraint "sourcing_invitation_tenant_inquiry_supplier_unique" unique ("tenant_id", "inquiry_id", "supplier_id");`);
    this.addSql(`create index "sourcing_invitation_tenant_supplier_index" on "sourcing_invitation" ("tenant_id", "supplier_id", "created_at");`);

    this.addSql(`alter table "sourcing_inquiry" add constraint "sourcing_inquiry_buyer_id_foreign" foreign key ("buyer_id") references "organisation" ("id");`);
    this.addSql(`alter table "sourcing_inquiry" add constraint "sourcing_inquiry_budget_line_id_foreign" foreign key ("budget_line_id") references "budget_line" ("id");`);
    this.addSql(`alter table "sourcing_quote" add constraint "sourcing_quote_inquiry_id_foreign" foreign key ("inquiry_id") references "sourcing_inquiry" ("id");`);
    this.addSql(`alter table "sourcing_quote" add constraint "sourcing_quote_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "sourcing_invitation" add constraint "sourcing_invitation_inquiry_id_foreign" foreign key ("inquiry_id") references "sourcing_inquiry" ("id");`);
    this.addSql(`alter table "sourcing_invitation" add constraint "sourcing_invitation_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);

    for (const table of ['sourcing_inquiry', 'sourcing_quote', 'sourcing_invitation']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }

    this.addSql(`alter table "mall_order" add "origin" "order_origin" not null default 'catalog', add "origin_id" uuid null;`);
    this.addSql(`alter table "mall_order" add constraint "mall_order_origin_id" check ((origin = 'catalog') = (origin_id is null));`);
    this.addSql(`alter table "mall_order_line" alter column "listing_id" drop not null, add "specification" text null;`);
    this.addSql(`alter table "mall_order_line" add constraint "mall_order_line_listing_or_specification" check (listing_id is not null or specification is not null);`);
  }

  override down(): void {
    this.addSql(`alter table "mall_order_line" drop constraint "mall_order_line_listing_or_specification", drop column "specification";`);
    this.addSql(`delete from "mall_order_line" where "listing_id" is null;`);
    this.addSql(`alter table "mall_order_line" alter column "listing_id" set not null;`);
    this.addSql(`alter table "mall_order" drop constraint "mall_order_origin_id", drop column "origin_id", drop column "origin";`);
    for (const table of ['sourcing_invitation', 'sourcing_quote', 'sourcing_inquiry']) this.addSql(`drop table if exists "${table}";`);
    this.addSql(`drop type if exists "order_origin";`);
    this.addSql(`drop type if exists "sourcing_invitation_status";`);
    this.addSql(`drop type if exists "sourcing_inquiry_failure";`);
    this.addSql(`drop type if exists "sourcing_inquiry_state";`);
  }
}
