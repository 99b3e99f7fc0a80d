import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { UserAccount } from '../identity/user-account.entity.js';
import { TenderBid } from './tender-bid.entity.js';
import { TenderLot } from './tender-lot.entity.js';

/**
 * 评委评分偏差: an expert's score that lies abnormally far from the panel's mean. The expert
 * records why; the evaluation cannot finish while one is unexplained; the regulator sees all.
 */
@Entity({ tableName: 'score_deviation' })
@Unique({ name: 'score_deviation_tenant_lot_expert_bid_criterion_unique', properties: ['tenantId', 'lot', 'expert', 'bid', 'criterionKey'] })
@Index({ name: 'score_deviation_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] })
export class ScoreDeviation extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => TenderBid, index: false })
  bid!: TenderBid;

  @ManyToOne({ entity: () => UserAccount, index: false })
  expert!: UserAccount;

  @Property({ type: 'string', length: 32 })
  criterionKey!: string;

  @Property({ type: 'integer' })
  scoreHundredths!: number;

  /** The panel's mean for this bid and criterion, half-up to hundredths. */
  @Property({ type: 'integer' })
  meanHundredths!: number;

  /** The criterion's maximum (its weight), in hundredths. */
  @Property({ type: 'integer' })
  maxHundredths!: number;

  /** |score − mean| exceeded the tenant's share of the maximum. */
  @Property({ type: 'boolean' })
  beyondThreshold!: boolean;

  /** |z| > 2 against the panel's scores. */
  @Property({ type: 'boolean' })
  beyondZ!: boolean;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  reasonAt?: Date | null;
}
