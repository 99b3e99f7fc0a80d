import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { UserAccount } from './user-account.entity.js';

/**
 * What the expert pool needs to know about an evaluation expert (a user with the expert
 * role): the categories they may evaluate, and where they work, for avoidance (回避).
 */
@Entity({ tableName: 'expert_profile' })
@Unique({ name: 'expert_profile_tenant_user_unique', properties: ['tenantId', 'user'] })
export class ExpertProfile extends TenantOwnedWithId {
  @ManyToOne({ entity: () => UserAccount, index: false })
  user!: UserAccount;

  /** 职称, e.g. 高级工程师. */
  @Property({ type: 'string', length: 64 })
  title!: string;

  /** 工作单位 */
  @Property({ type: 'string', length: 128 })
  employerName!: string;

  /** The employer's USCC when it has one: an expert never evaluates bids of their employer. */
  @Property({ type: 'string', length: 18, nullable: true })
  employerUscc?: string | null;

  /** 政府采购品目 codes the expert may evaluate, e.g. A02010104. */
  @Property({ type: 'text[]' })
  categoryCodes!: string[];
}
