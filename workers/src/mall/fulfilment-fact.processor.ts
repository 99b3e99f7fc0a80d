import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { FulfilmentFactsService } from '@zhengcai/api/mall/fulfilment/fulfilment-facts.service';
import { IntegritySources } from '@zhengcai/api/oversight/integrity/integrity-sources';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

type Payload = JobPayload<'integrity.record-fulfilment-fact'>;

/** A missed order deadline becomes a fulfilment fact and, for the supplier's, an integrity event. */
@Injectable()
@ProcessesJob('integrity.record-fulfilment-fact')
export class FulfilmentFactProcessor implements JobProcessor<Payload> {
  constructor(
    private readonly facts: FulfilmentFactsService,
    private readonly integrity: IntegritySources,
  ) {}

  async process({ ctx, payload, em, tx }: JobWork<Payload>) {
    const at = new Date();
    const recorded = await this.facts.recordMissedDeadline(em, ctx, { ...payload, occurredAt: at });
    // The supplier's missed confirmation or shipment also lowers its integrity score.
    const integrityEvent = (await this.integrity.missedDeadline(em, tx, ctx, payload, at)) !== null;
    return { recorded, integrityEvent };
  }
}
