import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { NotificationChannel } from './notification-enums.js';

/** A user's choice for one event type and channel; absent means on. */
@Entity({ tableName: 'notification_preference' })
@Unique({ name: 'notification_preference_tenant_user_type_channel_unique', properties: ['tenantId', 'userId', 'eventType', 'channel'] })
export class NotificationPreference extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 64 })
  eventType!: string;

  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Property({ type: 'boolean' })
  enabled!: boolean;
}
