import { Module } from '@nestjs/common';
import { BudgetLineResolver } from './budgets/budget-line.resolver.js';
import { MallModule } from './mall.module.js';
import { OrderResolver } from './orders/order.resolver.js';

/** The GraphQL face of the mall; only the API loads it. */
@Module({ imports: [MallModule], providers: [BudgetLineResolver, OrderResolver] })
export class MallApiModule {}
