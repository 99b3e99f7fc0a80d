import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { TenderLot } from '../tender/tender-lot.entity.js';
import { Auction } from '../sourcing/auction.entity.js';
import { DepositPaidVia, DepositState } from './deposit-enums.js';

/**
 * A supplier's bid deposit for one lot, or a bidder's registration deposit for one forward
 * auction (exactly one of the two): one per bidder and lot or auction, whatever happens to it.
 */
@Entity({ tableName: 'deposit' })
@Unique({ name: 'deposit_tenant_lot_supplier_unique', properties: ['tenantId', 'lot', 'supplier'] })
@Unique({ name: 'deposit_tenant_auction_supplier_unique', properties: ['tenantId', 'auction', 'supplier'] })
@Index({ name: 'deposit_tenant_state_index', properties: ['tenantId', 'state', 'id'] })
@Index({ name: 'deposit_tenant_reference_index', properties: ['tenantId', 'virtualAccountRef', 'state'] })
@Index({ name: 'deposit_tenant_supplier_index', properties: ['tenantId', 'supplier', 'createdAt'] })
export class Deposit extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false, nullable: true, deleteRule: 'no action' })
  lot?: TenderLot | null;

  @ManyToOne({ entity: () => Auction, index: false, nullable: true })
  auction?: Auction | null;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  /** The lot's requirement when the deposit was opened. */
  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Enum({ items: () => DepositState, nativeEnumName: 'deposit_state' })
  state!: DepositState;

  /** The supplier's 虚拟子账号 that bank transfers quote. */
  @Property({ type: 'string', length: 32 })
  virtualAccountRef!: string;

  @Enum({ items: () => DepositPaidVia, nativeEnumName: 'deposit_paid_via', nullable: true })
  paidVia?: DepositPaidVia | null;

  /** The Alipay payment, or the bank serial number of the transfer. */
  @Property({ type: 'string', length: 64, nullable: true })
  paymentReference?: string | null;

  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;

  /** When the money arrived: interest runs from this day. */
  @Property({ type: 'timestamptz', nullable: true })
  paidAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  forfeitReason?: string | null;

  @Property({ type: 'uuid', nullable: true })
  forfeitedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  challengeGrounds?: string | null;

  /** Finance's finding on the challenge. */
  @Property({ type: 'text', nullable: true })
  challengeDecision?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
