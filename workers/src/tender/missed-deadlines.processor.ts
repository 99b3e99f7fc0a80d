import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { TenderDeadlineService } from '@zhengcai/api/tender/award/tender-deadline.service';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

type Payload = JobPayload<'tender.flag-missed-deadlines'>;

/** The hourly sweep of one tenant's tendering deadlines. */
@Injectable()
@ProcessesJob('tender.flag-missed-deadlines')
export class MissedDeadlinesProcessor implements JobProcessor<Payload> {
  constructor(private readonly deadlines: TenderDeadlineService) {}

  process({ ctx, payload, em, tx }: JobWork<Payload>) {
    return this.deadlines.sweep(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}
