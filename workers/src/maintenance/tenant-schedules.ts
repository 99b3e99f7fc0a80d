import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { LOGGER, type Logger } from '@zhengcai/api/platform/logging/logging.module';
import { TEXT_VERSION } from '@zhengcai/api/catalog/search/text/segmenter';
import { SystemContexts } from '../runtime/system-contexts.js';

/** 03:30 in the tenant's own time zone: after midnight reports, before the working day. */
export const HOUSEKEEPING_CRON = '30 3 * * *';
/** New tenants get their schedules within this long. */
const SYNC_EVERY_MS = 10 * 60_000;

export const housekeepingSchedulerId = (tenantId: string) => `housekeeping-${tenantId}`;

/** 00:05 local: policy labels that expired at midnight stop counting at the start of the day. */
export const RANKING_CRON = '5 0 * * *';
export const rankingSchedulerId = (tenantId: string) => `ranking-${tenantId}`;
/** One catch-up per tenant and text analysis: every worker that starts asks, the queue keeps one. */
export const retokeniseJobId = (tenantId: string) => `retokenise-v${TEXT_VERSION}-${tenantId}`;

/** Every 10 minutes: pending payments and refunds are reconciled with the provider. */
export const PAYMENTS_RECONCILE_CRON = '*/10 * * * *';
export const paymentsReconcileSchedulerId = (tenantId: string) => `payments-reconcile-${tenantId}`;
/** Hourly at minute 7: order deadlines end at local midnight, so a missed one is acted on within the hour. */
export const ORDER_DEADLINES_CRON = '7 * * * *';
export const orderDeadlinesSchedulerId = (tenantId: string) => `order-deadlines-${tenantId}`;
/** Every 5 minutes: an opening's 30-minute decryption window is concluded at most 5 minutes late. */
export const OPENINGS_CRON = '*/5 * * * *';
export const openingsSchedulerId = (tenantId: string) => `openings-${tenantId}`;
/** Hourly at minute 17: tendering deadlines end at local midnight too; kept apart from the order sweep. */
export const MISSED_DEADLINES_CRON = '17 * * * *';
export const missedDeadlinesSchedulerId = (tenantId: string) => `missed-deadlines-${tenantId}`;

/** Every minute: a lot's bid deadline is acted on (流标 or opening) within a minute of passing. */
export const TENDER_DEADLINES_CRON = '* * * * *';
export const tenderDeadlinesSchedulerId = (tenantId: string) => `tender-deadlines-${tenantId}`;
/** Every 15 minutes: a lost event delays a refund by minutes, well inside the one-working-day target. */
export const DEPOSIT_REFUNDS_CRON = '*/15 * * * *';
export const depositRefundsSchedulerId = (tenantId: string) => `deposit-refunds-${tenantId}`;

/** 01:30 local: the nightly price inspection, after the day's price changes and before buyers arrive. */
export const PRICE_INSPECTION_CRON = '30 1 * * *';
export const priceInspectionSchedulerId = (tenantId: string) => `price-inspection-${tenantId}`;
/** Hourly at minute 27: correction deadlines end at local midnight; a missed one is delisted within the hour. */
export const PRICE_FINDINGS_CRON = '27 * * * *';
export const priceFindingsSchedulerId = (tenantId: string) => `price-findings-${tenantId}`;
/** 02:10 local on the 1st: last month's statistics report (and on 1 January last year's), before the 6th it is due by. */
export const STATISTICS_REPORTS_CRON = '10 2 1 * *';
export const statisticsReportsSchedulerId = (tenantId: string) => `statistics-reports-${tenantId}`;

/** 02:30 local: compliance checks after the day's orders and the nightly inspection. */
export const ORDER_SPLITTING_CRON = '30 2 * * *';
export const orderSplittingSchedulerId = (tenantId: string) => `order-splitting-${tenantId}`;
/** 02:45 local: every lot after opening again (deviation flags and reasons arrive during evaluation). */
export const COLLUSION_CRON = '45 2 * * *';
export const collusionSchedulerId = (tenantId: string) => `collusion-${tenantId}`;
/** 02:30 local: integrity scores decay overnight, after the price inspection's offences are recorded. */
export const INTEGRITY_CRON = '30 2 * * *';
export const integritySchedulerId = (tenantId: string) => `integrity-${tenantId}`;
/** Every minute: an inquiry's quote deadline is acted on (closed or failed) within a minute of passing. */
export const INQUIRY_DEADLINES_CRON = '* * * * *';
export const inquiryDeadlinesSchedulerId = (tenantId: string) => `inquiry-deadlines-${tenantId}`;

/** Every minute: an auction's end is decided within a minute (bids after the end are refused at once regardless). */
export const AUCTIONS_CRON = '* * * * *';
export const auctionsSchedulerId = (tenantId: string) => `auctions-${tenantId}`;
/** Deadline reminders (docs/notifications.md): every 15 minutes, so an hours offset fires within a quarter hour. */
export const REMINDERS_CRON = '*/15 * * * *';
export const remindersSchedulerId = (tenantId: string) => `reminders-${tenantId}`;

