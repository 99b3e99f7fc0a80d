import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { TenderBid } from './tender-bid.entity.js';
import { TenderLot } from './tender-lot.entity.js';
import { TenderProject } from './tender-project.entity.js';

/** One line of the published ranking: what the award notice shows of every valid bid. */
export interface AwardRankingLine {
  supplierName: string;
  /** The bid price (投标报价) in fen, as a decimal string. */
  priceFen: string;
  scoreHundredths: number | null;
  rank: number | null;
}

/** 中标公告 with the award letter (中标通知书): the buyer's confirmed winner of a lot, public. */
@Entity({ tableName: 'tender_award' })
@Unique({ name: 'tender_award_tenant_lot_unique', properties: ['tenantId', 'lot'] })
@Index({ name: 'tender_award_tenant_published_index', properties: ['tenantId', 'publishedAt', 'id'] })
export class TenderAward extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => TenderProject, index: false })
  project!: TenderProject;

  @ManyToOne({ entity: () => TenderBid, index: false })
  bid!: TenderBid;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  /** The winner's bid price: the contract price, never the SME-deducted one. */
  @Property({ type: new BigIntType('bigint') })
  priceFen!: bigint;

  @Property({ type: 'integer', nullable: true })
  scoreHundredths?: number | null;

  /** The winner's rank in the panel's report (1 unless awarded against the ranking). */
  @Property({ type: 'integer', nullable: true })
  rank?: number | null;

  /** Why the buyer chose another bid than the first ranked, recorded and published. */
  @Property({ type: 'text', nullable: true })
  againstRankingReason?: string | null;

  @Property({ type: 'uuid' })
  confirmedBy!: string;

  /** The notice goes out with the confirmation; the award letter is dated the same. */
  @Property({ type: 'timestamptz' })
  publishedAt!: Date;

  /** The notice stays up at least until then (1 working day). */
  @Property({ type: 'timestamptz' })
  noticeUntil!: Date;

  /** Bidders may challenge until then (7 working days). */
  @Property({ type: 'timestamptz' })
  challengeUntil!: Date;

  /** The contract is due by then (30 days after the award letter). */
  @Property({ type: 'timestamptz' })
  contractDueAt!: Date;

  @Property({ type: 'jsonb' })
  ranking!: AwardRankingLine[];

  /** The winner declined the award before signing (中标后放弃); the lot failed with it. */
  @Property({ type: 'timestamptz', nullable: true })
  declinedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
