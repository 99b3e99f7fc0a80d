import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Auction } from './auction.entity.js';

/** A bidder's stable pseudonym in one auction (供应商1, 供应商2 … in order of first bid). */
@Entity({ tableName: 'auction_participant' })
@Unique({ name: 'auction_participant_tenant_bidder_unique', properties: ['tenantId', 'auction', 'bidderId'] })
@Unique({ name: 'auction_participant_tenant_no_unique', properties: ['tenantId', 'auction', 'pseudonymNo'] })
export class AuctionParticipant extends TenantOwnedWithId {
  @ManyToOne({ entity: () => Auction, index: false })
  auction!: Auction;

  @Property({ type: 'uuid' })
  bidderId!: string;

  @Property({ type: 'integer' })
  pseudonymNo!: number;
}
