import { parseTenantSettings } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors/app-error.js';
import { checkMinQuotes, checkSourcingRange } from './inquiry-input.js';

const settings = parseTenantSettings({});
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return { reason: (e as AppError).reason, params: (e as AppError).params, details: (e as AppError).details };
  }
  return null;
};

describe('inquiry input', () => {
  it('accepts budgets above the one-click limit up to the mall sourcing maximum', () => {
    expect(refusal(() => checkSourcingRange(5_000_001n, settings.purchaseRoutes))).toBeNull();
    expect(refusal(() => checkSourcingRange(100_000_000n, settings.purchaseRoutes))).toBeNull();
  });

  it('names the route for budgets outside the range', () => {
    expect(refusal(() => checkSourcingRange(5_000_000n, settings.purchaseRoutes))).toMatchObject({ reason: 'INQUIRY_ROUTE_MISMATCH', params: { route: 'DIRECT_ORDER', field: 'budget' } });
    expect(refusal(() => checkSourcingRange(100_000_001n, settings.purchaseRoutes))).toMatchObject({ details: { requiredRoute: 'NON_TENDER_METHODS' } });
    expect(refusal(() => checkSourcingRange(400_000_000n, settings.purchaseRoutes))).toMatchObject({ details: { requiredRoute: 'PUBLIC_TENDER' } });
  });

  it('takes the province minimum of quotes by default and refuses a lower one', () => {
    expect(checkMinQuotes(null, settings)).toBe(3);
    expect(checkMinQuotes(5, settings)).toBe(5);
    expect(refusal(() => checkMinQuotes(2, settings))).toMatchObject({ reason: 'INQUIRY_MIN_QUOTES', params: { min: 3, field: 'minQuotes' } });
    expect(checkMinQuotes(null, parseTenantSettings({ sourcing: { minQuotes: 4 } }))).toBe(4);
  });
});
