import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Deposit, type DepositRefund, DepositState, type DepositTransfer, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { Roles } from '../platform/identity/access.decorators.js';
import { DepositReconciliation } from './deposit-reconciliation.js';
import { DepositService } from './deposit.service.js';
import {
  DepositReconciliationType, DepositRefundType, DepositStateEnum, DepositTransferType, DepositType, RecordDepositTransferInput,
} from './deposit.types.js';

const toRefund = (r: DepositRefund): DepositRefundType => ({
  id: r.id, trigger: r.trigger, triggeredAt: r.triggeredAt, dueBy: r.dueBy, method: r.method, principal: r.principalFen, interest: r.interestFen,
  lateCharge: r.lateChargeFen, total: r.totalFen, bankTransfer: r.bankTransferFen, daysHeld: r.daysHeld, lateDays: r.lateDays, formula: r.formula,
  outRequestNo: r.outRequestNo, state: r.state, failure: r.failure ?? null, bankSerialNo: r.bankSerialNo ?? null, createdAt: r.createdAt, completedAt: r.completedAt ?? null,
});

// Lists hold bid deposits only (auction deposits appear on their auction), so the lot is there.
const toDeposit = (d: Deposit & { refund?: DepositRefund | null }): DepositType => ({
  id: d.id, lotId: d.lot!.id, lotNo: d.lot!.lotNo, lotTitle: d.lot!.title, projectId: d.lot!.project.id, projectNo: d.lot!.project.projectNo, projectTitle: d.lot!.project.title,
  supplierOrganisationId: d.supplier.id, amount: d.amountFen, state: d.state, virtualAccountRef: d.virtualAccountRef,
  paidVia: d.paidVia ?? null, paymentReference: d.paymentReference ?? null, paidAt: d.paidAt ?? null, forfeitReason: d.forfeitReason ?? null,
  challengeGrounds: d.challengeGrounds ?? null, challengeDecision: d.challengeDecision ?? null, refund: d.refund ? toRefund(d.refund) : null, createdAt: d.createdAt,
});

const toTransfer = (t: DepositTransfer): DepositTransferType => ({
  id: t.id, bankSerialNo: t.bankSerialNo, reference: t.reference, amount: t.amountFen, payerAccountName: t.payerAccountName, arrivedAt: t.arrivedAt,
  state: t.state, flag: t.flag ?? null, depositId: t.depositId ?? null, returnSerialNo: t.returnSerialNo ?? null, returnNote: t.returnNote ?? null, returnedAt: t.returnedAt ?? null,
});

@Resolver(() => DepositType)
export class DepositResolver {
  constructor(
    private readonly service: DepositService,
    private readonly reconciliation: DepositReconciliation,
  ) {}

  @Roles(Role.Supplier)
  @Query(() => String, { description: "Your organisation's virtual account reference (虚拟子账号): quote it on every deposit transfer." })
  depositAccount(@CurrentTenant() ctx: TenantContext): string {
    return this.service.accountReference(ctx);
  }

  @Roles(Role.Supplier, Role.Purchaser, Role.Finance, Role.TenantOperator)
  @Query(() => [DepositType], { description: "Bid deposits, newest first (at most 500): a supplier's own, those on the buyer's lots, all for finance and operators." })
  async deposits(
    @CurrentTenant() ctx: TenantContext,
    @Args('lotId', { type: () => ID, nullable: true }) lotId?: string | null,
    @Args('state', { type: () => DepositStateEnum, nullable: true }) state?: DepositState | null,
  ) {
    return (await this.service.list(ctx, { lotId, state })).map(toDeposit);
  }

  @Roles(Role.Finance)
  @Query(() => [DepositTransferType], { description: 'Incoming deposit transfers that matched nothing exactly (unknown reference, nothing open, over or under): for finance to sort out.' })
  async flaggedDepositTransfers(@CurrentTenant() ctx: TenantContext) {
    return (await this.service.flaggedTransfers(ctx)).map(toTransfer);
  }

