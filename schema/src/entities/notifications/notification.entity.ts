import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';
import { NotificationPriority } from './notification-enums.js';

/**
 * A notice in one user's notification centre. Stores the template key and its variables, not
 * text, so the centre renders it in the language each request asks for.
 */
@Entity({ tableName: 'notification' })
@Unique({ name: 'notification_tenant_event_user_unique', properties: ['tenantId', 'eventId', 'userId'] })
@Index({ name: 'notification_tenant_user_created_index', properties: ['tenantId', 'userId', 'createdAt', 'id'] })
export class Notification extends TenantOwnedWithId {
  /** The outbox event that caused it. */
  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 64 })
  eventType!: string;

  @Property({ type: 'string', length: 64 })
  template!: string;

  @Property({ type: 'jsonb' })
  params!: Record<string, string>;

  /** storefront or tenant-admin. */
  @Property({ type: 'string', length: 16 })
  app!: string;

  /** Path inside that app. */
  @Property({ type: 'string', length: 255 })
  link!: string;

  @Enum({ items: () => NotificationPriority, nativeEnumName: 'notification_priority' })
  priority!: NotificationPriority;

  @Property({ type: 'boolean', default: false })
  mandatory: Opt<boolean> = false;

  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;
}
