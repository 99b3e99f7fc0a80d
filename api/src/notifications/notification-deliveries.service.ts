import { Injectable } from '@nestjs/common';
import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { DeliveryState, Notification, NotificationDelivery, type TenantContext, UserAccount } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { nextDeliveryState } from './delivery-state-machine.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../platform/pagination/keyset.js';
import { type DeliveryView, toDeliveryView } from './notification-view.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Operators' view of deliveries (what failed or is still waiting, oldest first), and sending a failed one again. */
@Injectable()
export class NotificationDeliveries {
  constructor(private readonly db: TenantDb) {}

  list(ctx: TenantContext, state: DeliveryState, page: PageRequest): Promise<Connection<DeliveryView>> {
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    const after = cursor ? { at: new Date(String(cursor[0])), id: String(cursor[1]) } : undefined;
    if (after && (Number.isNaN(after.at.getTime()) || !UUID.test(after.id))) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        NotificationDelivery,
        after ? { state, $or: [{ createdAt: { $gt: after.at } }, { createdAt: after.at, id: { $gt: after.id } }] } : { state },
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: first + 1 },
      );
      const view = await viewer(em, rows.slice(0, first));
      return toConnection(rows, first, (r) => [r.createdAt.toISOString(), r.id], view);
    });
  }

  /**
   * Sends a failed delivery again (after the address or the mail server was put right): back to
   * pending, audited, and a fresh `notifications.deliver` job through the outbox with the full
   * number of tries. Only a failed delivery can be resent, so a sent notice never goes out twice.
   */
  resend(ctx: TenantContext, id: string): Promise<DeliveryView> {
    if (!UUID.test(id)) throw new AppError('NOTIFICATION_DELIVERY_NOT_FOUND');
    return this.db.transaction(ctx, async (em, tx) => {
      const d = await em.findOne(NotificationDelivery, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!d) throw new AppError('NOTIFICATION_DELIVERY_NOT_FOUND');
      d.state = nextDeliveryState(d.state, 'retry');
      d.updatedAt = new Date();
      tx.audit({ action: 'notifications.delivery.resent', subjectType: 'notification_delivery', subjectId: d.id, change: { channel: d.channel, attempts: d.attempts, lastError: d.lastError ?? null } });
      tx.publish(domainEvent('notifications.delivery.queued', { deliveryId: d.id }));
      return (await viewer(em, [d]))(d);
    });
  }
}

/** Views of deliveries with their notice's kind and the recipient's name, read in two queries. */
async function viewer(em: EntityManager, deliveries: readonly NotificationDelivery[]): Promise<(d: NotificationDelivery) => DeliveryView> {
  const types = new Map((await em.find(Notification, { id: { $in: deliveries.map((d) => d.notificationId) } }, { fields: ['eventType'] })).map((n) => [n.id, n.eventType]));
  const names = new Map((await em.find(UserAccount, { id: { $in: deliveries.map((d) => d.userId) } }, { fields: ['displayName'] })).map((u) => [u.id, u.displayName]));
  return (d) => toDeliveryView(d, types.get(d.notificationId) ?? '', names.get(d.userId) ?? '');
}
