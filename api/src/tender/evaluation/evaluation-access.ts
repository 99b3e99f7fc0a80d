import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EvaluationPanelMember, isUuid, Role, type TenantContext, type TenderProject, TenderLot, TenderLotState } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';

export function requireUser(ctx: TenantContext): string {
  if (!ctx.userId) throw new AppError('AUTHENTICATION_REQUIRED');
  return ctx.userId;
}

/** A lot with its project, buyer and agency; NOT_FOUND for a malformed or unknown id. */
export async function findLot(em: EntityManager, lotId: string, lock = false): Promise<TenderLot> {
  const lot = isUuid(lotId)
    ? await em.findOne(TenderLot, { id: lotId }, { populate: ['project', 'project.buyer', 'project.agency'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) })
    : null;
  if (!lot) throw new AppError('EVALUATION_LOT_NOT_FOUND');
  return lot;
}

/** The agency running the project, or the buyer when there is none: they run the evaluation. */
export function isOrganiser(ctx: TenantContext, project: TenderProject): boolean {
  if (project.agency) return ctx.roles.includes(Role.Agency) && ctx.organisationId === project.agency.id;
  return (ctx.roles.includes(Role.Purchaser) || ctx.roles.includes(Role.UnitAdmin)) && ctx.organisationId === project.buyer.id;
}

/** Organiser, buyer (even with an agency) or the regulator: who may read a lot's evaluation records. */
export function mayReadEvaluation(ctx: TenantContext, project: TenderProject): boolean {
  if (ctx.roles.includes(Role.Finance)) return true;
  if ((ctx.roles.includes(Role.Purchaser) || ctx.roles.includes(Role.UnitAdmin)) && ctx.organisationId === project.buyer.id) return true;
  return isOrganiser(ctx, project);
}

/** The lot, if the caller organises its evaluation; otherwise it does not exist for them. */
export async function organisedLot(em: EntityManager, ctx: TenantContext, lotId: string, lock = false): Promise<TenderLot> {
  const lot = await findLot(em, lotId, lock);
  if (!isOrganiser(ctx, lot.project)) throw new AppError('EVALUATION_LOT_NOT_FOUND');
  return lot;
}

export function requireEvaluating(lot: TenderLot): void {
  if (lot.state !== TenderLotState.Evaluating) throw new AppError('EVALUATION_LOT_NOT_EVALUATING', { state: lot.state });
}

/** The caller's seat on the lot's panel; a lot whose panel they are not on does not exist for them. */
export async function panelSeat(em: EntityManager, ctx: TenantContext, lotId: string, lock = false): Promise<EvaluationPanelMember> {
  const userId = requireUser(ctx);
  const seat = isUuid(lotId)
    ? await em.findOne(EvaluationPanelMember, { lot: lotId, expert: userId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
    : null;
  if (!seat) throw new AppError('EVALUATION_LOT_NOT_FOUND');
  return seat;
}
