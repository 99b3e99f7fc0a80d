import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { IntegrityAppealState } from './integrity-enums.js';

const T = '"integrity_appeal"';

/** A supplier's appeal against one of its integrity events; at most one open per event. */
@Entity({ tableName: 'integrity_appeal' })
@Index({ name: 'integrity_appeal_tenant_event_open_unique', expression: `create unique index "integrity_appeal_tenant_event_open_unique" on ${T} ("tenant_id", "event_id") where "state" = 'open'` })
@Index({ name: 'integrity_appeal_tenant_state_index', properties: ['tenantId', 'state', 'createdAt', 'id'] })
@Index({ name: 'integrity_appeal_tenant_supplier_index', properties: ['tenantId', 'supplierId', 'createdAt'] })
export class IntegrityAppeal extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'uuid' })
  supplierId!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'uuid' })
  appealedBy!: string;

  @Enum({ items: () => IntegrityAppealState, nativeEnumName: 'integrity_appeal_state' })
  state: Opt<IntegrityAppealState> = IntegrityAppealState.Open;

  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}
