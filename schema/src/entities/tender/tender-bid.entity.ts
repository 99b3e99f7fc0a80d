import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { TenderBidState } from './tender-enums.js';
import { TenderLot } from './tender-lot.entity.js';

const T = '"tender_bid"';

/**
 * A sealed bid (投标文件) for one lot. Until opening the platform holds only what it cannot
 * read: the SM4 ciphertext, the SM4 key wrapped with SM2 to the bidder's own key, the SM3
 * digest of the plaintext and the bidder's SM2 signature of it. The price columns stay null
 * until the bid is opened.
 */
@Entity({ tableName: 'tender_bid' })
@Index({ name: 'tender_bid_tenant_lot_live_unique', expression: `create unique index "tender_bid_tenant_lot_live_unique" on ${T} ("tenant_id", "lot_id", "supplier_id") where "state" in ('submitted', 'opened', 'disqualified')` })
@Index({ name: 'tender_bid_tenant_lot_index', properties: ['tenantId', 'lot', 'state'] })
@Index({ name: 'tender_bid_tenant_supplier_index', properties: ['tenantId', 'supplier', 'createdAt', 'id'] })
export class TenderBid extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Property({ type: 'uuid' })
  submittedBy!: string;

  /** 1 for the first bid of this supplier on this lot, +1 for each replacement. */
  @Property({ type: 'integer' })
  version!: number;

  @Enum({ items: () => TenderBidState, nativeEnumName: 'tender_bid_state' })
  state: Opt<TenderBidState> = TenderBidState.Submitted;

  /** Server time of receipt (late bids are refused by this clock). */
  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  /**
   * SM4 ciphertext of the bid content, base64 (with its documents, up to megabytes). Lazy: only
   * the opening reads it, so lists and the live opening record never haul it out of the database.
   */
  @Property({ type: 'text', lazy: true })
  ciphertext!: string;

  /** The SM4 key wrapped with SM2 to the bidder's public key (C1C3C2, hex). */
  @Property({ type: 'text' })
  wrappedKey!: string;

  /** SM3 of the plaintext, hex; also written to the audit chain. */
  @Property({ type: 'string', length: 64 })
  digest!: string;

  /** The bidder's SM2 signature of the digest, hex. */
  @Property({ type: 'text' })
  signature!: string;

  /** The bidder's SM2 public key the bid was sealed and signed with (hex, uncompressed). */
  @Property({ type: 'text' })
  bidderPublicKey!: string;

  /** The submitting request's client IP (for same-origin compliance signals). */
  @Property({ type: 'string', length: 64, nullable: true })
  submittedIp?: string | null;

  /** The submitting browser's device id (`x-device-id`, kept in its local storage). */
  @Property({ type: 'string', length: 128, nullable: true })
  deviceId?: string | null;

  /** The platform's signed receipt (回执): bid id, digest and server time. */
  @Property({ type: 'text' })
  receipt!: string;

  @Property({ type: 'timestamptz', nullable: true })
  openedAt?: Date | null;

  /** The quoted price (投标报价), known from opening. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  priceFen?: bigint | null;

  /** The decrypted price form (discount, delivery terms, SME declaration …), from opening. */
  @Property({ type: 'jsonb', nullable: true })
  priceForm?: Record<string, unknown> | null;

  /** The price used for scoring after the SME deduction (the contract price stays priceFen). */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  evaluatedPriceFen?: bigint | null;

  /** The panel's aggregated total, hundredths of a point (8523 = 85.23). */
  @Property({ type: 'integer', nullable: true })
  scoreHundredths?: number | null;

  /** 1 = recommended first; null until evaluation ends. */
  @Property({ type: 'integer', nullable: true })
  rank?: number | null;

  /** Why the bid was voided, not decrypted or disqualified. */
  @Property({ type: 'text', nullable: true })
  stateReason?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
