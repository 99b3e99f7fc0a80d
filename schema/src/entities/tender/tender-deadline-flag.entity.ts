import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { TenderDeadlineKind } from './award-enums.js';
import { TenderLot } from './tender-lot.entity.js';

/** A tendering deadline found missed by the publication sweep, once per subject and kind (for oversight). */
@Entity({ tableName: 'tender_deadline_flag' })
@Unique({ name: 'tender_deadline_flag_tenant_subject_unique', properties: ['tenantId', 'subjectId', 'kind'] })
@Index({ name: 'tender_deadline_flag_tenant_created_index', properties: ['tenantId', 'createdAt'] })
export class TenderDeadlineFlag extends TenantOwnedWithId {
  @ManyToOne({ entity: () => TenderLot, index: false })
  lot!: TenderLot;

  @Enum({ items: () => TenderDeadlineKind, nativeEnumName: 'tender_deadline_kind' })
  kind!: TenderDeadlineKind;

  /** The lot, challenge, complaint or contract whose deadline passed. */
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'timestamptz' })
  dueAt!: Date;
}
