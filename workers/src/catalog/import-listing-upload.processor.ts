import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { ListingUploadService } from '@zhengcai/api/catalog/bulk-upload/listing-upload.service';
import { type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

/**
 * Imports a bulk upload. The batches commit in their own transactions (progress shows while
 * the file is read), so the job holds no transaction and records its delivery after; a retry after a
 * crash resumes at the first batch not committed.
 */
@Injectable()
@ProcessesJob('catalog.import-listing-upload', { commits: 'own' })
export class ImportListingUploadProcessor implements OwnCommitProcessor<JobPayload<'catalog.import-listing-upload'>> {
  constructor(private readonly uploads: ListingUploadService) {}

  async process({ ctx, payload }: OwnCommitWork<JobPayload<'catalog.import-listing-upload'>>) {
    return { batches: await this.uploads.importPending(ctx, payload.uploadId) };
  }
}
