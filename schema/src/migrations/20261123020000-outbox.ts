import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * The transactional outbox (domain events written with the business change, relayed to
 * BullMQ after commit) and the record of processed jobs that makes redelivery harmless.
 */
export class OutboxMigration extends Migration {
  override name = '20261123020000-outbox';

  override up(): void {
    this.addSql(`create table "outbox_event" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "type" varchar(128) not null, "payload" jsonb not null, "request_id" varchar(64) not null, "published_at" timestamptz null, "relay_error" text null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_tenant_pending_idx" on "outbox_event" ("tenant_id", "published_at", "id");`);
    this.addSql(`create or replace function "outbox_event_outbox_event_notify_fn"() returns trigger as $$ begin perform pg_notify('outbox_event', new.tenant_id::text); return null; end; $$ language plpgsql;`);
    this.addSql(`create trigger "outbox_event_notify" AFTER INSERT on "outbox_event" for each ROW execute function "outbox_event_outbox_event_notify_fn"();`);
    for (const sql of tenantIsolation('outbox_event')) this.addSql(sql);
    // delete: published rows are pruned after a retention window.
    this.addSql(grantToApp('outbox_event', 'select, insert, update, delete'));

    this.addSql(`create table "processed_job" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "queue" varchar(64) not null, "job_id" varchar(255) not null, "job_name" varchar(128) not null, primary key ("id"));`);
    this.addSql(`create index "processed_job_tenant_created_idx" on "processed_job" ("tenant_id", "created_at");`);
    this.addSql(`alter table "processed_job" add constraint "processed_job_tenant_queue_job_unique" unique ("tenant_id", "queue", "job_id");`);
    for (const sql of tenantIsolation('processed_job')) this.addSql(sql);
    this.addSql(grantToApp('processed_job', 'select, insert, delete'));
  }

  override down(): void {
    this.addSql(`drop table if exists "processed_job";`);
    this.addSql(`drop trigger if exists "outbox_event_notify" on "outbox_event";`);
    this.addSql(`drop function if exists "outbox_event_outbox_event_notify_fn"();`);
    this.addSql(`drop table if exists "outbox_event";`);
  }
}
