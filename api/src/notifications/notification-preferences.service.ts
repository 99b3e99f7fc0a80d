import { Injectable } from '@nestjs/common';
import { NotificationChannel, NotificationPreference, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { NOTIFICATION_CATALOGUE, noticeRule } from './notification-catalogue.js';
import { requireUser } from './notification-centre.service.js';

export interface PreferenceView {
  eventType: string;
  channel: NotificationChannel;
  enabled: boolean;
  /** Cannot be switched off: in-app always, every channel of a mandatory notice. */
  locked: boolean;
  mandatory: boolean;
}

/** Per-user choices per event type and channel; absent rows mean on. */
@Injectable()
export class NotificationPreferences {
  constructor(private readonly db: TenantDb) {}

  list(ctx: TenantContext): Promise<PreferenceView[]> {
    const userId = requireUser(ctx);
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(NotificationPreference, { userId });
      const chosen = new Map(rows.map((r) => [`${r.eventType}/${r.channel}`, r.enabled]));
      return Object.entries(NOTIFICATION_CATALOGUE).flatMap(([eventType, rule]) =>
        Object.values(NotificationChannel).map((channel) => {
          const locked = rule.mandatory || channel === NotificationChannel.InApp;
          return { eventType, channel, mandatory: rule.mandatory, locked, enabled: locked || (chosen.get(`${eventType}/${channel}`) ?? true) };
        }),
      );
    });
  }

  set(ctx: TenantContext, eventType: string, channel: NotificationChannel, enabled: boolean): Promise<PreferenceView> {
    const userId = requireUser(ctx);
    const rule = noticeRule(eventType);
    if (!rule) return Promise.reject(new AppError('NOTIFICATION_EVENT_TYPE_UNKNOWN', { field: 'eventType' }));
    if (channel === NotificationChannel.InApp && !enabled) return Promise.reject(new AppError('NOTIFICATION_IN_APP_ALWAYS_ON', { field: 'channel' }));
    if (rule.mandatory && !enabled) return Promise.reject(new AppError('NOTIFICATION_MANDATORY', { field: 'eventType' }));
    return this.db.transaction(ctx, async (em, tx) => {
      const row = await em.findOne(NotificationPreference, { userId, eventType, channel });
      if (row) row.enabled = enabled;
      else em.create(NotificationPreference, { tenantId: ctx.tenantId, userId, eventType, channel, enabled });
      tx.audit({ action: 'notifications.preference.set', subjectType: 'user_account', subjectId: userId, change: { eventType, channel, enabled } });
      const locked = rule.mandatory || channel === NotificationChannel.InApp;
      return { eventType, channel, enabled: locked || enabled, locked, mandatory: rule.mandatory };
    });
  }
}