  @Roles(Role.Finance)
  @Query(() => DepositReconciliationType, { description: 'Every deposit with paid, refunded, forfeited and held amounts; a row that does not add up is flagged. xlsx: true adds the workbook.' })
  async depositReconciliation(@CurrentTenant() ctx: TenantContext, @Args('xlsx', { nullable: true }) xlsx?: boolean): Promise<DepositReconciliationType> {
    const rows = await this.reconciliation.rows(ctx);
    return {
      rows: rows.map((r) => ({
        depositId: r.depositId, lotId: r.lotId, lotNo: r.lotNo, lotTitle: r.lotTitle, projectId: r.projectId, projectNo: r.projectNo, projectTitle: r.projectTitle, supplierOrganisationId: r.supplierId, supplierName: r.supplierName, state: r.state, paid: r.paidFen,
        refundedPrincipal: r.refundedPrincipalFen, interest: r.interestFen, lateCharge: r.lateChargeFen, forfeited: r.forfeitedFen, held: r.heldFen,
        refundState: r.refundState, difference: r.differenceFen, flagged: r.flagged,
      })),
      flaggedCount: rows.filter((r) => r.flagged).length,
      xlsxBase64: xlsx ? (await this.reconciliation.xlsx(ctx)).toString('base64') : undefined,
    };
  }

  @Roles(Role.Supplier)
  @Mutation(() => DepositType, { description: "Opens your organisation's deposit for a lot (idempotent): pay it with startPayment(subjectType: \"deposit\") or by bank transfer quoting virtualAccountRef." })
  async openDeposit(@CurrentTenant() ctx: TenantContext, @Args('lotId', { type: () => ID }) lotId: string) {
    return toDeposit(await this.service.open(ctx, lotId));
  }

  @Roles(Role.Finance)
  @Mutation(() => DepositTransferType, { description: 'Records an incoming bank transfer: it pays the matching deposit when reference and amount match exactly, otherwise it is flagged.' })
  async recordDepositTransfer(@CurrentTenant() ctx: TenantContext, @Args('input') input: RecordDepositTransferInput) {
    return toTransfer(await this.service.recordTransfer(ctx, { ...input, amountFen: input.amount }));
  }

  @Roles(Role.Finance)
  @Mutation(() => DepositTransferType, {
    description: "Closes a flagged transfer whose money finance sent back to the payer outside the platform, with the return's bank serial no. (repeating it with the same serial no. changes nothing; a matched transfer is refused).",
  })
  async returnDepositTransfer(
    @CurrentTenant() ctx: TenantContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('bankSerialNo') bankSerialNo: string,
    @Args('note') note: string,
  ) {
    return toTransfer(await this.service.returnTransfer(ctx, id, bankSerialNo, note));
  }

  @Roles(Role.Purchaser)
  @Mutation(() => DepositType, { description: 'The buyer forfeits a held deposit on its lot, with the reason the tender documents name (e.g. the winner refused to sign).' })
  async forfeitDeposit(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return toDeposit(await this.service.forfeit(ctx, id, reason));
  }

  @Roles(Role.Supplier)
  @Mutation(() => DepositType, { description: "Challenges the forfeiture of your organisation's deposit; finance decides." })
  async challengeDepositForfeiture(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('grounds') grounds: string) {
    return toDeposit(await this.service.challenge(ctx, id, grounds));
  }

  @Roles(Role.Finance)
  @Mutation(() => DepositType, { description: 'Decides a forfeiture challenge: uphold → the deposit is held again and refunded like any other; otherwise it stays forfeited.' })
  async decideDepositChallenge(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('uphold') uphold: boolean, @Args('note') note: string) {
    return toDeposit(await this.service.decideChallenge(ctx, id, uphold, note));
  }

  @Roles(Role.Finance)
  @Mutation(() => DepositRefundType, { description: "Confirms a refund's bank transfer with the bank serial number." })
  async confirmDepositRefund(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('bankSerialNo') bankSerialNo: string) {
    return toRefund(await this.service.confirmRefund(ctx, id, bankSerialNo));
  }
}
