import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatYuan, OrderState, type TenantContext } from '@zhengcai/schema';
import type { TxEffects } from '../../platform/database/tx-effects.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Payable, PayableHandler, SettledPayment } from '../../payments/payable.js';
import { BudgetLedger } from '../budgets/budget-ledger.js';
import { OrderFulfilmentService } from './order-fulfilment.service.js';

/**
 * Orders as payment subjects: an invoiced order is due for its accepted amount, from the
 * buying unit to the supplier. Paying it consumes the frozen budget and closes the order.
 */
@Injectable()
export class OrderPayableHandler implements PayableHandler {
  readonly subjectType = 'order';

  constructor(
    private readonly fulfilment: OrderFulfilmentService,
    private readonly ledger: BudgetLedger,
  ) {}

  async describe(em: EntityManager, _ctx: TenantContext, subjectId: string): Promise<Payable> {
    const order = await this.fulfilment.lockOrder(em, subjectId);
    if (order.state !== OrderState.Invoiced) throw new AppError('ORDER_NOT_PAYABLE', { state: order.state });
    return { amountFen: order.acceptedFen!, payerOrganisationId: order.buyer.id, payeeOrganisationId: order.supplier.id, title: `政府采购网上超市订单 ${order.orderNo}` };
  }

  async settled(em: EntityManager, tx: TxEffects, ctx: TenantContext, subjectId: string, payment: SettledPayment): Promise<void> {
    const order = await this.fulfilment.lockOrder(em, subjectId);
    if (order.state !== OrderState.Invoiced) throw new AppError('ORDER_NOT_PAYABLE', { state: order.state });
    if (payment.amountFen !== order.acceptedFen) throw new AppError('ORDER_PAYMENT_AMOUNT_MISMATCH', { due: formatYuan(order.acceptedFen!), paid: formatYuan(payment.amountFen) });
    const note = `${payment.provider} ${payment.reference}`;
    await this.fulfilment.transitionIn(em, tx, ctx, order, 'pay', async () => {
      const line = await this.ledger.lock(em, order.budgetLine.id);
      this.ledger.consume(em, ctx, line, order.acceptedFen!, order.id);
      return { paymentId: payment.paymentId, provider: payment.provider, reference: payment.reference, amount: formatYuan(payment.amountFen) };
    }, note);
    // Nothing remains to do once paid: the order closes in the same transaction.
    await this.fulfilment.transitionIn(em, tx, ctx, order, 'close', async () => ({}));
  }
}
