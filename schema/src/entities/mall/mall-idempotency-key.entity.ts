import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/**
 * A client's idempotency key (Stripe semantics), scoped to the user: written in the order's
 * transaction, so a concurrent duplicate waits on the unique key until the first commits.
 */
@Entity({ tableName: 'mall_idempotency_key' })
@Unique({ name: 'mall_idempotency_key_tenant_user_key_unique', properties: ['tenantId', 'userId', 'key'] })
export class MallIdempotencyKey extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 128 })
  key!: string;

  /** SHA-256 of the operation and its canonical input. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'uuid[]' })
  orderIds!: string[];
}
