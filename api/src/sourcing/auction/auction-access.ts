import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Auction, AuctionDirection, isUuid, Role, type TenantContext } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';

/** The organiser's side: the unit or agency running it, or the unit it is run for. */
export function runsAuction(ctx: TenantContext, a: Auction): boolean {
  return !!ctx.organisationId && (a.organiser.id === ctx.organisationId || a.buyer.id === ctx.organisationId);
}

/** Finance and the platform operator oversee every auction of the tenant. */
export function overseesAuctions(ctx: TenantContext): boolean {
  return ctx.roles.includes(Role.Finance) || ctx.roles.includes(Role.TenantOperator);
}

/**
 * Who may see an auction: anyone (guests too) for a public asset auction; for a reverse auction,
 * its organiser's side, oversight, and suppliers (qualification is checked when they bid).
 * Anyone else gets "not found", as for an auction of another tenant.
 */
export function maySee(ctx: TenantContext, a: Auction): boolean {
  if (a.direction === AuctionDirection.Forward) return true;
  return runsAuction(ctx, a) || overseesAuctions(ctx) || ctx.roles.includes(Role.Supplier);
}

export async function loadAuction(em: EntityManager, ctx: TenantContext, id: string, lock = false): Promise<Auction> {
  const a = isUuid(id) ? await em.findOne(Auction, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {}) : null;
  if (!a || !maySee(ctx, a)) throw new AppError('AUCTION_NOT_FOUND', { field: 'auctionId' });
  return a;
}
