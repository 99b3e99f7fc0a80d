import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import webpush from 'web-push';
import { type AppConfig, PushSubscription } from '@zhengcai/schema';
import { InjectConfig } from '../../platform/config/config.module.js';
import { render } from '../notification-templates.js';
import type { OutgoingNotice } from './outgoing-notice.js';

/** Push services answer these for a subscription that no longer exists. */
const GONE = new Set([404, 410]);

/** Web Push (RFC 8030/8291, VAPID RFC 8292) to each of the user's browsers. */
@Injectable()
export class PushChannel {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !!(this.config.VAPID_PUBLIC_KEY && this.config.VAPID_PRIVATE_KEY);
  }

  /** Sends to every subscription; drops the ones the push service says are gone. Returns how many got it. */
  async send(em: EntityManager, notice: OutgoingNotice): Promise<number> {
    const subscriptions = await em.find(PushSubscription, { userId: notice.user.id }, { orderBy: { createdAt: 'asc' } });
    const zh = render(notice.notification.template, 'zh-CN', notice.notification.params);
    const payload = JSON.stringify({ id: notice.notification.id, title: zh.title, body: zh.body, url: notice.url, priority: notice.notification.priority });
    let sent = 0;
    for (const s of subscriptions) {
      // web-push encrypts and signs; the request goes out with fetch (web-push itself speaks only https).
      const request = webpush.generateRequestDetails({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, payload, {
        vapidDetails: { subject: this.config.VAPID_SUBJECT, publicKey: this.config.VAPID_PUBLIC_KEY!, privateKey: this.config.VAPID_PRIVATE_KEY! },
        TTL: 24 * 3600,
        urgency: notice.notification.priority === 'high' ? 'high' : 'normal',
        contentEncoding: 'aes128gcm',
      });
      const res = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body ? new Uint8Array(request.body) : undefined,
        signal: AbortSignal.timeout(10_000),
      });
      if (GONE.has(res.status)) {
        em.remove(s);
        continue;
      }
      if (!res.ok) throw new Error(`push service answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
      sent++;
    }
    return sent;
  }
}
