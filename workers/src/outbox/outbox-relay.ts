import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { type AppConfig, newId, OUTBOX_CHANNEL, OutboxEvent } from '@zhengcai/schema';
import { InjectConfig } from '@zhengcai/api/platform/config/config.module';
import { ChannelListener } from '@zhengcai/api/platform/database/channel-listener';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { CatalogueError, JobCatalogue, type PreparedJob } from '@zhengcai/api/platform/jobs/job-catalogue';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { LOGGER, type Logger } from '@zhengcai/api/platform/logging/logging.module';
import { SystemContexts } from '../runtime/system-contexts.js';

/** Rows claimed per transaction; small enough that locks are held only briefly. */
export const RELAY_BATCH = 100;

/**
 * Moves committed outbox rows into BullMQ with job id = event id, then marks them published.
 *
 * Row-level security stays on: the relay walks the tenants (the tenant table is public) and
 * claims each tenant's pending rows in that tenant's transaction with FOR UPDATE SKIP LOCKED,
 * so two relays never take the same row. A NOTIFY from the insert trigger wakes it for that
 * tenant; a periodic sweep of every tenant catches what no listener heard.
 *
 * WORKER_TENANTS narrows both to the provinces this process serves.
 *
 * A crash after the enqueue but before the commit leaves the row pending: the next pass adds
 * the same job id again, which BullMQ ignores while it still stores the job, and the worker's
 * processed-job record ignores after that.
 */
@Injectable()
export class OutboxRelay implements BeforeApplicationShutdown {
  private running = false;
  private listener?: ChannelListener;
  private pollTimer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;
  private readonly inFlight = new Map<string, Promise<number>>();
  private readonly again = new Set<string>();

  constructor(
    private readonly db: TenantDb,
    private readonly queues: JobQueues,
    private readonly catalogue: JobCatalogue,
    private readonly contexts: SystemContexts,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Listens for new events and sweeps every tenant now and every OUTBOX_POLL_MS. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.listener = new ChannelListener(this.config.DATABASE_URL, OUTBOX_CHANNEL, {
      notice: (tenantId) => this.heard(tenantId),
      // Whatever was committed while nobody listened is relayed at once.
      up: (again) => {
        if (again) this.sweepNow();
      },
      down: (err) => this.logger.warn({ err: err.message }, 'outbox listener lost; polling until it is back'),
    }, { applicationName: 'zc-outbox-relay' });
    await this.listener.start();
    this.poll(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.pollTimer);
    await this.listener?.close();
    this.listener = undefined;
    await Promise.allSettled([this.sweeping, ...this.inFlight.values()]);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** Relays every tenant's pending events; returns how many jobs were enqueued. */
  async sweep(): Promise<number> {
    let total = 0;
    for (const tenant of await this.contexts.tenants()) {
      try {
        total += await this.relayTenant(tenant.id);
      } catch (err) {
        // One tenant's trouble (Redis down, a lock timeout) must not stop the others.
        this.logger.error({ tenantId: tenant.id, err: (err as Error).message }, 'outbox relay failed for a tenant');
      }
    }
    return total;
  }

  /**
   * Relays one tenant's pending events until none are left; returns how many jobs were
   * enqueued. Calls for a tenant already being relayed in this process join that run, which
   * goes round once more so that rows committed meanwhile are not left for the next sweep.
   */
  relayTenant(tenantId: string): Promise<number> {
    const current = this.inFlight.get(tenantId);
    if (current) {
      this.again.add(tenantId);
      return current;
    }
    const run = (async () => {
      let total = 0;
      do {
        this.again.delete(tenantId);
        total += await this.drain(tenantId);
      } while (this.again.has(tenantId));
      return total;
    })().finally(() => this.inFlight.delete(tenantId));
    this.inFlight.set(tenantId, run);
    return run;
  }

  private async drain(tenantId: string): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, enqueued } = await this.relayBatch(tenantId);
      total += enqueued;
      // Fewer than a full batch: nothing left, or another relay holds the rest.
      if (claimed < RELAY_BATCH) return total;
    }
  }

  private async relayBatch(tenantId: string): Promise<{ claimed: number; enqueued: number }> {
    const ctx = await this.contexts.forTenant(tenantId, `outbox-relay-${newId()}`);
    if (!ctx) return { claimed: 0, enqueued: 0 };
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        OutboxEvent,
        { publishedAt: null, relayError: null },
        { orderBy: { id: 'asc' }, limit: RELAY_BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      let enqueued = 0;
      for (const row of rows) {
        let jobs: PreparedJob[];
        try {
          jobs = this.catalogue.prepareEventJobs(row);
        } catch (err) {
          if (!(err instanceof CatalogueError)) throw err;
          // No retry can fix this (the catalogue changed under a stored event): set it aside.
          row.relayError = err.message;
          this.logger.error({ tenantId, eventId: row.id, type: row.type, err: err.message }, 'outbox event cannot become a job');
          continue;
        }
        for (const job of jobs) await this.queues.dispatch(job);
        row.publishedAt = new Date();
        enqueued++;
      }
      return { claimed: rows.length, enqueued };
    });
  }

  private poll(delay: number): void {
    this.pollTimer = setTimeout(() => {
      this.sweeping = this.sweep()
        .catch((err: unknown) => this.logger.error({ err: (err as Error).message }, 'outbox sweep failed'))
        .finally(() => {
          this.sweeping = undefined;
          if (this.running) this.poll(this.config.OUTBOX_POLL_MS);
        });
    }, delay);
  }

  /** A notice from a tenant's outbox insert: relay that tenant now, if this pool serves it. */
  private heard(tenantId: string): void {
    if (!tenantId) return;
    // Another pool's province (WORKER_TENANTS) is that pool's to relay.
    this.contexts
      .serves(tenantId)
      .then((mine) => (mine ? this.relayTenant(tenantId) : 0))
      .catch((err: unknown) => this.logger.error({ tenantId, err: (err as Error).message }, 'outbox relay failed for a tenant'));
  }

  private sweepNow(): void {
    this.sweep().catch((err: unknown) => this.logger.error({ err: (err as Error).message }, 'outbox sweep failed'));
  }
}
