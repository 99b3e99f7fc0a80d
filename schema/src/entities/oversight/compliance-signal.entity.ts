import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { type ComplianceEvidence, ComplianceSignalKind, ComplianceSignalSeverity, ComplianceSignalState } from './oversight-enums.js';

/**
 * A compliance signal (合规预警) for finance to review. The dedupe key names the facts
 * (unit + category + period, lot + shared value, lot + expert …): the same facts never raise
 * a second signal; a re-run refreshes the evidence of an open one.
 */
@Entity({ tableName: 'compliance_signal' })
@Unique({ name: 'compliance_signal_tenant_dedupe_unique', properties: ['tenantId', 'dedupeKey'] })
@Index({ name: 'compliance_signal_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] })
@Index({ name: 'compliance_signal_tenant_state_kind_index', properties: ['tenantId', 'state', 'kind', 'createdAt'] })
export class ComplianceSignal extends TenantOwnedWithId {
  @Enum({ items: () => ComplianceSignalKind, nativeEnumName: 'compliance_signal_kind' })
  kind!: ComplianceSignalKind;

  @Enum({ items: () => ComplianceSignalState, nativeEnumName: 'compliance_signal_state' })
  state: Opt<ComplianceSignalState> = ComplianceSignalState.Open;

  @Enum({ items: () => ComplianceSignalSeverity, nativeEnumName: 'compliance_signal_severity' })
  severity!: ComplianceSignalSeverity;

  @Property({ type: 'string', length: 200 })
  dedupeKey!: string;

  /** Order splitting: the purchasing unit, the category code and the period. */
  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  categoryCode?: string | null;

  /** e.g. 2026Q4 or 2026. */
  @Property({ type: 'string', length: 16, nullable: true })
  period?: string | null;

  /** Tender rules: the lot. */
  @Property({ type: 'uuid', nullable: true })
  lotId?: string | null;

  /** Auction rules: the auction. */
  @Property({ type: 'uuid', nullable: true })
  auctionId?: string | null;

  /** Expert deviation: the expert's user account. */
  @Property({ type: 'uuid', nullable: true })
  expertId?: string | null;

  /** Order splitting: the orders' sum within the category. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  amountFen?: bigint | null;

  @Property({ type: 'jsonb' })
  evidence!: ComplianceEvidence;

  @Property({ type: 'uuid', nullable: true })
  reviewerId?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  dismissalReason?: string | null;

  /** Whom finance referred the signal to (监督检查处, 审计, 纪检 …). */
  @Property({ type: 'string', length: 100, nullable: true })
  referredTo?: string | null;

  @Property({ type: 'text', nullable: true })
  referralNote?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
