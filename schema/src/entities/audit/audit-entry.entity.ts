import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BigIntType } from '@mikro-orm/core';
import { TenantOwnedWithId } from '../base.js';

/**
 * One link of a tenant's append-only audit chain. The app role may only read and insert;
 * `hash` is SM3 over the entry's fields and `prevHash` (see api/src/platform/audit/audit-hash.ts),
 * so altering, removing or moving an entry breaks the chain where it happened.
 */
@Entity({ tableName: 'audit_entry' })
@Unique({ name: 'audit_entry_tenant_seq_unique', properties: ['tenantId', 'seq'] })
@Index({ name: 'audit_entry_tenant_subject_index', properties: ['tenantId', 'subjectType', 'subjectId', 'seq'] })
@Index({ name: 'audit_entry_tenant_actor_user_index', properties: ['tenantId', 'actorUserId', 'seq'] })
@Index({ name: 'audit_entry_tenant_actor_organisation_index', properties: ['tenantId', 'actorOrganisationId', 'seq'] })
@Index({ name: 'audit_entry_tenant_action_index', expression: `create index "audit_entry_tenant_action_index" on "audit_entry" ("tenant_id", "action" varchar_pattern_ops, "seq")` })
@Index({ name: 'audit_entry_tenant_occurred_index', properties: ['tenantId', 'occurredAt', 'seq'] })
export class AuditEntry extends TenantOwnedWithId {
  /** Position in the tenant's chain: 1, 2, 3, … without gaps. */
  @Property({ type: new BigIntType('number') })
  seq!: number;

  /** Null for system actors (jobs, schedules). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorOrganisationId?: string | null;

  @Property({ type: 'string', length: 128 })
  action!: string;

  @Property({ type: 'string', length: 64 })
  subjectType!: string;

  @Property({ type: 'string', length: 128 })
  subjectId!: string;

  /** SM3 of the change's canonical JSON, lowercase hex. */
  @Property({ type: 'string', length: 64 })
  changeDigest!: string;

  /** The change as recorded (its canonical JSON hashes to changeDigest); null on entries written before it was kept. */
  @Property({ type: 'json', nullable: true })
  change?: unknown;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'string', length: 128 })
  requestId!: string;

  /** Hash of the tenant's previous entry; 64 zeros for the first. */
  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
