import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BudgetLine, Category, formatYuan, isUuid, newId, Organisation, OrganisationKind, Role, type TenantContext, Tenant, TenderLot, TenderProject, TenderProjectState,
} from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import { domainEvent } from '../platform/jobs/job-catalogue.js';
import { requireReason } from '../catalog/problems.js';
import { BudgetLedger } from '../mall/budgets/budget-ledger.js';
import { legalMinimums, localDateTime } from './legal-deadlines.js';
import { lockOwnedProject } from './project-access.js';
import { checkProjectInput, minBiddersFor, type TenderProjectInput } from './project-input.js';
import { loadProjectView, type TenderProjectView } from './tender-views.js';
import { FINAL_LOT_STATES, nextTenderLotState, nextTenderProjectState } from './tender-state-machines.js';

/**
 * The buyer's side of a project up to publication: prepare and edit the draft, publish it
 * (legal minimum periods checked, budget frozen), cancel it (budget released, lots cancelled).
 */
@Injectable()
export class TenderProjectService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: BudgetLedger,
  ) {}

  create(ctx: TenantContext, raw: TenderProjectInput): Promise<TenderProjectView> {
    const input = checkProjectInput(raw);
    return this.db.transaction(ctx, async (em, tx) => {
      const buyer = await this.buyerFor(em, ctx, input.buyerId);
      const line = await this.checkReferences(em, input, buyer);
      const now = new Date();
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      const year = Number(localDateTime(now, tenant.timeZone).slice(0, 4));
      const project = em.create(TenderProject, {
        id: newId(), tenantId: ctx.tenantId, projectNo: await nextProjectNo(em, ctx, year), buyer,
        agency: ctx.roles.includes(Role.Agency) ? em.getReference(Organisation, ctx.organisationId!) : null,
        createdBy: ctx.userId!, budgetLine: line, ...fields(input), createdAt: now, updatedAt: now,
      });
      createLots(em, ctx, project, input);
      tx.audit({ action: 'tender.project.create', subjectType: 'tender_project', subjectId: project.id, change: { projectNo: project.projectNo, buyerId: buyer.id, ...auditFields(input) } });
      await em.flush();
      return view(em, project);
    });
  }

  /** A draft is edited as a whole; its lots are replaced (nothing refers to a draft lot). */
  update(ctx: TenantContext, id: string, raw: TenderProjectInput): Promise<TenderProjectView> {
    const input = checkProjectInput(raw);
    return this.db.transaction(ctx, async (em, tx) => {
      const project = await lockOwnedProject(em, ctx, id);
      if (project.state !== TenderProjectState.Draft) throw new AppError('TENDER_PROJECT_NOT_DRAFT', { field: 'id' });
      if (input.buyerId && input.buyerId !== project.buyer.id) throw new AppError('TENDER_BUYER_FIXED', { field: 'buyerId' });
      const line = await this.checkReferences(em, input, project.buyer);
      await em.nativeDelete(TenderLot, { project });
      em.assign(project, { ...fields(input), budgetLine: line, updatedAt: new Date() });
      createLots(em, ctx, project, input);
      tx.audit({ action: 'tender.project.update', subjectType: 'tender_project', subjectId: project.id, change: auditFields(input) });
      await em.flush();
      return view(em, project);
    });
  }

  publish(ctx: TenantContext, id: string): Promise<TenderProjectView> {
    return this.db.transaction(ctx, async (em, tx) => {
      const project = await lockOwnedProject(em, ctx, id);
      project.state = nextTenderProjectState(project.state, 'publish');
      const now = new Date();
      // Documents are issued from publication at the earliest.
      const documentsFrom = project.documentsFrom && project.documentsFrom > now ? project.documentsFrom : now;
      await checkLegalPeriods(em, ctx, project, documentsFrom);
      const line = await this.ledger.lock(em, project.budgetLine.id, 'budgetLineId');
      this.ledger.freeze(em, ctx, line, project.budgetFen, project.id, 'budgetLineId');
      const lots = await em.find(TenderLot, { project }, { orderBy: { lotNo: 'asc' } });
      for (const lot of lots) {
        lot.state = nextTenderLotState(lot.state, 'publish');
        lot.updatedAt = now;
      }
      Object.assign(project, { documentsFrom, publishedAt: now, updatedAt: now });
      tx.audit({
        action: 'tender.project.publish', subjectType: 'tender_project', subjectId: project.id,
        change: { projectNo: project.projectNo, documentsFrom, documentsUntil: project.documentsUntil, bidDeadline: project.bidDeadline, frozen: formatYuan(project.budgetFen), budgetLineId: line.id },
      });
      await em.flush();
      return view(em, project);
    });
  }

  cancel(ctx: TenantContext, id: string, reasonText: string): Promise<TenderProjectView> {
    const reason = requireReason(reasonText);
    return this.db.transaction(ctx, async (em, tx) => {
      const project = await lockOwnedProject(em, ctx, id);
      const wasPublished = project.state === TenderProjectState.Published;
      project.state = nextTenderProjectState(project.state, 'cancel');
      const now = new Date();
      // The lots' rows too: the deadline sweep must not close a lot that is being cancelled.
      await em.execute('select id from tender_lot where project_id = ? order by id for update', [project.id]);
      const lots = await em.find(TenderLot, { project }, { orderBy: { lotNo: 'asc' }, refresh: true });
      const cancelled: string[] = [];
      for (const lot of lots) {
        if (FINAL_LOT_STATES.includes(lot.state)) continue;
        lot.state = nextTenderLotState(lot.state, 'cancel');
        lot.failureReason = reason;
        lot.updatedAt = now;
        cancelled.push(lot.id);
        // Deposits of a published lot are freed by the deposits context.
        if (wasPublished) tx.publish(domainEvent('tender.lot.cancelled', { lotId: lot.id, trigger: 'lot_cancelled' }));
      }
      if (wasPublished) {
        const line = await this.ledger.lock(em, project.budgetLine.id);
        this.ledger.release(em, ctx, line, project.budgetFen, project.id, `采购项目 ${project.projectNo} 终止`);
      }
      Object.assign(project, { cancelReason: reason, updatedAt: now });
      tx.audit({ action: 'tender.project.cancel', subjectType: 'tender_project', subjectId: project.id, change: { reason, lots: cancelled, released: wasPublished ? formatYuan(project.budgetFen) : '0.00' } });
      await em.flush();
      return view(em, project);
    });
  }

  /** The purchasing unit the project buys for: the purchaser's own, or the one an agency names. */
  private async buyerFor(em: EntityManager, ctx: TenantContext, buyerId: string | null | undefined): Promise<Organisation> {
    if (!ctx.userId || !ctx.organisationId) throw new AppError('AUTHENTICATION_REQUIRED');
    if (!ctx.roles.includes(Role.Agency)) return em.findOneOrFail(Organisation, { id: ctx.organisationId });
    const unit = buyerId && isUuid(buyerId) ? await em.findOne(Organisation, { id: buyerId, kind: OrganisationKind.PurchasingUnit }) : null;
    if (!unit) throw new AppError('PURCHASING_UNIT_NOT_FOUND', { field: 'buyerId' });
    return unit;
  }

  private async checkReferences(em: EntityManager, input: TenderProjectInput, buyer: Organisation): Promise<BudgetLine> {
    if (!(await em.count(Category, { code: input.categoryCode }))) throw new AppError('TENDER_CATEGORY_NOT_FOUND', { code: input.categoryCode, field: 'categoryCode' });
    const line = isUuid(input.budgetLineId) ? await em.findOne(BudgetLine, { id: input.budgetLineId }) : null;
    // Another unit's line is as unknown to the caller as another tenant's.
    if (!line || line.unit.id !== buyer.id) throw new AppError('BUDGET_LINE_NOT_FOUND', { field: 'budgetLineId' });
    return line;
  }
}

