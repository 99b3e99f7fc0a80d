import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { UserAccount } from '../identity/user-account.entity.js';
import { TenderLot } from './tender-lot.entity.js';

/** A drawn expert's seat on a lot's panel, and when they submitted their score sheet (final). */
@Entity({ tableName: 'evaluation_panel_member' })
@Unique({ name: 'evaluation_panel_member_tenant_lot_expert_unique', properties: ['tenantId', 'lot', 'expert'] })
@Index({ name: 'evaluation_panel_member_tenant_expert_index', properties: ['tenantId', 'expert', 'createdAt'] })
export class EvaluationPanelMember extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @ManyToOne({ entity: () => UserAccount, index: false })
  expert!: UserAccount;

  /** 1 … size, in drawing order. */
  @Property({ type: 'integer' })
  seat!: number;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
