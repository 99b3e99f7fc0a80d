import { describe, expect, it } from 'vitest';
import { changesOf, FIELDS, parseValue, toForm } from './settings-form';

const detail = {
  name: '浙江省',
  settings: {
    purchaseRoutes: { directOrderMax: '50000.00', mallSourcingMax: '1000000.00', publicTenderMin: '4000000.00' },
    tender: { documentsMinWorkingDays: 5, bidMinCalendarDays: 20, amendmentMinCalendarDays: 15, minBidders: 3, contractSignCalendarDays: 30 },
    challenges: { challengeWorkingDays: 7, answerWorkingDays: 7, complaintWorkingDays: 15 },
    deposits: { maxShareOfBudgetBp: 200, refundDeadlineWorkingDays: 5, refundTargetWorkingDays: 5, interestRateBp: 35, lateChargeRateBp: 35, performanceGuaranteeMaxBp: 1000 },
    evaluation: { smeDeductionBp: 1000, scoreDeviationBp: 1000, smeReservedShareBp: 4000 },
    inspection: {
      priceAboveReferenceAlertBp: 1000, correctionWorkingDays: 5, sources: ['IMPORTED', 'PEER', 'HISTORY', 'TRANSACTIONS'], historyDays: 90, importedMaxAgeDays: 30,
      minPeerSample: 3, transactionDays: 180, minTransactionSample: 3, repeatOffenceCount: 3, repeatOffenceDays: 365, referenceFeedUrl: '',
    },
    mall: { confirmWorkingDays: 1, shipWorkingDays: 5, acceptWorkingDays: 5 },
    integrity: {
      orderConfirmedOnTimePoints: 0, orderConfirmedLatePoints: 3, deliveredOnTimePoints: 1, deliveredLatePoints: 3, acceptancePassedPoints: 1, acceptanceFailedPoints: 5,
      priceOffencePoints: 10, repeatPriceOffencePoints: 20, withdrawnAfterWinningPoints: 15, refusedToSignPoints: 20, depositForfeitedPoints: 10, challengeGroundlessPoints: 2,
      complaintUpheldPoints: 10, administrativePenaltyPoints: 20, blacklistRecordPoints: 50, halfLifeDays: 365, baseScore: 100, bandAMin: 90, bandBMin: 75, bandCMin: 60, blockBand: 'D',
    },
    signals: { splittingPeriod: 'QUARTER', splittingCategoryLevel: 4 },
    sourcing: { minQuotes: 3, quoteMinWorkingDays: 3 },
    notifications: { reminderHoursBefore: 24, reminderWorkingDaysBefore: 2 },
    financing: { minOrder: '50000.00' },
  },
};

