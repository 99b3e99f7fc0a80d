import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Role, TenderAward, TenderChallenge, TenderChallengeState, TenderComplaint, TenderComplaintState, TenderContract, TenderDeadlineFlag, type TenantContext, isUuid,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findAward } from './award.service.js';
import { toAwardNotice, toChallenge, toChallengeAnswer, toComplaint, toContract, toDeadlineFlag } from './award-views.js';
import type { AwardNoticeType, ChallengeAnswerType, ChallengeType, ComplaintType, ContractType, DeadlineFlagType } from './award.types.js';
import { contractPartyOf } from './contract.service.js';

const MAX_LIST = 200;
const CONTRACT_POPULATE = ['lot.project', 'buyer', 'supplier', 'award'] as const;

/** Reads of awards, challenges, complaints and contracts: public ones and each party's own. */
@Injectable()
export class AwardQueries {
  constructor(private readonly db: TenantDb) {}

  /** Published award notices of the province, newest first. */
  notices(ctx: TenantContext, first: number): Promise<AwardNoticeType[]> {
    return this.db.transaction(ctx, async (em) => {
      const awards = await em.find(TenderAward, {}, { populate: ['lot', 'project', 'supplier'], orderBy: { publishedAt: 'desc', id: 'desc' }, limit: clamp(first) });
      return awards.map(toAwardNotice);
    });
  }

  notice(ctx: TenantContext, lotId: string): Promise<AwardNoticeType> {
    return this.db.transaction(ctx, async (em) => toAwardNotice(await findAward(em, lotId)));
  }

  /** A signed contract, public once published (DOMAIN.md, electronic bidding). */
  publishedContract(ctx: TenantContext, lotId: string): Promise<ContractType> {
    return this.db.transaction(ctx, async (em) => {
      const contract = isUuid(lotId) ? await em.findOne(TenderContract, { lot: lotId, publishedAt: { $ne: null } }, { populate: CONTRACT_POPULATE }) : null;
      if (!contract) throw new AppError('CONTRACT_NOT_FOUND');
      return toContract(contract);
    });
  }

  /** The lot's contract in any state, for its two parties only. */
  contractForParty(ctx: TenantContext, lotId: string): Promise<ContractType> {
    return this.db.transaction(ctx, async (em) => {
      const contract = isUuid(lotId) ? await em.findOne(TenderContract, { lot: lotId }, { populate: CONTRACT_POPULATE }) : null;
      if (!contract || !contractPartyOf(ctx, contract)) throw new AppError('CONTRACT_NOT_FOUND');
      return toContract(contract);
    });
  }

  /** Challenges of the lots of the caller's projects: as their purchasing unit, or as their agency. */
  challengesOfMyLots(ctx: TenantContext, lotId?: string | null): Promise<ChallengeType[]> {
    return this.db.transaction(ctx, async (em) => {
      if (!ctx.organisationId) return [];
      const side = ctx.roles.includes(Role.Agency) ? { agency: ctx.organisationId } : { buyer: ctx.organisationId };
      if (lotId != null && !isUuid(lotId)) return [];
      const where = { lot: { project: side, ...(lotId ? { id: lotId } : {}) } };
      return withComplaints(em, await em.find(TenderChallenge, where, { populate: ['lot.project', 'supplier'], orderBy: { createdAt: 'desc' }, limit: MAX_LIST }));
    });
  }

  /**
   * Answered challenges of a lot, public (质疑答复公告), oldest first. Decision: the challenger is
   * not named, so a supplier can question a buyer without being exposed to the buyer's other units.
   */
  challengeAnswers(ctx: TenantContext, lotId: string): Promise<ChallengeAnswerType[]> {
    return this.db.transaction(ctx, async (em) => {
      if (!isUuid(lotId)) return [];
      const answered = await em.find(TenderChallenge, { lot: lotId, state: TenderChallengeState.Answered }, { populate: ['lot.project'], orderBy: { answeredAt: 'asc', id: 'asc' }, limit: MAX_LIST });
      return answered.map(toChallengeAnswer);
    });
  }

  /** The caller's supplier's challenges, with their complaints. */
  myChallenges(ctx: TenantContext): Promise<ChallengeType[]> {
    return this.db.transaction(ctx, async (em) => {
      if (!ctx.organisationId) return [];
      return withComplaints(em, await em.find(TenderChallenge, { supplier: ctx.organisationId }, { populate: ['lot.project', 'supplier'], orderBy: { createdAt: 'desc' }, limit: MAX_LIST }));
    });
  }

  /** The province's complaints for the finance department, oldest pending first. */
  complaints(ctx: TenantContext, state?: TenderComplaintState | null): Promise<ComplaintType[]> {
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(TenderComplaint, state ? { state } : {}, { populate: ['supplier'], orderBy: { createdAt: 'asc' }, limit: MAX_LIST });
      return rows.map((c) => toComplaint(c));
    });
  }

  deadlineFlags(ctx: TenantContext): Promise<DeadlineFlagType[]> {
    return this.db.transaction(ctx, async (em) => (await em.find(TenderDeadlineFlag, {}, { orderBy: { createdAt: 'desc' }, limit: MAX_LIST })).map(toDeadlineFlag));
  }
}

async function withComplaints(em: EntityManager, challenges: TenderChallenge[]): Promise<ChallengeType[]> {
  const complaints = challenges.length ? await em.find(TenderComplaint, { challenge: { $in: challenges.map((c) => c.id) } }, { populate: ['supplier'] }) : [];
  const byChallenge = new Map(complaints.map((c) => [c.challenge.id, c]));
  return challenges.map((c) => toChallenge(c, byChallenge.get(c.id) ?? null));
}

function clamp(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new AppError('PAGE_SIZE', { max: 100, actual: first });
  return first;
}
