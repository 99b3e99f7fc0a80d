import { Module, type OnModuleInit } from '@nestjs/common';
import { PayableRegistry, PayablesModule } from '../payments/payable.js';
import { BudgetImportService } from './budgets/budget-import.service.js';
import { BudgetLedger } from './budgets/budget-ledger.js';
import { BudgetLineService } from './budgets/budget-line.service.js';
import { FulfilmentFactsService } from './fulfilment/fulfilment-facts.service.js';
import { OrderDeadlineService } from './orders/order-deadline.service.js';
import { OrderFulfilmentService } from './orders/order-fulfilment.service.js';
import { OrderPayableHandler } from './orders/order-payable.js';
import { OrderPlacementService } from './orders/order-placement.service.js';
import { OrderQueries } from './orders/order.queries.js';

const SERVICES = [
  BudgetLedger, BudgetLineService, BudgetImportService, OrderPlacementService, OrderFulfilmentService, OrderQueries, OrderDeadlineService, FulfilmentFactsService,
  OrderPayableHandler,
];

/** Mall services (budgets, orders, fulfilment), shared by the API and the workers. */
@Module({ imports: [PayablesModule], providers: SERVICES, exports: SERVICES })
export class MallModule implements OnModuleInit {
  constructor(
    private readonly payables: PayableRegistry,
    private readonly orderPayable: OrderPayableHandler,
  ) {}

  onModuleInit(): void {
    this.payables.register(this.orderPayable);
  }
}
