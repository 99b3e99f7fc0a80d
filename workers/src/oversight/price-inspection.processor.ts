import { Inject, Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { LOGGER, type Logger } from '@zhengcai/api/platform/logging/logging.module';
import { InspectionService } from '@zhengcai/api/oversight/inspection/inspection.service';
import { PriceFindingSweep, PriceOffences } from '@zhengcai/api/oversight/inspection/price-finding-sweep';
import { ReferenceImportService } from '@zhengcai/api/oversight/inspection/reference-import.service';
import { AppError } from '@zhengcai/api/platform/errors/app-error';
import { IntegritySources } from '@zhengcai/api/oversight/integrity/integrity-sources';
import { type JobProcessor, type JobWork, type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

type CatalogPayload = JobPayload<'oversight.inspect-catalog'>;

/**
 * The catalogue inspection. Its batches commit in their own transactions (progress shows while
 * it runs), so the job holds no transaction of its own; a retry resumes the run.
 * The nightly run reads the tenant's price feed first, when one is set; a feed that fails is
 * logged and the run goes on with the references already stored.
 */
@Injectable()
@ProcessesJob('oversight.inspect-catalog', { commits: 'own' })
export class InspectCatalogProcessor implements OwnCommitProcessor<CatalogPayload> {
  constructor(
    private readonly inspection: InspectionService,
    private readonly imports: ReferenceImportService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async process({ ctx, payload }: OwnCommitWork<CatalogPayload>) {
    if (payload.runId) return { batches: await this.inspection.runPending(ctx, payload.runId), runId: payload.runId };
    await this.imports.importFeed(ctx).catch((err: unknown) => {
      if (err instanceof AppError && err.reason === 'PRICE_REFERENCE_FEED_NOT_CONFIGURED') return;
      this.logger.warn({ tenantId: ctx.tenantId, err: (err as Error).message }, 'price feed read failed; inspecting with stored references');
    });
    const run = await this.inspection.runScheduled(ctx, payload.asOf ? new Date(payload.asOf) : new Date());
    return { runId: run.id, done: run.done, findings: run.findings };
  }
}

/** One listing after a price change, in the job's transaction. */
@Injectable()
@ProcessesJob('oversight.inspect-listing')
export class InspectListingProcessor implements JobProcessor<JobPayload<'oversight.inspect-listing'>> {
  constructor(private readonly inspection: InspectionService) {}

  process({ ctx, payload, em, tx }: JobWork<JobPayload<'oversight.inspect-listing'>>) {
    return this.inspection.inspectListingIn(em, tx, ctx, payload.listingId, new Date());
  }
}

/** The hourly deadline sweep of price findings. */
@Injectable()
@ProcessesJob('oversight.sweep-price-findings')
export class SweepPriceFindingsProcessor implements JobProcessor<JobPayload<'oversight.sweep-price-findings'>> {
  constructor(private readonly sweep: PriceFindingSweep) {}

  process({ ctx, payload, em, tx }: JobWork<JobPayload<'oversight.sweep-price-findings'>>) {
    return this.sweep.sweep(em, tx, ctx, payload.asOf ? new Date(payload.asOf) : new Date());
  }
}

/** A confirmed price offence: counted for repeats, then recorded as an integrity event (once). */
@Injectable()
@ProcessesJob('integrity.record-price-offence')
export class RecordPriceOffenceProcessor implements JobProcessor<JobPayload<'integrity.record-price-offence'>> {
  constructor(
    private readonly offences: PriceOffences,
    private readonly sources: IntegritySources,
  ) {}

  async process({ ctx, payload, em, tx }: JobWork<JobPayload<'integrity.record-price-offence'>>) {
    const count = await this.offences.record(em, tx, ctx, payload.findingId);
    const eventId = await this.sources.priceOffence(em, tx, ctx, payload.findingId, count);
    return { ...count, recorded: eventId !== null };
  }
}
