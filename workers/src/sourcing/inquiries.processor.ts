import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { InquiryCloseService } from '@zhengcai/api/sourcing/inquiry-close.service';
import { InvitationsService } from '@zhengcai/api/sourcing/invitations.service';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

/** The minute sweep of one tenant's inquiry deadlines. */
@Injectable()
@ProcessesJob('sourcing.close-inquiries')
export class CloseInquiriesProcessor implements JobProcessor<JobPayload<'sourcing.close-inquiries'>> {
  constructor(private readonly closing: InquiryCloseService) {}

  process({ ctx, payload, em, tx }: JobWork<JobPayload<'sourcing.close-inquiries'>>) {
    return this.closing.sweep(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}

/** One inquiry's invitations brought in line with it, after each of its events. */
@Injectable()
@ProcessesJob('sourcing.sync-invitations')
export class SyncInvitationsProcessor implements JobProcessor<JobPayload<'sourcing.sync-invitations'>> {
  constructor(private readonly invitations: InvitationsService) {}

  process({ ctx, payload, em }: JobWork<JobPayload<'sourcing.sync-invitations'>>) {
    return this.invitations.sync(em, ctx, payload.inquiryId);
  }
}
