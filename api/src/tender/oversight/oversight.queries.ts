import { Injectable } from '@nestjs/common';
import {
  ExpertProfile, isUuid, type ProcurementMethod, type TenantContext, TenderChallenge, TenderComplaint, TenderLot, TenderLotSuspension, TenderProject,
  type TenderProjectState,
} from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../../platform/pagination/keyset.js';
import { toChallenge, toSuspension } from '../award/award-views.js';
import { loadProjectView, type TenderProjectView } from '../tender-views.js';
import type { EvaluationExpertType, LotOversightType } from './oversight.types.js';

export interface ProjectFilter { state?: TenderProjectState | null; method?: ProcurementMethod | null }

/** The regulator's reads of tendering: every project of the province, a lot's disputes, the expert pool. */
@Injectable()
export class OversightQueries {
  constructor(private readonly db: TenantDb) {}

  /** Every project of the province (drafts included), newest first. */
  projects(ctx: TenantContext, filter: ProjectFilter, page: PageRequest): Promise<Connection<TenderProjectView>> {
    const first = pageSize(page);
    let after = {};
    if (page.after) {
      const [when, id] = decodeCursor(page.after, 2);
      const at = new Date(String(when));
      if (!isUuid(String(id)) || Number.isNaN(at.getTime())) throw new AppError('INVALID_CURSOR');
      after = { $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: String(id) } }] };
    }
    return this.db.transaction(ctx, async (em) => {
      const where = { $and: [filter.state ? { state: filter.state } : {}, filter.method ? { method: filter.method } : {}, after] };
      const rows = await em.find(TenderProject, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['buyer', 'agency'] });
      const views = await Promise.all(rows.map((r) => loadProjectView(em, r)));
      return toConnection(views, first, (v) => [v.createdAt.toISOString(), v.id], (v) => v);
    });
  }

  project(ctx: TenantContext, id: string): Promise<TenderProjectView> {
    return this.db.transaction(ctx, async (em) => {
      const project = isUuid(id) ? await em.findOne(TenderProject, { id }, { populate: ['buyer', 'agency'] }) : null;
      if (!project) throw new AppError('TENDER_PROJECT_NOT_FOUND', { field: 'id' });
      return loadProjectView(em, project);
    });
  }

  lot(ctx: TenantContext, lotId: string): Promise<LotOversightType> {
    return this.db.transaction(ctx, async (em) => {
      const lot = isUuid(lotId) ? await em.findOne(TenderLot, { id: lotId }, { populate: ['project'] }) : null;
      if (!lot) throw new AppError('TENDER_LOT_NOT_FOUND', { field: 'lotId' });
      const challenges = await em.find(TenderChallenge, { lot }, { populate: ['lot.project', 'supplier'], orderBy: { createdAt: 'desc', id: 'desc' } });
      const complaints = challenges.length ? await em.find(TenderComplaint, { challenge: { $in: challenges.map((c) => c.id) } }, { populate: ['supplier'] }) : [];
      const byChallenge = new Map(complaints.map((c) => [c.challenge.id, c]));
      const suspensions = await em.find(TenderLotSuspension, { lot }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      return {
        lotId: lot.id, lotNo: lot.lotNo, lotTitle: lot.title, lotState: lot.state, projectId: lot.project.id, projectNo: lot.project.projectNo, projectTitle: lot.project.title,
        suspended: suspensions.some((s) => !s.liftedAt),
        challenges: challenges.map((c) => toChallenge(c, byChallenge.get(c.id) ?? null)),
        suspensions: suspensions.map(toSuspension),
      };
    });
  }

  /** The experts of the province (every expert has a profile), by name. */
  experts(ctx: TenantContext): Promise<EvaluationExpertType[]> {
    return this.db.transaction(ctx, async (em) => {
      const profiles = await em.find(ExpertProfile, {}, { populate: ['user', 'user.organisation'], orderBy: { user: { displayName: 'asc' }, id: 'asc' }, limit: 1000 });
      return profiles.map((p) => ({
        id: p.user.id, loginName: p.user.loginName, displayName: p.user.displayName, active: p.user.active, organisationId: p.user.organisation.id,
        organisationName: p.user.organisation.name, createdAt: p.user.createdAt,
        profile: { title: p.title, employerName: p.employerName, employerUscc: p.employerUscc ?? null, categoryCodes: p.categoryCodes },
      }));
    });
  }
}
