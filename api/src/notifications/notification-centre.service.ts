import { Injectable } from '@nestjs/common';
import { Notification, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../platform/pagination/keyset.js';
import { RedisFeed } from '../platform/live/redis-feed.js';
import { notificationChannel } from './notification-feed.js';
import { type NotificationView, toNotificationView } from './notification-view.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MARK_READ_MAX = 100;

/** The signed-in user's own notices: only ever rows whose user is the caller. */
@Injectable()
export class NotificationCentre {
  constructor(private readonly db: TenantDb, private readonly feed: RedisFeed) {}

  /** Newest first. */
  list(ctx: TenantContext, filter: { unreadOnly?: boolean | null }, page: PageRequest): Promise<Connection<NotificationView>> {
    const userId = requireUser(ctx);
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    const after = cursor ? { at: new Date(String(cursor[0])), id: String(cursor[1]) } : undefined;
    if (after && (Number.isNaN(after.at.getTime()) || !UUID.test(after.id))) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const where = { userId, ...(filter.unreadOnly ? { readAt: null } : {}) };
      const rows = await em.find(
        Notification,
        after ? { $and: [where, { $or: [{ createdAt: { $lt: after.at } }, { createdAt: after.at, id: { $lt: after.id } }] }] } : where,
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
      );
      return toConnection(rows, first, (r) => [r.createdAt.toISOString(), r.id], (r) => toNotificationView(r, ctx.locale));
    });
  }

  unreadCount(ctx: TenantContext): Promise<number> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, (em) => em.count(Notification, { userId, readAt: null }));
  }

  /** Marks the given notices (or all) read; returns how many changed. Others' ids are simply not found. */
  markRead(ctx: TenantContext, input: { ids?: readonly string[] | null; all?: boolean | null }): Promise<number> {
    const userId = requireUser(ctx);
    const ids = input.ids ?? [];
    if (!!input.all === ids.length > 0 || ids.length > MARK_READ_MAX) return Promise.reject(new AppError('NOTIFICATION_IDS_OR_ALL', { field: 'ids' }));
    const bad = ids.findIndex((id) => !UUID.test(id));
    if (bad >= 0) return Promise.reject(new AppError('NOTIFICATION_IDS_OR_ALL', { field: `ids[${bad}]` }));
    return this.db.transaction(ctx, async (em, tx) => {
      const rows = await em.find(Notification, { userId, readAt: null, ...(input.all ? {} : { id: { $in: [...ids] } }) }, { fields: ['id'] });
      if (!rows.length) return 0;
      const now = new Date();
      await em.nativeUpdate(Notification, { id: { $in: rows.map((r) => r.id) }, userId }, { readAt: now });
      tx.audit({ action: 'notifications.read', subjectType: 'user_account', subjectId: userId, change: { count: rows.length, all: !!input.all } });
      return rows.length;
    });
  }

  /** New notices of the caller as they arrive (from any worker, through Redis). */
  async *watch(ctx: TenantContext): AsyncGenerator<NotificationView> {
    const userId = requireUser(ctx);
    const queue: string[] = [];
    let wake: (() => void) | undefined;
    const id = await this.feed.subscribe(notificationChannel(ctx.tenantId, userId), (payload) => {
      queue.push((payload as { notificationId: string }).notificationId);
      wake?.();
    });
    try {
      for (;;) {
        while (queue.length) {
          const notificationId = queue.shift()!;
          const row = await this.db.transaction(ctx, (em) => em.findOne(Notification, { id: notificationId, userId }));
          if (row) yield toNotificationView(row, ctx.locale);
        }
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = undefined;
      }
    } finally {
      this.feed.unsubscribe(id);
    }
  }
}

export function requireUser(ctx: TenantContext): string {
  if (!ctx.userId) throw new AppError('AUTHENTICATION_REQUIRED');
  return ctx.userId;
}
