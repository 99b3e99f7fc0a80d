import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Award notices, challenges and complaints, lot suspensions, contracts and missed tendering deadlines. */
export class AwardMigration extends Migration {
  override name = '20261123104000-award';

  override up(): void {
    this.addSql(`create type "tender_challenge_subject" as enum ('documents', 'process', 'result');`);
    this.addSql(`create type "tender_challenge_state" as enum ('pending', 'answered');`);
    this.addSql(`create type "tender_complaint_state" as enum ('pending', 'upheld', 'dismissed');`);
    this.addSql(`create type "tender_complaint_remedy" as enum ('none', 'fail_lot');`);
    this.addSql(`create type "tender_contract_state" as enum ('draft', 'signed');`);
    this.addSql(`create type "tender_deadline_kind" as enum ('award_notice', 'challenge_answer', 'complaint_decision', 'contract_signing');`);

    this.addSql(`create table "tender_award" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "project_id" uuid not null, "bid_id" uuid not null, "supplier_id" uuid not null, "price_fen" bigint not null, "score_hundredths" int null, "rank" int null, "against_ranking_reason" text null, "confirmed_by" uuid not null, "published_at" timestamptz not null, "notice_until" timestamptz not null, "challenge_until" timestamptz not null, "contract_due_at" timestamptz not null, "ranking" jsonb not null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "tender_award" add constraint "tender_award_tenant_lot_unique" unique ("tenant_id", "lot_id");`);
    this.addSql(`create index "tender_award_tenant_published_index" on "tender_award" ("tenant_id", "published_at", "id");`);

    this.addSql(`create table "tender_challenge" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "supplier_id" uuid not null, "filed_by" uuid not null, "subject" "tender_challenge_subject" not null, "content" text not null, "state" "tender_challenge_state" not null default 'pending', "answer_due_at" timestamptz not null, "answer" text null, "answered_by" uuid null, "answered_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "tender_challenge_tenant_lot_index" on "tender_challenge" ("tenant_id", "lot_id", "state");`);
    this.addSql(`create index "tender_challenge_tenant_supplier_index" on "tender_challenge" ("tenant_id", "supplier_id", "created_at");`);
    this.addSql(`create index "tender_challenge_tenant_due_index" on "tender_challenge" ("tenant_id", "state", "answer_due_at");`);

    this.addSql(`create table "tender_complaint" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "challenge_id" uuid not null, "lot_id" uuid not null, "supplier_id" uuid not null, "filed_by" uuid not null, "content" text not null, "state" "tender_complaint_state" not null default 'pending', "decision_due_at" timestamptz not null, "decision_reason" text null, "remedy" "tender_complaint_remedy" null, "decided_by" uuid null, "decided_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "tender_complaint" add constraint "tender_complaint_tenant_challenge_unique" unique ("tenant_id", "challenge_id");`);
    this.addSql(`create index "tender_complaint_tenant_lot_index" on "tender_complaint" ("tenant_id", "lot_id", "state");`);
    this.addSql(`create index "tender_complaint_tenant_state_index" on "tender_complaint" ("tenant_id", "state", "created_at");`);

    this.addSql(`create table "tender_lot_suspension" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "reason" text not null, "suspended_by" uuid not null, "lifted_at" timestamptz null, "lifted_by" uuid null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create unique index "tender_lot_suspension_tenant_lot_active_unique" on "tender_lot_suspension" ("tenant_id", "lot_id") where "lifted_at" is null;`);

    this.addSql(`create table "tender_contract" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "award_id" uuid not null, "buyer_id" uuid not null, "supplier_id" uuid not null, "contract_no" varchar(48) not null, "amount_fen" bigint not null, "payment_terms" text not null, "delivery_terms" text not null, "state" "tender_contract_state" not null default 'draft', "signed_digest" varchar(64) null, "buyer_signature" text null, "buyer_signed_by" uuid null, "buyer_key_id" uuid null, "buyer_signed_at" timestamptz null, "supplier_signature" text null, "supplier_signed_by" uuid null, "supplier_key_id" uuid null, "supplier_signed_at" timestamptz null, "signed_at" timestamptz null, "signed_late" boolean not null default false, "publication_due_at" timestamptz null, "published_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "tender_contract" add constraint "tender_contract_tenant_lot_unique" unique ("tenant_id", "lot_id");`);
    this.addSql(`create index "tender_contract_tenant_published_index" on "tender_contract" ("tenant_id", "published_at", "id");`);

    this.addSql(`create table "tender_deadline_flag" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "lot_id" uuid not null, "kind" "tender_deadline_kind" not null, "subject_id" uuid not null, "due_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "tender_deadline_flag" add constraint "tender_deadline_flag_tenant_subject_unique" unique ("tenant_id", "subject_id", "kind");`);
    this.addSql(`create index "tender_deadline_flag_tenant_created_index" on "tender_deadline_flag" ("tenant_id", "created_at");`);

    this.addSql(`alter table "tender_award" add constraint "tender_award_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "tender_award" add constraint "tender_award_project_id_foreign" foreign key ("project_id") references "tender_project" ("id");`);
    this.addSql(`alter table "tender_award" add constraint "tender_award_bid_id_foreign" foreign key ("bid_id") references "tender_bid" ("id");`);
    this.addSql(`alter table "tender_award" add constraint "tender_award_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_challenge" add constraint "tender_challenge_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "tender_challenge" add constraint "tender_challenge_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_complaint" add constraint "tender_complaint_challenge_id_foreign" foreign key ("challenge_id") references "tender_challenge" ("id");`);
    this.addSql(`alter table "tender_complaint" add constraint "tender_complaint_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "tender_complaint" add constraint "tender_complaint_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_lot_suspension" add constraint "tender_lot_suspension_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "tender_contract" add constraint "tender_contract_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);
    this.addSql(`alter table "tender_contract" add constraint "tender_contract_award_id_foreign" foreign key ("award_id") references "tender_award" ("id");`);
    this.addSql(`alter table "tender_contract" add constraint "tender_contract_buyer_id_foreign" foreign key ("buyer_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_contract" add constraint "tender_contract_supplier_id_foreign" foreign key ("supplier_id") references "organisation" ("id");`);
    this.addSql(`alter table "tender_deadline_flag" add constraint "tender_deadline_flag_lot_id_foreign" foreign key ("lot_id") references "tender_lot" ("id");`);

    // Procurement records are kept: retired by state, never deleted.
    for (const table of ['tender_award', 'tender_challenge', 'tender_complaint', 'tender_lot_suspension', 'tender_contract', 'tender_deadline_flag']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
  }

  override down(): void {
    for (const table of ['tender_deadline_flag', 'tender_contract', 'tender_lot_suspension', 'tender_complaint', 'tender_challenge', 'tender_award']) this.addSql(`drop table if exists "${table}";`);
    for (const type of ['tender_deadline_kind', 'tender_contract_state', 'tender_complaint_remedy', 'tender_complaint_state', 'tender_challenge_state', 'tender_challenge_subject']) this.addSql(`drop type if exists "${type}";`);
  }
}
