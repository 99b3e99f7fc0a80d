import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { type IntegrityEvidence, IntegrityEventKind, IntegrityEventState } from './integrity-enums.js';

/**
 * One fact that moves a supplier's integrity score. Append-only: only its state changes
 * (an appeal, a removal). The source key makes a replayed job record it once.
 */
@Entity({ tableName: 'integrity_event' })
@Unique({ name: 'integrity_event_tenant_source_unique', properties: ['tenantId', 'sourceKey'] })
@Index({ name: 'integrity_event_tenant_supplier_index', properties: ['tenantId', 'supplierId', 'occurredAt', 'id'] })
export class IntegrityEvent extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  supplierId!: string;

  /** e.g. `order:<id>:late_confirmation`, `finding:<id>`, `manual:<id>`. */
  @Property({ type: 'string', length: 128 })
  sourceKey!: string;

  @Enum({ items: () => IntegrityEventKind, nativeEnumName: 'integrity_event_kind' })
  kind!: IntegrityEventKind;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Signed, from the tenant's weights when recorded; decay applies when the score is computed. */
  @Property({ type: 'integer' })
  points!: number;

  @Property({ type: 'jsonb' })
  evidence!: IntegrityEvidence;

  @Enum({ items: () => IntegrityEventState, nativeEnumName: 'integrity_event_state' })
  state: Opt<IntegrityEventState> = IntegrityEventState.Effective;

  /** The person who entered a manual event; null for recorded facts. */
  @Property({ type: 'uuid', nullable: true })
  enteredBy?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
