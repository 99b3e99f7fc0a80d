import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Notification, NotificationChannel, NotificationDelivery, NotificationPreference, PushSubscription, Tenant, type TenantContext,
  UserAccount,
} from '@zhengcai/schema';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { EmailChannel } from './channels/email-channel.js';
import { PushChannel } from './channels/push-channel.js';
import { nextDeliveryState } from './delivery-state-machine.js';
import { type NoticeFormat, noticeRule, type Recipient } from './notification-catalogue.js';

export interface DispatchInput {
  eventId: string;
  eventType: string;
  event: Record<string, unknown>;
}

/** Language-neutral date and time in the tenant's zone: 2026-11-25 17:00. */
export function noticeFormat(timeZone: string): NoticeFormat {
  const f = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { dateTime: (at) => f.format(at) };
}

/**
 * Turns one domain event into notices, in the event's tenant transaction: every recipient
 * gets an in-app notice and one delivery per channel, keyed (event, user, channel). Pending
 * deliveries go out through the outbox (one notifications.deliver job each), so they are
 * sent only after this commits.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(private readonly email: EmailChannel, private readonly push: PushChannel) {}

  async dispatch(em: EntityManager, tx: TxEffects, ctx: TenantContext, input: DispatchInput): Promise<{ users: number; queued: number }> {
    const rule = noticeRule(input.eventType);
    if (!rule) return { users: 0, queued: 0 };
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const notice = await rule.resolve(em, input.event, noticeFormat(tenant.timeZone));
    if (!notice) return { users: 0, queued: 0 };
    const users = await recipients(em, notice.recipients);
    const already = new Set((await em.find(Notification, { eventId: input.eventId }, { fields: ['userId'] })).map((n) => n.userId));
    const fresh = users.filter((u) => !already.has(u.id));
    if (!fresh.length) return { users: 0, queued: 0 };

    const ids = fresh.map((u) => u.id);
    const off = new Set(
      (await em.find(NotificationPreference, { userId: { $in: ids }, eventType: input.eventType, enabled: false })).map((p) => `${p.userId}/${p.channel}`),
    );
    const subscribed = new Set((await em.find(PushSubscription, { userId: { $in: ids } }, { fields: ['userId'] })).map((s) => s.userId));
    let queued = 0;
    for (const user of fresh) {
      const n = em.create(Notification, {
        tenantId: ctx.tenantId, eventId: input.eventId, userId: user.id, eventType: input.eventType, template: notice.template ?? rule.template,
        params: notice.params, app: rule.app, link: notice.link, priority: rule.priority, mandatory: rule.mandatory,
      });
      for (const channel of Object.values(NotificationChannel)) {
        const d = em.create(NotificationDelivery, { tenantId: ctx.tenantId, eventId: input.eventId, userId: user.id, notificationId: n.id, channel });
        const skip = this.skipReason(channel, user, { mandatory: rule.mandatory, off: off.has(`${user.id}/${channel}`), subscribed: subscribed.has(user.id) });
        if (skip) {
          d.state = nextDeliveryState(d.state, 'skip');
          d.skipReason = skip;
        } else {
          tx.publish(domainEvent('notifications.delivery.queued', { deliveryId: d.id }));
          queued++;
        }
      }
    }
    tx.audit({ action: 'notifications.dispatched', subjectType: 'domain_event', subjectId: input.eventId, change: { eventType: input.eventType, users: ids, queued } });
    return { users: fresh.length, queued };
  }

  /** Why a channel is not used for this user, or null. In-app always goes; mandatory notices ignore preferences. */
  private skipReason(channel: NotificationChannel, user: UserAccount, o: { mandatory: boolean; off: boolean; subscribed: boolean }): string | null {
    if (channel === NotificationChannel.InApp) return null;
    if (o.off && !o.mandatory) return 'preference_off';
    if (channel === NotificationChannel.Email) return !this.email.enabled ? 'channel_off' : user.email ? null : 'no_email';
    return !this.push.enabled ? 'channel_off' : o.subscribed ? null : 'no_subscription';
  }
}

/** Active users of the named organisations holding one of the roles, and named users; all in this tenant (RLS). */
async function recipients(em: EntityManager, rules: readonly Recipient[]): Promise<UserAccount[]> {
  const byId = new Map<string, UserAccount>();
  for (const r of rules) {
    const users = 'userId' in r
      ? await em.find(UserAccount, { id: r.userId, active: true })
      : await em.find(UserAccount, { organisation: r.organisationId, active: true, roles: { $overlap: [...r.roles] } });
    for (const u of users) byId.set(u.id, u);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

