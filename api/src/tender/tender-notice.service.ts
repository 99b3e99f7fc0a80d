import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  isUuid, Organisation, type TenantContext, TenderClarification, TenderDocument, TenderDocumentDownload, type TenderProject, TenderProjectState,
  TenderQuestion, TenderRegistration,
} from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { checkText, ProblemList } from '../catalog/problems.js';
import { deadlineAfterClarification } from './legal-deadlines.js';
import { findPublishedProject, lockOwnedProject, lockProject, ownsProject } from './project-access.js';
import { nextTenderProjectState } from './tender-state-machines.js';
import {
  loadDocumentViews, loadNoticeView, toClarificationView, toDocumentView, type TenderClarificationView, type TenderDocumentView, type TenderRegistrationView,
} from './tender-views.js';

/** Raw bytes per document: base64 in the mutation stays under the API's 1 MB request body. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;
const MAX_DOCUMENTS = 20;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf', doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', zip: 'application/zip', txt: 'text/plain',
};

export interface ClarificationInput { title: string; body: string; affectsBids: boolean; questionIds?: string[] | null }

/**
 * What happens between the announcement and the bid deadline: tender documents (招标文件),
 * supplier registration (报名), questions and clarifications (澄清/修改).
 */
@Injectable()
export class TenderNoticeService {
  constructor(private readonly db: TenantDb) {}

  attachDocument(ctx: TenantContext, projectId: string, fileName: string, contentBase64: string): Promise<TenderDocumentView> {
    const problems = new ProblemList();
    const name = checkText(problems, 'fileName', fileName, 1, 200);
    const extension = name.split('.').pop()?.toLowerCase() ?? '';
    if (!problems.has('fileName') && !MIME_BY_EXTENSION[extension]) problems.add('fileName', 'TENDER_DOCUMENT_TYPE', { allowed: Object.keys(MIME_BY_EXTENSION).join(', ') });
    problems.throwIfAny();
    const compact = contentBase64.replace(/\s/g, '');
    if (!BASE64.test(compact) || compact.length % 4 !== 0) throw new AppError('TENDER_DOCUMENT_ENCODING', { field: 'contentBase64' });
    const bytes = Buffer.from(compact, 'base64');
    if (bytes.length === 0 || bytes.length > MAX_DOCUMENT_BYTES) throw new AppError('TENDER_DOCUMENT_SIZE', { max: MAX_DOCUMENT_BYTES / 1024, field: 'contentBase64' });
    return this.db.transaction(ctx, async (em, tx) => {
      const project = await lockOwnedProject(em, ctx, projectId, 'projectId');
      // Documents change freely in a draft; once published, as an amendment before the deadline.
      if (project.state !== TenderProjectState.Draft) {
        nextTenderProjectState(project.state, 'amend');
        checkOpenForBids(project, new Date());
      }
      if ((await em.count(TenderDocument, { project })) >= MAX_DOCUMENTS) throw new AppError('TENDER_TOO_MANY_DOCUMENTS', { max: MAX_DOCUMENTS, field: 'projectId' });
      const document = em.create(TenderDocument, {
        tenantId: ctx.tenantId, project, fileName: name, mimeType: MIME_BY_EXTENSION[extension], sizeBytes: bytes.length,
        sm3: createHash('sm3').update(bytes).digest('hex'), content: bytes, uploadedBy: ctx.userId!,
      });
      tx.audit({ action: 'tender.document.attach', subjectType: 'tender_project', subjectId: project.id, change: { documentId: document.id, fileName: name, sizeBytes: bytes.length, sm3: document.sm3 } });
      await em.flush();
      return toDocumentView(document);
    });
  }

  /** The file for its owner or a registered supplier (each supplier download is recorded). */
  downloadDocument(ctx: TenantContext, documentId: string): Promise<TenderDocument> {
    return this.db.transaction(ctx, async (em, tx) => {
      const document = isUuid(documentId) ? await em.findOne(TenderDocument, { id: documentId }, { populate: ['project', 'project.buyer', 'project.agency', 'content'] }) : null;
      if (!document) throw new AppError('TENDER_DOCUMENT_NOT_FOUND', { field: 'id' });
      if (ownsProject(ctx, document.project)) return document;
      const registered = ctx.organisationId && document.project.publishedAt ? await em.count(TenderRegistration, { project: document.project, supplier: ctx.organisationId }) : 0;
      // Unregistered suppliers see no more than the public: the announcement.
      if (!registered) throw new AppError('TENDER_DOCUMENT_NOT_FOUND', { field: 'id' });
      const download = em.create(TenderDocumentDownload, { tenantId: ctx.tenantId, document, supplier: em.getReference(Organisation, ctx.organisationId!), downloadedBy: ctx.userId! });
      tx.audit({ action: 'tender.document.download', subjectType: 'tender_project', subjectId: document.project.id, change: { documentId: document.id, downloadId: download.id, sm3: document.sm3 } });
      return document;
    });
  }

