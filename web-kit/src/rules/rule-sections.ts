import { formatBasisPoints, formatMoney } from '../format/money';

/** The settings groups as the `tenant` query returns them; any subset may be asked for. */
export interface SettingsLike {
  purchaseRoutes?: { directOrderMax: string; mallSourcingMax: string; publicTenderMin: string };
  tender?: { documentsMinWorkingDays: number; bidMinCalendarDays: number; amendmentMinCalendarDays: number; minBidders: number; contractSignCalendarDays: number };
  challenges?: { challengeWorkingDays: number; answerWorkingDays: number; complaintWorkingDays: number };
  deposits?: { maxShareOfBudgetBp: number; refundDeadlineWorkingDays: number; refundTargetWorkingDays: number; interestRateBp: number; lateChargeRateBp: number; performanceGuaranteeMaxBp: number };
  evaluation?: { smeDeductionBp: number; scoreDeviationBp: number; smeReservedShareBp: number };
  inspection?: {
    priceAboveReferenceAlertBp: number; correctionWorkingDays: number; sources: string[]; historyDays: number; importedMaxAgeDays: number;
    minPeerSample: number; transactionDays: number; minTransactionSample: number; repeatOffenceCount: number; repeatOffenceDays: number; referenceFeedUrl: string;
  };
  mall?: { confirmWorkingDays: number; shipWorkingDays: number; acceptWorkingDays: number };
  integrity?: {
    orderConfirmedOnTimePoints: number; orderConfirmedLatePoints: number; deliveredOnTimePoints: number; deliveredLatePoints: number; acceptancePassedPoints: number;
    acceptanceFailedPoints: number; priceOffencePoints: number; repeatPriceOffencePoints: number; withdrawnAfterWinningPoints: number; refusedToSignPoints: number;
    depositForfeitedPoints: number; challengeGroundlessPoints: number; complaintUpheldPoints: number; administrativePenaltyPoints: number; blacklistRecordPoints: number;
    halfLifeDays: number; baseScore: number; bandAMin: number; bandBMin: number; bandCMin: number; blockBand: string;
  };
  signals?: { splittingPeriod: string; splittingCategoryLevel: number };
  sourcing?: { minQuotes: number; quoteMinWorkingDays: number };
  notifications?: { reminderHoursBefore: number; reminderWorkingDaysBefore: number };
  financing?: { minOrder: string };
}

export interface RuleRow { key: string; label: string; value: string }
export interface RuleSection { key: string; title: string; rows: RuleRow[] }

/**
 * `count` a whole number, `text` free text ('' shown as none), `sources` a list of price reference sources, `band` an integrity band A–D,
 * `period` QUARTER or YEAR, `level` a category level 2–5, `hours` a whole number of hours.
 */
export type RuleKind = 'money' | 'bp' | 'days' | 'bidders' | 'count' | 'text' | 'sources' | 'band' | 'period' | 'level' | 'hours';
type Kind = RuleKind;
/** vue-i18n's `t`; `plural` picks the form ("1 day" / "5 days"). */
type T = (key: string, params?: Record<string, unknown>, plural?: number) => string;

/** Display order and unit of every rule; a field missing here is a compile error below. */
export const RULE_LAYOUT: { [G in keyof Required<SettingsLike>]: { [F in keyof Required<SettingsLike>[G]]: Kind } } = {
  purchaseRoutes: { directOrderMax: 'money', mallSourcingMax: 'money', publicTenderMin: 'money' },
  tender: { documentsMinWorkingDays: 'days', bidMinCalendarDays: 'days', amendmentMinCalendarDays: 'days', minBidders: 'bidders', contractSignCalendarDays: 'days' },
  challenges: { challengeWorkingDays: 'days', answerWorkingDays: 'days', complaintWorkingDays: 'days' },
  deposits: { maxShareOfBudgetBp: 'bp', refundDeadlineWorkingDays: 'days', refundTargetWorkingDays: 'days', interestRateBp: 'bp', lateChargeRateBp: 'bp', performanceGuaranteeMaxBp: 'bp' },
  evaluation: { smeDeductionBp: 'bp', scoreDeviationBp: 'bp', smeReservedShareBp: 'bp' },
  inspection: {
    priceAboveReferenceAlertBp: 'bp', correctionWorkingDays: 'days', sources: 'sources', historyDays: 'days', importedMaxAgeDays: 'days',
    minPeerSample: 'count', transactionDays: 'days', minTransactionSample: 'count', repeatOffenceCount: 'count', repeatOffenceDays: 'days', referenceFeedUrl: 'text',
  },
  mall: { confirmWorkingDays: 'days', shipWorkingDays: 'days', acceptWorkingDays: 'days' },
  integrity: {
    orderConfirmedOnTimePoints: 'count', orderConfirmedLatePoints: 'count', deliveredOnTimePoints: 'count', deliveredLatePoints: 'count', acceptancePassedPoints: 'count',
    acceptanceFailedPoints: 'count', priceOffencePoints: 'count', repeatPriceOffencePoints: 'count', withdrawnAfterWinningPoints: 'count', refusedToSignPoints: 'count',
    depositForfeitedPoints: 'count', challengeGroundlessPoints: 'count', complaintUpheldPoints: 'count', administrativePenaltyPoints: 'count', blacklistRecordPoints: 'count',
    halfLifeDays: 'days', baseScore: 'count', bandAMin: 'count', bandBMin: 'count', bandCMin: 'count', blockBand: 'band',
  },
  signals: { splittingPeriod: 'period', splittingCategoryLevel: 'level' },
  sourcing: { minQuotes: 'count', quoteMinWorkingDays: 'days' },
  notifications: { reminderHoursBefore: 'hours', reminderWorkingDaysBefore: 'days' },
  financing: { minOrder: 'money' },
};

/** The order-splitting periods and category levels the API accepts. */
export const SPLITTING_PERIODS = ['QUARTER', 'YEAR'] as const;
export const CATEGORY_LEVELS = [2, 3, 4, 5] as const;

function formatValue(kind: Kind, value: unknown, t: T): string {
  switch (kind) {
    case 'money': return formatMoney(value as string);
    case 'bp': return formatBasisPoints(value as number);
    case 'days': return t('rules.days', { n: value }, value as number);
    case 'bidders': return t('rules.people', { n: value }, value as number);
    case 'hours': return t('rules.hours', { n: value }, value as number);
    case 'count': return String(value);
    case 'band': return t('integrityBand.label', { band: value });
    case 'period': return t(`rules.splittingPeriods.${value}`);
    case 'level': return t('rules.categoryLevel', { n: value });
    case 'text': return (value as string) || t('rules.none');
    case 'sources': return (value as string[]).length ? (value as string[]).map((s) => t(`priceInspection.source.${s}`)).join(t('rules.separator')) : t('rules.none');
  }
}

/** Labelled, formatted rows for each settings group present, in a fixed order. */
export function ruleSections(settings: SettingsLike, t: T): RuleSection[] {
  const sections: RuleSection[] = [];
  for (const [group, fields] of Object.entries(RULE_LAYOUT) as [keyof SettingsLike, Record<string, Kind>][]) {
    const values = settings[group] as Record<string, unknown> | undefined;
    if (!values) continue;
    const rows = Object.entries(fields)
      .filter(([field]) => values[field] !== undefined)
      .map(([field, kind]) => ({ key: field, label: t(`rules.${field}`), value: formatValue(kind, values[field], t) }));
    sections.push({ key: group, title: t(`rules.${group}`), rows });
  }
  return sections;
}
