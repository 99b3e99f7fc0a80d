import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { OrderDeadlineService } from '@zhengcai/api/mall/orders/order-deadline.service';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

type Payload = JobPayload<'mall.sweep-order-deadlines'>;

/** The hourly deadline sweep of one tenant's orders. */
@Injectable()
@ProcessesJob('mall.sweep-order-deadlines')
export class OrderDeadlinesProcessor implements JobProcessor<Payload> {
  constructor(private readonly deadlines: OrderDeadlineService) {}

  process({ ctx, payload, em, tx }: JobWork<Payload>) {
    return this.deadlines.sweep(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}
