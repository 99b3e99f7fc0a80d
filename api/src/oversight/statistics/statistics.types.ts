import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { type Fen, StatisticsReportKind, StatisticsReportState } from '@zhengcai/schema';
import { graphqlEnum } from '../../platform/graphql/graphql-enum.js';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import type { SpendingDimension } from './statistics-sql.js';

export const SpendingDimensionEnum = graphqlEnum<SpendingDimension>(
  { method: 'method', category: 'category', subcategory: 'subcategory', unit: 'unit', supplier: 'supplier' },
  'SpendingDimension',
  'METHOD 采购方式, CATEGORY 品目（如 A02）, SUBCATEGORY 二级品目（如 A0201）, UNIT 采购单位, SUPPLIER 供应商.',
);
export type StatisticsFigure = 'spending' | 'savings' | 'policy' | 'concentration' | 'competition' | 'inspection' | 'integrity' | 'signals';
export const StatisticsFigureEnum = graphqlEnum<StatisticsFigure>(
  { spending: 'spending', savings: 'savings', policy: 'policy', concentration: 'concentration', competition: 'competition', inspection: 'inspection', integrity: 'integrity', signals: 'signals' },
  'StatisticsFigure',
  'SPENDING 采购金额, SAVINGS 节支率, POLICY 政策功能, CONCENTRATION 市场集中度, COMPETITION 竞争与参与, INSPECTION 价格巡检, INTEGRITY 诚信等级分布, SIGNALS 合规预警.',
);
export const StatisticsReportKindEnum = graphqlEnum(StatisticsReportKind, 'StatisticsReportKind', 'MONTH 月报, YEAR 年报.');
export const StatisticsReportStateEnum = graphqlEnum(StatisticsReportState, 'StatisticsReportState', 'PENDING 生成中, READY 可下载.');

@InputType({ description: "Calendar months, both included, in the tenant's time zone; at most 36." })
export class StatisticsPeriodInput {
  @Field({ description: 'First month, YYYY-MM.' }) from!: string;
  @Field({ description: 'Last month, YYYY-MM.' }) to!: string;
}

@InputType()
export class StatisticsFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this purchasing unit.' }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this 品目 and what is under it, e.g. A02.' }) categoryCode?: string | null;
}

@ObjectType('SpendingLine')
export class SpendingLineType {
  @Field() month!: string;
  @Field({ description: 'Unit or supplier id, category code, or method (mall, public_tender …).' }) key!: string;
  @Field() label!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field(() => Int, { description: 'Orders and contracts counted.' }) records!: number;
}

@ObjectType('SpendingTotal')
export class SpendingTotalType {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => MoneyScalar) amount!: Fen;
  @Field(() => Int) records!: number;
  @Field(() => Int, { description: 'Share of the period total, basis points.' }) shareBp!: number;
}

@ObjectType('SpendingStatistics', { description: 'What purchases cost: confirmed mall orders (accepted amount once accepted) and signed tender contracts.' })
export class SpendingStatisticsType {
  @Field(() => SpendingDimensionEnum) by!: SpendingDimension;
  @Field(() => MoneyScalar) total!: Fen;
  @Field(() => [SpendingLineType], { description: 'Per month and key, months without spending left out.' }) rows!: SpendingLineType[];
  @Field(() => [SpendingTotalType], { description: 'Per key over the period, largest first.' }) totals!: SpendingTotalType[];
}

@ObjectType('SavingsLine')
export class SavingsLineType {
  @Field(() => String, { nullable: true, description: 'Null on the total.' }) month?: string | null;
  @Field(() => Int, { description: 'Lots with a signed contract.' }) lots!: number;
  @Field(() => MoneyScalar) budget!: Fen;
  @Field(() => MoneyScalar) price!: Fen;
  @Field(() => MoneyScalar) savings!: Fen;
  @Field(() => Int, { description: '(budget − price) ÷ budget, basis points.' }) rateBp!: number;
}

@ObjectType('SavingsStatistics')
export class SavingsStatisticsType {
  @Field(() => [SavingsLineType]) rows!: SavingsLineType[];
  @Field(() => SavingsLineType) total!: SavingsLineType;
}

@ObjectType('PolicyShareLine')
export class PolicyShareLineType {
  @Field(() => String, { nullable: true, description: 'Null on the total.' }) month?: string | null;
  @Field(() => MoneyScalar) total!: Fen;
  @Field(() => MoneyScalar, { description: '节能产品 or 环境标志产品.' }) green!: Fen;
  @Field(() => MoneyScalar) sme!: Fen;
  @Field(() => MoneyScalar, { description: '首台套.' }) firstOfKind!: Fen;
  @Field(() => MoneyScalar, { description: '832 / 乡村振兴 agricultural products.' }) rural!: Fen;
  @Field(() => Int) greenBp!: number;
  @Field(() => Int) smeBp!: number;
  @Field(() => Int) firstOfKindBp!: number;
  @Field(() => Int) ruralBp!: number;
}

@ObjectType('PolicyShareStatistics')
export class PolicyShareStatisticsType {
  @Field(() => Int, { description: "The tenant's SME reserved share target (evaluation.smeReservedShareBp)." }) smeTargetBp!: number;
  @Field(() => [PolicyShareLineType]) rows!: PolicyShareLineType[];
  @Field(() => PolicyShareLineType) total!: PolicyShareLineType;
}

