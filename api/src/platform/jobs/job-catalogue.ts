import type { BackoffOptions, JobsOptions } from 'bullmq';
import { z } from 'zod';
import { type DomainEventInput, OrderDeadlineKind } from '@zhengcai/schema';

/**
 * Every background job the product runs, in one place: job name → queue → payload schema →
 * retries and backoff; and every domain event type → the job that handles it. The API and
 * the workers import this file; nothing enqueues a job that is not listed here.
 */

/**
 * One process type, many queues (ARCHITECTURE.md), plus `maintenance` for the platform's
 * own upkeep, so that pruning never waits behind a refund or a notification, and `imports`
 * for long file imports, so that a big upload never delays the jobs behind it.
 */
export const QUEUES = [
  'price-inspection',
  'ranking',
  'search-index',
  'integrity',
  'refunds',
  'notifications',
  'publication',
  'maintenance',
  'imports',
] as const;
export type QueueName = (typeof QUEUES)[number];

/** What every payload carries: the tenant the worker restores before touching data. */
export const tenantJobPayload = z.object({
  tenantId: z.uuid(),
  /** The request that caused the job, for correlating logs. */
  requestId: z.string().max(64).optional(),
});
export type TenantJobPayload = z.infer<typeof tenantJobPayload>;

/** A payload schema: the tenant fields plus the job's own. */
export function jobPayload<S extends z.ZodRawShape>(shape: S) {
  return tenantJobPayload.extend(shape);
}

export interface JobDefinition<Q extends QueueName = QueueName, P extends z.ZodType<TenantJobPayload> = z.ZodType<TenantJobPayload>> {
  readonly queue: Q;
  readonly payload: P;
  /** Total tries, the first included. */
  readonly attempts: number;
  readonly backoff: BackoffOptions;
  readonly description: string;
}

export function defineJob<const Q extends QueueName, const P extends z.ZodType<TenantJobPayload>>(definition: JobDefinition<Q, P>): JobDefinition<Q, P> {
  return definition;
}

/**
 * Completed jobs stay in Redis this long: while a job is stored, adding its id again is a
 * no-op, so a relay that re-sends an event within this window enqueues nothing. Past it,
 * the processed-job record in PostgreSQL still stops a second run.
 */
export const COMPLETED_JOB_RETENTION_SECONDS = 7 * 24 * 3600;

/** Published outbox rows and processed-job records are pruned after these many days. */
export const OUTBOX_RETENTION_DAYS = 7;
export const PROCESSED_JOB_RETENTION_DAYS = 30;

/**
 * What happened to a lot that may free its deposits: the award notice (non-winners), the
 * contract (the winner), a failed or cancelled lot (everyone), a withdrawal before the
 * deadline (that supplier, named by supplierId).
 */
export const TENDER_DEPOSIT_TRIGGERS = ['award_published', 'contract_signed', 'lot_failed', 'lot_cancelled', 'bid_withdrawn'] as const;
export type TenderDepositTrigger = (typeof TENDER_DEPOSIT_TRIGGERS)[number];

