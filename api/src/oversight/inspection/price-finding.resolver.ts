import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import type { Connection } from '../../platform/pagination/keyset.js';
import { PriceFindingService } from './price-finding.service.js';
import type { PriceFindingView } from './price-finding-view.js';
import { PriceFindingConnection, PriceFindingsArgs, PriceFindingType, toFindingType } from './inspection.types.js';

const idArg = () => Args('id', { type: () => ID });
const toConnectionType = (c: Connection<PriceFindingView>) => ({ ...c, edges: c.edges.map((e) => ({ ...e, node: toFindingType(e.node) })), nodes: c.nodes.map(toFindingType) });

@Resolver(() => PriceFindingType)
export class PriceFindingResolver {
  constructor(private readonly findings: PriceFindingService) {}

  @Roles(Role.TenantOperator, Role.Finance)
  @Query(() => PriceFindingConnection, { description: "The province's price findings, newest first; filter by state, supplier, listing." })
  async priceFindings(@CurrentTenant() ctx: TenantContext, @Args() args: PriceFindingsArgs) {
    return toConnectionType(await this.findings.list(ctx, args.filter ?? {}, args));
  }

  @Roles(Role.Supplier)
  @Query(() => PriceFindingConnection, { description: "Your listings' price findings, newest first (the supplier filter is ignored)." })
  async myPriceFindings(@CurrentTenant() ctx: TenantContext, @Args() args: PriceFindingsArgs) {
    return toConnectionType(await this.findings.mine(ctx, { state: args.filter?.state, listingId: args.filter?.listingId }, args));
  }

  @Roles(Role.TenantOperator, Role.Finance, Role.Supplier)
  @Query(() => PriceFindingType, { description: 'One finding with its evidence; a supplier sees only its own.' })
  async priceFinding(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return toFindingType(await this.findings.get(ctx, id));
  }

  @Roles(Role.Supplier)
  @Mutation(() => PriceFindingType, { description: 'Explains an open finding (2–500 characters); the deadline waits until an operator decides.' })
  async justifyPriceFinding(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('reason') reason: string) {
    return toFindingType(await this.findings.justify(ctx, id, reason));
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => PriceFindingType, { description: 'Closes an open or justified finding as no offence, with a reason. The listing is not flagged again at this price or lower.' })
  async dismissPriceFinding(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('reason') reason: string) {
    return toFindingType(await this.findings.dismiss(ctx, id, reason));
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => PriceFindingType, { description: 'Refuses a justification: the finding is open again with a full correction period from now.' })
  async reopenPriceFinding(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('note') note: string) {
    return toFindingType(await this.findings.reopen(ctx, id, note));
  }
}
