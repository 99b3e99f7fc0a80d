import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { toListingType } from '../listings/listing-graphql.js';
import { ListingConnection, ListingType } from '../listings/listing.types.js';
import { ListingApprovalService } from './listing-approval.service.js';

@Resolver(() => ListingType)
export class ListingApprovalResolver {
  constructor(private readonly approval: ListingApprovalService) {}

  @Roles(Role.TenantOperator)
  @Query(() => ListingConnection, { description: 'Listings waiting for approval, oldest submission first (operator).' })
  async listingApprovalQueue(@CurrentTenant() ctx: TenantContext, @Args() page: PageArgs) {
    const c = await this.approval.queue(ctx, page);
    return { ...c, edges: c.edges.map((e) => ({ ...e, node: toListingType(e.node) })), nodes: c.nodes.map(toListingType) };
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => ListingType, { description: 'Puts a submitted listing on sale (operator).' })
  async approveListing(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return toListingType(await this.approval.approve(ctx, id));
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => ListingType, { description: 'Sends a submitted listing back to its supplier with a reason (operator).' })
  async rejectListing(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return toListingType(await this.approval.reject(ctx, id, reason));
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => ListingType, { description: 'Takes an approved listing off sale with a reason (operator).' })
  async operatorDelistListing(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return toListingType(await this.approval.delist(ctx, id, reason));
  }
}
