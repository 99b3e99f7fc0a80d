import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Compliance signals (合规预警) for finance; the submitting IP and device of each bid. */
export class ComplianceSignalsMigration extends Migration {
  override name = '20261124140000-compliance-signals';

  override up(): void {
    this.addSql(`create type "compliance_signal_kind" as enum ('order_splitting', 'same_origin', 'identical_documents', 'price_pattern', 'shared_people', 'expert_deviation');`);
    this.addSql(`create type "compliance_signal_state" as enum ('open', 'dismissed', 'referred');`);
    this.addSql(`create type "compliance_signal_severity" as enum ('low', 'medium', 'high');`);
    this.addSql(`create table "compliance_signal" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "kind" "compliance_signal_kind" not null, "state" "compliance_signal_state" not null default 'open', "severity" "compliance_signal_severity" not null, "dedupe_key" varchar(200) not null, "unit_id" uuid null, "category_code" varchar(16) null, "period" varchar(16) null, "lot_id" uuid null, "expert_id" uuid null, "amount_fen" bigint null, "evidence" jsonb not null, "reviewer_id" uuid null, "reviewed_at" timestamptz null, "dismissal_reason" text null, "referred_to" varchar(100) null, "referral_note" text null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "compliance_signal" add constraint "compliance_signal_tenant_dedupe_unique" unique ("tenant_id", "dedupe_key");`);
    this.addSql(`create index "compliance_signal_tenant_created_index" on "compliance_signal" ("tenant_id", "created_at", "id");`);
    this.addSql(`create index "compliance_signal_tenant_state_kind_index" on "compliance_signal" ("tenant_id", "state", "kind", "created_at");`);
    // Signals are a review record: kept, never deleted.
    for (const sql of tenantIsolation('compliance_signal')) this.addSql(sql);
    this.addSql(grantToApp('compliance_signal', 'select, insert, update'));

    this.addSql(`alter table "tender_bid" add column "submitted_ip" varchar(64) null, add column "device_id" varchar(128) null;`);
  }

  override down(): void {
    this.addSql(`alter table "tender_bid" drop column "submitted_ip", drop column "device_id";`);
    this.addSql(`drop table if exists "compliance_signal";`);
    for (const t of ['compliance_signal_severity', 'compliance_signal_state', 'compliance_signal_kind']) this.addSql(`drop type if exists "${t}";`);
  }
}
