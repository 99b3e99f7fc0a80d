import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { PageArgs } from '../platform/graphql/pagination.js';
import { Public, Roles } from '../platform/identity/access.decorators.js';
import { TenderProjectService } from './tender-project.service.js';
import { TenderQueries } from './tender.queries.js';
import {
  TenderAnnouncementsArgs, TenderClarificationType, TenderNoticeConnection, TenderNoticeType, TenderProjectConnection, TenderProjectInput, TenderProjectType,
} from './tender-project.types.js';

const OWNERS = [Role.Purchaser, Role.Agency];
const idArg = () => Args('id', { type: () => ID });

@Resolver(() => TenderProjectType)
export class TenderProjectResolver {
  constructor(
    private readonly projects: TenderProjectService,
    private readonly queries: TenderQueries,
  ) {}

  @Public()
  @Query(() => TenderNoticeConnection, { description: 'Published announcements (采购公告) of the province, newest first.' })
  tenderAnnouncements(@CurrentTenant() ctx: TenantContext, @Args() args: TenderAnnouncementsArgs) {
    return this.queries.announcements(ctx, { method: args.method, categoryCode: args.categoryCode }, args);
  }

  @Public()
  @Query(() => TenderNoticeType, { description: "A published project's notice: lots, dates, qualification, deposits." })
  tenderNotice(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return this.queries.notice(ctx, id);
  }

  @Public()
  @Query(() => [TenderClarificationType], { description: "A published project's clarifications and amendments, oldest first." })
  tenderClarifications(@CurrentTenant() ctx: TenantContext, @Args('projectId', { type: () => ID }) projectId: string) {
    return this.queries.clarifications(ctx, projectId);
  }

  @Roles(...OWNERS)
  @Query(() => TenderProjectConnection, { description: "The unit's projects (purchaser) or those the agency runs, newest first." })
  myTenderProjects(@CurrentTenant() ctx: TenantContext, @Args() args: PageArgs) {
    return this.queries.mine(ctx, args);
  }

  @Roles(...OWNERS)
  @Query(() => TenderProjectType, { description: "One of the caller's projects with its documents, questions and registrations." })
  tenderProject(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return this.queries.project(ctx, id);
  }

  @Roles(...OWNERS)
  @Mutation(() => TenderProjectType, { description: 'Prepares a project as a draft (purchaser for its unit, agency for a named unit).' })
  createTenderProject(@CurrentTenant() ctx: TenantContext, @Args('input') input: TenderProjectInput) {
    return this.projects.create(ctx, input);
  }

  @Roles(...OWNERS)
  @Mutation(() => TenderProjectType, { description: 'Replaces a draft project’s content (lots included).' })
  updateTenderProject(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('input') input: TenderProjectInput) {
    return this.projects.update(ctx, id, input);
  }

  @Roles(...OWNERS)
  @Mutation(() => TenderProjectType, { description: 'Publishes the announcement: legal minimum periods checked, the budget frozen, lots open for bids.' })
  publishTenderProject(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return this.projects.publish(ctx, id);
  }

  @Roles(...OWNERS)
  @Mutation(() => TenderProjectType, { description: 'Cancels a draft or published project with a reason: lots cancelled, the frozen budget released.' })
  cancelTenderProject(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('reason') reason: string) {
    return this.projects.cancel(ctx, id, reason);
  }
}
