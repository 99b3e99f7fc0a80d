import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { AuctionCloseService } from '@zhengcai/api/sourcing/auction/auction-close.service';
import { AuctionSweepService } from '@zhengcai/api/sourcing/auction/auction-sweep.service';
import { type JobProcessor, type JobWork, type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

type Sweep = JobPayload<'sourcing.sweep-auctions'>;
type Settle = JobPayload<'sourcing.settle-auction'>;

/**
 * The per-minute auction clock of one tenant: each auction starts or ends in its own
 * transaction and is announced to its room after commit; a rerun finds nothing left to do.
 */
@Injectable()
@ProcessesJob('sourcing.sweep-auctions', { commits: 'own' })
export class SweepAuctionsProcessor implements OwnCommitProcessor<Sweep> {
  constructor(private readonly sweep: AuctionSweepService) {}

  process({ ctx, payload }: OwnCommitWork<Sweep>) {
    return this.sweep.sweep(ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}

/**
 * An auction closed (awarded, failed or cancelled): deposits, settlement record and oversight
 * evidence, committed with the processed-job record. The auction's state decides, so a repeated
 * event does nothing more.
 */
@Injectable()
@ProcessesJob('sourcing.settle-auction')
export class SettleAuctionProcessor implements JobProcessor<Settle> {
  constructor(private readonly close: AuctionCloseService) {}

  process({ ctx, payload, em, tx }: JobWork<Settle>) {
    return this.close.close(em, tx, ctx, payload.auctionId, new Date());
  }
}
