import { Args, Query, Resolver } from '@nestjs/graphql';
import type { TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../graphql/gql-context.js';
import { Public } from '../identity/access.decorators.js';
import { PageArgs } from '../graphql/pagination.js';
import { TenantService } from './tenant.service.js';
import { TenantConnection, TenantDetail } from './tenant.types.js';

@Resolver()
export class TenantResolver {
  constructor(private readonly service: TenantService) {}

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
}
