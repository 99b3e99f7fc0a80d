import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, Role, type TenantContext, TenderProject } from '@zhengcai/schema';
import { AppError } from '../platform/errors/app-error.js';

/** The buyer's purchaser or the project's agency: who prepares and runs a project. */
export function ownsProject(ctx: TenantContext, project: TenderProject): boolean {
  if (!ctx.organisationId) return false;
  if (ctx.roles.includes(Role.Purchaser) && project.buyer.id === ctx.organisationId) return true;
  return ctx.roles.includes(Role.Agency) && project.agency?.id === ctx.organisationId;
}

/**
 * The project, row-locked until the caller's transaction ends, when the caller owns it;
 * another unit's project is as unknown as another tenant's.
 */
export async function lockOwnedProject(em: EntityManager, ctx: TenantContext, id: string, field = 'id'): Promise<TenderProject> {
  const project = await lockProject(em, id, field);
  if (!ownsProject(ctx, project)) throw new AppError('TENDER_PROJECT_NOT_FOUND', { field });
  return project;
}

/** The project row-locked (its row only: an ORM lock would lock the joined organisations too). */
export async function lockProject(em: EntityManager, id: string, field = 'id'): Promise<TenderProject> {
  if (!isUuid(id)) throw new AppError('TENDER_PROJECT_NOT_FOUND', { field });
  const locked = await em.execute<{ id: string }[]>('select id from tender_project where id = ? for update', [id]);
  if (locked.length === 0) throw new AppError('TENDER_PROJECT_NOT_FOUND', { field });
  return em.findOneOrFail(TenderProject, { id }, { refresh: true, populate: ['buyer', 'agency', 'budgetLine'] });
}

/** A published project, for suppliers and the public; drafts do not exist for them. */
export async function findPublishedProject(em: EntityManager, id: string, field = 'projectId'): Promise<TenderProject> {
  const project = isUuid(id) ? await em.findOne(TenderProject, { id, publishedAt: { $ne: null } }, { populate: ['buyer', 'agency'] }) : null;
  if (!project) throw new AppError('TENDER_PROJECT_NOT_FOUND', { field });
  return project;
}
