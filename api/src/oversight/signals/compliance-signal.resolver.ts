import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import type { Connection } from '../../platform/pagination/keyset.js';
import { ComplianceChecks } from './compliance-checks.js';
import type { ComplianceSignalView } from './compliance-signal-view.js';
import { ComplianceSignalService } from './compliance-signal.service.js';
import { ComplianceCheckRunType, ComplianceSignalConnection, ComplianceSignalsArgs, ComplianceSignalType } from './compliance-signal.types.js';

const idArg = () => Args('id', { type: () => ID });

export const toSignalType = (v: ComplianceSignalView): ComplianceSignalType => ({
  ...v, amount: v.amountFen, threshold: v.thresholdFen, directOrderMax: v.directOrderMaxFen,
  lot: v.lot ? { ...v.lot, budget: v.lot.budgetFen } : null,
  orders: v.orders.map((o) => ({ ...o, amount: o.amountFen, total: o.totalFen })),
  bids: v.bids.map((b) => ({ ...b, price: b.priceFen })),
});
const toConnectionType = (c: Connection<ComplianceSignalView>) => ({ ...c, edges: c.edges.map((e) => ({ ...e, node: toSignalType(e.node) })), nodes: c.nodes.map(toSignalType) });

/** 合规预警: finance reviews; operators may read. */
@Resolver(() => ComplianceSignalType)
export class ComplianceSignalResolver {
  constructor(private readonly signals: ComplianceSignalService, private readonly checks: ComplianceChecks) {}

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => ComplianceSignalConnection, { description: "The province's compliance signals, newest first; filter by kind, state, when raised, lot, unit." })
  async complianceSignals(@CurrentTenant() ctx: TenantContext, @Args() args: ComplianceSignalsArgs) {
    return toConnectionType(await this.signals.list(ctx, args.filter ?? {}, args));
  }

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => ComplianceSignalType, { description: 'One signal with its evidence, names resolved.' })
  async complianceSignal(@CurrentTenant() ctx: TenantContext, @idArg() id: string) {
    return toSignalType(await this.signals.get(ctx, id));
  }

  @Roles(Role.Finance)
  @Mutation(() => ComplianceSignalType, { description: 'Closes an open signal as no breach, with a reason (2–500 characters).' })
  async dismissComplianceSignal(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('reason') reason: string) {
    return toSignalType(await this.signals.dismiss(ctx, id, reason));
  }

  @Roles(Role.Finance)
  @Mutation(() => ComplianceSignalType, { description: 'Refers an open signal to someone (2–100 characters, e.g. 监督检查处) with a note (2–500 characters).' })
  async referComplianceSignal(@CurrentTenant() ctx: TenantContext, @idArg() id: string, @Args('to') to: string, @Args('note') note: string) {
    return toSignalType(await this.signals.refer(ctx, id, to, note));
  }

  @Roles(Role.Finance)
  @Mutation(() => ComplianceCheckRunType, { description: 'Runs every check now (order splitting of the current period, every lot after opening); returns what changed.' })
  runComplianceChecks(@CurrentTenant() ctx: TenantContext) {
    return this.checks.runAll(ctx, new Date(), 'manual');
  }
}
