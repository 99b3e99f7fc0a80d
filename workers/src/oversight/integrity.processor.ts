import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { IntegritySources } from '@zhengcai/api/oversight/integrity/integrity-sources';
import { IntegrityStandings } from '@zhengcai/api/oversight/integrity/integrity-standings';
import { type JobProcessor, type JobWork, ProcessesJob } from '../runtime/job-processor.js';

type SupplierPayload = JobPayload<'integrity.recompute-supplier'>;
type TenantPayload = JobPayload<'integrity.recompute-tenant'>;

/** One supplier's score after an event was recorded or removed; running it twice gives the same standing. */
@Injectable()
@ProcessesJob('integrity.recompute-supplier')
export class RecomputeSupplierIntegrityProcessor implements JobProcessor<SupplierPayload> {
  constructor(private readonly standings: IntegrityStandings) {}

  async process({ ctx, payload, em, tx }: JobWork<SupplierPayload>) {
    const { changed } = await this.standings.recompute(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date(), payload.supplierId);
    return { changed: changed.length };
  }
}

/** Nightly, set-based over the tenant's suppliers: old events decay. */
@Injectable()
@ProcessesJob('integrity.recompute-tenant')
export class RecomputeTenantIntegrityProcessor implements JobProcessor<TenantPayload> {
  constructor(private readonly standings: IntegrityStandings) {}

  async process({ ctx, payload, em, tx }: JobWork<TenantPayload>) {
    const { suppliers, changed } = await this.standings.recompute(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
    return { suppliers, changed: changed.length };
  }
}

/** A supplier's order step (on-time confirmation or shipment, acceptance passed or failed). */
@Injectable()
@ProcessesJob('integrity.record-order-step')
export class RecordOrderStepProcessor implements JobProcessor<JobPayload<'integrity.record-order-step'>> {
  constructor(private readonly sources: IntegritySources) {}

  async process({ ctx, payload, em, tx }: JobWork<JobPayload<'integrity.record-order-step'>>) {
    return { recorded: (await this.sources.orderStep(em, tx, ctx, payload, new Date())) !== null };
  }
}

/** A forfeited bid deposit, or its reversal after an upheld challenge. */
@Injectable()
@ProcessesJob('integrity.record-deposit-forfeiture')
export class RecordDepositForfeitureProcessor implements JobProcessor<JobPayload<'integrity.record-deposit-forfeiture'>> {
  constructor(private readonly sources: IntegritySources) {}

  async process({ ctx, payload, em, tx }: JobWork<JobPayload<'integrity.record-deposit-forfeiture'>>) {
    const deposit = await this.sources.depositForfeiture(em, tx, ctx, payload.depositId);
    const winner = await this.sources.winnerForfeiture(em, tx, ctx, payload.depositId);
    return { ...deposit, refusedToSign: winner };
  }
}

/** A groundless challenge, a complaint that voided an award, or a contract the winner did not sign in time. */
@Injectable()
@ProcessesJob('integrity.record-tender-conduct')
export class RecordTenderConductProcessor implements JobProcessor<JobPayload<'integrity.record-tender-conduct'>> {
  constructor(private readonly sources: IntegritySources) {}

  async process({ ctx, payload, em, tx }: JobWork<JobPayload<'integrity.record-tender-conduct'>>) {
    return { recorded: (await this.sources.tenderConduct(em, tx, ctx, payload)) !== null };
  }
}
