import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { DepositRefunds } from '@zhengcai/api/deposits/deposit-refunds';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

type Outcome = JobPayload<'deposits.apply-tender-outcome'>;
type Sweep = JobPayload<'deposits.sweep-refunds'>;

/**
 * A lot's outcome (award, contract, failure, cancellation, withdrawal) reached us through the
 * outbox: refund what the lot's state now frees. The lot's state decides, not the trigger, so
 * a late or repeated event does no harm; the refunds commit with the processed-job record.
 */
@Injectable()
@ProcessesJob('deposits.apply-tender-outcome')
export class ApplyTenderOutcomeProcessor implements JobProcessor<Outcome> {
  constructor(private readonly refunds: DepositRefunds) {}

  process({ ctx, payload, em, tx }: JobWork<Outcome>) {
    return this.refunds.refundFreed(em, tx, ctx, new Date(), { lotId: payload.lotId, supplierId: payload.trigger === 'bid_withdrawn' ? payload.supplierId : undefined });
  }
}

/** The scheduled sweep: catches what a lost event missed and retries unanswered Alipay refunds. */
@Injectable()
@ProcessesJob('deposits.sweep-refunds')
export class SweepDepositRefundsProcessor implements JobProcessor<Sweep> {
  constructor(private readonly refunds: DepositRefunds) {}

  process({ ctx, payload, em, tx }: JobWork<Sweep>) {
    return this.refunds.refundFreed(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}
