import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseTenantSettings, PriceFinding, PriceFindingState, Tenant, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { ListingApprovalService } from '../../catalog/approval/listing-approval.service.js';
import { FINDING_TRANSITIONS, nextFindingState } from './finding-state-machine.js';

/** Findings delisted per run; the next hourly run takes the rest. */
const BATCH = 500;
export const INSPECTION_DELIST_REASON = '价格巡检：超出参考价容差且未在期限内更正或说明';

/**
 * The hourly sweep, in the job's transaction. Findings past their deadline and still open are
 * locked with SKIP LOCKED, so two concurrent sweeps never take the same one; each delists its
 * listing through the listing state machine and becomes a confirmed offence, once.
 */
@Injectable()
export class PriceFindingSweep {
  constructor(private readonly approval: ListingApprovalService) {}

  async sweep(em: EntityManager, tx: TxEffects, ctx: TenantContext, now: Date): Promise<{ delisted: number; offSale: number }> {
    const offSale = await this.closeOffSale(em, tx, ctx, now);
    const due = await em.execute<{ id: string }[]>(
      `select f.id from price_finding f where f.tenant_id = ? and f.state = 'open' and f.due_at < ? order by f.due_at limit ${BATCH} for update of f skip locked`,
      [ctx.tenantId, now],
    );
    let delisted = 0;
    for (const { id } of due) {
      const f = await em.findOneOrFail(PriceFinding, { id });
      try {
        await this.approval.delistByInspectionIn(em, tx, ctx, f.listingId, INSPECTION_DELIST_REASON);
      } catch (err) {
        // Taken off sale by its supplier since closeOffSale ran: nothing to delist.
        if (err instanceof AppError && err.reason === 'LISTING_TRANSITION_NOT_ALLOWED') continue;
        throw err;
      }
      const from = f.state;
      f.state = nextFindingState(from, 'delist');
      f.closedAt = now;
      f.updatedAt = now;
      tx.audit({ action: 'oversight.price-finding.delist', subjectType: 'price_finding', subjectId: f.id, change: { from, to: f.state, listingId: f.listingId, dueAt: f.dueAt.toISOString() } });
      tx.publish(domainEvent('oversight.price-offence.confirmed', { findingId: f.id }));
      delisted++;
    }
    return { delisted, offSale };
  }

  /** A live finding of a listing no longer on sale has nothing left to correct. */
  private async closeOffSale(em: EntityManager, tx: TxEffects, ctx: TenantContext, now: Date): Promise<number> {
    const live = FINDING_TRANSITIONS.correct.from.map((s) => `'${s}'`).join(', ');
    const rows = await em.execute<{ id: string; listing_id: string; state: string }[]>(
      `update price_finding f set state = 'corrected', closed_at = ?, close_note = 'off_sale', updated_at = ?
       from listing l where f.tenant_id = ? and l.tenant_id = f.tenant_id and l.id = f.listing_id and f.state in (${live}) and l.state <> 'approved'
       returning f.id, f.listing_id`,
      [now, now, ctx.tenantId],
    );
    for (const r of rows) tx.audit({ action: 'oversight.price-finding.correct', subjectType: 'price_finding', subjectId: r.id, change: { listingId: r.listing_id, note: 'off_sale' } });
    return rows.length;
  }
}

/**
 * The hook of the supplier's integrity score: counts a supplier's confirmed price offences in
 * the tenant's repeat window and audits the count; the integrity part reads these entries.
 */
@Injectable()
export class PriceOffences {
  async record(em: EntityManager, tx: TxEffects, ctx: TenantContext, findingId: string): Promise<{ offences: number; repeat: boolean }> {
    const f = await em.findOne(PriceFinding, { id: findingId, state: PriceFindingState.Delisted });
    if (!f) return { offences: 0, repeat: false };
    const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
    const rules = parseTenantSettings(tenant.settings).inspection;
    const at = f.closedAt ?? new Date();
    const since = new Date(at.getTime() - rules.repeatOffenceDays * 86_400_000);
    const offences = await em.count(PriceFinding, { supplierId: f.supplierId, state: PriceFindingState.Delisted, closedAt: { $gt: since, $lte: at } });
    const repeat = offences >= rules.repeatOffenceCount;
    tx.audit({
      action: 'integrity.price-offence.record', subjectType: 'organisation', subjectId: f.supplierId,
      change: { findingId: f.id, listingId: f.listingId, offences, windowDays: rules.repeatOffenceDays, threshold: rules.repeatOffenceCount, repeat },
    });
    return { offences, repeat };
  }
}
