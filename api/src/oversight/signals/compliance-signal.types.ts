import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ComplianceSignalKind, ComplianceSignalSeverity, ComplianceSignalState, type Fen } from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination.js';

export const ComplianceSignalKindEnum = graphqlEnum(
  ComplianceSignalKind,
  'ComplianceSignalKind',
  'ORDER_SPLITTING 化整为零, SAME_ORIGIN 同一IP或设备投标, IDENTICAL_DOCUMENTS 投标文件雷同, PRICE_PATTERN 报价呈规律, SHARED_PEOPLE 同一人员或签名密钥, EXPERT_DEVIATION 评委评分偏差, BID_TIMING 竞价出价时间异常（机器般规律或集中在最后几秒）.',
);
export const ComplianceSignalStateEnum = graphqlEnum(ComplianceSignalState, 'ComplianceSignalState', 'OPEN 待处理, DISMISSED 已排除（附理由）, REFERRED 已移交.');
export const ComplianceSignalSeverityEnum = graphqlEnum(ComplianceSignalSeverity, 'ComplianceSignalSeverity', 'LOW 低, MEDIUM 中, HIGH 高.');

@ObjectType('NamedRef')
export class NamedRefType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('ComplianceSignalLot')
export class SignalLotType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() projectNo!: string;
  @Field() projectTitle!: string;
  @Field(() => MoneyScalar) budget!: Fen;
}

@ObjectType('ComplianceSignalShared', { description: 'What the bids share: kind ip, device, document (SM3), user, signing_key; or the price rule (kind rule: close_prices, arithmetic_progression, budget_ratio).' })
export class SignalSharedType {
  @Field() kind!: string;
  @Field() value!: string;
}

@ObjectType('ComplianceSignalOrder', { description: 'An order behind an order-splitting signal: its amount within the category, and its whole total.' })
export class SignalOrderType {
  @Field(() => ID) orderId!: string;
  @Field() orderNo!: string;
  @Field(() => NamedRefType) supplier!: NamedRefType;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field(() => MoneyScalar) total!: Fen;
  @Field() placedAt!: Date;
}

@ObjectType('ComplianceSignalBid', { description: "A bid behind a tender signal, with its value for the rule (the shared value, document names, or the price's distance)." })
export class SignalBidType {
  @Field(() => ID) bidId!: string;
  @Field(() => NamedRefType) supplier!: NamedRefType;
  @Field(() => MoneyScalar, { nullable: true }) price!: Fen | null;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType('ComplianceSignalDeviation', { description: 'A flagged score; points in hundredths.' })
export class SignalDeviationType {
  @Field(() => ID) bidId!: string;
  @Field(() => NamedRefType) supplier!: NamedRefType;
  @Field() criterionKey!: string;
  @Field(() => Int) scoreHundredths!: number;
  @Field(() => Int) meanHundredths!: number;
  @Field(() => Int) maxHundredths!: number;
  @Field() beyondThreshold!: boolean;
  @Field() beyondZ!: boolean;
  @Field(() => String, { nullable: true, description: "The expert's recorded reason." }) reason!: string | null;
}

@ObjectType('ComplianceSignal', { description: '合规预警: a pattern finance reviews (dismiss with a reason, or refer). docs/oversight.md.' })
export class ComplianceSignalType {
  @Field(() => ID) id!: string;
  @Field(() => ComplianceSignalKindEnum) kind!: ComplianceSignalKind;
  @Field(() => ComplianceSignalStateEnum) state!: ComplianceSignalState;
  @Field(() => ComplianceSignalSeverityEnum) severity!: ComplianceSignalSeverity;
  @Field({ description: 'When first raised.' }) createdAt!: Date;
  @Field({ description: 'Last change (evidence refreshed or reviewed).' }) updatedAt!: Date;
  @Field(() => NamedRefType, { nullable: true, description: 'Order splitting: the purchasing unit.' }) unit!: NamedRefType | null;
  @Field(() => ID, { nullable: true, description: 'Auction signals: the auction (its bids are in `bids`).' }) auctionId!: string | null;
  @Field(() => String, { nullable: true }) categoryCode!: string | null;
  @Field(() => String, { nullable: true }) categoryName!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 2026Q4 or 2026.' }) period!: string | null;
  @Field(() => Date, { nullable: true }) periodFrom!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Exclusive.' }) periodTo!: Date | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Order splitting: the sum of the orders within the category.' }) amount!: Fen | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'The public-tender threshold in force.' }) threshold!: Fen | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'The one-click order limit in force.' }) directOrderMax!: Fen | null;
  @Field(() => SignalLotType, { nullable: true }) lot!: SignalLotType | null;
  @Field(() => NamedRefType, { nullable: true }) expert!: NamedRefType | null;
  @Field(() => SignalSharedType, { nullable: true }) shared!: SignalSharedType | null;
  @Field(() => [SignalOrderType]) orders!: SignalOrderType[];
  @Field(() => [SignalBidType]) bids!: SignalBidType[];
  @Field(() => [SignalDeviationType]) deviations!: SignalDeviationType[];
  @Field(() => NamedRefType, { nullable: true }) reviewer!: NamedRefType | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) dismissalReason!: string | null;
  @Field(() => String, { nullable: true }) referredTo!: string | null;
  @Field(() => String, { nullable: true }) referralNote!: string | null;
}

@ObjectType()
export class ComplianceSignalConnection extends ConnectionType(ComplianceSignalType) {}

@InputType()
export class ComplianceSignalFilterInput {
  @Field(() => ComplianceSignalKindEnum, { nullable: true }) kind?: ComplianceSignalKind | null;
  @Field(() => ComplianceSignalStateEnum, { nullable: true }) state?: ComplianceSignalState | null;
  @Field(() => Date, { nullable: true, description: 'Raised at or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Raised before.' }) to?: Date | null;
  @Field(() => ID, { nullable: true }) lotId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The purchasing unit (order splitting).' }) unitId?: string | null;
}

@ArgsType()
export class ComplianceSignalsArgs extends PageArgs {
  @Field(() => ComplianceSignalFilterInput, { nullable: true }) filter?: ComplianceSignalFilterInput | null;
}

@ObjectType('ComplianceCheckRun', { description: 'What a run of the checks changed.' })
export class ComplianceCheckRunType {
  @Field(() => Int, { description: 'New signals.' }) raised!: number;
  @Field(() => Int, { description: 'Open signals whose evidence changed.' }) refreshed!: number;
}
