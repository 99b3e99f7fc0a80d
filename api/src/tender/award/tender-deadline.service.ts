import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  TenderChallenge, TenderChallengeState, TenderComplaint, TenderComplaintState, TenderContract, TenderContractState, TenderDeadlineFlag, TenderDeadlineKind,
  TenderLot, TenderLotState, type TenantContext,
} from '@zhengcai/schema';
import { workingDeadline } from '../../platform/calendar/working-deadline.js';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { lotBlocked } from './lot-access.js';

/** DOMAIN.md: the buyer confirms within 5 working days of the report and publishes within 2 more. */
export const AWARD_NOTICE_WORKING_DAYS = 5 + 2;
const BATCH = 500;

interface Missed { lotId: string; subjectId: string; kind: TenderDeadlineKind; dueAt: Date }

export type SweepResult = Record<TenderDeadlineKind, number>;

/**
 * The publication sweep of a tenant's tendering deadlines, in the job's transaction. It only
 * records missed deadlines (once each, audited); it never moves a lot, a challenge or a
 * contract. A lot held by a pending challenge, a pending complaint or a suspension is not
 * counted late for its award notice or its contract: the hold stops that clock.
 */
@Injectable()
export class TenderDeadlineService {
  async sweep(em: EntityManager, tx: TxEffects, ctx: TenantContext, now: Date): Promise<SweepResult> {
    const missed: Missed[] = [];
    // Contracts the buyer signed and the winner did not: the winner refused to sign (integrity).
    const refused = new Set<string>();
    const blocked = new Map<string, boolean>();
    const isBlocked = async (lotId: string) => {
      if (!blocked.has(lotId)) blocked.set(lotId, await lotBlocked(em, lotId));
      return blocked.get(lotId)!;
    };

    // The lot's last change is when the evaluation report recommended it.
    for (const lot of await em.find(TenderLot, { state: TenderLotState.Recommended }, { orderBy: { updatedAt: 'asc' }, limit: BATCH })) {
      const dueAt = await workingDeadline(em, ctx.tenantId, lot.updatedAt, AWARD_NOTICE_WORKING_DAYS);
      if (now > dueAt && !(await isBlocked(lot.id))) missed.push({ lotId: lot.id, subjectId: lot.id, kind: TenderDeadlineKind.AwardNotice, dueAt });
    }
    for (const c of await em.find(TenderChallenge, { state: TenderChallengeState.Pending, answerDueAt: { $lt: now } }, { limit: BATCH })) {
      missed.push({ lotId: c.lot.id, subjectId: c.id, kind: TenderDeadlineKind.ChallengeAnswer, dueAt: c.answerDueAt });
    }
    for (const c of await em.find(TenderComplaint, { state: TenderComplaintState.Pending, decisionDueAt: { $lt: now } }, { limit: BATCH })) {
      missed.push({ lotId: c.lot.id, subjectId: c.id, kind: TenderDeadlineKind.ComplaintDecision, dueAt: c.decisionDueAt });
    }
    const unsigned = await em.find(
      TenderContract,
      { state: TenderContractState.Draft, award: { contractDueAt: { $lt: now } }, lot: { state: TenderLotState.Awarded } },
      { populate: ['award'], limit: BATCH },
    );
    for (const c of unsigned) {
      if (await isBlocked(c.lot.id)) continue;
      missed.push({ lotId: c.lot.id, subjectId: c.id, kind: TenderDeadlineKind.ContractSigning, dueAt: c.award.contractDueAt });
      if (c.buyerSignature && !c.supplierSignature) refused.add(c.id);
    }

    const result = Object.fromEntries(Object.values(TenderDeadlineKind).map((k) => [k, 0])) as SweepResult;
    if (!missed.length) return result;
    const known = await em.find(TenderDeadlineFlag, { subjectId: { $in: missed.map((m) => m.subjectId) } }, { fields: ['subjectId', 'kind'] });
    const flagged = new Set(known.map((f) => `${f.kind}:${f.subjectId}`));
    for (const m of missed) {
      if (flagged.has(`${m.kind}:${m.subjectId}`)) continue;
      const flag = em.create(TenderDeadlineFlag, { tenantId: ctx.tenantId, lot: em.getReference(TenderLot, m.lotId), kind: m.kind, subjectId: m.subjectId, dueAt: m.dueAt });
      tx.audit({ action: 'tender.deadline.missed', subjectType: 'tender_deadline_flag', subjectId: flag.id, change: { kind: m.kind, subjectId: m.subjectId, dueAt: m.dueAt } });
      if (m.kind === TenderDeadlineKind.ContractSigning && refused.has(m.subjectId)) tx.publish(domainEvent('tender.contract.signing-refused', { fact: 'refused_to_sign', subjectId: m.subjectId }));
      result[m.kind] += 1;
    }
    return result;
  }
}
