import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Deposit, DepositState, IntegrityEventKind, MallOrder, OrderDeadlineKind, PriceFinding, PriceFindingState, type TenantContext,
  TenderAward, TenderChallenge, TenderChallengeOutcome, TenderComplaint, TenderComplaintRemedy, TenderComplaintState, TenderContract, TenderLotState,
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
        evidence: { depositId: d.id, lotId: d.lot?.id, note: d.forfeitReason },
      });
      return { recorded: id !== null, removed: false };
    }
    return { recorded: false, removed: await this.recorder.remove(em, tx, ctx, sourceKey, 'forfeiture reversed: challenge upheld') };
  }

  /**
   * The buyer forfeited the winner's deposit before the contract was signed: that decision is
   * the winner refusing to sign (DOMAIN.md names no other forfeiture of a winner's deposit).
   * Reversed with the forfeiture when finance upholds the supplier's challenge.
   */
  async winnerForfeiture(em: EntityManager, tx: TxEffects, ctx: TenantContext, depositId: string): Promise<{ recorded: boolean; removed: boolean }> {
    const d = await em.findOne(Deposit, { id: depositId }, { populate: ['lot'] });
    const award = d?.lot ? await em.findOne(TenderAward, { lot: d.lot.id }) : null;
    if (!d?.lot || !award || award.supplier.id !== d.supplier.id) return { recorded: false, removed: false };
    const sourceKey = refusedKey(d.lot.id, d.supplier.id);
    if ((d.state === DepositState.Forfeited || d.state === DepositState.Challenged) && d.forfeitReason) {
      if (d.lot.state !== TenderLotState.Awarded) return { recorded: false, removed: false };
      const id = await this.recorder.record(em, tx, ctx, {
        supplierId: d.supplier.id, sourceKey, kind: IntegrityEventKind.RefusedToSign, occurredAt: d.updatedAt,
        evidence: { lotId: d.lot.id, depositId: d.id, note: d.forfeitReason },
      });
      return { recorded: id !== null, removed: false };
    }
    return { recorded: false, removed: await this.recorder.remove(em, tx, ctx, sourceKey, 'forfeiture reversed: challenge upheld') };
  }

  /** A challenge, a complaint or a contract decided in the tender context; each names its supplier and lot. */
  async tenderConduct(em: EntityManager, tx: TxEffects, ctx: TenantContext, p: JobPayload<'integrity.record-tender-conduct'>): Promise<string | null> {
    switch (p.fact) {
      case 'challenge_groundless': {
        const c = await em.findOne(TenderChallenge, { id: p.subjectId, outcome: TenderChallengeOutcome.Groundless }, { populate: ['lot.project'] });
        if (!c) return null;
        return this.recorder.record(em, tx, ctx, {
          supplierId: c.supplier.id, sourceKey: `lot:${c.lot.id}:${c.supplier.id}:challenge_groundless`, kind: IntegrityEventKind.ChallengeGroundless,
          occurredAt: c.answeredAt ?? new Date(), evidence: { lotId: c.lot.id, challengeId: c.id, projectNo: c.lot.project.projectNo },
        });
      }
      case 'complaint_upheld': {
        // Upheld with the award voided: the winner's conduct made the award unlawful.
        const c = await em.findOne(TenderComplaint, { id: p.subjectId, state: TenderComplaintState.Upheld, remedy: TenderComplaintRemedy.FailLot }, { populate: ['lot.project'] });
        const award = c ? await em.findOne(TenderAward, { lot: c.lot.id }) : null;
        if (!c || !award || award.supplier.id === c.supplier.id) return null;
        return this.recorder.record(em, tx, ctx, {
          supplierId: award.supplier.id, sourceKey: `lot:${c.lot.id}:${award.supplier.id}:complaint_upheld`, kind: IntegrityEventKind.ComplaintUpheld,
          occurredAt: c.decidedAt ?? new Date(), evidence: { lotId: c.lot.id, complaintId: c.id, projectNo: c.lot.project.projectNo, note: c.decisionReason ?? undefined },
        });
      }
      case 'refused_to_sign': {
        // Still unsigned by the supplier while the buyer has signed: only then is the delay the supplier's.
        const k = await em.findOne(TenderContract, { id: p.subjectId, supplierSignature: null, buyerSignature: { $ne: null } }, { populate: ['lot.project', 'award'] });
        if (!k) return null;
        return this.recorder.record(em, tx, ctx, {
          supplierId: k.supplier.id, sourceKey: refusedKey(k.lot.id, k.supplier.id), kind: IntegrityEventKind.RefusedToSign,
          occurredAt: k.award.contractDueAt, evidence: { lotId: k.lot.id, contractId: k.id, projectNo: k.lot.project.projectNo },
        });
      }
      case 'withdrawn_after_winning': {
        const a = await em.findOne(TenderAward, { id: p.subjectId, declinedAt: { $ne: null } }, { populate: ['project'] });
        if (!a) return null;
        return this.recorder.record(em, tx, ctx, {
          supplierId: a.supplier.id, sourceKey: `lot:${a.lot.id}:${a.supplier.id}:withdrawn_after_winning`, kind: IntegrityEventKind.WithdrawnAfterWinning,
          occurredAt: a.declinedAt!, evidence: { lotId: a.lot.id, projectNo: a.project.projectNo, note: a.declineReason ?? undefined },
        });
      }
    }
  }
}

/** One refusal per lot and supplier, whether the buyer's forfeiture or the missed signing deadline recorded it. */
function refusedKey(lotId: string, supplierId: string): string {
  return `lot:${lotId}:${supplierId}:refused_to_sign`;
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
