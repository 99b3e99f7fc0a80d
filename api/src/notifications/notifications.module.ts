import { Module } from '@nestjs/common';
import { LiveModule } from '../platform/live/redis-feed.js';
import { EmailChannel } from './channels/email-channel.js';
import { PushChannel } from './channels/push-channel.js';
import { NotificationCentre } from './notification-centre.service.js';
import { NotificationDeliverer } from './notification-deliverer.js';
import { NotificationDeliveries } from './notification-deliveries.service.js';
import { NotificationDispatcher } from './notification-dispatcher.js';
import { NotificationPreferences } from './notification-preferences.service.js';
import { NotificationReminders } from './notification-reminders.js';
import { NotificationSettings } from './notification-settings.service.js';
import { PushSubscriptions } from './push-subscriptions.service.js';

/** One service per line: parallel work merges cleanly. */
const SERVICES = [
  EmailChannel,
  PushChannel,
  NotificationDispatcher,
  NotificationDeliverer,
  NotificationCentre,
  NotificationPreferences,
  PushSubscriptions,
  NotificationDeliveries,
  NotificationReminders,
  NotificationSettings,
];

/** Notifications: services for the API and the workers (docs/notifications.md). */
@Module({ imports: [LiveModule], providers: SERVICES, exports: SERVICES })
export class NotificationsModule {}
