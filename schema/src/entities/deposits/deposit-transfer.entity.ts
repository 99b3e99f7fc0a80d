import { BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { DepositTransferFlag, DepositTransferState } from './deposit-enums.js';

/** An incoming bank transfer quoting a virtual account reference; the bank serial number is unique. */
@Entity({ tableName: 'deposit_transfer' })
@Unique({ name: 'deposit_transfer_tenant_serial_unique', properties: ['tenantId', 'bankSerialNo'] })
@Index({ name: 'deposit_transfer_tenant_state_index', properties: ['tenantId', 'state', 'createdAt'] })
export class DepositTransfer extends TenantOwnedWithId {
  @Property({ type: 'string', length: 64 })
  bankSerialNo!: string;

  /** The reference the payer quoted (as written, trimmed). */
  @Property({ type: 'string', length: 64 })
  reference!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: 'string', length: 200 })
  payerAccountName!: string;

  @Property({ type: 'timestamptz' })
  arrivedAt!: Date;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Enum({ items: () => DepositTransferState, nativeEnumName: 'deposit_transfer_state' })
  state!: DepositTransferState;

  @Enum({ items: () => DepositTransferFlag, nativeEnumName: 'deposit_transfer_flag', nullable: true })
  flag?: DepositTransferFlag | null;

  @Property({ type: 'uuid', nullable: true })
  depositId?: string | null;

  /** The bank serial number of the transfer that sent a flagged transfer's money back. */
  @Property({ type: 'string', length: 64, nullable: true })
  returnSerialNo?: string | null;

  @Property({ type: 'text', nullable: true })
  returnNote?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  returnedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  returnedBy?: string | null;
}
