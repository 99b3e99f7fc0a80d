import type { Locale, TenantSettings } from '@zhengcai/schema';

type Group = keyof TenantSettings;
type Unit = 'yuan' | 'percent' | 'days' | 'count';

/** How each rule is named for people and which unit its bounds are shown in. */
const RULES: { [G in Group]: Record<string, { zh: string; en: string; unit: Unit }> } = {
  purchaseRoutes: {
    directOrderMax: { zh: '直购上限', en: 'Direct order limit', unit: 'yuan' },
    mallSourcingMax: { zh: '商城询价/竞价上限', en: 'Mall inquiry/auction limit', unit: 'yuan' },
    publicTenderMin: { zh: '公开招标起点', en: 'Public tender threshold', unit: 'yuan' },
  },
  tender: {
    documentsMinWorkingDays: { zh: '招标文件发售期（工作日）', en: 'Tender documents on sale (working days)', unit: 'days' },
    bidMinCalendarDays: { zh: '等标期（日）', en: 'Bid period (days)', unit: 'days' },
    amendmentMinCalendarDays: { zh: '澄清修改提前期（日）', en: 'Amendment notice (days)', unit: 'days' },
    minBidders: { zh: '最少投标人数', en: 'Minimum bidders', unit: 'count' },
    contractSignCalendarDays: { zh: '合同签订期限（日）', en: 'Contract signing period (days)', unit: 'days' },
  },
  challenges: {
    challengeWorkingDays: { zh: '质疑期限（工作日）', en: 'Challenge period (working days)', unit: 'days' },
    answerWorkingDays: { zh: '质疑答复期限（工作日）', en: 'Challenge answer period (working days)', unit: 'days' },
    complaintWorkingDays: { zh: '投诉期限（工作日）', en: 'Complaint period (working days)', unit: 'days' },
  },
  deposits: {
    maxShareOfBudgetBp: { zh: '投标保证金上限（占预算）', en: 'Bid deposit cap (share of budget)', unit: 'percent' },
    refundDeadlineWorkingDays: { zh: '保证金退还期限（工作日）', en: 'Deposit refund deadline (working days)', unit: 'days' },
    refundTargetWorkingDays: { zh: '保证金退还目标（工作日）', en: 'Deposit refund target (working days)', unit: 'days' },
    interestRateBp: { zh: '保证金利率（年）', en: 'Deposit interest rate (per year)', unit: 'percent' },
    lateChargeRateBp: { zh: '逾期退还加付利率（年）', en: 'Late refund charge (per year)', unit: 'percent' },
    interestDayBasis: { zh: '计息天数基准（年）', en: 'Interest day basis (days per year)', unit: 'count' },
    performanceGuaranteeMaxBp: { zh: '履约保证金上限（占合同）', en: 'Performance guarantee cap (share of contract)', unit: 'percent' },
  },
  evaluation: {
    smeDeductionBp: { zh: '中小企业价格扣除', en: 'SME price deduction', unit: 'percent' },
    scoreDeviationBp: { zh: '评分偏离阈值', en: 'Score deviation threshold', unit: 'percent' },
    smeReservedShareBp: { zh: '中小企业预留份额', en: 'SME reserved share', unit: 'percent' },
  },
  mall: {
    confirmWorkingDays: { zh: '供应商确认订单期限（工作日）', en: 'Supplier confirmation period (working days)', unit: 'days' },
    shipWorkingDays: { zh: '发货期限（工作日）', en: 'Shipping period (working days)', unit: 'days' },
    acceptWorkingDays: { zh: '履约验收期限（工作日）', en: 'Acceptance period (working days)', unit: 'days' },
  },
  inspection: {
    priceAboveReferenceAlertBp: { zh: '价格高于参考价预警线', en: 'Price-above-reference alert', unit: 'percent' },
    sources: { zh: '参考价来源', en: 'Reference sources', unit: 'count' },
    minPeerSample: { zh: '同类比价最少样本数', en: 'Minimum peer sample', unit: 'count' },
    minTransactionSample: { zh: '成交价最少样本数', en: 'Minimum transaction sample', unit: 'count' },
    historyDays: { zh: '历史价回看天数', en: 'Price history window (days)', unit: 'days' },
    transactionDays: { zh: '成交价回看天数', en: 'Transaction window (days)', unit: 'days' },
    importedMaxAgeDays: { zh: '导入参考价有效天数', en: 'Imported reference max age (days)', unit: 'days' },
    correctionWorkingDays: { zh: '整改期限（工作日）', en: 'Correction period (working days)', unit: 'days' },
    repeatOffenceCount: { zh: '屡犯次数', en: 'Repeat offence count', unit: 'count' },
    repeatOffenceDays: { zh: '屡犯统计天数', en: 'Repeat offence window (days)', unit: 'days' },
    referenceFeedUrl: { zh: '参考价接口地址', en: 'Reference price feed URL', unit: 'count' },
  },
  signals: {
    splittingPeriod: { zh: '化整为零统计周期', en: 'Order-splitting period', unit: 'count' },
    splittingCategoryLevel: { zh: '化整为零品目层级', en: 'Order-splitting category level', unit: 'count' },
  },
  integrity: {
    orderConfirmedOnTimePoints: { zh: '按时确认订单加分', en: 'Order confirmed on time (points)', unit: 'count' },
    orderConfirmedLatePoints: { zh: '逾期未确认订单扣分', en: 'Order not confirmed in time (points)', unit: 'count' },
    deliveredOnTimePoints: { zh: '按时发货加分', en: 'Shipped on time (points)', unit: 'count' },
    deliveredLatePoints: { zh: '逾期发货扣分', en: 'Shipped late (points)', unit: 'count' },
    acceptancePassedPoints: { zh: '验收合格加分', en: 'Acceptance passed (points)', unit: 'count' },
    acceptanceFailedPoints: { zh: '验收不合格扣分', en: 'Acceptance failed (points)', unit: 'count' },
    priceOffencePoints: { zh: '价格违规扣分', en: 'Price offence (points)', unit: 'count' },
    repeatPriceOffencePoints: { zh: '屡次价格违规扣分', en: 'Repeat price offence (points)', unit: 'count' },
    withdrawnAfterWinningPoints: { zh: '中标后放弃扣分', en: 'Withdrawn after winning (points)', unit: 'count' },
    refusedToSignPoints: { zh: '拒签合同扣分', en: 'Refused to sign (points)', unit: 'count' },
    depositForfeitedPoints: { zh: '保证金不予退还扣分', en: 'Deposit forfeited (points)', unit: 'count' },
    challengeGroundlessPoints: { zh: '质疑不成立扣分', en: 'Groundless challenge (points)', unit: 'count' },
    complaintUpheldPoints: { zh: '被投诉成立扣分', en: 'Complaint upheld (points)', unit: 'count' },
    administrativePenaltyPoints: { zh: '行政处罚扣分（建议）', en: 'Administrative penalty (suggested points)', unit: 'count' },
    blacklistRecordPoints: { zh: '列入黑名单扣分（建议）', en: 'Blacklist record (suggested points)', unit: 'count' },
    halfLifeDays: { zh: '分值半衰期（天）', en: 'Half-life (days)', unit: 'days' },
    baseScore: { zh: '基础分', en: 'Base score', unit: 'count' },
    bandAMin: { zh: 'A 级下限', en: 'Band A from', unit: 'count' },
    bandBMin: { zh: 'B 级下限', en: 'Band B from', unit: 'count' },
    bandCMin: { zh: 'C 级下限', en: 'Band C from', unit: 'count' },
    blockBand: { zh: '限制投标与上架的等级', en: 'Blocked at band', unit: 'count' },
  },
  sourcing: {
    minQuotes: { zh: '询价最少有效报价数', en: 'Inquiry minimum valid quotes', unit: 'count' },
    quoteMinWorkingDays: { zh: '询价报价期（工作日）', en: 'Inquiry quote period (working days)', unit: 'days' },
  },
  notifications: {
    reminderWorkingDaysBefore: { zh: '截止前提醒（工作日）', en: 'Reminder before a deadline (working days)', unit: 'days' },
    reminderHoursBefore: { zh: '截止前提醒（小时）', en: 'Reminder before a deadline (hours)', unit: 'count' },
  },
  financing: {
    minOrder: { zh: '可融资订单金额起点', en: 'Financeable order minimum', unit: 'yuan' },
  },
};

export function ruleLabel(group: string, field: string, locale: Locale): string {
  const rule = RULES[group as Group]?.[field];
  if (!rule) return `${group}.${field}`;
  return locale === 'en' ? rule.en : rule.zh;
}

/** A bound or value as a person reads it: basis points as a percentage, fen as yuan. */
export function ruleValue(group: string, field: string, value: number | bigint): string {
  const unit = RULES[group as Group]?.[field]?.unit;
  if (unit === 'percent') return `${(Number(value) / 100).toFixed(2)}%`;
  if (unit === 'yuan') return `¥${(Number(value) / 100).toFixed(2)}`;
  return String(value);
}
