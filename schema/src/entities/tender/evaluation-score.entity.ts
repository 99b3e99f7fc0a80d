import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { UserAccount } from '../identity/user-account.entity.js';
import { TenderBid } from './tender-bid.entity.js';
import { TenderLot } from './tender-lot.entity.js';

/** One expert's score of one bid on one non-price criterion, in hundredths of a point. */
@Entity({ tableName: 'evaluation_score' })
@Unique({ name: 'evaluation_score_tenant_bid_expert_criterion_unique', properties: ['tenantId', 'bid', 'expert', 'criterionKey'] })
@Index({ name: 'evaluation_score_tenant_lot_expert_index', properties: ['tenantId', 'lot', 'expert'] })
export class EvaluationScore extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => TenderBid, index: false })
  bid!: TenderBid;

  @ManyToOne({ entity: () => UserAccount, index: false })
  expert!: UserAccount;

  @Property({ type: 'string', length: 32 })
  criterionKey!: string;

  /** 0 … weight × 100. */
  @Property({ type: 'integer' })
  scoreHundredths!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
