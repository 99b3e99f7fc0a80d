import { Injectable } from '@nestjs/common';
import { type AppConfig, PushSubscription, type TenantContext } from '@zhengcai/schema';
import { InjectConfig } from '../platform/config/config.module.js';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { requireUser } from './notification-centre.service.js';

export interface PushSubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
}

const B64URL = /^[A-Za-z0-9_-]+$/;
const bytes = (s: string) => (B64URL.test(s) ? Buffer.from(s, 'base64url') : Buffer.alloc(0));

/** A browser's push subscription for the signed-in user; the same endpoint moves to whoever registers it last. */
@Injectable()
export class PushSubscriptions {
  constructor(private readonly db: TenantDb, @InjectConfig() private readonly config: AppConfig) {}

  register(ctx: TenantContext, input: PushSubscriptionInput): Promise<{ id: string; endpoint: string }> {
    const userId = requireUser(ctx);
    const problem = this.problem(input);
    if (problem) return Promise.reject(new AppError('PUSH_SUBSCRIPTION_INVALID', { field: problem }));
    return this.db.transaction(ctx, async (em, tx) => {
      let row = await em.findOne(PushSubscription, { endpoint: input.endpoint });
      if (row) Object.assign(row, { userId, p256dh: input.p256dh, auth: input.auth });
      else row = em.create(PushSubscription, { tenantId: ctx.tenantId, userId, endpoint: input.endpoint, p256dh: input.p256dh, auth: input.auth });
      await em.flush();
      tx.audit({ action: 'notifications.push-subscription.registered', subjectType: 'push_subscription', subjectId: row.id, change: { userId, origin: new URL(input.endpoint).origin } });
      return { id: row.id, endpoint: row.endpoint };
    });
  }

  private problem(input: PushSubscriptionInput): string | null {
    let url: URL;
    try {
      url = new URL(input.endpoint);
    } catch {
      return 'endpoint';
    }
    // Push services are https; plain http only for a local endpoint outside production.
    const local = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && this.config.NODE_ENV !== 'production';
    if ((url.protocol !== 'https:' && !local) || input.endpoint.length > 1024) return 'endpoint';
    const key = bytes(input.p256dh);
    if (key.length !== 65 || key[0] !== 0x04) return 'p256dh';
    if (bytes(input.auth).length !== 16) return 'auth';
    return null;
  }
}