describe('tenant settings form', () => {
  it('edits the integrity block band as a band and sends it only when changed', () => {
    const original = toForm(detail);
    const form = toForm(detail);
    expect(form.integrity.blockBand).toBe('D');
    expect(parseValue('band', 'E')).toBeNull();
    form.integrity.blockBand = 'C';
    form.integrity.halfLifeDays = '180';
    expect(changesOf(form, original)).toEqual({ integrity: { blockBand: 'C', halfLifeDays: 180 } });
  });

  it('edits the order-splitting period and category level as choices and sends them only when changed', () => {
    const original = toForm(detail);
    const form = toForm(detail);
    expect([form.signals.splittingPeriod, form.signals.splittingCategoryLevel]).toEqual(['QUARTER', '4']);
    expect(parseValue('period', 'MONTH')).toBeNull();
    expect(parseValue('level', '6')).toBeNull();
    expect(parseValue('level', '1')).toBeNull();
    form.signals.splittingPeriod = 'YEAR';
    expect(changesOf(form, original)).toEqual({ signals: { splittingPeriod: 'YEAR' } });
    form.signals.splittingCategoryLevel = '3';
    expect(changesOf(form, original)).toEqual({ signals: { splittingPeriod: 'YEAR', splittingCategoryLevel: 3 } });
  });

  it('edits the inquiry rules and the reminder offsets as whole numbers and sends only what changed', () => {
    const original = toForm(detail);
    const form = toForm(detail);
    expect([form.sourcing.minQuotes, form.sourcing.quoteMinWorkingDays, form.notifications.reminderHoursBefore, form.notifications.reminderWorkingDaysBefore]).toEqual(['3', '3', '24', '2']);
    form.sourcing.minQuotes = ' 5 ';
    form.notifications.reminderHoursBefore = '0';
    expect(changesOf(form, original)).toEqual({ sourcing: { minQuotes: 5 }, notifications: { reminderHoursBefore: 0 } });
    expect(parseValue('hours', '1.5')).toBeNull();
    form.notifications.reminderWorkingDaysBefore = 'two';
    expect(changesOf(form, original)).toBeNull();
  });

  it('edits the financeable order minimum as yuan and sends it as money', () => {
    const original = toForm(detail);
    const form = toForm(detail);
    expect(form.financing.minOrder).toBe('50000.00');
    form.financing.minOrder = '80000';
    expect(changesOf(form, original)).toEqual({ financing: { minOrder: '80000.00' } });
  });

  it('covers every rule and shows rates as percentages, money as yuan', () => {
    expect(FIELDS).toHaveLength(62);
    const form = toForm(detail);
    expect(form.deposits.interestRateBp).toBe('0.35');
    expect(form.evaluation.smeReservedShareBp).toBe('40.00');
    expect(form.purchaseRoutes.directOrderMax).toBe('50000.00');
    expect(form.tender.minBidders).toBe('3');
  });

  it('sends only what changed, in API units (basis points, yuan strings)', () => {
    const original = toForm(detail);
    const form = toForm(detail);
    form.purchaseRoutes.directOrderMax = '60,000';
    form.deposits.interestRateBp = '0.29';
    form.tender.minBidders = '5';
    form.challenges.challengeWorkingDays = '7'; // retyped, same value
    form.evaluation.smeDeductionBp = '10'; // 10 % is the 1000 bp it was
    expect(changesOf(form, original)).toEqual({
      purchaseRoutes: { directOrderMax: '60000.00' },
      deposits: { interestRateBp: 29 },
      tender: { minBidders: 5 },
    });
  });

  it('sends nothing for an untouched form, and the trimmed name when renamed', () => {
    const original = toForm(detail);
    expect(changesOf(toForm(detail), original)).toEqual({});
    const renamed = toForm(detail);
    renamed.name = ' 浙江省（试点） ';
    expect(changesOf(renamed, original)).toEqual({ name: '浙江省（试点）' });
  });

  it('refuses to build a change from text that is no value', () => {
    const form = toForm(detail);
    form.deposits.lateChargeRateBp = '0.355';
    expect(changesOf(form, toForm(detail))).toBeNull();
    expect(parseValue('days', '2.5')).toBeNull();
    expect(parseValue('money', '1.001')).toBeNull();
  });

  it('edits the inspection sources as a set and the feed URL as text (empty = no feed)', () => {
    const original = toForm(detail);
    expect(original.inspection.sources).toBe('IMPORTED,PEER,HISTORY,TRANSACTIONS');
    const reordered = toForm(detail);
    reordered.inspection.sources = 'PEER,IMPORTED,TRANSACTIONS,HISTORY';
    expect(changesOf(reordered, original)).toEqual({});
    const form = toForm(detail);
    form.inspection.sources = 'PEER,IMPORTED';
    form.inspection.referenceFeedUrl = ' https://prices.example.cn/feed.json ';
    form.inspection.minPeerSample = '5';
    expect(changesOf(form, original)).toEqual({ inspection: { sources: ['IMPORTED', 'PEER'], referenceFeedUrl: 'https://prices.example.cn/feed.json', minPeerSample: 5 } });
    expect(parseValue('sources', '')).toBeNull();
    expect(parseValue('sources', 'IMPORTED,NOPE')).toBeNull();
    expect(parseValue('text', '')).toBe('');
  });
});
