import { BigIntType } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Auction } from './auction.entity.js';

/** 成交确认书 of a forward auction: the price, the deposit credited towards it, the balance due. */
@Entity({ tableName: 'auction_settlement' })
@Unique({ name: 'auction_settlement_tenant_auction_unique', properties: ['tenantId', 'auction'] })
export class AuctionSettlement extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Auction, index: false })
  auction!: Auction;

  @Property({ type: 'uuid' })
  winnerId!: string;

  @Property({ type: 'uuid' })
  winnerBidId!: string;

  @Property({ type: new BigIntType('bigint') })
  priceFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  depositCreditedFen!: bigint;

  @Property({ type: new BigIntType('bigint') })
  balanceDueFen!: bigint;

  @Property({ type: 'uuid', nullable: true })
  depositId?: string | null;

  /** The confirmation as issued (parties, asset, price, deposit, balance). */
  @Property({ type: 'text' })
  text!: string;
}
