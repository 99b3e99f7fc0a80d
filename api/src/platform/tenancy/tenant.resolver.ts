import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../graphql/gql-context.js';
import { Public, Roles } from '../identity/access.decorators.js';
import { PageArgs } from '../graphql/pagination.js';
import { UpdateTenantSettingsInput } from './tenant-settings.input.js';
import { TenantSettingsService } from './tenant-settings.service.js';
import { TenantService } from './tenant.service.js';
import { TenantConnection, TenantDetail } from './tenant.types.js';

@Resolver()
export class TenantResolver {
  constructor(
    private readonly service: TenantService,
    private readonly settings: TenantSettingsService,
  ) {}

  @Public()
  @Query(() => TenantConnection, { description: 'Provinces on this platform (public).' })
  tenants(@Args() page: PageArgs) {
    return this.service.listPublic(page);
  }

  // Public: a province's procurement rules are published law, and the storefront shows them before login.
  @Public()
  @Query(() => TenantDetail, { description: 'The province this request is for, with its rules.' })
  tenant(@CurrentTenant() ctx: TenantContext) {
    return this.service.detail(ctx);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => TenantDetail, { description: "Changes this province's name and rules within the national ranges (tenant operator); audited." })
  updateTenantSettings(@CurrentTenant() ctx: TenantContext, @Args('input') input: UpdateTenantSettingsInput) {
    return this.settings.update(ctx, input);
  }
}
