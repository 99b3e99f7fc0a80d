import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from '../identity/organisation.entity.js';
import { UserAccount } from '../identity/user-account.entity.js';
import { ExpertRelationKind } from './evaluation-enums.js';

/** An expert's declared relation to a supplier organisation: the draw leaves the expert out of that supplier's lots. */
@Entity({ tableName: 'expert_relation' })
@Unique({ name: 'expert_relation_tenant_expert_supplier_kind_unique', properties: ['tenantId', 'expert', 'supplier', 'kind'] })
@Index({ name: 'expert_relation_tenant_supplier_index', properties: ['tenantId', 'supplier'] })
export class ExpertRelation extends TenantOwnedWithId {
  @ManyToOne({ entity: () => UserAccount, index: false })
  expert!: UserAccount;

  @ManyToOne({ entity: () => Organisation, index: false })
  supplier!: Organisation;

  @Enum({ items: () => ExpertRelationKind, nativeEnumName: 'expert_relation_kind' })
  kind!: ExpertRelationKind;

  @Property({ type: 'text' })
  note!: string;

  /** The expert, or the finance user who recorded it. */
  @Property({ type: 'uuid' })
  recordedBy!: string;
}
