import { Injectable } from '@nestjs/common';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { InspectionRun, InspectionRunState, InspectionTrigger, isUuid, parseTenantSettings, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import { type BatchOutcome, inspectBatch, type WalkPosition } from './inspection-sql.js';
import { type InspectionRunView, toRunView } from './inspection-run-view.js';

/** Listings per statement: large enough for a million in about fifty statements, small enough to show progress. */
export const INSPECTION_BATCH = 20_000;

/**
 * Inspection runs: the whole catalogue (nightly or started by an operator) in keyset batches,
 * each batch its own transaction that also records the run's progress, so progress is visible
 * while it runs and a retried job resumes after the last committed batch; or one listing, in
 * the caller's transaction, after its price changed.
 */
@Injectable()
export class InspectionService {
  /** Tests lower it to watch progress batch by batch. */
  batchSize = INSPECTION_BATCH;

  constructor(private readonly db: TenantDb) {}

  /** An operator starts a run now; the workers carry it out (`oversight.inspect-catalog`). */
  start(ctx: TenantContext): Promise<InspectionRunView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const run = await this.createRun(em, ctx, InspectionTrigger.Manual, new Date());
      tx.audit({ action: 'oversight.inspection.start', subjectType: 'inspection_run', subjectId: run.id, change: { trigger: run.trigger, total: run.total } });
      tx.publish(domainEvent('oversight.inspection.requested', { runId: run.id }));
      return toRunView(run);
    });
  }

  /** The nightly run: resumes an unfinished scheduled run (a retried job) or starts one. */
  async runScheduled(ctx: TenantContext, asOf: Date): Promise<InspectionRunView> {
    const runId = await this.db.transaction(ctx, async (em, tx) => {
      const unfinished = await em.findOne(InspectionRun, { trigger: InspectionTrigger.Schedule, state: InspectionRunState.Running }, { orderBy: { createdAt: 'desc' } });
      if (unfinished) return unfinished.id;
      const run = await this.createRun(em, ctx, InspectionTrigger.Schedule, asOf);
      tx.audit({ action: 'oversight.inspection.start', subjectType: 'inspection_run', subjectId: run.id, change: { trigger: run.trigger, total: run.total } });
      return run.id;
    });
    await this.runPending(ctx, runId);
    return this.get(ctx, runId);
  }

  /** Runs the batches of a run not yet done; returns how many were committed by this call. */
  async runPending(ctx: TenantContext, runId: string, maxBatches = Number.POSITIVE_INFINITY): Promise<number> {
    let batches = 0;
    while (batches < maxBatches && (await this.runBatch(ctx, runId))) batches++;
    return batches;
  }

  /** One listing after its price changed, in the caller's transaction: a finding raised, closed, or nothing. */
  async inspectListingIn(em: EntityManager, tx: TxEffects, ctx: TenantContext, listingId: string, asOf: Date): Promise<{ found: number; corrected: number }> {
    const run = em.create(InspectionRun, { tenantId: ctx.tenantId, trigger: InspectionTrigger.PriceChange, asOf, listingId, total: 1 });
    await em.flush();
    const outcome = await this.inspect(em, ctx, run, { listingId, limit: 1 });
    this.record(tx, run, outcome);
    run.done = outcome.inspected;
    run.state = InspectionRunState.Done;
    run.finishedAt = new Date();
    return { found: outcome.found.length, corrected: outcome.corrected.length };
  }

  get(ctx: TenantContext, id: string): Promise<InspectionRunView> {
    return this.db.transaction(ctx, async (em) => {
      const run = isUuid(id) ? await em.findOne(InspectionRun, { id }) : null;
      if (!run) throw new AppError('INSPECTION_RUN_NOT_FOUND');
      return toRunView(run);
    });
  }

  /** Runs, newest first. */
  list(ctx: TenantContext, page: PageRequest): Promise<Connection<InspectionRunView>> {
    const first = pageSize(page);
    const cursor = page.after ? decodeCursor(page.after, 2) : undefined;
    const after = cursor ? { at: new Date(String(cursor[0])), id: String(cursor[1]) } : undefined;
    if (after && (Number.isNaN(after.at.getTime()) || !isUuid(after.id))) throw new AppError('INVALID_CURSOR');
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        InspectionRun,
        after ? { $or: [{ createdAt: { $lt: after.at } }, { createdAt: after.at, id: { $lt: after.id } }] } : {},
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
      );
      return toConnection(rows, first, (r) => [r.createdAt.toISOString(), r.id], toRunView);
    });
  }

  private async createRun(em: EntityManager, ctx: TenantContext, trigger: InspectionTrigger, asOf: Date): Promise<InspectionRun> {
    const [{ n }] = await em.execute<{ n: number }[]>(`select count(*)::int as n from listing where tenant_id = ? and state = 'approved'`, [ctx.tenantId]);
    const run = em.create(InspectionRun, { tenantId: ctx.tenantId, trigger, asOf, startedBy: ctx.userId ?? null, total: n });
    await em.flush();
    return run;
  }

  /** One batch of a run; false when the run has nothing left. */
  private runBatch(ctx: TenantContext, runId: string): Promise<boolean> {
    return this.db.transaction(ctx, async (em, tx) => {
      // The lock makes a second delivery wait, then continue after this batch.
      const run = await em.findOne(InspectionRun, { id: runId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!run || run.state !== InspectionRunState.Running) return false;
      const cursor = run.cursor ? { product: run.cursorProduct ?? null, id: run.cursor } : null;
      const outcome = await this.inspect(em, ctx, run, { cursor, limit: this.batchSize });
      this.record(tx, run, outcome);
      run.done += outcome.inspected;
      if (outcome.last) {
        run.cursorProduct = outcome.last.product;
        run.cursor = outcome.last.id;
      }
      if (outcome.inspected < this.batchSize) {
        run.state = InspectionRunState.Done;
        run.finishedAt = new Date();
        tx.audit({ action: 'oversight.inspection.finish', subjectType: 'inspection_run', subjectId: run.id, change: { done: run.done, findings: run.findings, corrected: run.corrected } });
        return false;
      }
      return true;
    });
  }

  private async inspect(em: EntityManager, ctx: TenantContext, run: InspectionRun, scope: { cursor?: WalkPosition | null; listingId?: string; limit: number }): Promise<BatchOutcome> {
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const rules = parseTenantSettings(tenant.settings).inspection;
    const dueAt = await workingDeadline(em, ctx.tenantId, run.asOf, rules.correctionWorkingDays);
    // The planner's guesses for the statement's CTEs are huge, which switches JIT compilation on;
    // compiling took longer (~1.3 s) than running a whole batch.
    await em.execute('set local jit = off');
    return inspectBatch(em, { tenantId: ctx.tenantId, asOf: run.asOf, rules, ...scope, runId: run.id, dueAt, now: new Date() });
  }

  /** Every finding raised or closed is audited; the run counts them. */
  private record(tx: TxEffects, run: InspectionRun, outcome: BatchOutcome): void {
    run.findings += outcome.found.length;
    run.corrected += outcome.corrected.length;
    for (const f of outcome.found) {
      tx.audit({ action: 'oversight.price-finding.open', subjectType: 'price_finding', subjectId: f.id, change: { runId: run.id, listingId: f.listingId, deviationBp: f.deviationBp, referenceSource: f.referenceSource } });
      // The supplier is told to correct or justify (docs/notifications.md).
      tx.publish(domainEvent('oversight.price-finding.raised', { findingId: f.id }));
    }
    for (const f of outcome.corrected) {
      tx.audit({ action: 'oversight.price-finding.correct', subjectType: 'price_finding', subjectId: f.id, change: { runId: run.id, listingId: f.listingId, note: 'price_within_tolerance' } });
    }
  }
}
