import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../graphql/gql-context.js';
import { AnyTenantUser, Roles } from '../identity/access.decorators.js';
import { OrganisationDirectoryService } from './organisation-directory.service.js';
import { OrganisationRegistrationService } from './organisation-registration.service.js';
import { CreateOrganisationInput, OrganisationConnection, OrganisationsArgs, OrganisationType } from './organisation.types.js';

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
