import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { TenderLotState } from './tender-enums.js';
import { TenderProject } from './tender-project.entity.js';

/** 标包: the unit that is bid on, opened, evaluated, awarded and contracted. */
@Entity({ tableName: 'tender_lot' })
@Unique({ name: 'tender_lot_tenant_project_no_unique', properties: ['tenantId', 'project', 'lotNo'] })
@Index({ name: 'tender_lot_tenant_state_index', properties: ['tenantId', 'state'] })
export class TenderLot extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderProject, index: false })
  project!: TenderProject;

  /** 1, 2, 3 … within the project. */
  @Property({ type: 'integer' })
  lotNo!: number;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** What is bought in this lot (quantities, specification summary). */
  @Property({ type: 'text' })
  scope!: string;

  /** 最高限价 of the lot. */
  @Property({ type: new BigIntType('bigint') })
  budgetFen!: bigint;

  /** 投标保证金 required to bid; 0 = none. At most 2 % of the lot's budget. */
  @Property({ type: new BigIntType('bigint'), defaultRaw: '0' })
  depositFen: Opt<bigint> = 0n;

  /** Bids needed at the deadline (and valid after opening) for the lot to go on; 3 by law. */
  @Property({ type: 'integer', defaultRaw: '3' })
  minBidders: Opt<number> = 3;

  @Enum({ items: () => TenderLotState, nativeEnumName: 'tender_lot_state' })
  state: Opt<TenderLotState> = TenderLotState.Draft;

  /** Why the lot failed (流标/废标) or was cancelled. */
  @Property({ type: 'text', nullable: true })
  failureReason?: string | null;

  /** The bid the buyer confirmed as the winner. */
  @Property({ type: 'uuid', nullable: true })
  winnerBidId?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  openedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  awardedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  contractedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
