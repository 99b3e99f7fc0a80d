import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/** A deadline reminder already sent: once per (deadline, offset). */
@Entity({ tableName: 'notification_reminder' })
@Unique({ name: 'notification_reminder_tenant_deadline_offset_unique', properties: ['tenantId', 'kind', 'subjectId', 'dueAt', 'offset'] })
export class NotificationReminder extends TenantOwnedWithId {
  /** order_confirm, price_finding, bid_opening. */
  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  /** The tenant's offset that fired, e.g. '24h' or '1d'. */
  @Property({ type: 'string', length: 8 })
  offset!: string;
}
