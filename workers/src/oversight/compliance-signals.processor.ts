import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { ComplianceChecks } from '@zhengcai/api/oversight/signals/compliance-checks';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

type SplittingPayload = JobPayload<'oversight.detect-order-splitting'>;
type CollusionPayload = JobPayload<'oversight.detect-collusion'>;

/** The nightly order-splitting check, in the job's transaction. */
@Injectable()
@ProcessesJob('oversight.detect-order-splitting')
export class DetectOrderSplittingProcessor implements JobProcessor<SplittingPayload> {
  constructor(private readonly checks: ComplianceChecks) {}

  process({ ctx, payload, em, tx }: JobWork<SplittingPayload>) {
    return this.checks.orderSplittingIn(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}

/** The tender hints: one lot after its opening, or every lot after opening (nightly). */
@Injectable()
@ProcessesJob('oversight.detect-collusion')
export class DetectCollusionProcessor implements JobProcessor<CollusionPayload> {
  constructor(private readonly checks: ComplianceChecks) {}

  process({ ctx, payload, em, tx }: JobWork<CollusionPayload>) {
    return this.checks.tendersIn(em, tx, ctx, payload.lotId ?? null);
  }
}
