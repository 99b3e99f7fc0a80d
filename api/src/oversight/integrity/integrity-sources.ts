import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Deposit, DepositState, IntegrityEventKind, MallOrder, OrderDeadlineKind, PriceFinding, PriceFindingState, type TenantContext,
} from '@zhengcai/schema';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import type { JobPayload } from '../../platform/jobs/job-catalogue.js';
import { IntegrityRecorder } from './integrity-recorder.js';

/** A supplier's missed order deadline → its integrity kind (the buyer's missed acceptance is not the supplier's). */
const MISSED: Partial<Record<OrderDeadlineKind, IntegrityEventKind>> = {
  [OrderDeadlineKind.Confirm]: IntegrityEventKind.OrderConfirmedLate,
  [OrderDeadlineKind.Ship]: IntegrityEventKind.DeliveredLate,
};

/**
 * Turns facts decided elsewhere (orders, price inspection, deposits) into integrity events.
 * Each source key names the fact, so a replayed job records nothing new.
 */
@Injectable()
export class IntegritySources {
  constructor(private readonly recorder: IntegrityRecorder) {}

  async missedDeadline(em: EntityManager, tx: TxEffects, ctx: TenantContext, p: JobPayload<'integrity.record-fulfilment-fact'>, at: Date): Promise<string | null> {
    const kind = MISSED[p.kind];
    if (p.party !== 'supplier' || !kind) return null;
    const order = await em.findOne(MallOrder, { id: p.orderId });
    if (!order) return null;
    return this.recorder.record(em, tx, ctx, {
      supplierId: order.supplier.id, sourceKey: `order:${order.id}:${kind}`, kind, occurredAt: at, evidence: { orderId: order.id, orderNo: order.orderNo },
    });
  }

  async orderStep(em: EntityManager, tx: TxEffects, ctx: TenantContext, p: JobPayload<'integrity.record-order-step'>, at: Date): Promise<string | null> {
    const order = await em.findOne(MallOrder, { id: p.orderId });
    if (!order) return null;
    const kind = stepKind(p.step, p.onTime, order);
    if (!kind) return null;
    return this.recorder.record(em, tx, ctx, {
      supplierId: order.supplier.id, sourceKey: `order:${order.id}:${kind}`, kind, occurredAt: at, evidence: { orderId: order.id, orderNo: order.orderNo },
    });
  }

  /** A listing delisted by inspection; `repeat` (counted by price inspection) selects the heavier weight. */
  async priceOffence(em: EntityManager, tx: TxEffects, ctx: TenantContext, findingId: string, count: { offences: number; repeat: boolean }): Promise<string | null> {
    const f = await em.findOne(PriceFinding, { id: findingId, state: PriceFindingState.Delisted });
    if (!f) return null;
    return this.recorder.record(em, tx, ctx, {
      supplierId: f.supplierId, sourceKey: `finding:${f.id}`, kind: IntegrityEventKind.PriceOffence, occurredAt: f.closedAt ?? new Date(), repeat: count.repeat,
      evidence: { findingId: f.id, listingId: f.listingId, offences: count.offences, repeat: count.repeat },
    });
  }

  /** Forfeited (or challenged, still forfeited until decided) → recorded; held again after an upheld challenge → removed. */
  async depositForfeiture(em: EntityManager, tx: TxEffects, ctx: TenantContext, depositId: string): Promise<{ recorded: boolean; removed: boolean }> {
    const d = await em.findOne(Deposit, { id: depositId });
    if (!d) return { recorded: false, removed: false };
    const sourceKey = `deposit:${d.id}:forfeited`;
    if ((d.state === DepositState.Forfeited || d.state === DepositState.Challenged) && d.forfeitReason) {
      const id = await this.recorder.record(em, tx, ctx, {
        supplierId: d.supplier.id, sourceKey, kind: IntegrityEventKind.DepositForfeited, occurredAt: d.updatedAt,
        evidence: { depositId: d.id, lotId: d.lot.id, note: d.forfeitReason },
      });
      return { recorded: id !== null, removed: false };
    }
    return { recorded: false, removed: await this.recorder.remove(em, tx, ctx, sourceKey, 'forfeiture reversed: challenge upheld') };
  }
}

function stepKind(step: JobPayload<'integrity.record-order-step'>['step'], onTime: boolean, order: MallOrder): IntegrityEventKind | null {
  switch (step) {
    case 'confirm':
      return onTime ? IntegrityEventKind.OrderConfirmedOnTime : null;
    case 'ship':
      return onTime ? IntegrityEventKind.DeliveredOnTime : null;
    case 'accept':
      // A partial acceptance is a failed one for the part refused.
      return (order.acceptedFen ?? 0n) >= order.totalFen ? IntegrityEventKind.AcceptancePassed : IntegrityEventKind.AcceptanceFailed;
    case 'refuse_acceptance':
      return IntegrityEventKind.AcceptanceFailed;
  }
}
