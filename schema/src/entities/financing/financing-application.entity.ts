import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { FinancingState, FinancingSubjectType } from './financing-enums.js';
import { Lender } from './lender.entity.js';

const T = '"financing_application"';

/**
 * A supplier's request to a lender to finance one contract, with the signed package the
 * platform sent (with the supplier's consent) and the lender's answers.
 */
@Entity({ tableName: 'financing_application' })
@Index({
  name: 'financing_application_tenant_subject_open_unique',
  expression: `create unique index "financing_application_tenant_subject_open_unique" on ${T} ("tenant_id", "subject_type", "subject_id") where "state" in ('applied', 'approved', 'disbursed')`,
})
@Index({ name: 'financing_application_tenant_supplier_index', properties: ['tenantId', 'supplier', 'createdAt'] })
@Index({ name: 'financing_application_tenant_created_index', properties: ['tenantId', 'createdAt'] })
export class FinancingApplication extends TenantOwnedWithId {
  @Enum({ items: () => FinancingSubjectType, nativeEnumName: 'financing_subject_type' })
  subjectType!: FinancingSubjectType;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The contract or order number, as the package names it. */
  @Property({ type: 'string', length: 48 })
  contractNo!: string;

  @Property({ type: new BigIntType('bigint') })
  contractAmountFen!: bigint;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @ManyToOne({ entity: () => Lender, index: false })
  lender!: Lender;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Enum({ items: () => FinancingState, nativeEnumName: 'financing_state' })
  state: Opt<FinancingState> = FinancingState.Applied;

  @Property({ type: 'uuid' })
  appliedBy!: string;

  /** When the supplier consented to sending its contract data to the lender. */
  @Property({ type: 'timestamptz' })
  consentAt!: Date;

  /** The canonical JSON sent to the lender, byte for byte. */
  @Property({ type: 'text' })
  package!: string;

  /** SM2 signature (hex r‖s) of the package by the platform key. */
  @Property({ type: 'string', length: 160 })
  packageSignature!: string;

  @Property({ type: 'string', length: 64 })
  platformKeyId!: string;

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'integer', defaultRaw: '0' })
  deliveryAttempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastDeliveryError?: string | null;

  /** The amount the lender approved or disbursed. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  lenderAmountFen?: bigint | null;

  @Property({ type: 'text', nullable: true })
  lenderReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
