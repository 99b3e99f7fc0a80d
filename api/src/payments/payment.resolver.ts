import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Fen, PaymentState, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { MoneyScalar } from '../platform/graphql/money.scalar.js';
import { Roles } from '../platform/identity/access.decorators.js';
import type { Connection } from '../platform/pagination/keyset.js';
import { PaymentQueries } from './payment.queries.js';
import { PaymentService } from './payment.service.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import type { PaymentView } from './payment-view.js';
import {
  PaymentConnection, PaymentProvidersType, PaymentRequestsArgs, PaymentSettingsInput, PaymentSettingsType, PaymentsArgs, PaymentType, StartPaymentInput,
} from './payment.types.js';

/** Payers: purchasing units (orders) and suppliers (bid deposits). */
const PAYERS = [Role.Purchaser, Role.UnitAdmin, Role.Supplier] as const;
/** Who may read a payment: its payer and payee organisations, finance and operators. */
const READERS = [...PAYERS, Role.Finance, Role.TenantOperator] as const;

export function toPaymentType(v: PaymentView): PaymentType {
  return {
    id: v.id, paymentNo: v.paymentNo, subjectType: v.subjectType, subjectId: v.subjectId, provider: v.provider, amount: v.amountFen,
    payerOrganisationId: v.payerOrganisationId, payeeOrganisationId: v.payeeOrganisationId,
    payeeAccount: v.payeeAccount && { bankName: v.payeeAccount.bankName, accountName: v.payeeAccount.accountName, accountNo: v.payeeAccount.accountNo }, title: v.title, state: v.state,
    payUrl: v.state === PaymentState.Pending ? v.payUrl : null, providerTradeNo: v.providerTradeNo, bankReference: v.bankReference,
    rejectionReason: v.rejectionReason, reviewReason: v.reviewReason,
    reviewDetail: Object.entries(v.reviewDetail ?? {}).map(([key, value]) => ({ key, value: String(value) })),
    refunded: v.refundedFen,
    refunds: v.refunds.map((r) => ({ id: r.id, outRequestNo: r.outRequestNo, amount: r.amountFen, reason: r.reason, state: r.state, failure: r.failure, createdAt: r.createdAt, refundedAt: r.refundedAt })),
    createdAt: v.createdAt, succeededAt: v.succeededAt, updatedAt: v.updatedAt,
  };
}

const toConnectionType = (page: Connection<PaymentView>) => ({
  ...page, edges: page.edges.map((e) => ({ ...e, node: toPaymentType(e.node) })), nodes: page.nodes.map(toPaymentType),
});

@Resolver(() => PaymentType)
export class PaymentResolver {
  constructor(
    private readonly service: PaymentService,
    private readonly queries: PaymentQueries,
    private readonly settings: PaymentSettingsService,
  ) {}

  @Roles(...PAYERS)
  @Query(() => PaymentProvidersType, { description: 'The payment methods this province offers (to choose one for startPayment).' })
  async paymentProviders(@CurrentTenant() ctx: TenantContext): Promise<PaymentProvidersType> {
    const offered = await this.settings.offered(ctx);
    return { enabled: offered.enabled, defaultProvider: offered.default };
  }

  @Roles(...PAYERS)
  @Mutation(() => PaymentType, { description: "Starts paying a subject for your organisation (it must be the payer). Idempotent on idempotencyKey." })
  async startPayment(@CurrentTenant() ctx: TenantContext, @Args('input') input: StartPaymentInput) {
    return toPaymentType(await this.service.start(ctx, input));
  }

  @Roles(...READERS)
  @Query(() => PaymentType, { description: 'One payment with its refunds: for its payer and payee, finance and operators.' })
  async payment(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return toPaymentType(await this.service.view(ctx, id));
  }

  @Roles(...READERS)
  @Query(() => PaymentConnection, { description: "Payments, newest first: your organisation's (as payer or payee); every one for finance and operators." })
  async payments(@CurrentTenant() ctx: TenantContext, @Args() args: PaymentsArgs) {
    return toConnectionType(await this.queries.list(ctx, { subjectType: args.subjectType, subjectId: args.subjectId, state: args.state, needsReview: args.needsReview }, args));
  }

  @Roles(...READERS)
  @Mutation(() => PaymentType, { description: 'Asks the provider where a pending payment stands; a payment found paid is settled.' })
  async refreshPayment(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return toPaymentType(await this.service.refresh(ctx, id));
  }

  @Roles(Role.Finance)
  @Query(() => PaymentConnection, { description: "Finance's queue of treasury payment requests (国库集中支付), oldest first." })
  async paymentRequests(@CurrentTenant() ctx: TenantContext, @Args() args: PaymentRequestsArgs) {
    return toConnectionType(await this.queries.requests(ctx, args.state ?? PaymentState.AwaitingApproval, args));
  }

  @Roles(Role.Finance)
  @Mutation(() => PaymentType, { description: 'Approves a treasury payment request with the bank transfer reference: the payment succeeds and its subject is settled.' })
  async approvePaymentRequest(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('bankReference') bankReference: string) {
    return toPaymentType(await this.service.approve(ctx, id, bankReference));
  }

  @Roles(Role.Finance)
  @Mutation(() => PaymentType, { description: 'Rejects a treasury payment request with a reason.' })
  async rejectPaymentRequest(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return toPaymentType(await this.service.reject(ctx, id, reason));
  }

  @Roles(Role.Finance, Role.TenantOperator)
  @Mutation(() => PaymentType, { description: 'Refunds (part of) a succeeded Alipay payment; idempotent on idempotencyKey (one out_request_no per refund).' })
  async refundPayment(
    @CurrentTenant() ctx: TenantContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('amount', { type: () => MoneyScalar }) amount: Fen,
    @Args('reason') reason: string,
    @Args('idempotencyKey') idempotencyKey: string,
  ) {
    return toPaymentType(await this.service.refund(ctx, id, amount, reason, idempotencyKey));
  }

  @Roles(Role.Finance)
  @Mutation(() => PaymentType, { description: 'Clears the review flag of a payment finance has looked into, with what it found (audited).' })
  async clearPaymentReview(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('note') note: string) {
    return toPaymentType(await this.service.clearReview(ctx, id, note));
  }

  @Roles(Role.Finance)
  @Query(() => PaymentSettingsType, { description: "The province's payment set-up (the private key is never returned)." })
  async paymentSettings(@CurrentTenant() ctx: TenantContext) {
    return this.settings.get(ctx);
  }

  @Roles(Role.Finance)
  @Mutation(() => PaymentSettingsType, { description: 'Changes the payment set-up: providers on offer, the default, the Alipay account.' })
  async updatePaymentSettings(@CurrentTenant() ctx: TenantContext, @Args('input') input: PaymentSettingsInput) {
    return this.settings.update(ctx, input);
  }
}
