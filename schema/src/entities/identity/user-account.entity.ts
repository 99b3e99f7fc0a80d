import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedWithId } from '../base.js';
import { Organisation } from './organisation.entity.js';
import { Role } from './roles.js';

/** A person who logs in to one tenant, as a member of one of its organisations. */
@Entity({ tableName: 'user_account' })
@Unique({ name: 'user_account_tenant_login_name_unique', properties: ['tenantId', 'loginName'] })
@Index({ name: 'user_account_tenant_organisation_index', properties: ['tenantId', 'organisation'] })
export class UserAccount extends TenantOwnedWithId {
  // No index of its own: every index leads with tenant_id (the tenant is the shard key).
  @ManyToOne({ entity: () => Organisation, index: false })
  organisation!: Organisation;

  /** Lower case; unique within the tenant. */
  @Property({ type: 'string', length: 64 })
  loginName!: string;

  @Property({ type: 'string', length: 64 })
  displayName!: string;

  /** argon2id, PHC string format. */
  @Property({ type: 'string', length: 255, lazy: true })
  passwordHash!: string;

  /** Where e-mail notices go; none means no e-mail. */
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Enum({ items: () => Role, array: true, nativeEnumName: 'user_role' })
  roles!: Role[];

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
