import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { TenderLot } from '../tender/tender-lot.entity.js';
import { GuaranteeState } from './deposit-enums.js';
import { GuaranteeIssuer } from './guarantee-issuer.entity.js';

/** An electronic bid guarantee (电子保函) in place of a deposit, accepted after its issuer's signature verified. */
@Entity({ tableName: 'guarantee' })
@Unique({ name: 'guarantee_tenant_issuer_no_unique', properties: ['tenantId', 'issuer', 'guaranteeNo'] })
@Index({ name: 'guarantee_tenant_lot_supplier_index', properties: ['tenantId', 'lot', 'supplier', 'state'] })
export class Guarantee extends TenantOwnedWithId {
  @ManyToOne({ entity: () => GuaranteeIssuer, index: false })
  issuer!: GuaranteeIssuer;

  @Property({ type: 'string', length: 64 })
  guaranteeNo!: string;

  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  /** 受益人 as written on the guarantee (the buyer). */
  @Property({ type: 'string', length: 200 })
  beneficiary!: string;

  @Property({ type: new BigIntType('bigint') })
  amountFen!: bigint;

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Property({ type: 'timestamptz' })
  validUntil!: Date;

  /** The issuer's signature over the canonical text (see guaranteeSignedText). */
  @Property({ type: 'text' })
  signature!: string;

  @Enum({ items: () => GuaranteeState, nativeEnumName: 'guarantee_state' })
  state!: GuaranteeState;

  /** What freed it (the refund triggers), when released. */
  @Property({ type: 'string', length: 32, nullable: true })
  releaseTrigger?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  releasedAt?: Date | null;

  /** The release notice sent to the issuer (JSON); a file for issuers without a callback. */
  @Property({ type: 'text', nullable: true })
  releaseNotice?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  releaseNotifiedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  releaseNotifyFailure?: string | null;

  @Property({ type: 'text', nullable: true })
  claimReason?: string | null;

  /** The evidence of the claim (documents, links), as recorded by the buyer. */
  @Property({ type: 'jsonb', nullable: true })
  claimEvidence?: string[] | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
