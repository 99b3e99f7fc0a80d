import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { type Fen, OrderDeadlineKind, OrderOrigin, OrderState } from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';

export const OrderStateEnum = graphqlEnum(
  OrderState,
  'OrderState',
  'PLACED 待确认, CONFIRMED 已确认, REJECTED 已拒单, SHIPPED 已发货, DELIVERED 已送达, ACCEPTED 已验收, INVOICED 已开票, PAID 已付款, CLOSED 已关闭, CANCELLED 已取消.',
);
export const OrderOriginEnum = graphqlEnum(OrderOrigin, 'OrderOrigin', 'CATALOG 网上超市直购/购物车, INQUIRY 在线询价成交, AUCTION 反向竞价成交.');
export const OrderDeadlineKindEnum = graphqlEnum(OrderDeadlineKind, 'OrderDeadlineKind', 'CONFIRM (supplier confirms), SHIP (supplier ships), ACCEPT (buyer accepts).');

@ObjectType('DeliveryAddress')
export class DeliveryAddressType {
  @Field({ description: 'GB/T 2260 region code (county or city).' }) regionCode!: string;
  @Field() address!: string;
  @Field() recipient!: string;
  @Field() phone!: string;
}

@InputType()
export class DeliveryAddressInput {
  @Field({ description: 'GB/T 2260 six-digit code; must be covered by the listing\'s delivery regions.' }) regionCode!: string;
  @Field({ description: '2–200 characters.' }) address!: string;
  @Field() recipient!: string;
  @Field() phone!: string;
}

@ObjectType('OrderInvoice', { description: "The supplier's invoice (发票) data." })
export class OrderInvoiceType {
  @Field() invoiceNo!: string;
  @Field({ description: 'Empty for a fully digital invoice (全电发票).' }) invoiceCode!: string;
  @Field({ description: 'YYYY-MM-DD' }) issuedOn!: string;
  @Field(() => MoneyScalar) amount!: Fen;
}

@ObjectType('OrderLine')
export class OrderLineType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Null for a line of a sourcing award.' }) listingId!: string | null;
  @Field(() => String, { nullable: true, description: 'What was awarded (a line of a sourcing award); null for a listing.' }) specification!: string | null;
  @Field({ description: 'The listing title when ordered, or the inquiry title.' }) title!: string;
  @Field(() => MoneyScalar) unitPrice!: Fen;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { nullable: true, description: 'Set at acceptance.' }) acceptedQuantity!: number | null;
  @Field(() => MoneyScalar, { description: 'unitPrice × quantity.' }) amount!: Fen;
}

@ObjectType('OrderTimelineEntry', { description: 'One step of the order, seen by buyer and supplier alike.' })
export class OrderTimelineEntryType {
  @Field(() => OrderStateEnum, { nullable: true, description: 'Null for the placement.' }) fromState!: OrderState | null;
  @Field(() => OrderStateEnum) toState!: OrderState;
  @Field({ description: 'place, confirm, reject, cancel, ship, deliver, accept, refuse_acceptance, invoice, pay, close.' }) action!: string;
  @Field(() => ID, { nullable: true, description: 'Null when the system acted (deadline, payment).' }) actorUserId!: string | null;
  @Field(() => ID, { nullable: true }) actorOrganisationId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;
}

