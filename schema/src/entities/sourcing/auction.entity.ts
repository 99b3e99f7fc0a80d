import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { BudgetLine } from '../mall/budget-line.entity.js';
import type { DeliveryAddress } from '../mall/mall-enums.js';
import { AuctionDirection, AuctionState } from './auction-enums.js';

/**
 * One online auction: reverse (反向竞价, a buyer's lot, lowest valid bid wins) or forward
 * (公物处置, a disposing unit's asset, highest bid wins). Same engine, mirrored price rules.
 */
@Entity({ tableName: 'auction' })
@Index({ name: 'auction_tenant_state_index', properties: ['tenantId', 'state', 'endsAt'] })
@Index({ name: 'auction_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] })
export class Auction extends TenantOwnedWithId {
  @Enum({ items: () => AuctionDirection, nativeEnumName: 'auction_direction' })
  direction!: AuctionDirection;

  @Enum({ items: () => AuctionState, nativeEnumName: 'auction_state' })
  state: Opt<AuctionState> = AuctionState.Scheduled;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** What is bought (specification, quantity) or the asset (description, condition). */
  @Property({ type: 'text' })
  description!: string;

  /** Reverse: the category (品目) qualified suppliers come from when none are invited. */
  @Property({ type: 'string', length: 16, nullable: true })
  categoryCode?: string | null;

  @Property({ type: 'integer', defaultRaw: '1' })
  quantity: Opt<number> = 1;

  /** Who runs it: the buyer or its agency (reverse), the disposing unit (forward). */
  @ManyToOne({ entity: () => Organisation, index: false })
  organiser!: Organisation;

  /** The purchasing unit that buys (reverse) or disposes (forward). */
  @ManyToOne({ entity: () => Organisation, index: false })
  buyer!: Organisation;

  @Property({ type: 'uuid' })
  createdBy!: string;

  /** Reverse: the ceiling (最高限价). Forward: the starting price (起拍价). */
  @Property({ type: new BigIntType('bigint') })
  startPriceFen!: bigint;

  /** Reverse: the minimum decrement (降价幅度). Forward: the bid increment (加价幅度). */
  @Property({ type: new BigIntType('bigint') })
  stepFen!: bigint;

  /** Reverse only, private to the organiser: bids below it are flagged abnormally low. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  floorFen?: bigint | null;

  /** Forward: the registration deposit (竞买保证金); 0 = none. */
  @Property({ type: new BigIntType('bigint'), defaultRaw: '0' })
  depositFen: Opt<bigint> = 0n;

  /** Forward: the appraisal (评估价), for information. */
  @Property({ type: new BigIntType('bigint'), nullable: true })
  appraisalFen?: bigint | null;

  /** Forward: photo URLs of the asset. */
  @Property({ type: 'jsonb', defaultRaw: `'[]'` })
  photoUrls: Opt<string[]> = [];

  /** Forward: viewing arrangements (看样安排). */
  @Property({ type: 'text', nullable: true })
  viewing?: string | null;

  /** Reverse: suppliers invited; empty means every qualified supplier of the category. */
  @Property({ type: 'jsonb', defaultRaw: `'[]'` })
  invitedSupplierIds: Opt<string[]> = [];

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  /** The end as first set. */
  @Property({ type: 'timestamptz' })
  scheduledEndAt!: Date;

  /** The end now, after anti-sniping extensions. The server's clock decides. */
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  /** A bid this close to the end extends it… */
  @Property({ type: 'integer' })
  extendWindowSeconds!: number;

  /** …by this much… */
  @Property({ type: 'integer' })
  extendBySeconds!: number;

  /** …at most this many times. */
  @Property({ type: 'integer' })
  maxExtensions!: number;

  @Property({ type: 'integer', defaultRaw: '0' })
  extensions: Opt<number> = 0;

  /** The last bid's sequence number: bids are numbered 1, 2, 3 … per auction, the order every viewer sees. */
  @Property({ type: 'integer', defaultRaw: '0' })
  lastSeq: Opt<number> = 0;

  /** The best valid bid so far (lowest reverse, highest forward). */
  @Property({ type: 'uuid', nullable: true })
  bestBidId?: string | null;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  bestPriceFen?: bigint | null;

  @Property({ type: 'uuid', nullable: true })
  winnerBidId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  winnerId?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  stateReason?: string | null;

  /** Reverse: the buyer's budget line, on which the ceiling is frozen from creation to the award. */
  @ManyToOne({ entity: () => BudgetLine, index: false, nullable: true })
  budgetLine?: BudgetLine | null;

  /** Reverse: where the awarded lot is delivered (the award's order). */
  @Property({ type: 'jsonb', nullable: true })
  deliveryAddress?: DeliveryAddress | null;

  /** Reverse: the mall order the award became. */
  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
