import { z } from 'zod';

/**
 * A province's rules. Every field has the national default from DOMAIN.md; a tenant stores
 * only what it overrides, and reads always go through `parseTenantSettings` so that new
 * fields get their default without a data migration.
 * Money is fen as a decimal-integer string (JSON has no bigint); rates are basis points.
 *
 * The bounds are the law's: a province may be stricter than the national rule, never looser
 * (a bid period of at least 20 days, a deposit of at most 2 % of the budget, an SME price
 * deduction between 10 % and 20 % …).
 */
/** Where a reference price comes from (docs/oversight.md). */
export const PRICE_REFERENCE_SOURCES = ['imported', 'peer', 'history', 'transactions'] as const;
export type PriceReferenceSourceName = (typeof PRICE_REFERENCE_SOURCES)[number];

const fen = z.string().regex(/^\d{1,18}$/, 'an integer amount of fen');
const RANGES = new Map<string, { min: number; max: number }>();
/** A whole-number rule with its legal range, recorded so errors can name the range. */
const int = (key: string, min: number, max: number, fallback: number) => {
  RANGES.set(key, { min, max });
  return z.number().int().min(min).max(max).default(fallback);
};

/** The legal range of a numeric rule, e.g. `settingRange('deposits', 'interestRateBp')`. */
export function settingRange(group: string, field: string): { min: number; max: number } | undefined {
  return RANGES.get(`${group}.${field}`);
}

