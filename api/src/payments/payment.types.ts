import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { type Fen, PaymentProviderCode, PaymentReviewReason, PaymentState, RefundState } from '@zhengcai/schema';
import { graphqlEnum } from '../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../platform/graphql/money.scalar.js';
import { ConnectionType, PageArgs } from '../platform/graphql/pagination.js';

export const PaymentProviderEnum = graphqlEnum(PaymentProviderCode, 'PaymentProvider', 'ALIPAY 支付宝 (page pay), TREASURY 国库集中支付 (finance approves with the bank transfer reference).');
export const PaymentStateEnum = graphqlEnum(
  PaymentState,
  'PaymentState',
  'PENDING 待支付 (alipay), AWAITING_APPROVAL 待财政审批 (treasury), SUCCEEDED 已支付, FAILED 支付失败, CLOSED 已关闭 (timed out or closed at Alipay), REJECTED 已驳回 (treasury).',
);
export const RefundStateEnum = graphqlEnum(RefundState, 'RefundState', 'PENDING 退款中 (the provider has not answered; retry with the same idempotency key), SUCCEEDED 已退款, FAILED 退款失败.');
export const PaymentReviewReasonEnum = graphqlEnum(
  PaymentReviewReason,
  'PaymentReviewReason',
  'Why finance must review a payment: AMOUNT_MISMATCH (the provider reported another amount), APP_MISMATCH (a notify for another Alipay app), PAID_AFTER_CLOSE (paid at the provider after it was closed here).',
);

@ObjectType('PaymentRefund', { description: 'A refund of (part of) a payment.' })
export class PaymentRefundType {
  @Field(() => ID) id!: string;
  @Field({ description: "Alipay's out_request_no: the refund's idempotency at the provider." }) outRequestNo!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field() reason!: string;
  @Field(() => RefundStateEnum) state!: RefundState;
  @Field(() => String, { nullable: true, description: "The provider's refusal (code and message)." }) failure!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) refundedAt!: Date | null;
}

