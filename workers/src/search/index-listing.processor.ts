import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { ListingIndexingService } from '@zhengcai/api/catalog/listings/listing-indexing.service';
import { type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

/**
 * Re-reads the listing after its change committed and upserts or removes its search document.
 * Reading the current state (not the event's) makes a late or repeated job harmless.
 */
@Injectable()
@ProcessesJob('search.index-listing', { commits: 'own' })
export class IndexListingProcessor implements OwnCommitProcessor<JobPayload<'search.index-listing'>> {
  constructor(private readonly indexing: ListingIndexingService) {}

  async process({ ctx, payload }: OwnCommitWork<JobPayload<'search.index-listing'>>) {
    return { outcome: await this.indexing.reindex(ctx, payload.listingId) };
  }
}
