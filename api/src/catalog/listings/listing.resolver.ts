import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Fen, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { ListingAuthoringService } from './listing-authoring.service.js';
import { listingFields, toListingType } from './listing-graphql.js';
import { ListingQueries } from './listing.queries.js';
import { ListingConnection, ListingInput, ListingType, MyListingsArgs } from './listing.types.js';

@Resolver(() => ListingType)
export class ListingResolver {
  constructor(
    private readonly queries: ListingQueries,
    private readonly authoring: ListingAuthoringService,
  ) {}

  @Public()
  @Query(() => ListingType, { description: 'One listing with its price history: approved ones for everyone; others for their supplier and the operator.' })
  async listing(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return toListingType(await this.queries.get(ctx, id));
  }

  @Roles(Role.Supplier)
  @Query(() => ListingConnection, { description: "Your organisation's listings, newest first." })
  async myListings(@CurrentTenant() ctx: TenantContext, @Args() args: MyListingsArgs) {
    const page = await this.queries.mine(ctx, { state: args.state }, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toListingType(e.node) })), nodes: page.nodes.map(toListingType) };
  }

  @Roles(Role.Supplier)
  @Mutation(() => ListingType, { description: 'Writes a new listing as a draft.' })
  async createListing(@CurrentTenant() ctx: TenantContext, @Args('input') input: ListingInput) {
    return toListingType(await this.authoring.create(ctx, listingFields(input)));
  }

  @Roles(Role.Supplier)
  @Mutation(() => ListingType, { description: 'Rewrites a draft, rejected or delisted listing.' })
  async updateListing(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: ListingInput) {
    return toListingType(await this.authoring.update(ctx, id, listingFields(input)));
  }

  @Roles(Role.Supplier)
  @Mutation(() => ListingType, { description: 'Sends a draft to the approval queue.' })
  async submitListing(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return toListingType(await this.authoring.submit(ctx, id));
  }

  @Roles(Role.Supplier)
  @Mutation(() => ListingType, { description: 'Sends a rejected or delisted listing to the approval queue again.' })
  async resubmitListing(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return toListingType(await this.authoring.resubmit(ctx, id));
  }

  @Roles(Role.Supplier)
  @Mutation(() => ListingType, { description: 'Takes your approved listing off sale.' })
  async delistListing(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('reason', { type: () => String, nullable: true }) reason?: string | null) {
    return toListingType(await this.authoring.delist(ctx, id, reason));
  }

  @Roles(Role.Supplier)
  @Mutation(() => ListingType, { description: 'A new price for an approved listing; kept in its price history.' })
  async changeListingPrice(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('price', { type: () => MoneyScalar }) price: Fen) {
    return toListingType(await this.authoring.changePrice(ctx, id, price));
  }

  @Roles(Role.Supplier)
  @Mutation(() => ListingType, { description: 'New stock for an approved listing.' })
  async changeListingStock(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('stock', { type: () => Int }) stock: number) {
    return toListingType(await this.authoring.changeStock(ctx, id, stock));
  }
}