@ObjectType('Order', { description: 'An e-mall order (网上超市订单): one buying unit, one supplier.' })
export class OrderType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Readable per province, e.g. DD2026000123.' }) orderNo!: string;
  @Field(() => OrderStateEnum) state!: OrderState;
  @Field(() => ID) buyerId!: string;
  @Field() buyerName!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => ID) budgetLineId!: string;
  @Field() budgetLineCode!: string;
  @Field(() => MoneyScalar) total!: Fen;
  @Field(() => MoneyScalar, { nullable: true, description: 'Set at acceptance: what is invoiced and paid.' }) acceptedAmount!: Fen | null;
  @Field(() => DeliveryAddressType) deliveryAddress!: DeliveryAddressType;
  @Field(() => String, { nullable: true }) logisticsCompany!: string | null;
  @Field(() => String, { nullable: true }) trackingNo!: string | null;
  @Field(() => OrderInvoiceType, { nullable: true }) invoice!: OrderInvoiceType | null;
  @Field(() => String, { nullable: true, description: 'Reason of the last rejection, cancellation or refused acceptance.' }) reason!: string | null;
  @Field(() => OrderDeadlineKindEnum, { nullable: true, description: 'Whose turn it is, against a deadline.' }) dueKind!: OrderDeadlineKind | null;
  @Field(() => Date, { nullable: true, description: 'End of the last working day allowed (tenant time zone).' }) dueAt!: Date | null;
  @Field(() => [OrderDeadlineKindEnum], { description: 'Deadlines missed (escalated); empty when on time.' }) overdue!: OrderDeadlineKind[];
  @Field(() => OrderOriginEnum, { description: 'A catalogue purchase or a sourcing award.' }) origin!: OrderOrigin;
  @Field(() => ID, { nullable: true, description: 'The inquiry or auction awarded; null for a catalogue purchase.' }) originId!: string | null;
  @Field() placedAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => [OrderLineType], { description: 'Empty in lists; read order(id).' }) lines!: OrderLineType[];
  @Field(() => [OrderTimelineEntryType], { description: 'Oldest first; empty in lists.' }) timeline!: OrderTimelineEntryType[];
}

@ObjectType()
export class OrderConnection extends ConnectionType(OrderType) {}

@InputType()
export class OrderFilterInput {
  @Field(() => OrderStateEnum, { nullable: true }) state?: OrderState | null;
  @Field(() => ID, { nullable: true }) supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The buying unit.' }) buyerId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Placed at or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Placed before.' }) to?: Date | null;
}

@ArgsType()
export class OrdersArgs extends PageArgs {
  @Field(() => OrderFilterInput, { nullable: true }) filter?: OrderFilterInput | null;
}

const QUANTITY = 'A whole number above 0 (Float so that 0, -1 and 1.5 are refused with their own reasons, QUANTITY_NOT_POSITIVE / QUANTITY_NOT_WHOLE).';

@InputType()
export class PlaceOrderInput {
  @Field(() => ID) listingId!: string;
  @Field(() => Float, { description: QUANTITY }) quantity!: number;
  @Field(() => MoneyScalar, { description: 'The unit price the buyer saw; a different current price is refused with PRICE_CHANGED (extensions.currentPrice).' }) expectedUnitPrice!: Fen;
  @Field(() => ID, { description: "One of the caller's unit's budget lines of the current fiscal year." }) budgetLineId!: string;
  @Field(() => DeliveryAddressInput) deliveryAddress!: DeliveryAddressInput;
  @Field({ description: 'A new random key per order attempt (e.g. a UUID), reused on retries: the same key and input return the same order.' }) idempotencyKey!: string;
}

@InputType()
export class CartItemInput {
  @Field(() => ID) listingId!: string;
  @Field(() => Float, { description: QUANTITY }) quantity!: number;
  @Field(() => MoneyScalar) expectedUnitPrice!: Fen;
}

@InputType()
export class CheckoutCartInput {
  @Field(() => [CartItemInput], { description: 'The cart (kept by the client); at most 50 items, each listing once.' }) items!: CartItemInput[];
  @Field(() => ID) budgetLineId!: string;
  @Field(() => DeliveryAddressInput) deliveryAddress!: DeliveryAddressInput;
  @Field() idempotencyKey!: string;
}

@InputType()
export class ShipOrderInput {
  @Field() logisticsCompany!: string;
  @Field() trackingNo!: string;
}

@InputType()
export class AcceptedLineInput {
  @Field(() => ID) lineId!: string;
  @Field(() => Int, { description: '0 to the quantity ordered.' }) acceptedQuantity!: number;
}

@InputType()
export class AcceptOrderInput {
  @Field(() => [AcceptedLineInput], { description: 'Every line of the order.' }) lines!: AcceptedLineInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class InvoiceOrderInput {
  @Field({ description: '发票号码, 8–20 digits.' }) invoiceNo!: string;
  @Field(() => String, { nullable: true, description: '发票代码, 10–12 digits; empty for a fully digital invoice.' }) invoiceCode?: string | null;
  @Field({ description: 'YYYY-MM-DD, not after today.' }) issuedOn!: string;
  @Field(() => MoneyScalar, { description: 'Must equal the accepted amount.' }) amount!: Fen;
}
