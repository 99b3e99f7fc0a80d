import { Migration } from '@mikro-orm/migrations';
import { grantToApp, PLATFORM_SCOPE, tenantIsolation } from './rls.js';

/** Organisations, users with roles, expert profiles, refresh tokens and platform operators. */
export class IdentityMigration extends Migration {
  override name = '20261123030000-identity';

  override up(): void {
    this.addSql(`create type "organisation_kind" as enum ('purchasing_unit', 'supplier', 'agency', 'finance_department', 'operator');`);
    this.addSql(`create type "user_role" as enum ('purchaser', 'unit_admin', 'supplier', 'agency', 'finance', 'tenant_operator', 'expert');`);

    this.addSql(`create table "organisation" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "kind" "organisation_kind" not null, "name" varchar(128) not null, "uscc" varchar(18) null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_tenant_uscc_unique" unique ("tenant_id", "uscc");`);
    this.addSql(`alter table "organisation" add constraint "organisation_uscc_required" check (kind not in ('purchasing_unit', 'supplier') or uscc is not null);`);

    this.addSql(`create table "user_account" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "login_name" varchar(64) not null, "display_name" varchar(64) not null, "password_hash" varchar(255) not null, "roles" "user_role"[] not null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "user_account_tenant_organisation_index" on "user_account" ("tenant_id", "organisation_id");`);
    this.addSql(`alter table "user_account" add constraint "user_account_tenant_login_name_unique" unique ("tenant_id", "login_name");`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "family_id" uuid not null, "secret_hash" varchar(64) not null, "expires_at" timestamptz not null, "rotated_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "refresh_token_tenant_user_index" on "refresh_token" ("tenant_id", "user_id");`);
    this.addSql(`create index "refresh_token_tenant_family_index" on "refresh_token" ("tenant_id", "family_id");`);

    this.addSql(`create table "expert_profile" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "title" varchar(64) not null, "employer_name" varchar(128) not null, "employer_uscc" varchar(18) null, "category_codes" text[] not null, primary key ("id"));`);
    this.addSql(`alter table "expert_profile" add constraint "expert_profile_tenant_user_unique" unique ("tenant_id", "user_id");`);

    this.addSql(`alter table "user_account" add constraint "user_account_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "user_account" ("id");`);
    this.addSql(`alter table "expert_profile" add constraint "expert_profile_user_id_foreign" foreign key ("user_id") references "user_account" ("id");`);

    // Organisations are deactivated, never deleted: orders and bids keep pointing at them.
    for (const table of ['organisation', 'user_account', 'expert_profile', 'refresh_token']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      this.addSql(grantToApp(table, 'select, insert, update'));
    }

    this.addSql(`create table "platform_operator" ("id" uuid not null, "login_name" varchar(64) not null, "display_name" varchar(64) not null, "password_hash" varchar(255) not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "platform_operator" add constraint "platform_operator_login_name_unique" unique ("login_name");`);
    // Bound to no tenant, so not tenant isolation: visible only inside a platform-scoped transaction.
    this.addSql(`alter table "platform_operator" enable row level security;`);
    this.addSql(`alter table "platform_operator" force row level security;`);
    this.addSql(`create policy "platform_operator_platform_scope" on "platform_operator" using (${PLATFORM_SCOPE}) with check (${PLATFORM_SCOPE});`);
    this.addSql(grantToApp('platform_operator', 'select'));
  }

  override down(): void {
    this.addSql(`drop table if exists "platform_operator";`);
    this.addSql(`drop table if exists "expert_profile";`);
    this.addSql(`drop table if exists "refresh_token";`);
    this.addSql(`drop table if exists "user_account";`);
    this.addSql(`drop table if exists "organisation";`);
    this.addSql(`drop type if exists "user_role";`);
    this.addSql(`drop type if exists "organisation_kind";`);
  }
}