@ObjectType('ConcentrationLine')
export class ConcentrationLineType {
  @Field() categoryCode!: string;
  @Field() label!: string;
  @Field(() => MoneyScalar) total!: Fen;
  @Field(() => Int) suppliers!: number;
  @Field(() => Int, { description: 'Σ (supplier share in %)², 0–10000.' }) hhi!: number;
  @Field() topSupplier!: string;
  @Field(() => Int) topShareBp!: number;
}

@ObjectType('ConcentrationStatistics')
export class ConcentrationStatisticsType {
  @Field(() => [ConcentrationLineType]) rows!: ConcentrationLineType[];
}

@ObjectType('CompetitionLine')
export class CompetitionLineType {
  @Field(() => String, { nullable: true, description: 'Null on the total.' }) month?: string | null;
  @Field(() => Int, { description: 'Lots opened.' }) lots!: number;
  @Field(() => Int, { description: 'Their valid bids (opened, not disqualified).' }) validBids!: number;
  @Field(() => Int, { description: 'Valid bids per opened lot, hundredths.' }) bidsPerLotHundredths!: number;
  @Field(() => Int, { nullable: true, description: 'Distinct suppliers that submitted a bid.' }) bidders?: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct suppliers with a mall order counted in spending.' }) sellers?: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct suppliers either way.' }) suppliers?: number | null;
}

@ObjectType('CompetitionStatistics')
export class CompetitionStatisticsType {
  @Field(() => [CompetitionLineType]) rows!: CompetitionLineType[];
  @Field(() => CompetitionLineType) total!: CompetitionLineType;
}

@ObjectType('InspectionStatisticsLine')
export class InspectionStatisticsLineType {
  @Field(() => String, { nullable: true, description: 'Null on the total.' }) month?: string | null;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) justified!: number;
  @Field(() => Int) dismissed!: number;
  @Field(() => Int) corrected!: number;
  @Field(() => Int) delisted!: number;
}

@ObjectType('InspectionStatistics', { description: 'Price findings raised per month, by the state they are in now.' })
export class InspectionStatisticsType {
  @Field(() => [InspectionStatisticsLineType]) rows!: InspectionStatisticsLineType[];
  @Field(() => InspectionStatisticsLineType) total!: InspectionStatisticsLineType;
}

@ObjectType('IntegrityBandLine')
export class IntegrityBandLineType {
  @Field(() => String, { nullable: true, description: 'Null on `now`.' }) month?: string | null;
  @Field(() => Int) a!: number;
  @Field(() => Int) b!: number;
  @Field(() => Int) c!: number;
  @Field(() => Int) d!: number;
  @Field(() => Int, { nullable: true, description: 'Suppliers without a computed standing; only on `now`.' }) unscored?: number | null;
  @Field(() => Int) total!: number;
}

@ObjectType('IntegrityBandStatistics', { description: 'Suppliers per integrity band: now, and at the end of each month of the period that has begun.' })
export class IntegrityBandStatisticsType {
  @Field(() => IntegrityBandLineType, { description: 'From the current standings.' }) now!: IntegrityBandLineType;
  @Field(() => [IntegrityBandLineType], { description: "Replayed from the events at each month's end (now for the running month)." }) rows!: IntegrityBandLineType[];
}

@ObjectType('SignalStatisticsLine')
export class SignalStatisticsLineType {
  @Field(() => String, { nullable: true, description: 'Null on the total.' }) month?: string | null;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) dismissed!: number;
  @Field(() => Int) referred!: number;
  @Field(() => Int) orderSplitting!: number;
  @Field(() => Int) sameOrigin!: number;
  @Field(() => Int) identicalDocuments!: number;
  @Field(() => Int) pricePattern!: number;
  @Field(() => Int) sharedPeople!: number;
  @Field(() => Int) expertDeviation!: number;
}

@ObjectType('SignalStateCounts')
export class SignalStateCountsType {
  @Field(() => Int) open!: number;
  @Field(() => Int) dismissed!: number;
  @Field(() => Int) referred!: number;
}

@ObjectType('SignalStatistics', { description: 'Compliance signals raised per month, by kind and by the state they are in now.' })
export class SignalStatisticsType {
  @Field(() => [SignalStatisticsLineType]) rows!: SignalStatisticsLineType[];
  @Field(() => SignalStatisticsLineType) total!: SignalStatisticsLineType;
  @Field(() => SignalStateCountsType, { description: "Every signal of the tenant by state now, whenever raised." }) now!: SignalStateCountsType;
}

@ObjectType('StatisticsReport')
export class StatisticsReportType {
  @Field(() => ID) id!: string;
  @Field(() => StatisticsReportKindEnum) kind!: StatisticsReportKind;
  @Field({ description: 'YYYY-MM for a month, YYYY for a year.' }) period!: string;
  @Field(() => StatisticsReportStateEnum) state!: StatisticsReportState;
  @Field(() => Date, { nullable: true }) generatedAt?: Date | null;
  @Field(() => String, { nullable: true }) fileName?: string | null;
  @Field(() => Date) createdAt!: Date;
}

@InputType()
export class RequestStatisticsReportInput {
  @Field(() => StatisticsReportKindEnum) kind!: StatisticsReportKind;
  @Field({ description: 'YYYY-MM for a month, YYYY for a year; the period must have begun.' }) period!: string;
}
