import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { TenderComplaintRemedy, TenderComplaintState } from './award-enums.js';
import { TenderChallenge } from './tender-challenge.entity.js';
import { TenderLot } from './tender-lot.entity.js';

/** 投诉: the challenger's complaint to the finance department, one per challenge. */
@Entity({ tableName: 'tender_complaint' })
@Unique({ name: 'tender_complaint_tenant_challenge_unique', properties: ['tenantId', 'challenge'] })
@Index({ name: 'tender_complaint_tenant_lot_index', properties: ['tenantId', 'lot', 'state'] })
@Index({ name: 'tender_complaint_tenant_state_index', properties: ['tenantId', 'state', 'createdAt'] })
export class TenderComplaint extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderChallenge, index: false })
  challenge!: TenderChallenge;

  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Property({ type: 'uuid' })
  filedBy!: string;

  @Property({ type: 'text' })
  content!: string;

  @Enum({ items: () => TenderComplaintState, nativeEnumName: 'tender_complaint_state' })
  state: Opt<TenderComplaintState> = TenderComplaintState.Pending;

  /** 30 working days after filing. */
  @Property({ type: 'timestamptz' })
  decisionDueAt!: Date;

  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @Enum({ items: () => TenderComplaintRemedy, nativeEnumName: 'tender_complaint_remedy', nullable: true })
  remedy?: TenderComplaintRemedy | null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
