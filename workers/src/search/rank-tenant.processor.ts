import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { SearchService } from '@zhengcai/api/catalog/search/search.service';
import { type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

/**
 * Recomputes one tenant's stored search ranks in a few set-based statements (policy tags
 * valid today, category medians, top sales). It runs in its own transaction (the job holds none):
 * the recompute is idempotent, so a redelivered job only finds nothing left to change. Then it
 * counts the province's common words, which the search uses to skip a walk that would be wasted.
 * First it re-tokenises documents written before the current text analysis (segmenter.ts,
 * `TEXT_VERSION`), a batch per transaction, so the count sees their new words.
 */
@Injectable()
@ProcessesJob('search.rank-tenant', { commits: 'own' })
export class RankTenantProcessor implements OwnCommitProcessor<JobPayload<'search.rank-tenant'>> {
  constructor(private readonly search: SearchService) {}

  async process({ ctx }: OwnCommitWork<JobPayload<'search.rank-tenant'>>) {
    const retokenised = await this.search.retokenise(ctx);
    const changed = await this.search.refreshRanks(ctx);
    return { retokenised, changed, commonWords: await this.search.countWords(ctx) };
  }
}
