import { describe, expect, it } from 'vitest';
import { parseTenantSettings } from './tenant-settings.js';

describe('tenant settings', () => {
  it('are the national defaults when a tenant overrides nothing', () => {
    const s = parseTenantSettings({});
    expect(s.purchaseRoutes).toEqual({ directOrderMaxFen: '5000000', mallSourcingMaxFen: '100000000', publicTenderMinFen: '400000000' });
    expect(s.deposits).toMatchObject({ maxShareOfBudgetBp: 200, interestRateBp: 35, lateChargeRateBp: 522, refundDeadlineWorkingDays: 5 });
    expect(s.tender).toMatchObject({ documentsMinWorkingDays: 5, bidMinCalendarDays: 20, amendmentMinCalendarDays: 15, minBidders: 3 });
    expect(s.evaluation).toMatchObject({ smeDeductionBp: 1000, smeReservedShareBp: 4000 });
  });

  it('keep a province\'s overrides and default the rest of the same group', () => {
    const s = parseTenantSettings({ purchaseRoutes: { publicTenderMinFen: '200000000' } });
    expect(s.purchaseRoutes).toEqual({ directOrderMaxFen: '5000000', mallSourcingMaxFen: '100000000', publicTenderMinFen: '200000000' });
  });

  it('refuse malformed values', () => {
    expect(() => parseTenantSettings({ purchaseRoutes: { directOrderMaxFen: 50000.5 } })).toThrow();
    expect(() => parseTenantSettings({ deposits: { interestRateBp: -1 } })).toThrow();
  });

  it('take the deposit interest rate, late charge and day basis within their legal ranges', () => {
    expect(parseTenantSettings({}).deposits).toMatchObject({ interestRateBp: 35, lateChargeRateBp: 522, interestDayBasis: 360 });
    expect(parseTenantSettings({ deposits: { interestRateBp: 150, interestDayBasis: 365 } }).deposits).toMatchObject({ interestRateBp: 150, interestDayBasis: 365 });
    expect(() => parseTenantSettings({ deposits: { interestDayBasis: 359 } })).toThrow();
    expect(() => parseTenantSettings({ deposits: { interestDayBasis: 366 } })).toThrow();
    expect(() => parseTenantSettings({ deposits: { lateChargeRateBp: 5001 } })).toThrow();
  });
});
