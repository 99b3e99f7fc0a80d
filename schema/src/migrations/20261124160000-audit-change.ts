import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail keeps the change itself beside its digest, so a reader can see what changed
 * and check it against the chain; entries written before keep null. Each filter of the audit
 * view gets an index with the tenant first and seq last, so a page is a short range scan.
 */
export class AuditChangeMigration extends Migration {
  override name = '20261124160000-audit-change';

  override up(): void {
    this.addSql(`alter table "audit_entry" add column "change" jsonb null;`);
    this.addSql(`create index "audit_entry_tenant_subject_index" on "audit_entry" ("tenant_id", "subject_type", "subject_id", "seq");`);
    this.addSql(`create index "audit_entry_tenant_actor_user_index" on "audit_entry" ("tenant_id", "actor_user_id", "seq");`);
    this.addSql(`create index "audit_entry_tenant_actor_organisation_index" on "audit_entry" ("tenant_id", "actor_organisation_id", "seq");`);
    this.addSql(`create index "audit_entry_tenant_action_index" on "audit_entry" ("tenant_id", "action" varchar_pattern_ops, "seq");`);
    this.addSql(`create index "audit_entry_tenant_occurred_index" on "audit_entry" ("tenant_id", "occurred_at", "seq");`);
  }

  override down(): void {
    for (const name of ['subject', 'actor_user', 'actor_organisation', 'action', 'occurred']) this.addSql(`drop index if exists "audit_entry_tenant_${name}_index";`);
    this.addSql(`alter table "audit_entry" drop column "change";`);
  }
}
