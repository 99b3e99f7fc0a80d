import { Injectable } from '@nestjs/common';
import { DeliveryState, Notification, NotificationDelivery, type TenantContext, UserAccount } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../platform/pagination/keyset.js';
import { type DeliveryView, toDeliveryView } from './notification-view.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Operators' view of deliveries: what failed or is still waiting, oldest first. */
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
      const page = rows.slice(0, first);
      const types = new Map((await em.find(Notification, { id: { $in: page.map((d) => d.notificationId) } }, { fields: ['eventType'] })).map((n) => [n.id, n.eventType]));
      const names = new Map((await em.find(UserAccount, { id: { $in: page.map((d) => d.userId) } }, { fields: ['displayName'] })).map((u) => [u.id, u.displayName]));
      return toConnection(rows, first, (r) => [r.createdAt.toISOString(), r.id], (r) => toDeliveryView(r, types.get(r.notificationId) ?? '', names.get(r.userId) ?? ''));
    });
  }
}