export const tenantSettingsSchema = z.object({
  purchaseRoutes: z
    .object({
      /** One-click order (网上超市直购) up to this amount per order. */
      directOrderMaxFen: fen.default('5000000'),
      /** Online inquiry or reverse auction in the mall up to this amount. */
      mallSourcingMaxFen: fen.default('100000000'),
      /** From this amount a public tender (公开招标) is required. */
      publicTenderMinFen: fen.default('400000000'),
    })
    .prefault({}),
  tender: z
    .object({
      /** 发售期: tender documents available for at least 5 working days. */
      documentsMinWorkingDays: int('tender.documentsMinWorkingDays', 5, 60, 5),
      /** From documents issued to the bid deadline: at least 20 days. */
      bidMinCalendarDays: int('tender.bidMinCalendarDays', 20, 120, 20),
      /** Amendments at least 15 days before the deadline. */
      amendmentMinCalendarDays: int('tender.amendmentMinCalendarDays', 15, 60, 15),
      minBidders: int('tender.minBidders', 3, 20, 3),
      /** Contract signed within 30 days of the award letter; a province may ask sooner. */
      contractSignCalendarDays: int('tender.contractSignCalendarDays', 1, 30, 30),
    })
    .prefault({}),
  challenges: z
    .object({
      /** A supplier's right to challenge: never shorter than 7 working days. */
      challengeWorkingDays: int('challenges.challengeWorkingDays', 7, 30, 7),
      /** The buyer answers within 7 working days; a province may ask sooner. */
      answerWorkingDays: int('challenges.answerWorkingDays', 1, 7, 7),
      complaintWorkingDays: int('challenges.complaintWorkingDays', 15, 60, 15),
    })
    .prefault({}),
  deposits: z
    .object({
      /** At most 2 % of the project budget (实施条例 art. 33). */
      maxShareOfBudgetBp: int('deposits.maxShareOfBudgetBp', 0, 200, 200),
      /** Principal refunded within 5 working days; a province may refund sooner. */
      refundDeadlineWorkingDays: int('deposits.refundDeadlineWorkingDays', 1, 5, 5),
      /** The platform's own target, inside the deadline. */
      refundTargetWorkingDays: int('deposits.refundTargetWorkingDays', 0, 5, 1),
      /** Demand-deposit interest, per year (0.35 %). */
      interestRateBp: int('deposits.interestRateBp', 0, 1000, 35),
      /** Late-refund charge, per year: benchmark loan rate 4.35 % × 1.2. */
      lateChargeRateBp: int('deposits.lateChargeRateBp', 0, 5000, 522),
      /** Days in the interest year (the divisor): 360 by the banks' convention, up to 365. */
      interestDayBasis: int('deposits.interestDayBasis', 360, 365, 360),
      /** Performance guarantee at most 10 % of the contract amount. */
      performanceGuaranteeMaxBp: int('deposits.performanceGuaranteeMaxBp', 0, 1000, 1000),
    })
    .prefault({}),
  evaluation: z
    .object({
      /** SME price deduction between 10 % and 20 % (财库〔2022〕19号). */
      smeDeductionBp: int('evaluation.smeDeductionBp', 1000, 2000, 1000),
      scoreDeviationBp: int('evaluation.scoreDeviationBp', 100, 5000, 2000),
      /** At least 40 % of SME-suitable budgets reserved for SMEs. */
      smeReservedShareBp: int('evaluation.smeReservedShareBp', 4000, 10000, 4000),
    })
    .prefault({}),
  mall: z
    .object({
      /** The supplier confirms (or rejects) an order within these working days, or it is cancelled. */
      confirmWorkingDays: int('mall.confirmWorkingDays', 1, 10, 2),
      /** Ships within these working days of confirming. */
      shipWorkingDays: int('mall.shipWorkingDays', 1, 30, 5),
      /** The buyer accepts (履约验收) within these working days of delivery. */
      acceptWorkingDays: int('mall.acceptWorkingDays', 1, 30, 7),
    })
    .prefault({}),
  inspection: z
    .object({
      /** A listing priced this far above the reference price raises an alert. */
      priceAboveReferenceAlertBp: int('inspection.priceAboveReferenceAlertBp', 0, 10000, 1000),
      /** Which reference sources count; the lowest of their values is the reference. */
      sources: z.array(z.enum(PRICE_REFERENCE_SOURCES)).default([...PRICE_REFERENCE_SOURCES]),
      /** Fewest other suppliers' listings of a standard product for the peer median to count. */
      minPeerSample: int('inspection.minPeerSample', 1, 1000, 3),
      /** Fewest accepted order lines of a standard product for the transaction median to count. */
      minTransactionSample: int('inspection.minTransactionSample', 1, 1000, 3),
      /** The listing's own lowest price over these last days. */
      historyDays: int('inspection.historyDays', 1, 365, 90),
      /** Accepted order lines of these last days. */
      transactionDays: int('inspection.transactionDays', 1, 730, 180),
      /** An imported reference older than this no longer counts. */
      importedMaxAgeDays: int('inspection.importedMaxAgeDays', 1, 365, 30),
      /** The supplier corrects or justifies within these working days, or the listing is delisted. */
      correctionWorkingDays: int('inspection.correctionWorkingDays', 1, 30, 5),
      /** This many confirmed offences within `repeatOffenceDays` is a repeat offence. */
      repeatOffenceCount: int('inspection.repeatOffenceCount', 1, 50, 3),
      repeatOffenceDays: int('inspection.repeatOffenceDays', 1, 1095, 365),
      /** A JSON price feed (http or https) read before each nightly inspection; '' for none. */
      referenceFeedUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).default(''),
    })
    .prefault({}),
  signals: z
    .object({
      /** Order splitting (化整为零) sums a unit's orders per calendar quarter or per (fiscal = calendar) year. */
      splittingPeriod: z.enum(['quarter', 'year']).default('quarter'),
      /** The category level orders are grouped at: 4 = A020101 计算机设备 (2 = A02 … 5 = A02010104). */
      splittingCategoryLevel: int('signals.splittingCategoryLevel', 2, 5, 4),
    })
    .prefault({}),
  integrity: z
    .object({
      /**
       * Points per kind of event. Good conduct adds, everything else subtracts: the sign comes
       * from the kind, so every weight here is a magnitude.
       */
      orderConfirmedOnTimePoints: int('integrity.orderConfirmedOnTimePoints', 0, 100, 0),
      orderConfirmedLatePoints: int('integrity.orderConfirmedLatePoints', 0, 100, 3),
      deliveredOnTimePoints: int('integrity.deliveredOnTimePoints', 0, 100, 1),
      deliveredLatePoints: int('integrity.deliveredLatePoints', 0, 100, 3),
      acceptancePassedPoints: int('integrity.acceptancePassedPoints', 0, 100, 1),
      acceptanceFailedPoints: int('integrity.acceptanceFailedPoints', 0, 100, 5),
      priceOffencePoints: int('integrity.priceOffencePoints', 0, 100, 10),
      /** Instead of the above when the offence is a repeat offence (inspection.repeatOffenceCount). */
      repeatPriceOffencePoints: int('integrity.repeatPriceOffencePoints', 0, 100, 20),
      withdrawnAfterWinningPoints: int('integrity.withdrawnAfterWinningPoints', 0, 100, 15),
      refusedToSignPoints: int('integrity.refusedToSignPoints', 0, 100, 20),
      depositForfeitedPoints: int('integrity.depositForfeitedPoints', 0, 100, 10),
      challengeGroundlessPoints: int('integrity.challengeGroundlessPoints', 0, 100, 2),
      complaintUpheldPoints: int('integrity.complaintUpheldPoints', 0, 100, 10),
      /** Suggested for manual entries; the person entering one may give other points. */
      administrativePenaltyPoints: int('integrity.administrativePenaltyPoints', 0, 100, 20),
      blacklistRecordPoints: int('integrity.blacklistRecordPoints', 0, 100, 50),
      /** An event's weight halves every this many days: points × 0.5^(age ÷ half-life). */
      halfLifeDays: int('integrity.halfLifeDays', 1, 3650, 365),
      /** The score every supplier starts from; the score is clamped to 0–100. */
      baseScore: int('integrity.baseScore', 0, 100, 100),
      bandAMin: int('integrity.bandAMin', 1, 100, 90),
      bandBMin: int('integrity.bandBMin', 1, 100, 75),
      bandCMin: int('integrity.bandCMin', 1, 100, 60),
      /** Suppliers in this band or a worse one cannot submit listings or bids. */
      blockBand: z.enum(['A', 'B', 'C', 'D']).default('D'),
    })
    .prefault({}),
  sourcing: z
    .object({
      /** Valid quotes an online inquiry needs at its deadline (three unless the province says more). */
      minQuotes: int('sourcing.minQuotes', 3, 20, 3),
      /** 询价: quotes open for at least 3 working days. */
      quoteMinWorkingDays: int('sourcing.quoteMinWorkingDays', 3, 30, 3),
    })
    .prefault({}),
  notifications: z
    .object({
      /** Remind once a deadline is this many working days away (from 08:00 local); 0 = no such reminder. */
      reminderWorkingDaysBefore: int('notifications.reminderWorkingDaysBefore', 0, 10, 1),
      /** Remind this many hours before a deadline; 0 = no such reminder. */
      reminderHoursBefore: int('notifications.reminderHoursBefore', 0, 72, 2),
    })
    .prefault({}),
  financing: z
    .object({
      /** A mall order can be financed (政采贷) from this amount; signed tender contracts always can. */
      minOrderFen: fen.default('5000000'),
    })
    .prefault({}),
}).superRefine((s, ctx) => {
  const r = s.purchaseRoutes;
  const [direct, sourcing, tender] = [BigInt(r.directOrderMaxFen), BigInt(r.mallSourcingMaxFen), BigInt(r.publicTenderMinFen)];
  // Each route starts where the smaller one ends: the ladder must climb.
  if (direct > sourcing) ctx.addIssue({ code: 'custom', path: ['purchaseRoutes', 'mallSourcingMaxFen'], message: 'SETTING_ORDER', params: { below: 'directOrderMaxFen' } });
  if (sourcing > tender) ctx.addIssue({ code: 'custom', path: ['purchaseRoutes', 'publicTenderMinFen'], message: 'SETTING_ORDER', params: { below: 'mallSourcingMaxFen' } });
  // The bands must step down: A above B above C.
  if (s.integrity.bandBMin >= s.integrity.bandAMin) ctx.addIssue({ code: 'custom', path: ['integrity', 'bandBMin'], message: 'SETTING_ORDER', params: { below: 'bandAMin', reason: 'SETTING_BAND_ORDER' } });
  if (s.integrity.bandCMin >= s.integrity.bandBMin) ctx.addIssue({ code: 'custom', path: ['integrity', 'bandCMin'], message: 'SETTING_ORDER', params: { below: 'bandBMin', reason: 'SETTING_BAND_ORDER' } });
  if (s.deposits.refundTargetWorkingDays > s.deposits.refundDeadlineWorkingDays) {
    ctx.addIssue({ code: 'custom', path: ['deposits', 'refundTargetWorkingDays'], message: 'SETTING_ORDER', params: { below: 'refundDeadlineWorkingDays' } });
  }
});

export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export function parseTenantSettings(stored: unknown): TenantSettings {
  return tenantSettingsSchema.parse(stored ?? {});
}

/** A partial change to a tenant's rules: any group, any field of it. */
export type TenantSettingsPatch = { [G in keyof TenantSettings]?: { [F in keyof TenantSettings[G]]?: TenantSettings[G][F] | null } | null };

/** Overrides after a patch: the stored overrides with the patch's fields laid over them. */
export function applySettingsPatch(stored: Record<string, unknown>, patch: TenantSettingsPatch): Record<string, unknown> {
  const next: Record<string, unknown> = { ...stored };
  for (const [group, fields] of Object.entries(patch)) {
    if (!fields) continue;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
    if (Object.keys(defined).length) next[group] = { ...(stored[group] as object | undefined), ...defined };
  }
  return next;
}
