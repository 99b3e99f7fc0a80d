import { Injectable } from '@nestjs/common';
import { OutboxEvent, ProcessedJob } from '@zhengcai/schema';
import { type JobPayload, OUTBOX_RETENTION_DAYS, PROCESSED_JOB_RETENTION_DAYS } from '@zhengcai/api/platform/jobs/job-catalogue';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

const DAY_MS = 86_400_000;

/**
 * Keeps a tenant's outbox and processed-job record from growing without end. Processed-job
 * records outlive completed jobs in Redis (7 days), so a late redelivery is still recognised.
 */
@Injectable()
@ProcessesJob('maintenance.housekeeping')
export class HousekeepingProcessor implements JobProcessor<JobPayload<'maintenance.housekeeping'>> {
  async process({ em }: JobWork<JobPayload<'maintenance.housekeeping'>>) {
    const now = Date.now();
    const outboxPruned = await em.nativeDelete(OutboxEvent, { publishedAt: { $lt: new Date(now - OUTBOX_RETENTION_DAYS * DAY_MS) } });
    const processedPruned = await em.nativeDelete(ProcessedJob, { createdAt: { $lt: new Date(now - PROCESSED_JOB_RETENTION_DAYS * DAY_MS) } });
    return { outboxPruned, processedPruned };
  }
}
