import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { InspectionService } from './inspection.service.js';
import { PriceBandService } from './price-band.service.js';
import { InspectionRunConnection, InspectionRunType, ListingPriceBandType, toBandType } from './inspection.types.js';

@Resolver(() => InspectionRunType)
export class InspectionResolver {
  constructor(
    private readonly runs: InspectionService,
    private readonly bands: PriceBandService,
  ) {}

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => InspectionRunConnection, { description: 'Price inspection runs, newest first, with their progress.' })
  inspectionRuns(@CurrentTenant() ctx: TenantContext, @Args() page: PageArgs) {
    return this.runs.list(ctx, page);
  }

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => InspectionRunType, { description: 'One run: poll it for progress.' })
  inspectionRun(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.runs.get(ctx, id);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => InspectionRunType, { description: 'Starts a price inspection of every listing on sale now; the workers run it — poll inspectionRun.' })
  startInspectionRun(@CurrentTenant() ctx: TenantContext) {
    return this.runs.start(ctx);
  }

  @Public()
  @Query(() => ListingPriceBandType, { description: "A listing's reference price band (peer quartiles, imported lowest, the reference) for the listing page; listings on sale only." })
  async listingPriceBand(@CurrentTenant() ctx: TenantContext, @Args('listingId', { type: () => ID }) listingId: string) {
    return toBandType(await this.bands.band(ctx, listingId));
  }
}
