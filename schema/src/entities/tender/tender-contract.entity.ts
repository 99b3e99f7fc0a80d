import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { TenderContractState } from './award-enums.js';
import { TenderAward } from './tender-award.entity.js';
import { TenderLot } from './tender-lot.entity.js';

/**
 * 政府采购合同 of an awarded lot, drafted from the award. Both parties sign the SM3 digest of
 * its canonical text with their registered SM2 keys; the first signature freezes the terms.
 */
@Entity({ tableName: 'tender_contract' })
@Unique({ name: 'tender_contract_tenant_lot_unique', properties: ['tenantId', 'lot'] })
@Index({ name: 'tender_contract_tenant_published_index', properties: ['tenantId', 'publishedAt', 'id'] })
export class TenderContract extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => TenderAward, index: false })
  award!: TenderAward;

  @ManyToOne({ entity: () => Organisation, index: false })
  buyer!: Organisation;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  /** Readable: the project number and lot (`ZC2026-000001-1`). */
  @Property({ type: 'string', length: 48 })
  contractNo!: string;

  /** The winner's bid price. */
  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: 'text' })
  paymentTerms!: string;

  @Property({ type: 'text' })
  deliveryTerms!: string;

  @Enum({ items: () => TenderContractState, nativeEnumName: 'tender_contract_state' })
  state: Opt<TenderContractState> = TenderContractState.Draft;

  /** SM3 of the canonical text, fixed by the first signature. */
  @Property({ type: 'string', length: 64, nullable: true })
  signedDigest?: string | null;

  @Property({ type: 'text', nullable: true })
  buyerSignature?: string | null;

  @Property({ type: 'uuid', nullable: true })
  buyerSignedBy?: string | null;

  @Property({ type: 'uuid', nullable: true })
  buyerKeyId?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  buyerSignedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  supplierSignature?: string | null;

  @Property({ type: 'uuid', nullable: true })
  supplierSignedBy?: string | null;

  @Property({ type: 'uuid', nullable: true })
  supplierKeyId?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  supplierSignedAt?: Date | null;

  /** When the second signature came. */
  @Property({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null;

  /** Signed more than 30 days after the award letter: allowed, shown and reported. */
  @Property({ type: 'boolean', defaultRaw: 'false' })
  signedLate: Opt<boolean> = false;

  /** Publication is due 2 working days after signing; the platform publishes on signing. */
  @Property({ type: 'timestamptz', nullable: true })
  publicationDueAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
