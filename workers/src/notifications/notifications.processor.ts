import { Injectable } from '@nestjs/common';
import { JobCatalogue, type JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { NotificationDeliverer } from '@zhengcai/api/notifications/notification-deliverer';
import { NotificationDispatcher } from '@zhengcai/api/notifications/notification-dispatcher';
import { NotificationReminders } from '@zhengcai/api/notifications/notification-reminders';
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

/** Every 15 minutes per tenant: reminds of deadlines coming up, once per deadline and offset. */
@Injectable()
@ProcessesJob('notifications.send-reminders')
export class SendRemindersProcessor implements JobProcessor<JobPayload<'notifications.send-reminders'>> {
  constructor(private readonly reminders: NotificationReminders) {}

  process({ ctx, payload, em, tx }: JobWork<JobPayload<'notifications.send-reminders'>>) {
    return this.reminders.sweep(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}
