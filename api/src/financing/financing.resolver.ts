import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type FinancingApplication, FinancingSubjectType, type PayeeAccountLock, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { Public, Roles } from '../platform/identity/access.decorators.js';
import { FinancingApplicationService } from './financing-application.service.js';
import { FinancingKeys } from './financing-keys.js';
import {
  ApplyForFinancingInput, FinanceableContractType, FinancingApplicationType, FinancingPlatformKeyType, FinancingSubjectTypeEnum, PayeeAccountLockType, SubjectPayeeAccountType,
} from './financing.types.js';

const READERS = [Role.Supplier, Role.Finance, Role.TenantOperator] as const;

const toLock = (l: PayeeAccountLock): PayeeAccountLockType => ({ id: l.id, lenderId: l.lenderId, bankName: l.bankName, accountName: l.accountName, accountNo: l.accountNo, lockedAt: l.lockedAt });

export const toApplication = (a: FinancingApplication): FinancingApplicationType => ({
  id: a.id, subjectType: a.subjectType, subjectId: a.subjectId, contractNo: a.contractNo, contractAmount: a.contractAmountFen, supplierOrganisationId: a.supplier.id,
  supplierName: a.supplier.name, lenderId: a.lender.id, lenderName: a.lender.name, amount: a.amountFen, state: a.state, consentAt: a.consentAt, createdAt: a.createdAt,
  deliveredAt: a.deliveredAt ?? null, deliveryAttempts: a.deliveryAttempts, lastDeliveryError: a.lastDeliveryError ?? null, lenderAmount: a.lenderAmountFen ?? null,
  lenderReason: a.lenderReason ?? null, decidedAt: a.decidedAt ?? null, package: a.package, packageSignature: a.packageSignature, platformKeyId: a.platformKeyId,
});

@Resolver(() => FinancingApplicationType)
export class FinancingResolver {
  constructor(private readonly applications: FinancingApplicationService, private readonly keys: FinancingKeys) {}

  @Roles(Role.Supplier)
  @Query(() => [FinanceableContractType], { description: "Your organisation's contracts that can be financed now: signed tender contracts and confirmed mall orders from the province's threshold." })
  async financeableContracts(@CurrentTenant() ctx: TenantContext) {
    return (await this.applications.financeable(ctx)).map((c) => ({
      subjectType: c.subjectType, subjectId: c.subjectId, contractNo: c.contractNo, title: c.title, amount: c.amountFen, buyerName: c.buyer.name,
      acceptanceStatus: c.acceptanceStatus, openApplicationId: c.openApplicationId, lock: c.lock && toLock(c.lock),
    }));
  }

  @Roles(...READERS)
  @Query(() => [FinancingApplicationType], { description: "Financing applications, newest first (at most 200): a supplier's own; all for finance and operators." })
  async financingApplications(@CurrentTenant() ctx: TenantContext) {
    return (await this.applications.list(ctx)).map(toApplication);
  }

  @Roles(...READERS)
  @Query(() => FinancingApplicationType, { description: 'One financing application with its signed package.' })
  async financingApplication(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return toApplication(await this.applications.view(ctx, id));
  }

  @Roles(Role.Supplier)
  @Mutation(() => FinancingApplicationType, { description: 'Applies to a lender for financing of one of your contracts; with consent: true the platform sends the lender the signed contract data package.' })
  async applyForFinancing(@CurrentTenant() ctx: TenantContext, @Args('input') input: ApplyForFinancingInput) {
    const app = await this.applications.apply(ctx, { ...input, amountFen: input.amount });
    return toApplication(await this.applications.view(ctx, app.id));
  }

  @Roles(Role.Supplier, Role.Purchaser, Role.UnitAdmin, Role.Finance, Role.TenantOperator)
  @Query(() => SubjectPayeeAccountType, { description: "Whether a contract's or order's payee account is locked to a lender, and to which account (its parties, finance and operators)." })
  async subjectPayeeAccount(
    @CurrentTenant() ctx: TenantContext,
    @Args('subjectType', { type: () => FinancingSubjectTypeEnum }) subjectType: FinancingSubjectType,
    @Args('subjectId', { type: () => ID }) subjectId: string,
  ) {
    const lock = await this.applications.lockOf(ctx, subjectType, subjectId);
    return { subjectType, subjectId, locked: Boolean(lock), lock: lock && toLock(lock) };
  }

  @Public()
  @Query(() => FinancingPlatformKeyType, { description: "The province's public key that signs financing packages: lenders verify with it." })
  financingPlatformKey(@CurrentTenant() ctx: TenantContext) {
    return this.keys.publicKey(ctx);
  }
}
