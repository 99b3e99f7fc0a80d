import { Injectable } from '@nestjs/common';
import { OpeningFeed } from '../tender/opening/opening-feed.js';

/**
 * Live in-app notices through Redis, on the opening feed's mechanism (one subscriber
 * connection per process, fanned out to every watcher): one channel per user.
 */
@Injectable()
export class NotificationFeed extends OpeningFeed {
  static userChannel(tenantId: string, userId: string): string {
    return `notifications:${tenantId}:${userId}`;
  }
}
