import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { TenderProjectConnection, TenderProjectType } from '../tender-project.types.js';
import { OversightQueries } from './oversight.queries.js';
import { EvaluationExpertType, LotOversightType, TenderProjectsArgs } from './oversight.types.js';

/** The province's tendering as the regulator (finance) and the platform operator see it. */
@Resolver()
export class OversightResolver {
  constructor(private readonly queries: OversightQueries) {}

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => TenderProjectConnection, { description: 'Every tender project of the province, newest first (finance, operator).' })
  tenderProjects(@CurrentTenant() ctx: TenantContext, @Args() args: TenderProjectsArgs) {
    return this.queries.projects(ctx, { state: args.state, method: args.method }, args);
  }

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => TenderProjectType, { description: 'Any project of the province with its lots, documents and questions (finance, operator).' })
  supervisedTenderProject(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.project(ctx, id);
  }

  @Roles(Role.Finance)
  @Query(() => LotOversightType, { description: "A lot's challenges with their complaints, and its suspensions (finance)." })
  tenderLotOversight(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return this.queries.lot(ctx, lotId);
  }

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => [EvaluationExpertType], { description: 'The evaluation expert pool with profiles, by name (finance, operator).' })
  evaluationExperts(@CurrentTenant() ctx: TenantContext) {
    return this.queries.experts(ctx);
  }
}
