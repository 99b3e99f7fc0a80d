import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Payment } from './payment.entity.js';
import { RefundState } from './payment-enums.js';

/** A refund of (part of) a succeeded payment; out_request_no makes the provider call idempotent. */
@Entity({ tableName: 'payment_refund' })
@Unique({ name: 'payment_refund_tenant_request_no_unique', properties: ['tenantId', 'outRequestNo'] })
@Unique({ name: 'payment_refund_tenant_idempotency_unique', properties: ['tenantId', 'requestedBy', 'idempotencyKey'] })
@Index({ name: 'payment_refund_tenant_payment_index', properties: ['tenantId', 'payment', 'createdAt'] })
export class PaymentRefund extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Payment, index: false })
  payment!: Payment;

  /** Alipay's out_request_no: the same number repeated is the same refund. */
  @Property({ type: 'string', length: 64 })
  outRequestNo!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: 'text' })
  reason!: string;

  @Enum({ items: () => RefundState, nativeEnumName: 'payment_refund_state' })
  state!: RefundState;

  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Property({ type: 'string', length: 64 })
  idempotencyKey!: string;

  @Property({ type: 'string', length: 64 })
  requestDigest!: string;

  /** The provider's answer when it refused (code and message). */
  @Property({ type: 'text', nullable: true })
  failure?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  refundedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
