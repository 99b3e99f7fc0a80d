import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedWithId } from '../base.js';

/** The channel the outbox trigger notifies, with the tenant id as payload. */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * A domain event written in the business transaction that caused it. The relay turns it
 * into a job (job id = event id) after commit and stamps `publishedAt`; nothing is lost
 * when a process dies between commit and enqueue.
 */
@Entity({
  tableName: 'outbox_event',
  triggers: [
    {
      // Wakes a listening relay at commit; polling still catches anything a listener missed.
      name: 'outbox_event_notify',
      timing: 'after',
      events: ['insert'],
      forEach: 'row',
      body: `perform pg_notify('${OUTBOX_CHANNEL}', new.tenant_id::text); return null;`,
    },
  ],
})
@Index({ name: 'outbox_event_tenant_pending_idx', properties: ['tenantId', 'publishedAt', 'id'] })
export class OutboxEvent extends TenantOwnedWithId {
  /** Dotted event type, e.g. `tenant.settings.changed`; the job catalogue maps it to a job. */
  @Property({ type: 'string', length: 128 })
  type!: string;

  /** The event's payload, without the tenant (that is the row's tenant_id). */
  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** The request that caused the event, to correlate logs of the request and the job. */
  @Property({ type: 'string', length: 64 })
  requestId!: string;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  /**
   * Why the relay could not turn the row into a job (unknown type, payload no longer valid).
   * Such a row is left aside, not retried, until an operator fixes it and clears this.
   */
  @Property({ type: 'text', nullable: true })
  relayError?: string | null;
}
