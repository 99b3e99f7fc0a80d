import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BigIntType } from '@mikro-orm/core';
import { TenantOwnedWithId } from '../base.js';

/**
 * The latest link of a tenant's audit chain. Writers lock this row as the last step of
 * their transaction, which serialises one tenant's appends into one linear chain; the
 * verifier compares it with the last entry, so deleting entries from the end shows.
 */
@Entity({ tableName: 'audit_chain_head' })
@Unique({ name: 'audit_chain_head_tenant_unique', properties: ['tenantId'] })
export class AuditChainHead extends TenantOwnedWithId {
  /** Seq of the last entry; 0 before the first. */
  @Property({ type: new BigIntType('number') })
  seq!: number;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
