import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { PaymentService } from '@zhengcai/api/payments/payment.service';
import { type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

/**
 * Reconciles a tenant's pending payments and refunds with the provider. The provider calls
 * happen outside any transaction (PaymentService opens its own, one item at a time);
 * every step is idempotent, so a repeated or overlapping run does no harm.
 */
@Injectable()
@ProcessesJob('payments.reconcile', { commits: 'own' })
export class PaymentsReconcileProcessor implements OwnCommitProcessor<JobPayload<'payments.reconcile'>> {
  constructor(private readonly payments: PaymentService) {}

  async process({ ctx }: OwnCommitWork<JobPayload<'payments.reconcile'>>) {
    return this.payments.reconcile(ctx);
  }
}