@ObjectType('PaymentReviewItem', { description: 'One fact of a review flag, e.g. expected / reported amounts.' })
export class PaymentReviewItemType {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType('PayeeAccount', { description: "A lender's repayment account that a locked subject's money goes to (回款账户锁定, docs/financing.md)." })
export class PayeeAccountType {
  @Field() bankName!: string;
  @Field() accountName!: string;
  @Field() accountNo!: string;
}

@ObjectType('Payment', { description: 'One attempt to pay a subject (an order, a bid deposit …).' })
export class PaymentType {
  @Field(() => ID) id!: string;
  @Field({ description: "Readable number, unique in the province; Alipay's out_trade_no." }) paymentNo!: string;
  @Field({ description: "What is paid for, e.g. 'order'." }) subjectType!: string;
  @Field() subjectId!: string;
  @Field(() => PaymentProviderEnum) provider!: PaymentProviderCode;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field(() => ID) payerOrganisationId!: string;
  @Field(() => ID) payeeOrganisationId!: string;
  @Field(() => PayeeAccountType, { nullable: true, description: "Where the money goes instead of the payee's own account: set when the subject's payee account is locked to a lender." }) payeeAccount!: PayeeAccountType | null;
  @Field() title!: string;
  @Field(() => PaymentStateEnum) state!: PaymentState;
  @Field(() => String, { nullable: true, description: 'ALIPAY while pending: send the payer here (a signed Alipay page-pay URL).' }) payUrl!: string | null;
  @Field(() => String, { nullable: true, description: "Alipay's trade_no once paid." }) providerTradeNo!: string | null;
  @Field(() => String, { nullable: true, description: 'TREASURY: the bank transfer reference finance approved with.' }) bankReference!: string | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => PaymentReviewReasonEnum, { nullable: true, description: 'Set when finance must review this payment.' }) reviewReason!: PaymentReviewReason | null;
  @Field(() => [PaymentReviewItemType], { description: 'What the review flag is about (empty without one).' }) reviewDetail!: PaymentReviewItemType[];
  @Field(() => MoneyScalar) refunded!: Fen;
  @Field(() => [PaymentRefundType], { description: 'Refunds, oldest first (empty in lists).' }) refunds!: PaymentRefundType[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) succeededAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class PaymentConnection extends ConnectionType(PaymentType) {}

@InputType()
export class StartPaymentInput {
  @Field({ description: "The subject's type, e.g. 'order'." }) subjectType!: string;
  @Field() subjectId!: string;
  @Field(() => PaymentProviderEnum, { nullable: true, description: "One of the province's enabled providers; its default when omitted." }) provider?: PaymentProviderCode | null;
  @Field({ description: 'Made by the client per intended payment (8–64 of A–Z a–z 0–9 - _); a retry with the same key returns the same payment.' }) idempotencyKey!: string;
}

@ArgsType()
export class PaymentsArgs extends PageArgs {
  @Field(() => String, { nullable: true }) subjectType?: string | null;
  @Field(() => String, { nullable: true }) subjectId?: string | null;
  @Field(() => PaymentStateEnum, { nullable: true }) state?: PaymentState | null;
  @Field(() => Boolean, { nullable: true, description: 'Only payments flagged for review.' }) needsReview?: boolean | null;
}

@ArgsType()
export class PaymentRequestsArgs extends PageArgs {
  @Field(() => PaymentStateEnum, { nullable: true, description: 'AWAITING_APPROVAL when omitted.' }) state?: PaymentState | null;
}

@ObjectType('PaymentProviders', { description: 'The payment methods the province offers payers.' })
export class PaymentProvidersType {
  @Field(() => [PaymentProviderEnum]) enabled!: PaymentProviderCode[];
  @Field(() => PaymentProviderEnum, { name: 'default' }) defaultProvider!: PaymentProviderCode;
}

@ObjectType('PaymentSettings', { description: "The province's payment set-up. The Alipay app private key is write-only." })
export class PaymentSettingsType {
  @Field(() => [PaymentProviderEnum]) enabledProviders!: PaymentProviderCode[];
  @Field(() => PaymentProviderEnum) defaultProvider!: PaymentProviderCode;
  @Field(() => String, { nullable: true }) alipayAppId!: string | null;
  @Field(() => String, { nullable: true, description: "Alipay's public key (PEM), which verifies notifies and responses." }) alipayPublicKey!: string | null;
  @Field(() => String, { nullable: true }) alipayGatewayUrl!: string | null;
  @Field(() => String, { nullable: true }) alipayNotifyUrlBase!: string | null;
  @Field(() => String, { nullable: true, description: 'The notify URL given to Alipay: <base>/payments/alipay/notify/<province code>.' }) alipayNotifyUrl!: string | null;
  @Field({ description: 'Whether an app private key is stored (it is never returned).' }) alipayPrivateKeyConfigured!: boolean;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}

@InputType({ description: 'A change to the payment set-up; omitted fields keep their value.' })
export class PaymentSettingsInput {
  @Field(() => [PaymentProviderEnum], { nullable: true }) enabledProviders?: PaymentProviderCode[] | null;
  @Field(() => PaymentProviderEnum, { nullable: true }) defaultProvider?: PaymentProviderCode | null;
  @Field(() => String, { nullable: true }) alipayAppId?: string | null;
  @Field(() => String, { nullable: true, description: 'PEM PKCS8 (BEGIN PRIVATE KEY); stored encrypted, never read back.' }) alipayPrivateKey?: string | null;
  @Field(() => String, { nullable: true }) alipayPublicKey?: string | null;
  @Field(() => String, { nullable: true, description: 'https://openapi.alipay.com/gateway.do in production.' }) alipayGatewayUrl?: string | null;
  @Field(() => String, { nullable: true, description: "The API's public https origin, e.g. https://api.mall.example.cn." }) alipayNotifyUrlBase?: string | null;
}
