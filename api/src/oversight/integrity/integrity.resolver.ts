import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { IntegrityAppeals } from './integrity-appeals.service.js';
import { IntegrityPenalties } from './integrity-penalties.service.js';
import { IntegrityQueries } from './integrity-queries.service.js';
import {
  IntegrityAppealConnection, IntegrityAppealResultType, IntegrityAppealsArgs, IntegrityPenaltyInput, IntegrityPenaltyResultType, IntegrityStandingConnection,
  IntegrityStandingsArgs, SupplierIntegrityType,
} from './integrity.types.js';

@Resolver()
export class IntegrityResolver {
  constructor(
    private readonly queries: IntegrityQueries,
    private readonly appeals: IntegrityAppeals,
    private readonly penalties: IntegrityPenalties,
  ) {}

  @Roles(Role.Supplier)
  @Query(() => SupplierIntegrityType, { description: 'Your integrity score, band and every event that moved it, newest first.' })
  myIntegrity(@CurrentTenant() ctx: TenantContext, @Args() page: PageArgs) {
    return this.queries.mine(ctx, page);
  }

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => SupplierIntegrityType, { description: "A supplier's integrity score, band and events (operator, finance)." })
  supplierIntegrity(@CurrentTenant() ctx: TenantContext, @Args('supplierId', { type: () => ID }) supplierId: string, @Args() page: PageArgs) {
    return this.queries.supplier(ctx, supplierId, page);
  }

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => IntegrityStandingConnection, { description: 'Every supplier of the province by integrity score, lowest first; filter by band or block.' })
  integrityStandings(@CurrentTenant() ctx: TenantContext, @Args() args: IntegrityStandingsArgs) {
    return this.queries.standings(ctx, args.filter ?? {}, args);
  }

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => IntegrityAppealConnection, { description: 'Appeals: open ones oldest first (the queue), or decided ones newest first.' })
  integrityAppeals(@CurrentTenant() ctx: TenantContext, @Args() args: IntegrityAppealsArgs) {
    return this.queries.appeals(ctx, { state: args.state }, args);
  }

  @Roles(Role.Supplier)
  @Mutation(() => IntegrityAppealResultType, { description: 'Appeals one of your effective integrity events, with a reason (2–500 characters); it counts until decided.' })
  appealIntegrityEvent(@CurrentTenant() ctx: TenantContext, @Args('eventId', { type: () => ID }) eventId: string, @Args('reason') reason: string) {
    return this.appeals.appeal(ctx, eventId, reason);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => IntegrityAppealResultType, { description: 'Upholds (the event is removed and the score recomputed) or rejects an open appeal, with a reason.' })
  decideIntegrityAppeal(
    @CurrentTenant() ctx: TenantContext,
    @Args('appealId', { type: () => ID }) appealId: string,
    @Args('uphold') uphold: boolean,
    @Args('reason') reason: string,
  ) {
    return this.appeals.decide(ctx, appealId, uphold, reason);
  }

  @Roles(Role.TenantOperator, Role.Finance)
  @Mutation(() => IntegrityPenaltyResultType, { description: 'Enters an administrative penalty or blacklist record; the score is recomputed at once.' })
  async recordIntegrityPenalty(@CurrentTenant() ctx: TenantContext, @Args('input') input: IntegrityPenaltyInput) {
    const { eventId, supplierId } = await this.penalties.record(ctx, input);
    const { standing } = await this.queries.supplier(ctx, supplierId, { first: 1 });
    return { eventId, standing };
  }
}
