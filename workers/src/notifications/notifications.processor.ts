import { Injectable } from '@nestjs/common';
import { JobCatalogue, type JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { NotificationDeliverer } from '@zhengcai/api/notifications/notification-deliverer';
import { NotificationDispatcher } from '@zhengcai/api/notifications/notification-dispatcher';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

/** A notified domain event becomes in-app notices and queued deliveries, once per event. */
@Injectable()
@ProcessesJob('notifications.dispatch')
export class DispatchNotificationsProcessor implements JobProcessor<JobPayload<'notifications.dispatch'>> {
  constructor(private readonly dispatcher: NotificationDispatcher) {}

  process({ ctx, payload, em, tx }: JobWork<JobPayload<'notifications.dispatch'>>) {
    return this.dispatcher.dispatch(em, tx, ctx, payload);
  }
}

/** Sends one delivery; the last failed try marks it failed for operators. */
@Injectable()
@ProcessesJob('notifications.deliver')
export class DeliverNotificationProcessor implements JobProcessor<JobPayload<'notifications.deliver'>> {
  constructor(private readonly deliverer: NotificationDeliverer, private readonly catalogue: JobCatalogue) {}

  process({ ctx, payload, em, tx, job }: JobWork<JobPayload<'notifications.deliver'>>) {
    return this.deliverer.deliver(em, tx, ctx, { deliveryId: payload.deliveryId, attempt: job.attempt, attempts: this.catalogue.job(job.name).attempts });
  }
}
