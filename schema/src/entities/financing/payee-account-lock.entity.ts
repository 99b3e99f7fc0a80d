import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { FinancingSubjectType } from './financing-enums.js';

const T = '"payee_account_lock"';

/**
 * 回款账户锁定: while active, payments for the subject go to the lender's repayment account
 * instead of the supplier's. Set on approval, released on the repayment notice.
 */
@Entity({ tableName: 'payee_account_lock' })
@Index({
  name: 'payee_account_lock_tenant_subject_active_unique',
  expression: `create unique index "payee_account_lock_tenant_subject_active_unique" on ${T} ("tenant_id", "subject_type", "subject_id") where "released_at" is null`,
})
@Index({ name: 'payee_account_lock_tenant_application_index', properties: ['tenantId', 'applicationId'] })
export class PayeeAccountLock extends TenantOwnedWithId {
  @Enum({ items: () => FinancingSubjectType, nativeEnumName: 'financing_subject_type' })
  subjectType!: FinancingSubjectType;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'uuid' })
  lenderId!: string;

  @Property({ type: 'string', length: 128 })
  bankName!: string;

  @Property({ type: 'string', length: 128 })
  accountName!: string;

  @Property({ type: 'string', length: 64 })
  accountNo!: string;

  @Property({ type: 'timestamptz' })
  lockedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  releasedAt?: Date | null;
}
