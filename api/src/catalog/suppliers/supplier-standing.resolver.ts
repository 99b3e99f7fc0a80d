import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { EnterpriseSize, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { EnterpriseSizeEnum, OrganisationType } from '../../platform/organisations/organisation.types.js';
import { SupplierStandingService } from './supplier-standing.service.js';

@Resolver(() => OrganisationType)
export class SupplierStandingResolver {
  constructor(private readonly standing: SupplierStandingService) {}

  @Roles(Role.TenantOperator)
  @Mutation(() => OrganisationType, { description: 'Blocks or unblocks a supplier for its integrity record (operator); a blocked supplier cannot submit listings.' })
  setSupplierIntegrityBlocked(
    @CurrentTenant() ctx: TenantContext,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('blocked') blocked: boolean,
    @Args('reason') reason: string,
  ) {
    return this.standing.setIntegrityBlocked(ctx, organisationId, blocked, reason);
  }

  @Roles(Role.Supplier)
  @Mutation(() => OrganisationType, { description: "Declares your organisation's enterprise size (中小企业声明)." })
  declareEnterpriseSize(@CurrentTenant() ctx: TenantContext, @Args('size', { type: () => EnterpriseSizeEnum }) size: EnterpriseSize) {
    return this.standing.declareEnterpriseSize(ctx, size);
  }
}
