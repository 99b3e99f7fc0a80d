import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type EvaluationMethod, type Fen, type ProcurementKind, type ProcurementMethod, type TenderClarification, type TenderCriterion, TenderDocument, TenderLot,
  type TenderLotState, type TenderProject, type TenderProjectState, TenderQuestion, TenderRegistration,
} from '@zhengcai/schema';

/** Plain views of tender records (services return these; GraphQL types mirror them). */
export interface TenderLotView {
  id: string; lotNo: number; title: string; scope: string; budget: Fen; deposit: Fen; minBidders: number; state: TenderLotState; failureReason: string | null;
}

/** What the public announcement (采购公告) shows. */
export interface TenderNoticeView {
  id: string; projectNo: string; title: string; description: string; method: ProcurementMethod; kind: ProcurementKind; categoryCode: string;
  buyerName: string; agencyName: string | null; budget: Fen; evaluationMethod: EvaluationMethod; criteria: TenderCriterion[]; smeDeductionBp: number;
  qualification: string; state: TenderProjectState; documentsFrom: Date | null; documentsUntil: Date | null; bidDeadline: Date | null;
  publishedAt: Date | null; cancelReason: string | null; lots: TenderLotView[];
}

export interface TenderDocumentView { id: string; fileName: string; mimeType: string; sizeBytes: number; sm3: string; uploadedAt: Date }
export interface TenderQuestionView { id: string; body: string; askedAt: Date; answeredById: string | null }
export interface TenderClarificationView {
  id: string; title: string; body: string; affectsBids: boolean; oldBidDeadline: Date | null; newBidDeadline: Date | null; publishedAt: Date;
}

/** The owner's view: the notice plus what only the buyer and its agency see. */
export interface TenderProjectView extends TenderNoticeView {
  buyerId: string; agencyId: string | null; budgetLineId: string; createdAt: Date;
  documents: TenderDocumentView[]; questions: TenderQuestionView[]; registrations: number; documentDownloads: number;
}

export interface TenderRegistrationView { id: string; registeredAt: Date; notice: TenderNoticeView; documents: TenderDocumentView[] }

export const toLotView = (l: TenderLot): TenderLotView => ({
  id: l.id, lotNo: l.lotNo, title: l.title, scope: l.scope, budget: l.budgetFen, deposit: l.depositFen, minBidders: l.minBidders, state: l.state, failureReason: l.failureReason ?? null,
});

export const toDocumentView = (d: TenderDocument): TenderDocumentView => ({ id: d.id, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, sm3: d.sm3, uploadedAt: d.createdAt });

export const toClarificationView = (c: TenderClarification): TenderClarificationView => ({
  id: c.id, title: c.title, body: c.body, affectsBids: c.affectsBids, oldBidDeadline: c.oldBidDeadline ?? null, newBidDeadline: c.newBidDeadline ?? null, publishedAt: c.createdAt,
});

/** The project's notice; its buyer and agency must be loaded. */
export async function loadNoticeView(em: EntityManager, p: TenderProject): Promise<TenderNoticeView> {
  const lots = await em.find(TenderLot, { project: p }, { orderBy: { lotNo: 'asc' } });
  return {
    id: p.id, projectNo: p.projectNo, title: p.title, description: p.description, method: p.method, kind: p.kind, categoryCode: p.categoryCode,
    buyerName: p.buyer.name, agencyName: p.agency?.name ?? null, budget: p.budgetFen, evaluationMethod: p.evaluationMethod, criteria: p.criteria,
    smeDeductionBp: p.smeDeductionBp, qualification: p.qualification, state: p.state, documentsFrom: p.documentsFrom ?? null,
    documentsUntil: p.documentsUntil ?? null, bidDeadline: p.bidDeadline ?? null, publishedAt: p.publishedAt ?? null, cancelReason: p.cancelReason ?? null,
    lots: lots.map(toLotView),
  };
}

export async function loadDocumentViews(em: EntityManager, project: TenderProject): Promise<TenderDocumentView[]> {
  return (await em.find(TenderDocument, { project }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map(toDocumentView);
}

export async function loadProjectView(em: EntityManager, p: TenderProject): Promise<TenderProjectView> {
  const [notice, documents, questions, registrations] = [
    await loadNoticeView(em, p), await loadDocumentViews(em, p),
    await em.find(TenderQuestion, { project: p }, { orderBy: { createdAt: 'asc', id: 'asc' } }), await em.count(TenderRegistration, { project: p }),
  ];
  const [downloads] = await em.execute<{ n: string }[]>('select count(*) n from tender_document_download x join tender_document d on d.id = x.document_id where d.project_id = ?', [p.id]);
  return {
    ...notice, buyerId: p.buyer.id, agencyId: p.agency?.id ?? null, budgetLineId: p.budgetLine.id, createdAt: p.createdAt, documents,
    // Who asked stays with the platform: the buyer answers the question, not the supplier.
    questions: questions.map((q) => ({ id: q.id, body: q.body, askedAt: q.createdAt, answeredById: q.answeredBy?.id ?? null })),
    registrations, documentDownloads: Number(downloads.n),
  };
}
