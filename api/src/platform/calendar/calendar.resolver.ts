import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../graphql/gql-context.js';
import { Public, Roles } from '../identity/access.decorators.js';
import { CalendarDaysService } from './calendar-days.service.js';
import { CalendarDayInput, CalendarDayType } from './calendar.types.js';

@Resolver(() => CalendarDayType)
export class CalendarResolver {
  constructor(private readonly days: CalendarDaysService) {}

  // Public like the rules: deadlines are counted in working days everyone must be able to check.
  // A plain list: a year has at most a few dozen exceptions.
  @Public()
  @Query(() => [CalendarDayType], { description: "A year's holidays and make-up working days in this province, by date." })
  calendarDays(@CurrentTenant() ctx: TenantContext, @Args('year', { type: () => Int }) year: number) {
    return this.days.list(ctx, year);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => CalendarDayType, { description: 'Sets a date as a holiday or a make-up working day (tenant operator); audited.' })
  setCalendarDay(@CurrentTenant() ctx: TenantContext, @Args('input') input: CalendarDayInput) {
    return this.days.set(ctx, input);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => Boolean, { description: "Removes a date's exception (tenant operator); false when it had none; audited." })
  removeCalendarDay(@CurrentTenant() ctx: TenantContext, @Args('day') day: string) {
    return this.days.remove(ctx, day);
  }
}
