import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { SearchService } from '@zhengcai/api/catalog/search/search.service';
import { type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

/**
 * Brings one tenant's documents up to the current text analysis (segmenter.ts, `TEXT_VERSION`),
 * a batch per transaction, and counts the province's common words again when any changed: the
 * new words (a product name now one token) need counts for the search to choose how to find
 * them. Queued once per tenant and text analysis when a worker starts (tenant-schedules.ts),
 * so it does not wait for the nightly rank job, which does the same first. A tenant with
 * nothing older costs one indexed look.
 */
@Injectable()
@ProcessesJob('search.retokenise-tenant', { commits: 'own' })
export class RetokeniseTenantProcessor implements OwnCommitProcessor<JobPayload<'search.retokenise-tenant'>> {
  constructor(private readonly search: SearchService) {}

  async process({ ctx }: OwnCommitWork<JobPayload<'search.retokenise-tenant'>>) {
    const retokenised = await this.search.retokenise(ctx);
    return { retokenised, commonWords: retokenised > 0 ? await this.search.countWords(ctx) : null };
  }
}
