import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { type Fen, type FinancingState, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { MoneyScalar } from '../platform/graphql/money.scalar.js';
import { Roles } from '../platform/identity/access.decorators.js';
import { StatisticsPeriodInput } from '../oversight/statistics/statistics.types.js';
import { FinancingStatistics } from './financing-statistics.js';
import { FinancingStateEnum } from './financing.types.js';

@ObjectType('FinancingStatusFigure')
export class FinancingStatusFigureType {
  @Field(() => FinancingStateEnum) state!: FinancingState;
  @Field(() => Int) count!: number;
  @Field(() => MoneyScalar, { description: 'Amounts requested.' }) amount!: Fen;
  @Field(() => MoneyScalar, { description: 'Amounts the lenders approved or disbursed.' }) lenderAmount!: Fen;
}

@ObjectType('FinancingMonth', { description: "A month's financing applications by their lender status now." })
export class FinancingMonthType {
  @Field({ description: 'YYYY-MM, in the province time zone.' }) month!: string;
  @Field(() => [FinancingStatusFigureType]) byState!: FinancingStatusFigureType[];
}

@Resolver()
export class FinancingStatisticsResolver {
  constructor(private readonly statistics: FinancingStatistics) {}

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => [FinancingMonthType], { description: 'Contract financing per month of application: counts and amounts by lender status (docs/financing.md).' })
  async financingStatistics(@CurrentTenant() ctx: TenantContext, @Args('period', { type: () => StatisticsPeriodInput }) period: StatisticsPeriodInput) {
    return (await this.statistics.byMonth(ctx, period)).map((m) => ({
      month: m.month,
      byState: m.byState.map((s) => ({ state: s.state, count: s.count, amount: s.amountFen, lenderAmount: s.lenderAmountFen })),
    }));
  }
}
