import { Injectable } from '@nestjs/common';
import { JobCatalogue, type JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { FinancingDelivery } from '@zhengcai/api/financing/financing-delivery';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

/** Sends a financing application's signed package to its lender, once. */
@Injectable()
@ProcessesJob('financing.deliver-application')
export class DeliverFinancingApplicationProcessor implements JobProcessor<JobPayload<'financing.deliver-application'>> {
  constructor(private readonly delivery: FinancingDelivery, private readonly catalogue: JobCatalogue) {}

  process({ ctx, payload, em, tx, job }: JobWork<JobPayload<'financing.deliver-application'>>) {
    return this.delivery.deliver(em, tx, ctx, { applicationId: payload.applicationId, attempt: job.attempt, attempts: this.catalogue.job(job.name).attempts });
  }
}
