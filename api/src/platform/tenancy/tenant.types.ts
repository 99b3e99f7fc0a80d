import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { type Fen, INTEGRITY_BANDS, type IntegrityBand, PRICE_REFERENCE_SOURCES, type PriceReferenceSourceName } from '@zhengcai/schema';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { MoneyScalar } from '../graphql/money.scalar.js';
import { ConnectionType } from '../graphql/pagination.js';

@ObjectType({ description: 'A province running the platform (public).' })
export class TenantSummary {
  @Field(() => ID) id!: string;
  @Field({ description: 'GB/T 2260 province code, e.g. 330000.' }) code!: string;
  @Field({ description: 'Host-name label, e.g. zj.' }) slug!: string;
  @Field() name!: string;
}

@ObjectType()
export class TenantConnection extends ConnectionType(TenantSummary) {}

@ObjectType({ description: 'Which purchase route an amount must take.' })
export class PurchaseRouteRules {
  @Field(() => MoneyScalar, { description: 'One-click order (直购) up to this amount per order.' }) directOrderMax!: Fen;
  @Field(() => MoneyScalar, { description: 'Online inquiry or reverse auction in the mall up to this amount.' }) mallSourcingMax!: Fen;
  @Field(() => MoneyScalar, { description: 'A public tender is required from this amount.' }) publicTenderMin!: Fen;
}

@ObjectType()
export class TenderRules {
  @Field(() => Int) documentsMinWorkingDays!: number;
  @Field(() => Int) bidMinCalendarDays!: number;
  @Field(() => Int) amendmentMinCalendarDays!: number;
  @Field(() => Int) minBidders!: number;
  @Field(() => Int) contractSignCalendarDays!: number;
}

@ObjectType()
export class ChallengeRules {
  @Field(() => Int) challengeWorkingDays!: number;
  @Field(() => Int) answerWorkingDays!: number;
  @Field(() => Int) complaintWorkingDays!: number;
}

@ObjectType({ description: 'Rates and shares are in basis points (1 bp = 0.01 %).' })
export class DepositRules {
  @Field(() => Int) maxShareOfBudgetBp!: number;
  @Field(() => Int) refundDeadlineWorkingDays!: number;
  @Field(() => Int) refundTargetWorkingDays!: number;
  @Field(() => Int) interestRateBp!: number;
  @Field(() => Int) lateChargeRateBp!: number;
  @Field(() => Int, { description: 'Days in the interest year (360 by convention).' }) interestDayBasis!: number;
  @Field(() => Int) performanceGuaranteeMaxBp!: number;
}

@ObjectType()
export class EvaluationRules {
  @Field(() => Int) smeDeductionBp!: number;
  @Field(() => Int) scoreDeviationBp!: number;
  @Field(() => Int) smeReservedShareBp!: number;
}

export const PriceReferenceSourceEnum = graphqlEnum(
  Object.fromEntries(PRICE_REFERENCE_SOURCES.map((s) => [s, s])) as Record<PriceReferenceSourceName, PriceReferenceSourceName>,
  'PriceReferenceSource',
  'IMPORTED 导入的参考价（电商等）, PEER 其他供应商同一标准商品的中位价, HISTORY 本商品近期最低价, TRANSACTIONS 近期成交（已验收）中位价.',
);

@ObjectType({ description: 'Price inspection (价格巡检); rates in basis points, windows in days. docs/oversight.md.' })
export class InspectionRules {
  @Field(() => Int, { description: 'Tolerance above the reference; exactly at it is no finding.' }) priceAboveReferenceAlertBp!: number;
  @Field(() => [PriceReferenceSourceEnum], { description: 'Sources that count; the lowest of their values is the reference.' }) sources!: PriceReferenceSourceName[];
  @Field(() => Int, { description: "Fewest other suppliers' listings for the peer median to count." }) minPeerSample!: number;
  @Field(() => Int, { description: 'Fewest accepted order lines for the transaction median to count.' }) minTransactionSample!: number;
  @Field(() => Int, { description: "The listing's own lowest price over these last days." }) historyDays!: number;
  @Field(() => Int, { description: 'Accepted order lines of these last days.' }) transactionDays!: number;
  @Field(() => Int, { description: 'Imported references older than this do not count.' }) importedMaxAgeDays!: number;
  @Field(() => Int, { description: 'Working days to correct or justify before the listing is delisted.' }) correctionWorkingDays!: number;
  @Field(() => Int, { description: 'Confirmed offences within repeatOffenceDays that make a repeat offence.' }) repeatOffenceCount!: number;
  @Field(() => Int) repeatOffenceDays!: number;
  @Field({ description: "A JSON price feed read before each nightly inspection ('' for none)." }) referenceFeedUrl!: string;
}

export const SplittingPeriodEnum = graphqlEnum({ quarter: 'quarter', year: 'year' } as const, 'SplittingPeriod', 'QUARTER 自然季度, YEAR 自然年度（预算年度）.');

