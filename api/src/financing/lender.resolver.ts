import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Lender, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { Roles } from '../platform/identity/access.decorators.js';
import { LenderInput, LenderType } from './financing.types.js';
import { LenderService } from './lender.service.js';

export const toLender = (l: Lender): LenderType => ({
  id: l.id, name: l.name, uscc: l.uscc, webhookUrl: l.webhookUrl, publicKey: l.publicKey, repaymentBankName: l.repaymentBankName,
  repaymentAccountName: l.repaymentAccountName, repaymentAccountNo: l.repaymentAccountNo, active: l.active,
});

@Resolver(() => LenderType)
export class LenderResolver {
  constructor(private readonly service: LenderService) {}

  @Roles(Role.Supplier, Role.Finance, Role.TenantOperator)
  @Query(() => [LenderType], { description: 'Lenders for contract financing: the active ones; operators see all.' })
  async lenders(@CurrentTenant() ctx: TenantContext) {
    return (await this.service.list(ctx)).map(toLender);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => LenderType, { description: 'Registers a lender with its SM2 public key and repayment account.' })
  async registerLender(@CurrentTenant() ctx: TenantContext, @Args('input') input: LenderInput) {
    return toLender(await this.service.register(ctx, input));
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => LenderType, { description: "Changes a lender's details; locks already made keep their account." })
  async updateLender(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: LenderInput) {
    return toLender(await this.service.update(ctx, id, input));
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => LenderType, { description: 'Activates or deactivates a lender; a deactivated lender takes no new applications.' })
  async setLenderActive(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('active') active: boolean) {
    return toLender(await this.service.setActive(ctx, id, active));
  }
}
