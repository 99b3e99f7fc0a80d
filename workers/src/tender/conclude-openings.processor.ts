import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { OpeningService } from '@zhengcai/api/tender/opening/opening.service';
import { type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

type Payload = JobPayload<'tender.conclude-openings'>;

/**
 * Concludes one tenant's openings whose decryption window has ended. Each lot is concluded in
 * its own transaction and announced to the opening's watchers after it commits; a rerun finds
 * nothing left to do.
 */
@Injectable()
@ProcessesJob('tender.conclude-openings', { commits: 'own' })
export class ConcludeOpeningsProcessor implements OwnCommitProcessor<Payload> {
  constructor(private readonly opening: OpeningService) {}

  async process({ ctx, payload }: OwnCommitWork<Payload>) {
    await this.opening.concludeDue(ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}
