import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { PaymentProviderCode, PaymentReviewReason, PaymentState } from './payment-enums.js';

const T = '"payment"';

/** An account other than the payee's own that the money must go to (回款账户锁定, docs/financing.md). */
export interface PayeeAccount { bankName: string; accountName: string; accountNo: string; lockId: string }

/**
 * One attempt to pay a subject (an order, a bid deposit …) that its owning context
 * describes. At most one live attempt and one succeeded payment per subject.
 */
@Entity({ tableName: 'payment' })
@Unique({ name: 'payment_tenant_no_unique', properties: ['tenantId', 'paymentNo'] })
@Unique({ name: 'payment_tenant_idempotency_unique', properties: ['tenantId', 'startedBy', 'idempotencyKey'] })
@Index({ name: 'payment_tenant_subject_live_unique', expression: `create unique index "payment_tenant_subject_live_unique" on ${T} ("tenant_id", "subject_type", "subject_id") where "state" in ('pending', 'awaiting_approval')` })
@Index({ name: 'payment_tenant_subject_succeeded_unique', expression: `create unique index "payment_tenant_subject_succeeded_unique" on ${T} ("tenant_id", "subject_type", "subject_id") where "state" = 'succeeded'` })
@Index({ name: 'payment_tenant_subject_index', properties: ['tenantId', 'subjectType', 'subjectId'] })
@Index({ name: 'payment_tenant_state_index', properties: ['tenantId', 'state', 'createdAt', 'id'] })
@Index({ name: 'payment_tenant_payer_index', properties: ['tenantId', 'payer', 'id'] })
@Index({ name: 'payment_tenant_payee_index', properties: ['tenantId', 'payee', 'id'] })
export class Payment extends TenantOwnedWithId {
  /** Readable, unique per tenant; Alipay's out_trade_no. */
  @Property({ type: 'string', length: 32 })
  paymentNo!: string;

  @Property({ type: 'string', length: 32 })
  subjectType!: string;

  @Property({ type: 'string', length: 64 })
  subjectId!: string;

  @Enum({ items: () => PaymentProviderCode, nativeEnumName: 'payment_provider' })
  provider!: PaymentProviderCode;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @ManyToOne({ entity: () => Organisation, index: false })
  payer!: Organisation;

  @ManyToOne({ entity: () => Organisation, index: false })
  payee!: Organisation;

  @Property({ type: 'string', length: 128 })
  title!: string;

  @Enum({ items: () => PaymentState, nativeEnumName: 'payment_state' })
  state!: PaymentState;

  @Property({ type: 'uuid' })
  startedBy!: string;

  /** The client's key: a retry with the same key and input gets this payment back. */
  @Property({ type: 'string', length: 64 })
  idempotencyKey!: string;

  /** SHA-256 of the start input, to tell a retry from a reuse of the key. */
  @Property({ type: 'string', length: 64 })
  requestDigest!: string;

  /** Where the payer's browser goes to pay (alipay page pay, signed GET URL); null for treasury. */
  @Property({ type: 'text', nullable: true })
  payUrl?: string | null;

  /** Alipay's trade_no once known. */
  @Property({ type: 'string', length: 64, nullable: true })
  providerTradeNo?: string | null;

  /** The bank transfer reference of an approved treasury payment. */
  @Property({ type: 'string', length: 64, nullable: true })
  bankReference?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  succeededAt?: Date | null;

  /** The finance user who approved or rejected a treasury payment. */
  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  /** Set when a notify disagreed with the payment (amount, app id): finance must look. */
  @Enum({ items: () => PaymentReviewReason, nativeEnumName: 'payment_review_reason', nullable: true })
  reviewReason?: PaymentReviewReason | null;

  @Property({ type: 'jsonb', nullable: true })
  reviewDetail?: Record<string, string> | null;

  /** Set when the subject's payee account was locked to a lender's at the start; null: the payee's own. */
  @Property({ type: 'jsonb', nullable: true })
  payeeAccount?: PayeeAccount | null;

  @Property({ type: new BigIntType('bigint'), defaultRaw: '0' })
  refundedFen: Opt<bigint> = 0n;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
