import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/** Notifications: the in-app centre, per-channel deliveries, preferences, push subscriptions, reminders sent. */
export class NotificationsMigration extends Migration {
  override name = '20261125120000-notifications';

  override up(): void {
    this.addSql(`alter table "user_account" add "email" varchar(254) null;`);
    this.addSql(`create type "notification_priority" as enum ('high', 'normal', 'low');`);
    this.addSql(`create type "notification_channel" as enum ('in_app', 'email', 'push');`);
    this.addSql(`create type "notification_delivery_state" as enum ('pending', 'sent', 'failed', 'skipped');`);

    this.addSql(`create table "notification" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "event_id" uuid not null, "user_id" uuid not null, "event_type" varchar(64) not null, "template" varchar(64) not null, "params" jsonb not null, "app" varchar(16) not null, "link" varchar(255) not null, "priority" "notification_priority" not null, "mandatory" boolean not null default false, "read_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_tenant_event_user_unique" unique ("tenant_id", "event_id", "user_id");`);
    this.addSql(`create index "notification_tenant_user_created_index" on "notification" ("tenant_id", "user_id", "created_at", "id");`);

    this.addSql(`create table "notification_delivery" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "event_id" uuid not null, "user_id" uuid not null, "notification_id" uuid not null, "channel" "notification_channel" not null, "state" "notification_delivery_state" not null default 'pending', "attempts" int not null default 0, "last_error" text null, "skip_reason" varchar(32) null, "sent_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "notification_delivery" add constraint "notification_delivery_tenant_event_user_channel_unique" unique ("tenant_id", "event_id", "user_id", "channel");`);
    this.addSql(`create index "notification_delivery_tenant_state_index" on "notification_delivery" ("tenant_id", "state", "created_at", "id");`);

    this.addSql(`create table "notification_preference" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "event_type" varchar(64) not null, "channel" "notification_channel" not null, "enabled" boolean not null, primary key ("id"));`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_tenant_user_type_channel_unique" unique ("tenant_id", "user_id", "event_type", "channel");`);

    this.addSql(`create table "push_subscription" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "endpoint" varchar(1024) not null, "p256dh" varchar(128) not null, "auth" varchar(64) not null, primary key ("id"));`);
    this.addSql(`alter table "push_subscription" add constraint "push_subscription_tenant_endpoint_unique" unique ("tenant_id", "endpoint");`);
    this.addSql(`create index "push_subscription_tenant_user_index" on "push_subscription" ("tenant_id", "user_id");`);

    this.addSql(`create table "notification_reminder" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "kind" varchar(32) not null, "subject_id" uuid not null, "due_at" timestamptz not null, "offset" varchar(8) not null, primary key ("id"));`);
    this.addSql(`alter table "notification_reminder" add constraint "notification_reminder_tenant_deadline_offset_unique" unique ("tenant_id", "kind", "subject_id", "due_at", "offset");`);

    for (const table of ['notification', 'notification_delivery', 'notification_preference', 'push_subscription', 'notification_reminder']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    // Read state and delivery progress change; nothing is deleted but subscriptions and preferences.
    this.addSql(grantToApp('notification', 'select, insert, update'));
    this.addSql(grantToApp('notification_delivery', 'select, insert, update'));
    this.addSql(grantToApp('notification_preference', 'select, insert, update, delete'));
    this.addSql(grantToApp('push_subscription', 'select, insert, update, delete'));
    this.addSql(grantToApp('notification_reminder', 'select, insert'));
  }

  override down(): void {
    for (const t of ['notification_reminder', 'push_subscription', 'notification_preference', 'notification_delivery', 'notification']) this.addSql(`drop table if exists "${t}";`);
    for (const t of ['notification_delivery_state', 'notification_channel', 'notification_priority']) this.addSql(`drop type if exists "${t}";`);
    this.addSql(`alter table "user_account" drop column "email";`);
  }
}
