import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import {
  isUuid, type ProcurementMethod, Role, type TenantContext, TenderClarification, TenderProject, TenderProjectState, TenderRegistration,
} from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { AppError } from '../platform/errors/app-error.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../platform/pagination/keyset.js';
import { findPublishedProject, ownsProject } from './project-access.js';
import {
  loadDocumentViews, loadNoticeView, loadProjectView, toClarificationView, type TenderClarificationView, type TenderNoticeView, type TenderProjectView,
  type TenderRegistrationView,
} from './tender-views.js';

export interface AnnouncementFilter { method?: ProcurementMethod | null; categoryCode?: string | null }

/** Reads of tender projects: the public announcements, the owner's projects, a supplier's registrations. */
@Injectable()
export class TenderQueries {
  constructor(private readonly db: TenantDb) {}

  /** Published announcements of the tenant, newest first; a category code matches its subtree. */
  announcements(ctx: TenantContext, filter: AnnouncementFilter, page: PageRequest): Promise<Connection<TenderNoticeView>> {
    const first = pageSize(page);
    const after = keysetAfter(page, 'publishedAt');
    const category = filter.categoryCode?.trim().toUpperCase();
    if (category && !/^[A-C][0-9]{0,14}$/.test(category)) return Promise.resolve(toConnection([], first, () => [], (n: TenderNoticeView) => n));
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        TenderProject,
        { $and: [{ publishedAt: { $ne: null } }, filter.method ? { method: filter.method } : {}, category ? { categoryCode: { $like: `${category}%` } } : {}, after] },
        { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['buyer', 'agency'] },
      );
      const views = await Promise.all(rows.map((r) => loadNoticeView(em, r)));
      return toConnection(views, first, (n) => [n.publishedAt!.toISOString(), n.id], (n) => n);
    });
  }

  notice(ctx: TenantContext, id: string): Promise<TenderNoticeView> {
    return this.db.transaction(ctx, async (em) => loadNoticeView(em, await findPublishedProject(em, id, 'id')));
  }

  clarifications(ctx: TenantContext, projectId: string): Promise<TenderClarificationView[]> {
    return this.db.transaction(ctx, async (em) => {
      const project = await findPublishedProject(em, projectId);
      return (await em.find(TenderClarification, { project }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map(toClarificationView);
    });
  }

  /** The caller's projects: its unit's (purchaser) or the ones it runs (agency), newest first. */
  mine(ctx: TenantContext, page: PageRequest): Promise<Connection<TenderProjectView>> {
    const first = pageSize(page);
    const after = keysetAfter(page, 'createdAt');
    const scope: FilterQuery<TenderProject> = ctx.roles.includes(Role.Agency) ? { agency: ctx.organisationId } : { buyer: ctx.organisationId };
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(TenderProject, { $and: [scope, after] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['buyer', 'agency'] });
      const views = await Promise.all(rows.map((r) => loadProjectView(em, r)));
      return toConnection(views, first, (v) => [v.createdAt.toISOString(), v.id], (v) => v);
    });
  }

  project(ctx: TenantContext, id: string): Promise<TenderProjectView> {
    return this.db.transaction(ctx, async (em) => {
      const project = isUuid(id) ? await em.findOne(TenderProject, { id }, { populate: ['buyer', 'agency'] }) : null;
      if (!project || !ownsProject(ctx, project)) throw new AppError('TENDER_PROJECT_NOT_FOUND', { field: 'id' });
      return loadProjectView(em, project);
    });
  }

  /** The supplier's registrations, newest first, each with the notice and the documents it may download. */
  registrations(ctx: TenantContext, page: PageRequest): Promise<Connection<TenderRegistrationView>> {
    const first = pageSize(page);
    const after = keysetAfter(page, 'createdAt');
    return this.db.transaction(ctx, async (em) => {
      const rows = await em.find(
        TenderRegistration,
        { $and: [{ supplier: ctx.organisationId }, after] },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['project', 'project.buyer', 'project.agency'] },
      );
      const views = await Promise.all(rows.map(async (r) => ({
        id: r.id, registeredAt: r.createdAt, notice: await loadNoticeView(em, r.project),
        documents: r.project.state === TenderProjectState.Draft ? [] : await loadDocumentViews(em, r.project),
      })));
      return toConnection(views, first, (v) => [v.registeredAt.toISOString(), v.id], (v) => v);
    });
  }
}

/** Newest-first keyset condition on (at, id) from the cursor. */
function keysetAfter<K extends 'publishedAt' | 'createdAt'>(page: PageRequest, at: K): Record<string, unknown> {
  if (!page.after) return {};
  const [when, id] = decodeCursor(page.after, 2);
  const instant = new Date(String(when));
  if (!isUuid(String(id)) || Number.isNaN(instant.getTime())) throw new AppError('INVALID_CURSOR');
  return { $or: [{ [at]: { $lt: instant } }, { [at]: instant, id: { $lt: String(id) } }] };
}
