import { Injectable } from '@nestjs/common';
import { OutboxEvent, ProcessedJob, RefreshToken } from '@zhengcai/schema';
import { type JobPayload, OUTBOX_RETENTION_DAYS, PROCESSED_JOB_RETENTION_DAYS } from '@zhengcai/api/platform/jobs/job-catalogue';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

const DAY_MS = 86_400_000;

/**
 * An expired refresh token can no longer be spent, so its row only serves a reuse check that
 * expiry already answers; a day's grace keeps clock skew harmless.
 */
const EXPIRED_TOKEN_GRACE_DAYS = 1;

/**
 * Keeps a tenant's outbox, processed-job record and expired refresh tokens from growing without end. Processed-job
 * records outlive completed jobs in Redis (7 days), so a late redelivery is still recognised.
 */
@Injectable()
@ProcessesJob('maintenance.housekeeping')
export class HousekeepingProcessor implements JobProcessor<JobPayload<'maintenance.housekeeping'>> {
  async process({ em }: JobWork<JobPayload<'maintenance.housekeeping'>>) {
    const now = Date.now();
    const outboxPruned = await em.nativeDelete(OutboxEvent, { publishedAt: { $lt: new Date(now - OUTBOX_RETENTION_DAYS * DAY_MS) } });
    const processedPruned = await em.nativeDelete(ProcessedJob, { createdAt: { $lt: new Date(now - PROCESSED_JOB_RETENTION_DAYS * DAY_MS) } });
    const refreshTokensPruned = await em.nativeDelete(RefreshToken, { expiresAt: { $lt: new Date(now - EXPIRED_TOKEN_GRACE_DAYS * DAY_MS) } });
    return { outboxPruned, processedPruned, refreshTokensPruned };
  }
}