  /** 报名: once per supplier and project; registering again returns the first registration. */
  register(ctx: TenantContext, projectId: string): Promise<TenderRegistrationView> {
    return this.db.transaction(ctx, async (em, tx) => {
      if (!ctx.organisationId || !ctx.userId) throw new AppError('AUTHENTICATION_REQUIRED');
      const published = await findPublishedProject(em, projectId);
      // Serialises registrations with the deadline sweep and with each other.
      const project = await lockProject(em, published.id, 'projectId');
      const existing = await em.findOne(TenderRegistration, { project, supplier: ctx.organisationId });
      if (existing) return registrationView(em, existing, project);
      checkOpenForBids(project, new Date());
      const registration = em.create(TenderRegistration, { tenantId: ctx.tenantId, project, supplier: em.getReference(Organisation, ctx.organisationId), registeredBy: ctx.userId });
      tx.audit({ action: 'tender.registration.create', subjectType: 'tender_project', subjectId: project.id, change: { registrationId: registration.id, supplierId: ctx.organisationId } });
      await em.flush();
      return registrationView(em, registration, project);
    });
  }

  /** A registered supplier's question; the answer comes as a clarification to everyone. */
  ask(ctx: TenantContext, projectId: string, body: string): Promise<TenderQuestion> {
    const problems = new ProblemList();
    const text = checkText(problems, 'body', body, 2, 2000);
    problems.throwIfAny();
    return this.db.transaction(ctx, async (em, tx) => {
      const project = await findPublishedProject(em, projectId);
      if (!(await em.count(TenderRegistration, { project, supplier: ctx.organisationId }))) throw new AppError('TENDER_NOT_REGISTERED', { field: 'projectId' });
      checkOpenForBids(project, new Date());
      const question = em.create(TenderQuestion, { tenantId: ctx.tenantId, project, supplier: em.getReference(Organisation, ctx.organisationId!), askedBy: ctx.userId!, body: text });
      tx.audit({ action: 'tender.question.ask', subjectType: 'tender_project', subjectId: project.id, change: { questionId: question.id, body: text } });
      await em.flush();
      return question;
    });
  }

  /**
   * 澄清/修改, published to every registered supplier and on the notice. One that may affect
   * bid preparation with less than 15 days left moves the bid deadline so that 15 remain.
   */
  clarify(ctx: TenantContext, projectId: string, input: ClarificationInput): Promise<TenderClarificationView> {
    const problems = new ProblemList();
    const title = checkText(problems, 'title', input.title, 2, 200);
    const body = checkText(problems, 'body', input.body, 2, 10_000);
    problems.throwIfAny();
    return this.db.transaction(ctx, async (em, tx) => {
      const project = await lockOwnedProject(em, ctx, projectId, 'projectId');
      project.state = nextTenderProjectState(project.state, 'amend');
      const now = new Date();
      checkOpenForBids(project, now);
      const questions = await this.questionsToAnswer(em, project, input.questionIds ?? []);
      const oldDeadline = project.bidDeadline!;
      const newDeadline = input.affectsBids ? deadlineAfterClarification(oldDeadline, now) : oldDeadline;
      const moved = newDeadline.getTime() !== oldDeadline.getTime();
      const clarification = em.create(TenderClarification, {
        tenantId: ctx.tenantId, project, title, body, affectsBids: input.affectsBids, publishedBy: ctx.userId!,
        oldBidDeadline: moved ? oldDeadline : null, newBidDeadline: moved ? newDeadline : null, createdAt: now,
      });
      for (const q of questions) Object.assign(q, { answeredBy: clarification, updatedAt: now });
      if (moved) Object.assign(project, { bidDeadline: newDeadline, updatedAt: now });
      tx.audit({
        action: 'tender.project.clarify', subjectType: 'tender_project', subjectId: project.id,
        change: { clarificationId: clarification.id, title, affectsBids: input.affectsBids, answers: questions.map((q) => q.id), ...(moved ? { bidDeadline: { from: oldDeadline, to: newDeadline } } : {}) },
      });
      await em.flush();
      return toClarificationView(clarification);
    });
  }

  private async questionsToAnswer(em: EntityManager, project: TenderProject, ids: string[]): Promise<TenderQuestion[]> {
    const valid = [...new Set(ids)];
    const questions = valid.every(isUuid) && valid.length ? await em.find(TenderQuestion, { id: { $in: valid }, project }) : [];
    if (questions.length !== valid.length) throw new AppError('TENDER_QUESTION_NOT_FOUND', { field: 'input.questionIds' });
    return questions;
  }
}

async function registrationView(em: EntityManager, r: TenderRegistration, project: TenderProject): Promise<TenderRegistrationView> {
  return { id: r.id, registeredAt: r.createdAt, notice: await loadNoticeView(em, project), documents: await loadDocumentViews(em, project) };
}

/** Registration, questions and clarifications close at the bid deadline. */
function checkOpenForBids(project: TenderProject, now: Date): void {
  if (project.state !== TenderProjectState.Published || !project.bidDeadline || project.bidDeadline <= now) {
    throw new AppError('TENDER_BIDDING_CLOSED', { field: 'projectId' });
  }
}
