import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Auction } from './auction.entity.js';

/** One bid, numbered in the auction's sequence; never changed after it is written. */
@Entity({ tableName: 'auction_bid' })
@Unique({ name: 'auction_bid_tenant_auction_seq_unique', properties: ['tenantId', 'auction', 'seq'] })
@Unique({ name: 'auction_bid_tenant_user_key_unique', properties: ['tenantId', 'auction', 'bidderUserId', 'clientKey'] })
@Index({ name: 'auction_bid_tenant_bidder_index', properties: ['tenantId', 'auction', 'bidderId', 'seq'] })
export class AuctionBid extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Auction, index: false })
  auction!: Auction;

  @Property({ type: 'integer' })
  seq!: number;

  /** The bidding organisation. */
  @Property({ type: 'uuid' })
  bidderId!: string;

  @Property({ type: 'uuid' })
  bidderUserId!: string;

  /** 供应商N / 竞买人N within the auction. */
  @Property({ type: 'integer' })
  pseudonymNo!: number;

  @Property({ type: new BigIntType('bigint') })
  priceFen!: bigint;

  /** Reverse: below the organiser's floor; kept in the log, never the best price or the winner. */
  @Property({ type: 'boolean', defaultRaw: 'false' })
  abnormallyLow: Opt<boolean> = false;

  /** The client's idempotency key: a resubmission returns this bid. */
  @Property({ type: 'string', length: 64 })
  clientKey!: string;

  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: 'string', length: 128, nullable: true })
  deviceId?: string | null;

  /** Whether this bid extended the end (anti-sniping). */
  @Property({ type: 'boolean', defaultRaw: 'false' })
  extended: Opt<boolean> = false;
}
