import { Migration } from '@mikro-orm/migrations';
import { CURRENT_TENANT, grantToApp, tenantIsolation } from './rls.js';

/** Tenants (provinces) and their working-day calendars. */
export class TenancyMigration extends Migration {
  override name = '20261123000000-tenancy';

  override up(): void {
    this.addSql(`create table "tenant" ("id" uuid not null, "code" varchar(6) not null, "slug" varchar(32) not null, "name" varchar(64) not null, "time_zone" varchar(64) not null default 'Asia/Shanghai', "currency" varchar(3) not null default 'CNY', "settings" jsonb not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "tenant" add constraint "tenant_code_unique" unique ("code");`);
    this.addSql(`alter table "tenant" add constraint "tenant_slug_unique" unique ("slug");`);
    // The tenant list is public (code, name, rules); a tenant row is written only under its own id.
    this.addSql(`alter table "tenant" enable row level security;`);
    this.addSql(`alter table "tenant" force row level security;`);
    this.addSql(`create policy "tenant_public_read" on "tenant" for select using (true);`);
    this.addSql(`create policy "tenant_insert_own" on "tenant" for insert with check (id = ${CURRENT_TENANT});`);
    this.addSql(`create policy "tenant_update_own" on "tenant" for update using (id = ${CURRENT_TENANT}) with check (id = ${CURRENT_TENANT});`);
    this.addSql(grantToApp('tenant', 'select'));

    this.addSql(`create type "calendar_day_kind" as enum ('holiday', 'workday');`);
    this.addSql(`create table "calendar_day" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "day" date not null, "kind" "calendar_day_kind" not null, "name" varchar(64) not null, primary key ("id"));`);
    this.addSql(`alter table "calendar_day" add constraint "calendar_day_tenant_day_unique" unique ("tenant_id", "day");`);
    for (const sql of tenantIsolation('calendar_day')) this.addSql(sql);
    this.addSql(grantToApp('calendar_day', 'select, insert, update, delete'));
  }

  override down(): void {
    this.addSql(`drop table if exists "calendar_day";`);
    this.addSql(`drop type if exists "calendar_day_kind";`);
    this.addSql(`drop table if exists "tenant";`);
  }
}
