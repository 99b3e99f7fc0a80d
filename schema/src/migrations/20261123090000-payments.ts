import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * Payments: attempts to pay a subject (alipay, treasury), refunds, the notify log, and each
 * tenant's payment settings with its Alipay account.
 */
export class PaymentsMigration extends Migration {
  override name = '20261123090000-payments';

  override up(): void {
    this.addSql(`create type "payment_provider" as enum ('alipay', 'treasury');`);
    this.addSql(`create type "payment_state" as enum ('pending', 'awaiting_approval', 'succeeded', 'failed', 'closed', 'rejected');`);
    this.addSql(`create type "payment_review_reason" as enum ('amount_mismatch', 'app_mismatch', 'paid_after_close');`);
    this.addSql(`create type "payment_refund_state" as enum ('pending', 'succeeded', 'failed');`);
    this.addSql(`create type "payment_notify_outcome" as enum ('settled', 'duplicate', 'acknowledged', 'forged', 'unknown_trade', 'amount_mismatch', 'app_mismatch', 'not_configured');`);

    this.addSql(`create table "payment" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "payment_no" varchar(32) not null, "subject_type" varchar(32) not null, "subject_id" varchar(64) not null, "provider" "payment_provider" not null, "amount_fen" bigint not null, "payer_id" uuid not null, "payee_id" uuid not null, "title" varchar(128) not null, "state" "payment_state" not null, "started_by" uuid not null, "idempotency_key" varchar(64) not null, "request_digest" varchar(64) not null, "pay_url" text null, "provider_trade_no" varchar(64) null, "bank_reference" varchar(64) null, "succeeded_at" timestamptz null, "decided_by" uuid null, "rejection_reason" text null, "review_reason" "payment_review_reason" null, "review_detail" jsonb null, "refunded_fen" bigint not null default 0, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "payment" add constraint "payment_tenant_no_unique" unique ("tenant_id", "payment_no");`);
    this.addSql(`alter table "payment" add constraint "payment_tenant_idempotency_unique" unique ("tenant_id", "started_by", "idempotency_key");`);
    this.addSql(`create unique index "payment_tenant_subject_live_unique" on "payment" ("tenant_id", "subject_type", "subject_id") where "state" in ('pending', 'awaiting_approval');`);
    this.addSql(`create unique index "payment_tenant_subject_succeeded_unique" on "payment" ("tenant_id", "subject_type", "subject_id") where "state" = 'succeeded';`);
    this.addSql(`create index "payment_tenant_subject_index" on "payment" ("tenant_id", "subject_type", "subject_id");`);
    this.addSql(`create index "payment_tenant_state_index" on "payment" ("tenant_id", "state", "created_at", "id");`);
    this.addSql(`create index "payment_tenant_payer_index" on "payment" ("tenant_id", "payer_id", "id");`);
    this.addSql(`create index "payment_tenant_payee_index" on "payment" ("tenant_id", "payee_id", "id");`);

    this.addSql(`create table "payment_refund" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "payment_id" uuid not null, "out_request_no" varchar(64) not null, "amount_fen" bigint not null, "reason" text not null, "state" "payment_refund_state" not null, "requested_by" uuid not null, "idempotency_key" varchar(64) not null, "request_digest" varchar(64) not null, "failure" text null, "refunded_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "payment_refund" add constraint "payment_refund_tenant_request_no_unique" unique ("tenant_id", "out_request_no");`);
    this.addSql(`alter table "payment_refund" add constraint "payment_refund_tenant_idempotency_unique" unique ("tenant_id", "requested_by", "idempotency_key");`);
    this.addSql(`create index "payment_refund_tenant_payment_index" on "payment_refund" ("tenant_id", "payment_id", "created_at");`);

    this.addSql(`create table "payment_notify_log" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "provider" varchar(16) not null, "out_trade_no" varchar(64) null, "payment_id" uuid null, "outcome" "payment_notify_outcome" not null, "fields" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "payment_notify_log_tenant_created_index" on "payment_notify_log" ("tenant_id", "created_at");`);
    this.addSql(`create index "payment_notify_log_tenant_trade_index" on "payment_notify_log" ("tenant_id", "out_trade_no");`);

    this.addSql(`create table "payment_settings" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "enabled_providers" text[] not null, "default_provider" "payment_provider" not null, "alipay_app_id" varchar(32) null, "alipay_private_key_encrypted" text null, "alipay_public_key" text null, "alipay_gateway_url" varchar(255) null, "alipay_notify_url_base" varchar(255) null, "updated_by" uuid not null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "payment_settings" add constraint "payment_settings_tenant_unique" unique ("tenant_id");`);

    this.addSql(`alter table "payment" add constraint "payment_payer_id_foreign" foreign key ("payer_id") references "organisation" ("id");`);
    this.addSql(`alter table "payment" add constraint "payment_payee_id_foreign" foreign key ("payee_id") references "organisation" ("id");`);
    this.addSql(`alter table "payment_refund" add constraint "payment_refund_payment_id_foreign" foreign key ("payment_id") references "payment" ("id");`);

    // Payments and refunds are records of money: retired by state, never deleted.
    for (const table of ['payment', 'payment_refund', 'payment_settings']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
    // The notify log is evidence: append-only for the app.
    for (const sql of tenantIsolation('payment_notify_log')) this.addSql(sql);
    this.addSql(grantToApp('payment_notify_log', 'select, insert'));
  }

  override down(): void {
    this.addSql(`drop table if exists "payment_notify_log";`);
    this.addSql(`drop table if exists "payment_refund";`);
    this.addSql(`drop table if exists "payment";`);
    this.addSql(`drop table if exists "payment_settings";`);
    this.addSql(`drop type if exists "payment_notify_outcome";`);
    this.addSql(`drop type if exists "payment_refund_state";`);
    this.addSql(`drop type if exists "payment_review_reason";`);
    this.addSql(`drop type if exists "payment_state";`);
    this.addSql(`drop type if exists "payment_provider";`);
  }
}
