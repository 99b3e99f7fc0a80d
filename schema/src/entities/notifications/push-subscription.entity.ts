import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/** A browser's Web Push subscription (RFC 8030 endpoint and RFC 8291 keys) for one user. */
@Entity({ tableName: 'push_subscription' })
@Unique({ name: 'push_subscription_tenant_endpoint_unique', properties: ['tenantId', 'endpoint'] })
@Index({ name: 'push_subscription_tenant_user_index', properties: ['tenantId', 'userId'] })
export class PushSubscription extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 1024 })
  endpoint!: string;

  /** The browser's P-256 public key, base64url. */
  @Property({ type: 'string', length: 128 })
  p256dh!: string;

  /** The 16-byte auth secret, base64url. */
  @Property({ type: 'string', length: 64 })
  auth!: string;
}
