import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AppConfig, DeliveryState, Notification, NotificationChannel, NotificationDelivery, Tenant, type TenantContext, UserAccount } from '@zhengcai/schema';
import { InjectConfig } from '../platform/config/config.module.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { FailedAttempt } from '../platform/jobs/failed-attempt.js';
import { EmailChannel } from './channels/email-channel.js';
import type { OutgoingNotice } from './channels/outgoing-notice.js';
import { PushChannel } from './channels/push-channel.js';
import { nextDeliveryState } from './delivery-state-machine.js';
import { RedisFeed } from '../platform/live/redis-feed.js';
import { notificationChannel } from './notification-feed.js';
import { provinceUrl } from './province-url.js';

export interface DeliverAttempt {
  deliveryId: string;
  /** This try, from 1, and how many the job has: the last failure marks the delivery failed. */
  attempt: number;
  attempts: number;
}

const ERROR_MAX = 500;

/**
 * Sends one delivery. A delivery not pending (sent, skipped, failed) is left alone, so a
 * redelivered job never sends twice. A failure is recorded on the delivery after the job's
 * transaction rolls back (`FailedAttempt`), and the queue retries it with backoff.
 */
@Injectable()
export class NotificationDeliverer {
  constructor(
    private readonly email: EmailChannel,
    private readonly push: PushChannel,
    private readonly feed: RedisFeed,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async deliver(em: EntityManager, tx: TxEffects, ctx: TenantContext, a: DeliverAttempt): Promise<{ state: DeliveryState | 'missing' }> {
    const d = await em.findOne(NotificationDelivery, { id: a.deliveryId });
    if (!d) return { state: 'missing' };
    if (d.state !== DeliveryState.Pending) return { state: d.state };
    const notification = await em.findOneOrFail(Notification, { id: d.notificationId });
    const user = await em.findOneOrFail(UserAccount, { id: d.userId });
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId }, { fields: ['slug'] });
    const notice: OutgoingNotice = { notification, user, url: this.url(notification, tenant.slug) };
    let action: 'send' | 'skip' = 'send';
    try {
      if (d.channel === NotificationChannel.InApp) {
        // Only the id: each watcher's API process reads and renders it in that watcher's language.
        await this.feed.publish(notificationChannel(ctx.tenantId, user.id), { notificationId: notification.id });
      } else if (d.channel === NotificationChannel.Email) {
        await this.email.send(notice);
      } else if ((await this.push.send(em, notice)) === 0) {
        action = 'skip';
        d.skipReason = 'no_subscription';
      }
    } catch (err) {
      throw new FailedAttempt(err as Error, (failedEm, failedTx) => this.recordFailure(failedEm, failedTx, a, (err as Error).message));
    }
    d.state = nextDeliveryState(d.state, action);
    d.attempts += 1;
    if (action === 'send') d.sentAt = new Date();
    d.updatedAt = new Date();
    tx.audit({ action: `notifications.delivery.${action === 'send' ? 'sent' : 'skipped'}`, subjectType: 'notification_delivery', subjectId: d.id, change: { channel: d.channel, attempt: a.attempt } });
    return { state: d.state };
  }

  private async recordFailure(em: EntityManager, tx: TxEffects, a: DeliverAttempt, message: string): Promise<void> {
    const d = await em.findOne(NotificationDelivery, { id: a.deliveryId });
    if (!d || d.state !== DeliveryState.Pending) return;
    const last = a.attempt >= a.attempts;
    d.state = nextDeliveryState(d.state, last ? 'give_up' : 'record_failure');
    d.attempts += 1;
    d.lastError = message.slice(0, ERROR_MAX);
    d.updatedAt = new Date();
    tx.audit({ action: last ? 'notifications.delivery.failed' : 'notifications.delivery.attempt-failed', subjectType: 'notification_delivery', subjectId: d.id, change: { channel: d.channel, attempt: a.attempt, error: d.lastError } });
  }

  private url(n: Notification, slug: string): string {
    return provinceUrl(n.app === 'tenant-admin' ? this.config.TENANT_ADMIN_URL : this.config.STOREFRONT_URL, slug, n.link);
  }
}

