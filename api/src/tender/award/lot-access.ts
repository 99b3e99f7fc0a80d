import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Role, TenderChallenge, TenderChallengeState, TenderComplaint, TenderComplaintState, TenderLot, TenderLotSuspension, TenderProject,
  type TenantContext, isUuid,
} from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';

/** The lot with its project, locked for the caller's change. */
export async function lockLot(em: EntityManager, lotId: string): Promise<TenderLot> {
  if (!isUuid(lotId)) throw new AppError('AWARD_LOT_NOT_FOUND');
  const lot = await em.findOne(TenderLot, { id: lotId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!lot) throw new AppError('AWARD_LOT_NOT_FOUND');
  await em.populate(lot, ['project']);
  return lot;
}

/** The project's purchasing unit (purchaser or unit admin), or with `agency` also its agency. */
export function isBuyerSide(ctx: TenantContext, project: TenderProject, agency: boolean): boolean {
  if (!ctx.organisationId) return false;
  const buyer = project.buyer.id === ctx.organisationId && (ctx.roles.includes(Role.Purchaser) || ctx.roles.includes(Role.UnitAdmin));
  const isAgency = agency && project.agency?.id === ctx.organisationId && ctx.roles.includes(Role.Agency);
  return buyer || isAgency;
}

export function requireBuyerSide(ctx: TenantContext, project: TenderProject, agency: boolean): void {
  if (!isBuyerSide(ctx, project, agency)) throw new AppError('TENDER_NOT_LOT_BUYER');
}

export function requireUser(ctx: TenantContext): string {
  if (!ctx.userId) throw new AppError('TENDER_NOT_LOT_BUYER');
  return ctx.userId;
}

/** The finance department's active suspension of the lot, if any. */
export function activeSuspension(em: EntityManager, lotId: string): Promise<TenderLotSuspension | null> {
  return em.findOne(TenderLotSuspension, { lot: lotId, liftedAt: null });
}

export async function refuseIfSuspended(em: EntityManager, lotId: string): Promise<void> {
  const suspension = await activeSuspension(em, lotId);
  if (suspension) throw new AppError('AWARD_LOT_SUSPENDED', { reason: suspension.reason.slice(0, 100) });
}

/** Whether a pending challenge, a pending complaint or a suspension holds the lot's contract. */
export async function lotBlocked(em: EntityManager, lotId: string): Promise<boolean> {
  const [challenges, complaints, suspension] = await Promise.all([
    em.count(TenderChallenge, { lot: lotId, state: TenderChallengeState.Pending }),
    em.count(TenderComplaint, { lot: lotId, state: TenderComplaintState.Pending }),
    activeSuspension(em, lotId),
  ]);
  return challenges > 0 || complaints > 0 || suspension !== null;
}

/** Text a person writes (a challenge, an answer, a decision): trimmed, 2 to `max` characters. */
export function requireText(value: string | null | undefined, field: string, max = 2000): string {
  const text = (value ?? '').trim();
  const length = [...text].length;
  if (length < 2 || length > max) throw new AppError('TENDER_TEXT_REQUIRED', { field, max });
  return text;
}
