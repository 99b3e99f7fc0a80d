import { type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { TenderLot } from './tender-lot.entity.js';

const T = '"tender_lot_suspension"';

/** The finance department's suspension of a lot's procurement (暂停采购活动); lifted, never deleted. */
@Entity({ tableName: 'tender_lot_suspension' })
@Index({ name: 'tender_lot_suspension_tenant_lot_active_unique', expression: `create unique index "tender_lot_suspension_tenant_lot_active_unique" on ${T} ("tenant_id", "lot_id") where "lifted_at" is null` })
export class TenderLotSuspension extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'uuid' })
  suspendedBy!: string;

  @Property({ type: 'timestamptz', nullable: true })
  liftedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  liftedBy?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
