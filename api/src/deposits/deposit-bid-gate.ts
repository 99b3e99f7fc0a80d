import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Deposit, DepositState, formatYuan, Guarantee, GuaranteeState, type TenantContext, type TenderLot } from '@zhengcai/schema';
import { AppError } from '../platform/errors/app-error.js';
import type { BidGate } from '../tender/bid-gate.js';

/** A lot with a deposit takes bids only from suppliers whose deposit for it is paid and held, or who presented an accepted guarantee covering it. */
@Injectable()
export class DepositBidGate implements BidGate {
  readonly name = 'deposit';

  async check(em: EntityManager, _ctx: TenantContext, lot: TenderLot, supplierOrganisationId: string): Promise<void> {
    if (lot.depositFen <= 0n) return;
    const held = await em.findOne(Deposit, { lot: lot.id, supplier: supplierOrganisationId, state: { $in: [DepositState.Held, DepositState.Challenged] } });
    if (held && held.amountFen >= lot.depositFen) return;
    const guarantee = await em.findOne(Guarantee, { lot: lot.id, supplier: supplierOrganisationId, state: GuaranteeState.Accepted, amountFen: { $gte: lot.depositFen }, validUntil: { $gt: new Date() } });
    if (!guarantee) throw new AppError('DEPOSIT_REQUIRED', { amount: formatYuan(lot.depositFen) });
  }
}
