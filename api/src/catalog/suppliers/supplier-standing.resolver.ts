import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { EnterpriseSize, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { EnterpriseSizeEnum, OrganisationType } from '../../platform/organisations/organisation.types.js';
import { SupplierStandingService } from './supplier-standing.service.js';

@InputType()
export class SupplierContactsInputType {
  @Field({ description: '单位负责人 (legal representative), 2–32 characters.' }) legalRepresentative!: string;
  @Field({ description: 'A mobile number or a landline with its area code; spaces, dashes and +86 are ignored.' }) contactPhone!: string;
}

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

  @Roles(Role.Supplier)
  @Mutation(() => OrganisationType, { description: "Declares your organisation's principal (单位负责人) and contact phone; bidders sharing either on one lot are flagged to finance." })
  declareSupplierContacts(@CurrentTenant() ctx: TenantContext, @Args('input') input: SupplierContactsInputType) {
    return this.standing.declareContacts(ctx, input);
  }
}
