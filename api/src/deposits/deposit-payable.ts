import { Injectable } from '@nestjs/common';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Deposit, DepositPaidVia, DepositState, formatYuan, isUuid, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../platform/database/tx-effects.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Payable, PayableHandler, SettledPayment } from '../payments/payable.js';
import { DepositService } from './deposit.service.js';

/** Deposits as payment subjects (Alipay): an open deposit is due in full, from the supplier to the buyer's centre. */
@Injectable()
export class DepositPayableHandler implements PayableHandler {
  readonly subjectType = 'deposit';

  constructor(private readonly deposits: DepositService) {}

  private async lock(em: EntityManager, id: string): Promise<Deposit> {
    const d = isUuid(id) ? await em.findOne(Deposit, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!d) throw new AppError('DEPOSIT_NOT_FOUND');
    return d;
  }

  async describe(em: EntityManager, _ctx: TenantContext, subjectId: string): Promise<Payable> {
    const d = await this.lock(em, subjectId);
    if (d.state !== DepositState.Due) throw new AppError('DEPOSIT_TRANSITION_NOT_ALLOWED', { state: d.state, action: 'pay' });
    if (d.auction) {
      await em.populate(d, ['auction']);
      return { amountFen: d.amountFen, payerOrganisationId: d.supplier.id, payeeOrganisationId: d.auction.organiser.id, title: `竞买保证金 ${d.auction.title}`.slice(0, 100) };
    }
    await em.populate(d, ['lot.project']);
    const lot = d.lot!;
    return { amountFen: d.amountFen, payerOrganisationId: d.supplier.id, payeeOrganisationId: lot.project.buyer.id, title: `投标保证金 ${lot.project.projectNo} 第${lot.lotNo}包` };
  }

  async settled(em: EntityManager, tx: TxEffects, _ctx: TenantContext, subjectId: string, payment: SettledPayment): Promise<void> {
    const d = await this.lock(em, subjectId);
    if (payment.amountFen !== d.amountFen) throw new AppError('DEPOSIT_AMOUNT_MISMATCH', { due: formatYuan(d.amountFen), paid: formatYuan(payment.amountFen) });
    this.deposits.markPaid(tx, d, DepositPaidVia.Alipay, payment.reference, payment.paymentId, new Date());
    await em.flush();
  }
}