export const JOBS = {
  'maintenance.housekeeping': defineJob({
    queue: 'maintenance',
    payload: jobPayload({}),
    attempts: 5,
    backoff: { type: 'exponential', delay: 60_000 },
    description: `Nightly, per tenant: prunes outbox rows published more than ${OUTBOX_RETENTION_DAYS} days ago, processed-job records older than ${PROCESSED_JOB_RETENTION_DAYS} days, and refresh tokens expired more than a day ago.`,
  }),
  'search.index-listing': defineJob({
    queue: 'search-index',
    payload: jobPayload({ listingId: z.uuid() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Brings one listing's search document in line with the listing: upserted while on sale, removed otherwise.",
  }),
  'search.rank-tenant': defineJob({
    queue: 'ranking',
    payload: jobPayload({}),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: "Recomputes a tenant's stored search ranks set-based (policy tags valid today, category medians, sales): nightly, and after the ranking formula changes. Re-tokenises first any document written before the current text analysis.",
  }),
  'search.retokenise-tenant': defineJob({
    queue: 'ranking',
    payload: jobPayload({}),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: "Re-tokenises a tenant's documents written before the current text analysis and counts its common words again: once per tenant when a worker starts on a new text analysis, so an upgrade's new words apply within minutes instead of at the nightly rank.",
  }),
  'catalog.import-listing-upload': defineJob({
    queue: 'imports',
    payload: jobPayload({ uploadId: z.uuid() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Imports a supplier's bulk upload of listings batch by batch; a retry or a second delivery resumes where the last committed batch ended.",
  }),
  'payments.reconcile': defineJob({
    queue: 'refunds',
    payload: jobPayload({}),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: 'Every 10 minutes, per tenant: asks Alipay about pending payments older than 5 minutes (settles lost notifies, closes closed trades) and repeats refunds left pending, with the same out_request_no.',
  }),
  'mall.sweep-order-deadlines': defineJob({
    queue: 'notifications',
    // `asOf` lets a test (or an operator replaying a missed hour) fix the clock; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: 'Hourly, per tenant: cancels orders the supplier did not confirm in time (budget and stock returned) and marks late shipment and acceptance overdue; each missed deadline publishes mall.order.deadline-missed.',
  }),
  'integrity.record-fulfilment-fact': defineJob({
    queue: 'integrity',
    payload: jobPayload({ orderId: z.uuid(), party: z.enum(['supplier', 'buyer']), kind: z.enum(OrderDeadlineKind) }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Records that a party missed an order deadline, once per order and kind; the supplier's missed confirmation or shipment is also an integrity event.",
  }),
  'tender.conclude-openings': defineJob({
    queue: 'notifications',
    // `asOf` lets a test fix the clock; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: "Every 5 minutes, per tenant: concludes the openings whose decryption window (30 minutes after the bid deadline) has ended; bids still sealed count as not decrypted, and a lot with too few opened bids fails.",
  }),
  'tender.sweep-deadlines': defineJob({
    queue: 'publication',
    // `asOf` lets a test (or an operator replaying a missed run) fix the clock; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 10_000 },
    description: "Every minute, per tenant: lots in bidding whose bid deadline passed fail (流标, fewer live bids than they need; publishes tender.lot.failed) or move to opening; a project whose lots are all final completes.",
  }),
  'deposits.apply-tender-outcome': defineJob({
    queue: 'refunds',
    payload: jobPayload({ lotId: z.uuid(), trigger: z.enum(TENDER_DEPOSIT_TRIGGERS), supplierId: z.uuid().optional() }),
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Applies a lot's outcome to its bid deposits and guarantees: refunds (with interest) or releases those the outcome frees, once each.",
  }),
  'tender.flag-missed-deadlines': defineJob({
    queue: 'publication',
    // `asOf` fixes the clock for tests and replays; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: 'Hourly, per tenant: records missed tendering deadlines (award notices, challenge answers, complaint decisions, contract signing), once each; never moves a lot, and a lot held by a pending challenge, complaint or suspension is not counted late.',
  }),
  'deposits.sweep-refunds': defineJob({
    queue: 'refunds',
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Every 15 minutes, per tenant: refunds (with interest) every held deposit its lot's state frees, once each, and repeats Alipay refunds left without an answer (same out_request_no).",
  }),
  'oversight.inspect-catalog': defineJob({
    queue: 'price-inspection',
    // With runId: the run an operator started; without: the nightly run (asOf fixes its clock).
    payload: jobPayload({ runId: z.uuid().optional(), asOf: z.iso.datetime().optional() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    description: "Nightly, per tenant, and when an operator starts one: inspects every listing on sale against its reference prices set-based, in keyset batches that each commit the run's progress; a retry resumes after the last committed batch.",
  }),
  'oversight.inspect-listing': defineJob({
    queue: 'price-inspection',
    payload: jobPayload({ listingId: z.uuid() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: 'Inspects one listing after it went on sale or changed its price: raises a finding above tolerance, closes its live finding when the price is back within it.',
  }),
  'oversight.sweep-price-findings': defineJob({
    queue: 'price-inspection',
    // `asOf` fixes the clock for tests and replays; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: 'Hourly, per tenant: delists (reason inspection) the listings whose open price finding passed its working-day deadline, once each, publishing oversight.price-offence.confirmed; closes live findings of listings no longer on sale.',
  }),
  'integrity.record-price-offence': defineJob({
    queue: 'integrity',
    payload: jobPayload({ findingId: z.uuid() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Records a confirmed price offence (a listing delisted by inspection) as an integrity event, once; a repeat offence (inspection.repeatOffenceCount in the window) weighs more.",
  }),
  'integrity.recompute-supplier': defineJob({
    queue: 'integrity',
    // `asOf` fixes the clock for tests and replays; absent, now.
    payload: jobPayload({ supplierId: z.uuid(), asOf: z.iso.datetime().optional() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Recomputes one supplier's integrity score and band from its effective events (idempotent); a changed score or band re-indexes its listings on sale.",
  }),
  'integrity.recompute-tenant': defineJob({
    queue: 'integrity',
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: "Nightly, per tenant: recomputes every supplier's integrity score set-based, so old events decay.",
  }),
  'integrity.record-order-step': defineJob({
    queue: 'integrity',
    payload: jobPayload({ orderId: z.uuid(), step: z.enum(['confirm', 'ship', 'accept', 'refuse_acceptance']), onTime: z.boolean() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Records a supplier's order step for its integrity (confirmed or shipped on time, acceptance passed or failed), once per order and kind.",
  }),
  'integrity.record-deposit-forfeiture': defineJob({
    queue: 'integrity',
    payload: jobPayload({ depositId: z.uuid() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: 'Records a forfeited bid deposit for the supplier\'s integrity, once; removes it again when finance upholds the supplier\'s challenge.',
  }),
  'integrity.record-tender-conduct': defineJob({
    queue: 'integrity',
    // subjectId: the challenge (groundless), the complaint (upheld against the winner), the contract (signing refused) or the award (declined).
    payload: jobPayload({ fact: z.enum(['challenge_groundless', 'complaint_upheld', 'refused_to_sign', 'withdrawn_after_winning']), subjectId: z.uuid() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Records a supplier's tender conduct for its integrity, once per lot and supplier: a challenge answered as groundless, a complaint upheld that voids its award, a contract it did not sign in time, an award it declined.",
  }),
  'oversight.detect-order-splitting': defineJob({
    queue: 'price-inspection',
    // `asOf` fixes the clock for tests and replays; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: "Nightly, per tenant: finds purchasing units whose one-click orders of one category in the period (quarter or year) add up to the public-tender threshold (化整为零) and raises or refreshes a compliance signal for each.",
  }),
  'oversight.detect-collusion': defineJob({
    queue: 'price-inspection',
    // With lotId: the lot whose opening just concluded; without: every lot after opening (nightly).
    payload: jobPayload({ lotId: z.uuid().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 30_000 },
    description: "After a lot's opening, and nightly for every lot after opening: raises compliance signals for bids from one IP or device, identical documents, prices in a pattern, the same person behind several suppliers, and experts flagged by the deviation analysis.",
  }),
  'oversight.generate-statistics-report': defineJob({
    // Long file work, kept off the queues whose jobs people wait for.
    queue: 'imports',
    // With reportId: the report finance asked for; without: the schedule's (asOf fixes its clock).
    payload: jobPayload({ reportId: z.uuid().optional(), asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: "Monthly on the 1st, per tenant: generates the previous month's statistics report (and in January the previous year's) once; on request, regenerates a report and replaces its file.",
  }),
  'sourcing.sweep-auctions': defineJob({
    queue: 'publication',
    // `asOf` lets a test (or an operator replaying a missed run) fix the clock; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Every minute, per tenant: starts auctions whose start has come and ends those whose end (after anti-sniping extensions) has passed: the best valid bid wins (publishes sourcing.auction.awarded), none fails the auction. Bids after the end are refused by the API even before this runs.",
  }),
  'sourcing.settle-auction': defineJob({
    queue: 'refunds',
    // The award facts ride along for the award → order step (reverse auctions).
    payload: jobPayload({
      auctionId: z.uuid(), outcome: z.enum(['awarded', 'failed', 'cancelled']), direction: z.enum(['reverse', 'forward']).optional(),
      buyerOrganisationId: z.uuid().optional(), supplierOrganisationId: z.uuid().optional(), priceFen: z.string().regex(/^[0-9]+$/).optional(),
      quantity: z.number().int().positive().optional(), title: z.string().max(200).optional(), specification: z.string().max(2000).optional(),
    }),
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "After an auction closes: refunds every registration deposit except the winner's (once each, through the deposit refund path), counts the winner's towards the price and issues the settlement record (成交确认书), and records bid-origin and bid-timing signals for oversight. Idempotent.",
  }),
  'sourcing.close-inquiries': defineJob({
    queue: 'publication',
    // `asOf` lets a test (or an operator replaying a missed run) fix the clock; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 10_000 },
    description: 'Every minute, per tenant: online inquiries whose quote deadline passed are closed once each: quotes checked and ranked, the inquiry fails (too few valid quotes; budget released) or awaits the award.',
  }),
  'sourcing.sync-invitations': defineJob({
    queue: 'notifications',
    payload: jobPayload({ inquiryId: z.uuid() }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Keeps an inquiry's invitations (the suppliers' inboxes) in line with it, idempotently: invites the category's eligible suppliers on publication, shows each its outcome after the deadline and the award.",
  }),
  'notifications.dispatch': defineJob({
    queue: 'notifications',
    // The event as the outbox stored it; the notification catalogue knows its payload per type.
    payload: jobPayload({ eventId: z.uuid(), eventType: z.string().min(1).max(64), event: z.record(z.string(), z.unknown()) }),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    description: "Turns a domain event into notices: resolves its recipients in the event's tenant, writes each user's in-app notice and one delivery per (user, channel), once per event, user and channel.",
  }),
  'notifications.deliver': defineJob({
    queue: 'notifications',
    payload: jobPayload({ deliveryId: z.uuid() }),
    attempts: 6,
    backoff: { type: 'exponential', delay: 10_000 },
    description: 'Sends one pending e-mail or push delivery; a sent delivery is never sent again, each failure is recorded on it, and the last one marks it failed for operators.',
  }),
  'notifications.send-reminders': defineJob({
    queue: 'notifications',
    // `asOf` fixes the clock for tests and replays; absent, now.
    payload: jobPayload({ asOf: z.iso.datetime().optional() }),
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    description: "Every 15 minutes, per tenant: finds deadlines (order confirmation, price finding correction, bid opening) within the tenant's reminder offsets and sends one reminder per deadline and offset.",
  }),
  'financing.deliver-application': defineJob({
    queue: 'notifications',
    payload: jobPayload({ applicationId: z.uuid() }),
    attempts: 8,
    backoff: { type: 'exponential', delay: 10_000 },
    description: "Posts a financing application's signed contract data package to the lender's webhook, once per application; each failed attempt is recorded on the application and retried with backoff.",
  }),
} as const satisfies Record<string, JobDefinition>;

/** The job that turns events into notices (see NOTICE_EVENTS and NOTIFIED_EVENTS). */
export const NOTIFY_JOB = 'notifications.dispatch';

/**
 * Event types whose only consumer is the notification service, with their payloads. They map
 * to NOTIFY_JOB in EVENT_JOBS; their payload is checked here when they are published.
 */
export const NOTICE_EVENTS = {
  'mall.order.placed': z.object({ orderId: z.uuid() }),
  'oversight.price-finding.raised': z.object({ findingId: z.uuid() }),
  'tender.lot.opening-started': z.object({ lotId: z.uuid() }),
  'tender.panel.expert-drawn': z.object({ lotId: z.uuid(), memberId: z.uuid() }),
  'deposits.deposit.refunded': z.object({ depositId: z.uuid() }),
  'integrity.event.recorded': z.object({ integrityEventId: z.uuid() }),
  'notifications.reminder.due': z.object({ kind: z.enum(['order_confirm', 'price_finding', 'bid_opening']), subjectId: z.uuid(), dueAt: z.iso.datetime(), offset: z.string().max(8) }),
  'financing.application.approved': z.object({ applicationId: z.uuid() }),
  'financing.application.rejected': z.object({ applicationId: z.uuid() }),
} as const;

/** Event types that feed notifications besides their own job: the relay enqueues both. */
export const NOTIFIED_EVENTS = ['mall.order.step-completed', 'sourcing.inquiry.published'] as const;

/** Domain event type → the catalogued job that handles it (one job per event: job id = event id). */
export const EVENT_JOBS = {
  'search.ranking-changed': 'search.rank-tenant',
  'catalog.listing.changed': 'search.index-listing',
  'catalog.listing-upload.started': 'catalog.import-listing-upload',
  'mall.order.deadline-missed': 'integrity.record-fulfilment-fact',
  // Tender outcomes that free bid deposits (DOMAIN.md, Deposits and guarantees).
  'tender.lot.award-published': 'deposits.apply-tender-outcome',
  'tender.lot.contract-signed': 'deposits.apply-tender-outcome',
  'tender.lot.failed': 'deposits.apply-tender-outcome',
  'tender.lot.cancelled': 'deposits.apply-tender-outcome',
  'tender.bid.withdrawn': 'deposits.apply-tender-outcome',
  // Price inspection (docs/oversight.md).
  'catalog.listing.price-changed': 'oversight.inspect-listing',
  'oversight.inspection.requested': 'oversight.inspect-catalog',
  'oversight.price-offence.confirmed': 'integrity.record-price-offence',
  // Compliance signals (docs/oversight.md).
  'tender.lot.opening-concluded': 'oversight.detect-collusion',
  // Statistics reports (docs/oversight.md).
  'oversight.statistics-report.requested': 'oversight.generate-statistics-report',
  // Supplier integrity (docs/oversight.md).
  'integrity.supplier.changed': 'integrity.recompute-supplier',
  'mall.order.step-completed': 'integrity.record-order-step',
  'deposits.forfeiture.changed': 'integrity.record-deposit-forfeiture',
  'tender.challenge.found-groundless': 'integrity.record-tender-conduct',
  'tender.complaint.award-voided': 'integrity.record-tender-conduct',
  'tender.contract.signing-refused': 'integrity.record-tender-conduct',
  'tender.award.declined': 'integrity.record-tender-conduct',
  // Auctions (docs/sourcing.md): the award (reverse: what an order needs) and any other close.
  'sourcing.auction.awarded': 'sourcing.settle-auction',
  'sourcing.auction.closed': 'sourcing.settle-auction',
  // Online inquiry (docs/sourcing.md): the suppliers' inboxes follow every step.
  'sourcing.inquiry.published': 'sourcing.sync-invitations',
  'sourcing.inquiry.closed': 'sourcing.sync-invitations',
  'sourcing.inquiry.failed': 'sourcing.sync-invitations',
  'sourcing.inquiry.awarded': 'sourcing.sync-invitations',
  'sourcing.inquiry.cancelled': 'sourcing.sync-invitations',
  // Notices only (docs/notifications.md).
  'mall.order.placed': 'notifications.dispatch',
  'oversight.price-finding.raised': 'notifications.dispatch',
  'tender.lot.opening-started': 'notifications.dispatch',
  'tender.panel.expert-drawn': 'notifications.dispatch',
  'deposits.deposit.refunded': 'notifications.dispatch',
  'integrity.event.recorded': 'notifications.dispatch',
  'notifications.reminder.due': 'notifications.dispatch',
  'notifications.delivery.queued': 'notifications.deliver',
  // Contract financing (docs/financing.md): the package goes to the lender; its answers notify the supplier.
  'financing.application.submitted': 'financing.deliver-application',
  'financing.application.approved': 'notifications.dispatch',
  'financing.application.rejected': 'notifications.dispatch',
} as const satisfies Record<string, keyof typeof JOBS>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;
export type EventType = keyof typeof EVENT_JOBS;
/** What a service passes when it publishes an event: the job's payload without the tenant fields. */
export type EventPayload<E extends EventType> = E extends keyof typeof NOTICE_EVENTS
  ? z.input<(typeof NOTICE_EVENTS)[E]>
  : Omit<z.input<(typeof JOBS)[(typeof EVENT_JOBS)[E]]['payload']>, keyof TenantJobPayload>;

/** A typed domain event for `tx.publish(...)`. */
export function domainEvent<E extends EventType>(type: E, payload: EventPayload<E>): DomainEventInput {
  return { type, payload: payload as Record<string, unknown> };
}

/** A job ready for BullMQ: validated payload, its queue and options. */
export interface PreparedJob {
  readonly queue: QueueName;
  readonly name: string;
  readonly data: TenantJobPayload & Record<string, unknown>;
  readonly opts: JobsOptions;
}

/** A job name, event type or payload the catalogue does not accept. Never worth retrying. */
export class CatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogueError';
  }
}

/**
 * A catalogue of jobs and events. The product's is `JOB_CATALOGUE`; tests extend it with jobs
 * of their own through the same machinery. Also the Nest injection token for the catalogue.
 */
export class JobCatalogue {
  constructor(
    readonly jobs: Readonly<Record<string, JobDefinition>>,
    readonly events: Readonly<Record<string, string>>,
    /** Notice-only event types and their payloads (they map to NOTIFY_JOB). */
    readonly notices: Readonly<Record<string, z.ZodType>> = {},
    /** Event types that also feed NOTIFY_JOB besides their own job. */
    readonly notified: readonly string[] = [],
  ) {
    for (const type of [...Object.keys(notices), ...notified]) {
      if (!Object.hasOwn(events, type)) throw new CatalogueError(`notified event ${type} is not in the event map`);
    }
    for (const [event, job] of Object.entries(events)) {
      if (!Object.hasOwn(jobs, job)) throw new CatalogueError(`event ${event} maps to ${job}, which is not a catalogued job`);
    }
    for (const [name, job] of Object.entries(jobs)) {
      if (!QUEUES.includes(job.queue)) throw new CatalogueError(`job ${name} names an unknown queue ${job.queue}`);
    }
  }

  extend(jobs: Record<string, JobDefinition>, events: Record<string, string> = {}): JobCatalogue {
    return new JobCatalogue({ ...this.jobs, ...jobs }, { ...this.events, ...events }, this.notices, this.notified);
  }

  job(name: string): JobDefinition {
    const job = Object.hasOwn(this.jobs, name) ? this.jobs[name] : undefined;
    if (!job) throw new CatalogueError(`${name} is not a catalogued job`);
    return job;
  }

  /** The job an event type maps to. */
  jobForEvent(type: string): string {
    const name = Object.hasOwn(this.events, type) ? this.events[type] : undefined;
    if (!name) throw new CatalogueError(`domain event ${type} maps to no catalogued job`);
    return name;
  }

  /** Queues that at least one job uses. */
  queues(): QueueName[] {
    return [...new Set(Object.values(this.jobs).map((j) => j.queue))];
  }

  /** Validates a payload (tenant included) against the job's schema. */
  parse(name: string, data: unknown): TenantJobPayload & Record<string, unknown> {
    const parsed = this.job(name).payload.safeParse(data);
    if (!parsed.success) throw new CatalogueError(`payload of ${name} is invalid: ${z.prettifyError(parsed.error)}`);
    return parsed.data as TenantJobPayload & Record<string, unknown>;
  }

  /** Options every job of this name is added with; `jobId` dedups while the job is stored. */
  options(name: string, jobId?: string): JobsOptions {
    const job = this.job(name);
    if (jobId?.includes(':')) throw new CatalogueError(`job id ${jobId} contains ':', which BullMQ refuses`);
    return {
      ...(jobId ? { jobId } : {}),
      attempts: job.attempts,
      backoff: job.backoff,
      removeOnComplete: { age: COMPLETED_JOB_RETENTION_SECONDS },
      // Failed jobs stay until an operator retries or removes them.
      removeOnFail: false,
    };
  }

  prepare(name: string, data: unknown, jobId?: string): PreparedJob {
    return { queue: this.job(name).queue, name, data: this.parse(name, data), opts: this.options(name, jobId) };
  }

  /**
   * Every job a committed outbox event becomes: its own job (job id = event id) and, for a
   * notified type, the notification dispatch (job id `notify-<event id>`). Notice-only types
   * become the dispatch alone.
   */
  prepareEventJobs(event: { id: string; tenantId: string; type: string; payload: Record<string, unknown>; requestId?: string }): PreparedJob[] {
    const own = this.jobForEvent(event.type);
    const jobs: PreparedJob[] = [];
    if (own !== NOTIFY_JOB) jobs.push(this.prepareEvent(event));
    if (own === NOTIFY_JOB || this.notified.includes(event.type)) {
      const schema = Object.hasOwn(this.notices, event.type) ? this.notices[event.type] : undefined;
      if (own === NOTIFY_JOB && !schema) throw new CatalogueError(`notice event ${event.type} has no payload schema`);
      const parsed = schema?.safeParse(event.payload);
      if (parsed && !parsed.success) throw new CatalogueError(`payload of ${event.type} is invalid: ${z.prettifyError(parsed.error)}`);
      const data = { tenantId: event.tenantId, requestId: event.requestId, eventId: event.id, eventType: event.type, event: event.payload };
      jobs.push(this.prepare(NOTIFY_JOB, data, `notify-${event.id}`));
    }
    return jobs;
  }

  /** The job a committed outbox event becomes: job id = event id. */
  prepareEvent(event: { id: string; tenantId: string; type: string; payload: Record<string, unknown>; requestId?: string }): PreparedJob {
    const name = this.jobForEvent(event.type);
    return this.prepare(name, { ...event.payload, tenantId: event.tenantId, requestId: event.requestId }, event.id);
  }
}

export const JOB_CATALOGUE = new JobCatalogue(JOBS, EVENT_JOBS, NOTICE_EVENTS, NOTIFIED_EVENTS);
