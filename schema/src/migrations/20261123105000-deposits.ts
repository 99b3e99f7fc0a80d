import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Bid deposits (the deposit per supplier and lot, its one refund, incoming bank transfers) and electronic guarantees with their issuers. */
export class DepositsMigration extends Migration {
  override name = '20261123105000-deposits';

  override up(): void {
    this.addSql(`create type "deposit_state" as enum ('due', 'held', 'refunded', 'forfeited', 'challenged');`);
    this.addSql(`create type "deposit_paid_via" as enum ('alipay', 'bank_transfer');`);
    this.addSql(`create type "deposit_refund_state" as enum ('pending', 'awaiting_bank', 'completed');`);
    this.addSql(`create type "deposit_transfer_state" as enum ('matched', 'flagged');`);
    this.addSql(`create type "deposit_transfer_flag" as enum ('unknown_reference', 'no_open_deposit', 'amount_over', 'amount_under');`);

    this.addSql(`create table "deposit" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "supplier_id" uuid not null, "amount_fen" bigint not null, "state" "deposit_state" not null, "virtual_account_ref" varchar(32) not null, "paid_via" "deposit_paid_via" null, "payment_reference" varchar(64) null, "payment_id" uuid null, "paid_at" timestamptz null, "forfeit_reason" text null, "forfeited_by" uuid null, "challenge_grounds" text null, "challenge_decision" text null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "deposit" add constraint "deposit_tenant_lot_supplier_unique" unique ("tenant_id", "lot_id", "supplier_id");`);
    this.addSql(`create index "deposit_tenant_state_index" on "deposit" ("tenant_id", "state", "id");`);
    this.addSql(`create index "deposit_tenant_reference_index" on "deposit" ("tenant_id", "virtual_account_ref", "state");`);
    this.addSql(`create index "deposit_tenant_supplier_index" on "deposit" ("tenant_id", "supplier_id", "created_at");`);

    this.addSql(`create table "deposit_refund" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "deposit_id" uuid not null, "trigger" varchar(32) not null, "triggered_at" timestamptz not null, "due_by" timestamptz not null, "method" "deposit_paid_via" not null, "principal_fen" bigint not null, "interest_fen" bigint not null, "late_charge_fen" bigint not null, "total_fen" bigint not null, "days_held" int not null, "late_days" int not null, "formula" text not null, "out_request_no" varchar(64) not null, "state" "deposit_refund_state" not null, "bank_transfer_fen" bigint not null, "failure" text null, "bank_serial_no" varchar(64) null, "completed_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "deposit_refund" add constraint "deposit_refund_tenant_deposit_unique" unique ("tenant_id", "deposit_id");`);
    this.addSql(`alter table "deposit_refund" add constraint "deposit_refund_tenant_request_no_unique" unique ("tenant_id", "out_request_no");`);
    this.addSql(`create index "deposit_refund_tenant_state_index" on "deposit_refund" ("tenant_id", "state", "created_at");`);

    this.addSql(`create table "deposit_transfer" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "bank_serial_no" varchar(64) not null, "reference" varchar(64) not null, "amount_fen" bigint not null, "payer_account_name" varchar(200) not null, "arrived_at" timestamptz not null, "recorded_by" uuid not null, "state" "deposit_transfer_state" not null, "flag" "deposit_transfer_flag" null, "deposit_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "deposit_transfer" add constraint "deposit_transfer_tenant_serial_unique" unique ("tenant_id", "bank_serial_no");`);
    this.addSql(`create index "deposit_transfer_tenant_state_index" on "deposit_transfer" ("tenant_id", "state", "created_at");`);

    this.addSql(`create type "guarantee_issuer_kind" as enum ('bank', 'insurer', 'guarantee_company');`);
    this.addSql(`create type "guarantee_signature_algorithm" as enum ('sm2', 'rsa');`);
    this.addSql(`create type "guarantee_state" as enum ('accepted', 'released', 'claimed');`);
    this.addSql(`create table "guarantee_issuer" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "name" varchar(128) not null, "kind" "guarantee_issuer_kind" not null, "algorithm" "guarantee_signature_algorithm" not null, "public_key" text not null, "callback_url" varchar(255) null, "registered_by" uuid not null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "guarantee_issuer" add constraint "guarantee_issuer_tenant_name_unique" unique ("tenant_id", "name");`);
    this.addSql(`create table "guarantee" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "issuer_id" uuid not null, "guarantee_no" varchar(64) not null, "lot_id" uuid not null, "supplier_id" uuid not null, "beneficiary" varchar(200) not null, "amount_fen" bigint not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "signature" text not null, "state" "guarantee_state" not null, "release_trigger" varchar(32) null, "released_at" timestamptz null, "release_notice" text null, "release_notified_at" timestamptz null, "release_notify_failure" text null, "claim_reason" text null, "claim_evidence" jsonb null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "guarantee" add constraint "guarantee_tenant_issuer_no_unique" unique ("tenant_id", "issuer_id", "guarantee_no");`);
    this.addSql(`create index "guarantee_tenant_lot_supplier_index" on "guarantee" ("tenant_id", "lot_id", "supplier_id", "state");`);
    this.addSql(`alter table "guarantee" add constraint "guarantee_issuer_id_foreign" foreign key ("issuer_id") references "guarantee_issuer" ("id");`);
    this.addSql(`alter table "guarantee" add constraint "guarantee_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "guarantee" add constraint "guarantee_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);

    this.addSql(`alter table "deposit" add constraint "deposit_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "deposit" add constraint "deposit_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "deposit_refund" add constraint "deposit_refund_deposit_id_foreign" foreign key ("deposit_id") references "deposit" ("id");`);

    // Records of money: retired by state, never deleted.
    for (const table of ['deposit', 'deposit_refund', 'deposit_transfer', 'guarantee_issuer', 'guarantee']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
  }

  override down(): void {
    this.addSql(`drop table if exists "guarantee";`);
    this.addSql(`drop table if exists "guarantee_issuer";`);
    this.addSql(`drop table if exists "deposit_transfer";`);
    this.addSql(`drop table if exists "deposit_refund";`);
    this.addSql(`drop table if exists "deposit";`);
    for (const t of ['guarantee_state', 'guarantee_signature_algorithm', 'guarantee_issuer_kind', 'deposit_transfer_flag', 'deposit_transfer_state', 'deposit_refund_state', 'deposit_paid_via', 'deposit_state']) this.addSql(`drop type if exists "${t}";`);
  }
}
