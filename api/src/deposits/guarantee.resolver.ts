import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Guarantee, type GuaranteeIssuer, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { Roles } from '../platform/identity/access.decorators.js';
import { GuaranteeService } from './guarantee.service.js';
import { GuaranteeIssuerType, GuaranteeType, PresentGuaranteeInput, RegisterGuaranteeIssuerInput } from './deposit.types.js';

const toIssuer = (i: GuaranteeIssuer): GuaranteeIssuerType => ({ id: i.id, name: i.name, kind: i.kind, algorithm: i.algorithm, publicKey: i.publicKey, callbackUrl: i.callbackUrl ?? null });

const toGuarantee = (g: Guarantee): GuaranteeType => ({
  id: g.id, guaranteeNo: g.guaranteeNo, issuerId: g.issuer.id, issuerName: g.issuer.name, lotId: g.lot.id, lotNo: g.lot.lotNo, lotTitle: g.lot.title, projectId: g.lot.project.id,
  projectNo: g.lot.project.projectNo, projectTitle: g.lot.project.title, supplierOrganisationId: g.supplier.id, beneficiary: g.beneficiary,
  amount: g.amountFen, validFrom: g.validFrom, validUntil: g.validUntil, state: g.state, releaseTrigger: g.releaseTrigger ?? null, releasedAt: g.releasedAt ?? null,
  releaseNotifiedAt: g.releaseNotifiedAt ?? null, releaseNotice: g.releaseNotice ?? null, claimReason: g.claimReason ?? null, claimEvidence: g.claimEvidence ?? null,
});

@Resolver(() => GuaranteeType)
export class GuaranteeResolver {
  constructor(private readonly service: GuaranteeService) {}

  @Roles(Role.Supplier, Role.Finance, Role.TenantOperator)
  @Query(() => [GuaranteeIssuerType], { description: 'The guarantee issuers this province accepts.' })
  async guaranteeIssuers(@CurrentTenant() ctx: TenantContext) {
    return (await this.service.issuers(ctx)).map(toIssuer);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => GuaranteeIssuerType, { description: 'Registers an issuer of electronic guarantees with its signing key.' })
  async registerGuaranteeIssuer(@CurrentTenant() ctx: TenantContext, @Args('input') input: RegisterGuaranteeIssuerInput) {
    return toIssuer(await this.service.registerIssuer(ctx, input));
  }

  @Roles(Role.Supplier, Role.Purchaser, Role.Finance, Role.TenantOperator)
  @Query(() => [GuaranteeType], { description: "Electronic guarantees, newest first (at most 500): a supplier's own, those on the buyer's lots, all for finance and operators." })
  async guarantees(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID, nullable: true }) lotId?: string | null) {
    return (await this.service.list(ctx, lotId)).map(toGuarantee);
  }

  @Roles(Role.Supplier)
  @Mutation(() => GuaranteeType, { description: "Presents an electronic guarantee for a lot in place of the deposit: verified at once against the issuer's key, amount and validity." })
  async presentGuarantee(@CurrentTenant() ctx: TenantContext, @Args('input') input: PresentGuaranteeInput) {
    return toGuarantee(await this.service.present(ctx, { ...input, amountFen: input.amount }));
  }

  @Roles(Role.Purchaser)
  @Mutation(() => GuaranteeType, { description: 'Claims on an accepted guarantee where forfeiture applies, with the reason and evidence.' })
  async claimGuarantee(
    @CurrentTenant() ctx: TenantContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Args('evidence', { type: () => [String] }) evidence: string[],
  ) {
    return toGuarantee(await this.service.claim(ctx, id, reason, evidence));
  }
}
