import type { Locale, Notification, NotificationDelivery } from '@zhengcai/schema';
import { render } from './notification-templates.js';

/** A notice as its reader sees it: rendered in the request's language. */
export interface NotificationView {
  id: string;
  eventType: string;
  title: string;
  body: string;
  app: string;
  link: string;
  priority: string;
  mandatory: boolean;
  read: boolean;
  createdAt: Date;
}

export function toNotificationView(n: Notification, locale: Locale): NotificationView {
  const text = render(n.template, locale, n.params);
  return {
    id: n.id, eventType: n.eventType, title: text.title, body: text.body, app: n.app, link: n.link, priority: n.priority,
    mandatory: n.mandatory, read: !!n.readAt, createdAt: n.createdAt,
  };
}

/** A delivery as operators see it. */
export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  userId: string;
  userName: string;
  channel: string;
  state: string;
  attempts: number;
  lastError: string | null;
  skipReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toDeliveryView(d: NotificationDelivery, eventType: string, userName: string): DeliveryView {
  return {
    id: d.id, eventId: d.eventId, eventType, userId: d.userId, userName, channel: d.channel, state: d.state, attempts: d.attempts,
    lastError: d.lastError ?? null, skipReason: d.skipReason ?? null, createdAt: d.createdAt, updatedAt: d.updatedAt,
  };
}