async function view(em: EntityManager, project: TenderProject): Promise<TenderProjectView> {
  await em.populate(project, ['buyer', 'agency']);
  return loadProjectView(em, project);
}

function fields(input: TenderProjectInput) {
  return {
    title: input.title, description: input.description, method: input.method, kind: input.kind, categoryCode: input.categoryCode,
    budgetFen: input.lots.reduce((sum, l) => sum + l.budget, 0n), evaluationMethod: input.evaluationMethod, criteria: input.criteria,
    smeDeductionBp: input.smeDeductionBp, qualification: input.qualification,
    documentsFrom: input.documentsFrom, documentsUntil: input.documentsUntil, bidDeadline: input.bidDeadline,
  };
}

function auditFields(input: TenderProjectInput) {
  return {
    title: input.title, method: input.method, kind: input.kind, categoryCode: input.categoryCode, budgetLineId: input.budgetLineId,
    evaluationMethod: input.evaluationMethod, criteria: input.criteria, smeDeductionBp: input.smeDeductionBp,
    documentsFrom: input.documentsFrom, documentsUntil: input.documentsUntil, bidDeadline: input.bidDeadline,
    lots: input.lots.map((l) => ({ title: l.title, budget: formatYuan(l.budget), deposit: formatYuan(l.deposit) })),
  };
}

function createLots(em: EntityManager, ctx: TenantContext, project: TenderProject, input: TenderProjectInput): void {
  input.lots.forEach((lot, i) => em.create(TenderLot, {
    tenantId: ctx.tenantId, project, lotNo: i + 1, title: lot.title, scope: lot.scope, budgetFen: lot.budget, depositFen: lot.deposit, minBidders: minBiddersFor(input.method),
  }));
}

/** Refuses dates shorter than the law allows, naming the earliest lawful one. */
async function checkLegalPeriods(em: EntityManager, ctx: TenantContext, project: TenderProject, documentsFrom: Date): Promise<void> {
  const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
  if (!project.documentsUntil || !project.bidDeadline) throw new AppError('TENDER_DATES_ORDER', { field: 'bidDeadline' });
  const min = await legalMinimums(em, ctx.tenantId, project.method, documentsFrom);
  if (min.documentsUntil && project.documentsUntil < min.documentsUntil) {
    throw new AppError('TENDER_DOCUMENTS_PERIOD_TOO_SHORT', { earliest: localDateTime(min.documentsUntil, tenant.timeZone), field: 'documentsUntil' }, { earliest: min.documentsUntil.toISOString() });
  }
  if (project.bidDeadline < min.bidDeadline) {
    throw new AppError('TENDER_DEADLINE_TOO_SHORT', { method: project.method, earliest: localDateTime(min.bidDeadline, tenant.timeZone), field: 'bidDeadline' }, { earliest: min.bidDeadline.toISOString() });
  }
}

/** `ZC` + year + six digits, per tenant: the counter row serialises numbering within a tenant. */
async function nextProjectNo(em: EntityManager, ctx: TenantContext, year: number): Promise<string> {
  const [row] = await em.execute<{ last: number }[]>(
    `insert into tender_project_counter (id, tenant_id, year, last) values (?, ?, ?, 1)
     on conflict (tenant_id, year) do update set last = tender_project_counter.last + 1 returning last`,
    [newId(), ctx.tenantId, year],
  );
  return `ZC${year}-${String(row.last).padStart(6, '0')}`;
}
