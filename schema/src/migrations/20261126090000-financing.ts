import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Contract financing (政采贷): lenders, the platform's package key, applications, lender notices and payee account locks. */
export class FinancingMigration extends Migration {
  override name = '20261126090000-financing';

  override up(): void {
    this.addSql(`create type "financing_subject_type" as enum ('tender_contract', 'mall_order');`);
    this.addSql(`create type "financing_state" as enum ('applied', 'approved', 'rejected', 'disbursed', 'repaid');`);

    this.addSql(`create table "lender" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "name" varchar(128) not null, "uscc" varchar(18) not null, "webhook_url" varchar(255) not null, "public_key" varchar(130) not null, "repayment_bank_name" varchar(128) not null, "repayment_account_name" varchar(128) not null, "repayment_account_no" varchar(64) not null, "active" boolean not null default true, "registered_by" uuid not null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "lender" add constraint "lender_tenant_uscc_unique" unique ("tenant_id", "uscc");`);

    this.addSql(`create table "financing_platform_key" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "public_key" varchar(130) not null, "fingerprint" varchar(64) not null, "private_key_sealed" text not null, primary key ("id"));`);
    this.addSql(`alter table "financing_platform_key" add constraint "financing_platform_key_tenant_unique" unique ("tenant_id");`);

    this.addSql(`create table "financing_application" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "subject_type" "financing_subject_type" not null, "subject_id" uuid not null, "contract_no" varchar(48) not null, "contract_amount_fen" bigint not null, "supplier_id" uuid not null, "lender_id" uuid not null, "amount_fen" bigint not null, "state" "financing_state" not null default 'applied', "applied_by" uuid not null, "consent_at" timestamptz not null, "package" text not null, "package_signature" varchar(160) not null, "platform_key_id" varchar(64) not null, "delivered_at" timestamptz null, "delivery_attempts" int not null default 0, "last_delivery_error" text null, "lender_amount_fen" bigint null, "lender_reason" text null, "decided_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create unique index "financing_application_tenant_subject_open_unique" on "financing_application" ("tenant_id", "subject_type", "subject_id") where "state" in ('applied', 'approved', 'disbursed');`);
    this.addSql(`create index "financing_application_tenant_supplier_index" on "financing_application" ("tenant_id", "supplier_id", "created_at");`);
    this.addSql(`create index "financing_application_tenant_created_index" on "financing_application" ("tenant_id", "created_at");`);
    this.addSql(`alter table "financing_application" add constraint "financing_application_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "financing_application" add constraint "financing_application_lender_id_foreign" foreign key ("lender_id") references "lender" ("id");`);

    this.addSql(`create table "financing_notice" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lender_id" uuid not null, "notice_id" varchar(64) not null, "application_id" uuid not null, "body" jsonb not null, "signature" text not null, "http_status" smallint not null, "answer" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "financing_notice" add constraint "financing_notice_tenant_lender_notice_unique" unique ("tenant_id", "lender_id", "notice_id");`);

    this.addSql(`create table "payee_account_lock" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "subject_type" "financing_subject_type" not null, "subject_id" uuid not null, "application_id" uuid not null, "lender_id" uuid not null, "bank_name" varchar(128) not null, "account_name" varchar(128) not null, "account_no" varchar(64) not null, "locked_at" timestamptz not null, "released_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create unique index "payee_account_lock_tenant_subject_active_unique" on "payee_account_lock" ("tenant_id", "subject_type", "subject_id") where "released_at" is null;`);
    this.addSql(`create index "payee_account_lock_tenant_application_index" on "payee_account_lock" ("tenant_id", "application_id");`);

    for (const table of ['lender', 'financing_platform_key', 'financing_application', 'financing_notice', 'payee_account_lock']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
  }

  override down(): void {
    for (const table of ['payee_account_lock', 'financing_notice', 'financing_application', 'financing_platform_key', 'lender']) this.addSql(`drop table if exists "${table}";`);
    this.addSql(`drop type if exists "financing_state";`);
    this.addSql(`drop type if exists "financing_subject_type";`);
  }
}
