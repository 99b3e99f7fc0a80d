import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { DeliveryState, NotificationChannel } from './notification-enums.js';

/**
 * One (event, user, channel) send. The unique key makes a redelivered event create nothing
 * new, and a sent row is never sent again.
 */
@Entity({ tableName: 'notification_delivery' })
@Unique({ name: 'notification_delivery_tenant_event_user_channel_unique', properties: ['tenantId', 'eventId', 'userId', 'channel'] })
@Index({ name: 'notification_delivery_tenant_state_index', properties: ['tenantId', 'state', 'createdAt', 'id'] })
export class NotificationDelivery extends TenantOwnedWithId {
  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid' })
  notificationId!: string;

  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Enum({ items: () => DeliveryState, nativeEnumName: 'notification_delivery_state' })
  state: Opt<DeliveryState> = DeliveryState.Pending;

  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  /** Why it was skipped, e.g. 'preference_off', 'no_email'. */
  @Property({ type: 'string', length: 32, nullable: true })
  skipReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
