import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Deposit } from './deposit.entity.js';
import { DepositPaidVia, DepositRefundState } from './deposit-enums.js';

/**
 * The one refund of a deposit (unique per deposit): principal, interest and any late charge,
 * with the formula that produced them.
 */
@Entity({ tableName: 'deposit_refund' })
@Unique({ name: 'deposit_refund_tenant_deposit_unique', properties: ['tenantId', 'deposit'] })
@Unique({ name: 'deposit_refund_tenant_request_no_unique', properties: ['tenantId', 'outRequestNo'] })
@Index({ name: 'deposit_refund_tenant_state_index', properties: ['tenantId', 'state', 'createdAt'] })
export class DepositRefund extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Deposit, index: false })
  deposit!: Deposit;

  /** What freed the deposit: award_published, contract_signed, lot_failed, lot_cancelled, bid_withdrawn, challenge_upheld. */
  @Property({ type: 'string', length: 32 })
  trigger!: string;

  /** When the trigger happened: the refund deadline runs from it. */
  @Property({ type: 'timestamptz' })
  triggeredAt!: Date;

  /** The last instant of the legal refund period. */
  @Property({ type: 'timestamptz' })
  dueBy!: Date;

  @Enum({ items: () => DepositPaidVia, nativeEnumName: 'deposit_paid_via' })
  method!: DepositPaidVia;

  @Property({ type: new BigIntType('bigint') })
  principalFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  interestFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  lateChargeFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  totalFen!: bigint;

  @Property({ type: 'integer' })
  daysHeld!: number;

  @Property({ type: 'integer' })
  lateDays!: number;

  /** The computation as shown to the supplier, e.g. 本金 × 年利率 × 天数 ÷ 360. */
  @Property({ type: 'text' })
  formula!: string;

  /** Alipay's out_request_no, derived from the deposit id: a repeated call is the same refund. */
  @Property({ type: 'string', length: 64 })
  outRequestNo!: string;

  @Enum({ items: () => DepositRefundState, nativeEnumName: 'deposit_refund_state' })
  state!: DepositRefundState;

  /** Of the total, what still goes out by bank transfer (all of it for transfer-paid deposits; interest and late charge for Alipay ones). */
  @Property({ type: new BigIntType('bigint') })
  bankTransferFen!: bigint;

  /** The provider's last refusal or transport failure. */
  @Property({ type: 'text', nullable: true })
  failure?: string | null;

  /** The bank serial number of the outgoing transfer, from finance. */
  @Property({ type: 'string', length: 64, nullable: true })
  bankSerialNo?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
