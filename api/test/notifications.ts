import { createECDH, randomBytes } from 'node:crypto';
import { newId } from '@zhengcai/schema';
import { asOwner } from './tenants.js';

/** An unread in-app notice of a new order for a user, with its in-app delivery in `deliveryState`. */
export async function insertNotification(tenantId: string, userId: string, deliveryState: 'sent' | 'failed' | 'pending' = 'sent'): Promise<{ notificationId: string; deliveryId: string }> {
  const notificationId = newId();
  const deliveryId = newId();
  const eventId = newId();
  await asOwner(tenantId, async (c) => {
    await c.query(
      `insert into notification (id, tenant_id, event_id, user_id, event_type, template, params, app, link, priority)
       values ($1, $2, $3, $4, 'mall.order.placed', 'mall.order.placed', $5, 'storefront', $6, 'high')`,
      [notificationId, tenantId, eventId, userId, JSON.stringify({ orderNo: `DD${notificationId.slice(-6)}`, buyerName: '测试单位', total: '1.00', dueAt: '2026-12-01 17:00' }), `/supplier/orders/${newId()}`],
    );
    await c.query(
      `insert into notification_delivery (id, tenant_id, event_id, user_id, notification_id, channel, state, attempts, last_error) values ($1, $2, $3, $4, $5, 'email', $6, 2, $7)`,
      [deliveryId, tenantId, eventId, userId, notificationId, deliveryState, deliveryState === 'failed' ? 'mailbox unavailable' : null],
    );
  });
  return { notificationId, deliveryId };
}

/** A browser push subscription of a user. */
export async function insertPushSubscription(tenantId: string, userId: string): Promise<{ id: string; endpoint: string; p256dh: string; auth: string }> {
  const ecdh = createECDH('prime256v1');
  const row = { id: newId(), endpoint: `https://push.example.cn/${newId()}`, p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') };
  await asOwner(tenantId, (c) => c.query(`insert into push_subscription (id, tenant_id, user_id, endpoint, p256dh, auth) values ($1, $2, $3, $4, $5, $6)`, [row.id, tenantId, userId, row.endpoint, row.p256dh, row.auth]));
  return row;
}

export async function notificationRow(tenantId: string, id: string): Promise<{ read_at: Date | null } | undefined> {
  return asOwner(tenantId, async (c) => (await c.query(`select read_at from notification where id = $1`, [id])).rows[0]);
}

export async function preferenceCount(tenantId: string): Promise<number> {
  return asOwner(tenantId, async (c) => (await c.query(`select count(*)::int as n from notification_preference`)).rows[0].n as number);
}

export async function pushSubscriptionRow(tenantId: string, id: string): Promise<{ user_id: string; p256dh: string } | undefined> {
  return asOwner(tenantId, async (c) => (await c.query(`select user_id, p256dh from push_subscription where id = $1`, [id])).rows[0]);
}
