import {
  type TenderAward, type TenderChallenge, type TenderComplaint, type TenderContract, type TenderDeadlineFlag, type TenderLotSuspension,
  TenderChallengeState, TenderComplaintState,
} from '@zhengcai/schema';
import type { AwardNoticeType, ChallengeAnswerType, ChallengeType, ComplaintType, ContractType, DeadlineFlagType, LotSuspensionType } from './award.types.js';
import { contractCanonicalText, contractDigest } from './contract-text.js';

/** Needs lot, project and supplier loaded. */
export function toAwardNotice(a: TenderAward): AwardNoticeType {
  return {
    id: a.id, lotId: a.lot.id, projectId: a.project.id, projectNo: a.project.projectNo, projectTitle: a.project.title, lotNo: a.lot.lotNo, lotTitle: a.lot.title,
    lotState: a.lot.state, winnerOrganisationId: a.supplier.id, winnerName: a.supplier.name, price: a.priceFen, scoreHundredths: a.scoreHundredths ?? null,
    rank: a.rank ?? null, againstRankingReason: a.againstRankingReason ?? null,
    ranking: a.ranking.map((r) => ({ supplierName: r.supplierName, price: BigInt(r.priceFen), scoreHundredths: r.scoreHundredths, rank: r.rank })),
    publishedAt: a.publishedAt, noticeUntil: a.noticeUntil, challengeUntil: a.challengeUntil, contractDueAt: a.contractDueAt,
    declinedAt: a.declinedAt ?? null, declineReason: a.declineReason ?? null,
  };
}

/** Needs supplier loaded. */
export function toComplaint(c: TenderComplaint, now = new Date()): ComplaintType {
  return {
    id: c.id, challengeId: c.challenge.id, lotId: c.lot.id, supplierOrganisationId: c.supplier.id, supplierName: c.supplier.name, content: c.content,
    state: c.state, decisionDueAt: c.decisionDueAt, overdue: c.state === TenderComplaintState.Pending && now > c.decisionDueAt,
    decisionReason: c.decisionReason ?? null, remedy: c.remedy ?? null, decidedAt: c.decidedAt ?? null, createdAt: c.createdAt,
  };
}

/** Needs lot.project and supplier loaded (and the complaint's supplier when given). */
export function toChallenge(c: TenderChallenge, complaint: TenderComplaint | null = null, now = new Date()): ChallengeType {
  return {
    id: c.id, lotId: c.lot.id, lotTitle: c.lot.title, projectNo: c.lot.project.projectNo, supplierOrganisationId: c.supplier.id, supplierName: c.supplier.name,
    subject: c.subject, content: c.content, state: c.state, answerDueAt: c.answerDueAt, overdue: c.state === TenderChallengeState.Pending && now > c.answerDueAt,
    answer: c.answer ?? null, outcome: c.outcome ?? null, answeredAt: c.answeredAt ?? null, complaint: complaint ? toComplaint(complaint, now) : null, createdAt: c.createdAt,
  };
}

/** Needs lot.project loaded; only for an answered challenge. */
export function toChallengeAnswer(c: TenderChallenge): ChallengeAnswerType {
  return {
    id: c.id, lotId: c.lot.id, lotTitle: c.lot.title, projectNo: c.lot.project.projectNo, subject: c.subject, content: c.content,
    answer: c.answer ?? '', outcome: c.outcome ?? null, answeredAt: c.answeredAt ?? c.createdAt, createdAt: c.createdAt,
  };
}

export function toSuspension(s: TenderLotSuspension): LotSuspensionType {
  return { id: s.id, lotId: s.lot.id, reason: s.reason, suspendedAt: s.createdAt, liftedAt: s.liftedAt ?? null };
}

/** Needs lot.project, buyer, supplier and award loaded. */
export function toContract(c: TenderContract): ContractType {
  return {
    id: c.id, contractNo: c.contractNo, lotId: c.lot.id, projectId: c.lot.project.id, projectTitle: c.lot.project.title, lotTitle: c.lot.title,
    buyerOrganisationId: c.buyer.id, buyerName: c.buyer.name, supplierOrganisationId: c.supplier.id, supplierName: c.supplier.name, amount: c.amountFen,
    paymentTerms: c.paymentTerms, deliveryTerms: c.deliveryTerms, state: c.state, canonicalText: contractCanonicalText(c),
    digest: c.signedDigest ?? contractDigest(c), buyerSignature: c.buyerSignature ?? null, buyerSignedAt: c.buyerSignedAt ?? null,
    supplierSignature: c.supplierSignature ?? null, supplierSignedAt: c.supplierSignedAt ?? null, signedAt: c.signedAt ?? null, signedLate: c.signedLate,
    dueAt: c.award.contractDueAt, publicationDueAt: c.publicationDueAt ?? null, publishedAt: c.publishedAt ?? null,
  };
}

export function toDeadlineFlag(f: TenderDeadlineFlag): DeadlineFlagType {
  return { id: f.id, lotId: f.lot.id, kind: f.kind, subjectId: f.subjectId, dueAt: f.dueAt, flaggedAt: f.createdAt };
}
