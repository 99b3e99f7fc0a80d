import { Migration } from '@mikro-orm/migrations';
import { grantToApp, tenantIsolation } from './rls.js';

/**
 * The per-tenant audit chain: append-only entries and one head row per tenant.
 * The app role reads and appends entries but can never change or remove one; on the head it
 * may only move seq and hash forward (and lock the row, which needs an UPDATE privilege).
 */
export class AuditMigration extends Migration {
  override name = '20261123010000-audit';

  override up(): void {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "seq" bigint not null, "actor_user_id" uuid null, "actor_organisation_id" uuid null, "action" varchar(128) not null, "subject_type" varchar(64) not null, "subject_id" varchar(128) not null, "change_digest" varchar(64) not null, "occurred_at" timestamptz not null, "request_id" varchar(128) not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, primary key ("id"));`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_tenant_seq_unique" unique ("tenant_id", "seq");`);
    for (const sql of tenantIsolation('audit_entry')) this.addSql(sql);
    this.addSql(grantToApp('audit_entry', 'select, insert'));

    this.addSql(`create table "audit_chain_head" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null default now(), "seq" bigint not null, "hash" varchar(64) not null, primary key ("id"));`);
    this.addSql(`alter table "audit_chain_head" add constraint "audit_chain_head_tenant_unique" unique ("tenant_id");`);
    for (const sql of tenantIsolation('audit_chain_head')) this.addSql(sql);
    this.addSql(grantToApp('audit_chain_head', 'select, insert, update ("seq", "hash")'));
  }

  override down(): void {
    this.addSql(`drop table if exists "audit_chain_head";`);
    this.addSql(`drop table if exists "audit_entry";`);
  }
}
