import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Public, Roles } from '../../platform/identity/access.decorators.js';
import { AwardQueries } from './award.queries.js';
import { ContractService } from './contract.service.js';
import { toContract } from './award-views.js';
import { ContractType, TenderContractTermsInput } from './award.types.js';

const PARTIES = [Role.Purchaser, Role.UnitAdmin, Role.Supplier];

@Resolver(() => ContractType)
export class ContractResolver {
  constructor(
    private readonly contracts: ContractService,
    private readonly queries: AwardQueries,
  ) {}

  @Roles(Role.Purchaser, Role.UnitAdmin)
  @Mutation(() => ContractType, { description: "The buyer edits the contract's payment and delivery terms until the first signature." })
  async updateTenderContractTerms(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: TenderContractTermsInput) {
    return toContract(await this.contracts.updateTerms(ctx, id, input));
  }

  @Roles(...PARTIES)
  @Mutation(() => ContractType, {
    description: "Signs the contract: `signature` is your SM2 signature (r‖s, 128 hex digits, user ID 1234567812345678) of the contract's digest bytes with your registered key. The second signature contracts the lot and publishes the contract.",
  })
  async signTenderContract(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('signature') signature: string) {
    return toContract(await this.contracts.sign(ctx, id, signature));
  }

  @Roles(...PARTIES)
  @Query(() => ContractType, { description: "The lot's contract in any state, for its buyer and winning supplier." })
  tenderContract(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return this.queries.contractForParty(ctx, lotId);
  }

  @Public()
  @Query(() => ContractType, { description: "A lot's signed and published contract. No login needed." })
  publishedTenderContract(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return this.queries.publishedContract(ctx, lotId);
  }
}
