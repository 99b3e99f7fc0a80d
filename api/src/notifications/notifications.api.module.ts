import { Module } from '@nestjs/common';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationsModule } from './notifications.module.js';

/** The GraphQL face of notifications; only the API loads it. */
@Module({
  imports: [NotificationsModule],
  providers: [
    NotificationResolver,
  ],
})
export class NotificationsApiModule {}
