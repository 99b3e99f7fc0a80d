import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../graphql/gql-context.js';
import { AnyTenantUser, Roles } from '../identity/access.decorators.js';
import { OrganisationDirectoryService } from './organisation-directory.service.js';
import { OrganisationRegistrationService } from './organisation-registration.service.js';
import { CreateOrganisationInput, OrganisationConnection, OrganisationsArgs, OrganisationType, SupplierSummaryType } from './organisation.types.js';

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  constructor(
    private readonly directory: OrganisationDirectoryService,
    private readonly registration: OrganisationRegistrationService,
  ) {}

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => OrganisationConnection, { description: "This province's organisations (operator and finance department)." })
  organisations(@CurrentTenant() ctx: TenantContext, @Args() args: OrganisationsArgs) {
    return this.directory.list(ctx, { kind: args.kind }, args);
  }

  @Roles(Role.Purchaser, Role.Agency, Role.Finance, Role.TenantOperator)
  @Query(() => [SupplierSummaryType], { description: "Active suppliers of this province whose name contains `search` or whose 统一社会信用代码 starts with it, by name (at most 20); empty `search`: the first 20. For inviting suppliers." })
  supplierDirectory(@CurrentTenant() ctx: TenantContext, @Args('search', { type: () => String, defaultValue: '' }) search: string) {
    return this.directory.findSuppliers(ctx, search);
  }

  @AnyTenantUser()
  @Query(() => OrganisationType, { description: 'One organisation: any for the operator and finance department, otherwise only your own.' })
  organisation(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.directory.get(ctx, id);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => OrganisationType, { description: 'Registers an organisation (e.g. a supplier) in this province.' })
  createOrganisation(@CurrentTenant() ctx: TenantContext, @Args('input') input: CreateOrganisationInput) {
    return this.registration.register(ctx, input);
  }
}
