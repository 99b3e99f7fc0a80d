import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Deposit, DepositState, formatYuan, type TenantContext, type TenderLot } from '@zhengcai/schema';
import { AppError } from '../platform/errors/app-error.js';
import type { BidGate } from '../tender/bid-gate.js';

/** A lot with a deposit takes bids only from suppliers whose deposit for it is paid and held. */
@Injectable()
export class DepositBidGate implements BidGate {
  readonly name = 'deposit';

  async check(em: EntityManager, _ctx: TenantContext, lot: TenderLot, supplierOrganisationId: string): Promise<void> {
    if (lot.depositFen <= 0n) return;
    const held = await em.findOne(Deposit, { lot: lot.id, supplier: supplierOrganisationId, state: { $in: [DepositState.Held, DepositState.Challenged] } });
    if (!held || held.amountFen < lot.depositFen) throw new AppError('DEPOSIT_REQUIRED', { amount: formatYuan(lot.depositFen) });
  }
}