@ObjectType({ description: 'Compliance signals (合规预警). docs/oversight.md.' })
export class SignalRules {
  @Field(() => SplittingPeriodEnum, { description: "Order splitting sums a unit's one-click orders per calendar quarter or year." }) splittingPeriod!: 'quarter' | 'year';
  @Field(() => Int, { description: 'Category level orders are grouped at (2 = A02 … 5 = A02010104; 4 = A020101).' }) splittingCategoryLevel!: number;
}

export const IntegrityBandEnum = graphqlEnum(
  Object.fromEntries(INTEGRITY_BANDS.map((b) => [b, b])) as Record<IntegrityBand, IntegrityBand>,
  'IntegrityBand',
  'A supplier integrity band (诚信等级), A best, D worst.',
);

@ObjectType({ description: 'Supplier integrity (诚信分): points per kind of event (a magnitude: good conduct adds, the rest subtracts), decay, bands. docs/oversight.md.' })
export class IntegrityRules {
  @Field(() => Int) orderConfirmedOnTimePoints!: number;
  @Field(() => Int) orderConfirmedLatePoints!: number;
  @Field(() => Int) deliveredOnTimePoints!: number;
  @Field(() => Int) deliveredLatePoints!: number;
  @Field(() => Int) acceptancePassedPoints!: number;
  @Field(() => Int) acceptanceFailedPoints!: number;
  @Field(() => Int) priceOffencePoints!: number;
  @Field(() => Int, { description: 'Instead of priceOffencePoints for a repeat offence.' }) repeatPriceOffencePoints!: number;
  @Field(() => Int) withdrawnAfterWinningPoints!: number;
  @Field(() => Int) refusedToSignPoints!: number;
  @Field(() => Int) depositForfeitedPoints!: number;
  @Field(() => Int) challengeGroundlessPoints!: number;
  @Field(() => Int) complaintUpheldPoints!: number;
  @Field(() => Int, { description: 'Suggested points of a manual administrative penalty.' }) administrativePenaltyPoints!: number;
  @Field(() => Int, { description: 'Suggested points of a manual blacklist record.' }) blacklistRecordPoints!: number;
  @Field(() => Int, { description: "An event's weight halves every this many days." }) halfLifeDays!: number;
  @Field(() => Int, { description: 'The score every supplier starts from (0–100).' }) baseScore!: number;
  @Field(() => Int) bandAMin!: number;
  @Field(() => Int) bandBMin!: number;
  @Field(() => Int) bandCMin!: number;
  @Field(() => IntegrityBandEnum, { description: 'Suppliers in this band or a worse one cannot submit listings or bids.' }) blockBand!: IntegrityBand;
}

@ObjectType({ description: 'E-mall fulfilment deadlines, in working days of the province calendar.' })
export class MallRules {
  @Field(() => Int, { description: 'Supplier confirms an order within (else it is cancelled).' }) confirmWorkingDays!: number;
  @Field(() => Int, { description: 'Supplier ships within, from confirmation.' }) shipWorkingDays!: number;
  @Field(() => Int, { description: 'Buyer accepts within, from delivery.' }) acceptWorkingDays!: number;
}

@ObjectType({ description: 'Online inquiry (在线询价). docs/sourcing.md.' })
export class SourcingRules {
  @Field(() => Int, { description: 'Valid quotes an inquiry needs at its deadline (3–20).' }) minQuotes!: number;
  @Field(() => Int, { description: 'Shortest quote period, in working days (3–30).' }) quoteMinWorkingDays!: number;
}

@ObjectType({ description: 'Deadline reminders (docs/notifications.md): each deadline is reminded once per offset; 0 switches an offset off.' })
export class NotificationRules {
  @Field(() => Int, { description: 'Remind once the deadline is this many working days away (from 08:00).' }) reminderWorkingDaysBefore!: number;
  @Field(() => Int, { description: 'Remind this many hours before the deadline.' }) reminderHoursBefore!: number;
}

@ObjectType({ description: 'Contract financing (政采贷). docs/financing.md.' })
export class FinancingRules {
  @Field(() => MoneyScalar, { description: 'A mall order can be financed from this amount (default ¥50,000.00).' }) minOrder!: Fen;
}

@ObjectType({ description: "A province's procurement rules, national defaults unless it overrides them." })
export class TenantSettingsView {
  @Field(() => PurchaseRouteRules) purchaseRoutes!: PurchaseRouteRules;
  @Field(() => TenderRules) tender!: TenderRules;
  @Field(() => ChallengeRules) challenges!: ChallengeRules;
  @Field(() => DepositRules) deposits!: DepositRules;
  @Field(() => EvaluationRules) evaluation!: EvaluationRules;
  @Field(() => MallRules) mall!: MallRules;
  @Field(() => InspectionRules) inspection!: InspectionRules;
  @Field(() => SignalRules) signals!: SignalRules;
  @Field(() => IntegrityRules) integrity!: IntegrityRules;
  @Field(() => SourcingRules) sourcing!: SourcingRules;
  @Field(() => NotificationRules) notifications!: NotificationRules;
  @Field(() => FinancingRules) financing!: FinancingRules;
}

@ObjectType()
export class TenantDetail extends TenantSummary {
  @Field() timeZone!: string;
  @Field() currency!: string;
  @Field(() => TenantSettingsView) settings!: TenantSettingsView;
}
