import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Supplier integrity: the event log, appeals, the computed standing, and its copy on the organisation. */
export class IntegrityMigration extends Migration {
  override name = '20261124130000-integrity';

  override up(): void {
    this.addSql(`create type "integrity_event_kind" as enum ('order_confirmed_on_time', 'order_confirmed_late', 'delivered_on_time', 'delivered_late', 'acceptance_passed', 'acceptance_failed', 'price_offence', 'withdrawn_after_winning', 'refused_to_sign', 'deposit_forfeited', 'challenge_groundless', 'complaint_upheld', 'administrative_penalty', 'blacklist_record');`);
    this.addSql(`create type "integrity_event_state" as enum ('effective', 'appealed', 'removed');`);
    this.addSql(`create type "integrity_appeal_state" as enum ('open', 'upheld', 'rejected');`);

    this.addSql(`create table "integrity_event" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "supplier_id" uuid not null, "source_key" varchar(128) not null, "kind" "integrity_event_kind" not null, "occurred_at" timestamptz not null, "points" int not null, "evidence" jsonb not null, "state" "integrity_event_state" not null default 'effective', "entered_by" uuid null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "integrity_event" add constraint "integrity_event_tenant_source_unique" unique ("tenant_id", "source_key");`);
    this.addSql(`create index "integrity_event_tenant_supplier_index" on "integrity_event" ("tenant_id", "supplier_id", "occurred_at", "id");`);

    this.addSql(`create table "integrity_appeal" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "event_id" uuid not null, "supplier_id" uuid not null, "reason" text not null, "appealed_by" uuid not null, "state" "integrity_appeal_state" not null default 'open', "decision_reason" text null, "decided_by" uuid null, "decided_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create unique index "integrity_appeal_tenant_event_open_unique" on "integrity_appeal" ("tenant_id", "event_id") where "state" = 'open';`);
    this.addSql(`create index "integrity_appeal_tenant_state_index" on "integrity_appeal" ("tenant_id", "state", "created_at", "id");`);
    this.addSql(`create index "integrity_appeal_tenant_supplier_index" on "integrity_appeal" ("tenant_id", "supplier_id", "created_at");`);

    this.addSql(`create table "integrity_standing" ("supplier_id" uuid not null, "tenant_id" uuid not null, "score" smallint not null, "band" varchar(1) not null, "blocked_by_band" boolean not null, "event_count" int not null, "computed_at" timestamptz not null, primary key ("supplier_id"));`);

    this.addSql(`alter table "organisation" add "integrity_band" varchar(1) null, add "integrity_score" smallint null, add "integrity_band_blocked" boolean not null default false;`);

    // Events are evidence: their state changes, they are never deleted.
    for (const table of ['integrity_event', 'integrity_appeal', 'integrity_standing']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }
  }

  override down(): void {
    this.addSql(`alter table "organisation" drop column "integrity_band", drop column "integrity_score", drop column "integrity_band_blocked";`);
    for (const t of ['integrity_standing', 'integrity_appeal', 'integrity_event']) this.addSql(`drop table if exists "${t}";`);
    for (const t of ['integrity_appeal_state', 'integrity_event_state', 'integrity_event_kind']) this.addSql(`drop type if exists "${t}";`);
  }
}
