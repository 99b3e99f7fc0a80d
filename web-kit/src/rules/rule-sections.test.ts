import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import en from '../i18n/messages.en';
import zhCN from '../i18n/messages.zh-CN';
import { ruleSections } from './rule-sections';

const t = (locale: 'zh-CN' | 'en') => {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } });
  return (k: string, p?: Record<string, unknown>, n?: number) => (p && n !== undefined ? i18n.global.t(k, p, n) : p ? i18n.global.t(k, p) : i18n.global.t(k));
};

const settings = {
  deposits: { maxShareOfBudgetBp: 200, refundDeadlineWorkingDays: 5, refundTargetWorkingDays: 1, interestRateBp: 35, lateChargeRateBp: 522, performanceGuaranteeMaxBp: 1000 },
  purchaseRoutes: { directOrderMax: '30000.00', mallSourcingMax: '1000000.00', publicTenderMin: '4000000.00' },
  tender: { documentsMinWorkingDays: 5, bidMinCalendarDays: 20, amendmentMinCalendarDays: 15, minBidders: 3, contractSignCalendarDays: 30 },
};

describe('ruleSections', () => {
  it('shows the groups asked for in a fixed order, money in ¥ and rates in percent', () => {
    const sections = ruleSections(settings, t('zh-CN'));
    expect(sections.map((s) => s.key)).toEqual(['purchaseRoutes', 'tender', 'deposits']);
    expect(sections[0]).toEqual({
      key: 'purchaseRoutes',
      title: '采购方式限额',
      rows: [
        { key: 'directOrderMax', label: '网上超市直购单笔上限', value: '¥30,000.00' },
        { key: 'mallSourcingMax', label: '电子卖场询价/反向竞价上限', value: '¥1,000,000.00' },
        { key: 'publicTenderMin', label: '公开招标起点金额', value: '¥4,000,000.00' },
      ],
    });
    expect(sections[2].rows.find((r) => r.key === 'interestRateBp')?.value).toBe('0.35%');
    expect(sections[1].rows.find((r) => r.key === 'minBidders')?.value).toBe('3 家');
  });

  it('speaks English when asked', () => {
    const tender = ruleSections(settings, t('en'))[1];
    expect(tender.title).toBe('Tendering');
    expect(tender.rows.find((r) => r.key === 'bidMinCalendarDays')).toEqual({ key: 'bidMinCalendarDays', label: 'Bidding period (min. calendar days)', value: '20 days' });
    const deposits = ruleSections(settings, t('en'))[2];
    expect(deposits.rows.find((r) => r.key === 'refundTargetWorkingDays')?.value).toBe('1 day');
    expect(ruleSections(settings, t('zh-CN'))[2].rows.find((r) => r.key === 'refundTargetWorkingDays')?.value).toBe('1 天');
  });

  it('shows the signal rules: the period by name, the category level', () => {
    const [zh] = ruleSections({ signals: { splittingPeriod: 'QUARTER', splittingCategoryLevel: 4 } }, t('zh-CN'));
    expect(zh).toEqual({
      key: 'signals',
      title: '合规预警',
      rows: [
        { key: 'splittingPeriod', label: '化整为零统计周期', value: '按季度' },
        { key: 'splittingCategoryLevel', label: '化整为零归集品目层级', value: '4 级品目' },
      ],
    });
    expect(ruleSections({ signals: { splittingPeriod: 'YEAR', splittingCategoryLevel: 2 } }, t('en'))[0].rows.map((r) => r.value)).toEqual(['Per year', 'Level 2']);
  });

  it('shows the inspection rules: sources by name, an empty feed as none', () => {
    const inspection = {
      priceAboveReferenceAlertBp: 1000, correctionWorkingDays: 5, sources: ['IMPORTED', 'PEER'], historyDays: 90, importedMaxAgeDays: 30,
      minPeerSample: 3, transactionDays: 180, minTransactionSample: 3, repeatOffenceCount: 3, repeatOffenceDays: 365, referenceFeedUrl: '',
    };
    const [section] = ruleSections({ inspection }, t('zh-CN'));
    expect(section.title).toBe('价格巡检');
    expect(section.rows).toHaveLength(11);
    expect(section.rows.find((r) => r.key === 'sources')?.value).toBe('导入参考价、同类商品中位价');
    expect(section.rows.find((r) => r.key === 'referenceFeedUrl')?.value).toBe('无');
    expect(section.rows.find((r) => r.key === 'minPeerSample')?.value).toBe('3');
    expect(ruleSections({ inspection }, t('en'))[0].rows.find((r) => r.key === 'sources')?.value).toBe('Imported reference, Peer median');
  });
});
