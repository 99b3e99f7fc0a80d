import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { DeadlineSweepService } from '@zhengcai/api/tender/deadline-sweep.service';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

type Payload = JobPayload<'tender.sweep-deadlines'>;

/** The per-minute bid-deadline sweep of one tenant's lots. */
@Injectable()
@ProcessesJob('tender.sweep-deadlines')
export class TenderDeadlinesProcessor implements JobProcessor<Payload> {
  constructor(private readonly sweep: DeadlineSweepService) {}

  process({ ctx, payload, em, tx }: JobWork<Payload>) {
    return this.sweep.sweep(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}