/**
 * Per-tenant BullMQ job schedulers. Upserting is idempotent, so every worker process may
 * sync at start and now and then without creating duplicates.
 */
@Injectable()
export class TenantSchedules implements BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly queues: JobQueues,
    private readonly contexts: SystemContexts,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Creates or updates every tenant's schedules; returns how many tenants were scheduled. */
  async sync(): Promise<number> {
    const tenants = await this.contexts.tenants();
    for (const tenant of tenants) {
      await this.queues.schedule(housekeepingSchedulerId(tenant.id), 'maintenance.housekeeping', { tenantId: tenant.id }, { pattern: HOUSEKEEPING_CRON, tz: tenant.timeZone });
      await this.queues.schedule(rankingSchedulerId(tenant.id), 'search.rank-tenant', { tenantId: tenant.id }, { pattern: RANKING_CRON, tz: tenant.timeZone });
      await this.queues.schedule(paymentsReconcileSchedulerId(tenant.id), 'payments.reconcile', { tenantId: tenant.id }, { pattern: PAYMENTS_RECONCILE_CRON, tz: tenant.timeZone });
      await this.queues.schedule(orderDeadlinesSchedulerId(tenant.id), 'mall.sweep-order-deadlines', { tenantId: tenant.id }, { pattern: ORDER_DEADLINES_CRON, tz: tenant.timeZone });
      await this.queues.schedule(openingsSchedulerId(tenant.id), 'tender.conclude-openings', { tenantId: tenant.id }, { pattern: OPENINGS_CRON, tz: tenant.timeZone });
      await this.queues.schedule(missedDeadlinesSchedulerId(tenant.id), 'tender.flag-missed-deadlines', { tenantId: tenant.id }, { pattern: MISSED_DEADLINES_CRON, tz: tenant.timeZone });
      await this.queues.schedule(tenderDeadlinesSchedulerId(tenant.id), 'tender.sweep-deadlines', { tenantId: tenant.id }, { pattern: TENDER_DEADLINES_CRON, tz: tenant.timeZone });
      await this.queues.schedule(depositRefundsSchedulerId(tenant.id), 'deposits.sweep-refunds', { tenantId: tenant.id }, { pattern: DEPOSIT_REFUNDS_CRON, tz: tenant.timeZone });
      await this.queues.schedule(priceInspectionSchedulerId(tenant.id), 'oversight.inspect-catalog', { tenantId: tenant.id }, { pattern: PRICE_INSPECTION_CRON, tz: tenant.timeZone });
      await this.queues.schedule(priceFindingsSchedulerId(tenant.id), 'oversight.sweep-price-findings', { tenantId: tenant.id }, { pattern: PRICE_FINDINGS_CRON, tz: tenant.timeZone });
      await this.queues.schedule(orderSplittingSchedulerId(tenant.id), 'oversight.detect-order-splitting', { tenantId: tenant.id }, { pattern: ORDER_SPLITTING_CRON, tz: tenant.timeZone });
      await this.queues.schedule(collusionSchedulerId(tenant.id), 'oversight.detect-collusion', { tenantId: tenant.id }, { pattern: COLLUSION_CRON, tz: tenant.timeZone });
      await this.queues.schedule(statisticsReportsSchedulerId(tenant.id), 'oversight.generate-statistics-report', { tenantId: tenant.id }, { pattern: STATISTICS_REPORTS_CRON, tz: tenant.timeZone });
      await this.queues.schedule(integritySchedulerId(tenant.id), 'integrity.recompute-tenant', { tenantId: tenant.id }, { pattern: INTEGRITY_CRON, tz: tenant.timeZone });
      await this.queues.schedule(auctionsSchedulerId(tenant.id), 'sourcing.sweep-auctions', { tenantId: tenant.id }, { pattern: AUCTIONS_CRON, tz: tenant.timeZone });
      await this.queues.schedule(inquiryDeadlinesSchedulerId(tenant.id), 'sourcing.close-inquiries', { tenantId: tenant.id }, { pattern: INQUIRY_DEADLINES_CRON, tz: tenant.timeZone });
      await this.queues.schedule(remindersSchedulerId(tenant.id), 'notifications.send-reminders', { tenantId: tenant.id }, { pattern: REMINDERS_CRON, tz: tenant.timeZone });
    }
    return tenants.length;
  }

  /**
   * Queues the catch-up of documents tokenised by an older text analysis for these tenants
   * (all by default). Its job id names the text version, so workers starting together, or
   * again while it waits or runs, queue it once.
   */
  async catchUpText(tenantIds?: readonly string[]): Promise<void> {
    for (const tenantId of tenantIds ?? (await this.contexts.tenants()).map((t) => t.id)) {
      await this.queues.enqueue('search.retokenise-tenant', { tenantId }, { jobId: retokeniseJobId(tenantId) });
    }
  }

  async start(): Promise<void> {
    if (this.timer) return;
    await this.sync();
    await this.catchUpText();
    this.timer = setInterval(() => {
      this.sync().catch((err: unknown) => this.logger.error({ err: (err as Error).message }, 'tenant schedule sync failed'));
    }, SYNC_EVERY_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  beforeApplicationShutdown(): void {
    this.stop();
  }
}
