import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { type Fen, InquiryFailure, InquiryState, InvitationStatus } from '@zhengcai/schema';
import { graphqlEnum } from '../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../platform/graphql/money.scalar.js';
import { DeliveryAddressInput, DeliveryAddressType } from '../mall/orders/order.types.js';

export const InquiryStateEnum = graphqlEnum(InquiryState, 'InquiryState', 'PUBLISHED 报价中, CLOSED 待确认成交, AWARDED 已成交, FAILED 询价失败, CANCELLED 已撤销.');
export const InquiryFailureEnum = graphqlEnum(InquiryFailure, 'InquiryFailure', 'TOO_FEW_QUOTES 有效报价不足, ALL_PASSED_OVER 有效报价均被放弃.');
export const InvitationStatusEnum = graphqlEnum(InvitationStatus, 'InvitationStatus', 'INVITED 待报价, QUOTED 已报价, WON 成交, LOST 未成交, ENDED 已结束（未报价、失败或撤销）.');

@ObjectType('Inquiry', { description: 'An online inquiry (在线询价) of a purchasing unit. docs/sourcing.md.' })
export class InquiryType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: '品目 code; suppliers with listings on sale in it (or below) are invited.' }) categoryCode!: string;
  @Field() specification!: string;
  @Field(() => Int) quantity!: number;
  @Field({ description: '计量单位.' }) unit!: string;
  @Field(() => DeliveryAddressType) deliveryAddress!: DeliveryAddressType;
  @Field(() => Int, { description: 'Delivery within these calendar days of the order.' }) deliveryDays!: number;
  @Field(() => MoneyScalar, { description: 'The budget, also the ceiling price of a quote total.' }) budget!: Fen;
  @Field(() => ID, { nullable: true, description: "The buyer's budget line; null for other readers." }) budgetLineId!: string | null;
  @Field(() => ID) buyerId!: string;
  @Field() buyerName!: string;
  @Field({ description: 'Server time; quotes are refused from this instant.' }) quoteDeadline!: Date;
  @Field(() => Int) minQuotes!: number;
  @Field({ description: 'The published tie rule: EARLIEST_SUBMISSION (equal totals, the earlier final submission wins).' }) tieRule!: string;
  @Field(() => InquiryStateEnum) state!: InquiryState;
  @Field(() => InquiryFailureEnum, { nullable: true }) failure!: InquiryFailure | null;
  @Field(() => Int, { nullable: true, description: 'Valid quotes at the deadline; null before it.' }) validQuotes!: number | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => ID, { nullable: true }) awardedQuoteId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The mall order the award placed.' }) orderId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The failed inquiry this one relaunches.' }) relaunchOf!: string | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('InquiryQuote', { description: "A supplier's quote; others see it only after the deadline." })
export class InquiryQuoteType {
  @Field(() => ID) id!: string;
  @Field(() => ID) inquiryId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => MoneyScalar) unitPrice!: Fen;
  @Field(() => MoneyScalar, { description: 'unitPrice × quantity: what is compared.' }) total!: Fen;
  @Field() offer!: string;
  @Field(() => Int, { description: 'Changes made before the deadline, the first included.' }) revision!: number;
  @Field({ description: 'The final submission (the tie rule reads it).' }) submittedAt!: Date;
  @Field(() => Int, { nullable: true, description: '1 = lowest valid; null before the deadline or when not valid.' }) rank!: number | null;
  @Field(() => String, { nullable: true, description: 'over_budget or supplier_blocked.' }) invalidReason!: string | null;
  @Field(() => String, { nullable: true, description: "The buyer's reason for passing over it." }) passedOverReason!: string | null;
  @Field({ description: 'The quote the buyer awards or passes over next.' }) recommended!: boolean;
}

@ObjectType('InquiryInvitation', { description: "An inquiry in a supplier's inbox." })
export class InquiryInvitationType {
  @Field(() => ID) id!: string;
  @Field(() => InvitationStatusEnum) status!: InvitationStatus;
  @Field() invitedAt!: Date;
  @Field(() => InquiryType) inquiry!: InquiryType;
}

@InputType()
export class PublishInquiryInput {
  @Field({ description: '4–120 characters.' }) title!: string;
  @Field({ description: 'A category code of the province (政府采购品目).' }) categoryCode!: string;
  @Field({ description: 'What is needed: 10–5,000 characters.' }) specification!: string;
  @Field(() => Float, { description: 'A whole number above 0.' }) quantity!: number;
  @Field({ description: '计量单位, e.g. 台.' }) unit!: string;
  @Field(() => DeliveryAddressInput) deliveryAddress!: DeliveryAddressInput;
  @Field(() => Int, { description: 'Delivery within these calendar days of the order (1–365).' }) deliveryDays!: number;
  @Field(() => MoneyScalar, { description: 'Above the one-click limit, up to the mall sourcing limit (purchaseRoutes); frozen on the budget line.' }) budget!: Fen;
  @Field(() => ID, { description: "One of the caller's unit's budget lines of the current fiscal year." }) budgetLineId!: string;
  @Field({ description: 'At least sourcing.quoteMinWorkingDays working days away (province calendar).' }) quoteDeadline!: Date;
  @Field(() => Int, { nullable: true, description: 'Defaults to sourcing.minQuotes; may only be higher.' }) minQuotes?: number | null;
  @Field({ description: 'A new random key per publication attempt, reused on retries.' }) idempotencyKey!: string;
}

@InputType()
export class SubmitInquiryQuoteInput {
  @Field(() => ID) inquiryId!: string;
  @Field(() => MoneyScalar, { description: 'Unit price; the total (× quantity) may not exceed the budget.' }) unitPrice!: Fen;
  @Field({ description: 'Brand, model and what is offered: 2–2,000 characters.' }) offer!: string;
  @Field({ description: 'A new key per change, reused when a submission is retried (e.g. after a reconnect): the retry returns the same quote.' }) idempotencyKey!: string;
}
