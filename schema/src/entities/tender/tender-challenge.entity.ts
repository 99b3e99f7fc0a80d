import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { TenderChallengeOutcome, TenderChallengeState, TenderChallengeSubject } from './award-enums.js';
import { TenderLot } from './tender-lot.entity.js';

/** 质疑: a bidder's challenge of a lot's documents, process or result, answered by the buyer or agency. */
@Entity({ tableName: 'tender_challenge' })
@Index({ name: 'tender_challenge_tenant_lot_index', properties: ['tenantId', 'lot', 'state'] })
@Index({ name: 'tender_challenge_tenant_supplier_index', properties: ['tenantId', 'supplier', 'createdAt'] })
@Index({ name: 'tender_challenge_tenant_due_index', properties: ['tenantId', 'state', 'answerDueAt'] })
export class TenderChallenge extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Property({ type: 'uuid' })
  filedBy!: string;

  @Enum({ items: () => TenderChallengeSubject, nativeEnumName: 'tender_challenge_subject' })
  subject!: TenderChallengeSubject;

  @Property({ type: 'text' })
  content!: string;

  @Enum({ items: () => TenderChallengeState, nativeEnumName: 'tender_challenge_state' })
  state: Opt<TenderChallengeState> = TenderChallengeState.Pending;

  /** 7 working days after filing. */
  @Property({ type: 'timestamptz' })
  answerDueAt!: Date;

  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  /** Given with the answer; null while pending. */
  @Enum({ items: () => TenderChallengeOutcome, nativeEnumName: 'tender_challenge_outcome', nullable: true })
  outcome?: TenderChallengeOutcome | null;

  @Property({ type: 'uuid', nullable: true })
  answeredBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
