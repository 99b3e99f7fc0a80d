import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { FulfilmentFactsService } from '@zhengcai/api/mall/fulfilment/fulfilment-facts.service';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

type Payload = JobPayload<'integrity.record-fulfilment-fact'>;

/** A missed order deadline becomes a fulfilment fact for integrity scoring. */
@Injectable()
@ProcessesJob('integrity.record-fulfilment-fact')
export class FulfilmentFactProcessor implements JobProcessor<Payload> {
  constructor(private readonly facts: FulfilmentFactsService) {}

  async process({ ctx, payload, em }: JobWork<Payload>) {
    const recorded = await this.facts.recordMissedDeadline(em, ctx, { ...payload, occurredAt: new Date() });
    return { recorded };
  }
}
