import { describe, expect, it } from 'vitest';
import { countdown, documentsProblem, DOCUMENTS_MAX_BYTES, ServerClock, toPriceForm } from './bid-form';

describe('price form', () => {
  it('converts text to the sealed price form on digits', () => {
    const { priceForm, problems } = toPriceForm({ totalPrice: '1,234,567.5', discountPercent: '2.5', deliveryDays: '45', warrantyMonths: '36', sme: 'small' });
    expect(problems).toEqual({});
    expect(priceForm).toEqual({ totalPrice: '1234567.50', discountBp: 250, deliveryDays: 45, warrantyMonths: 36, sme: 'small' });
    expect(toPriceForm({ totalPrice: '100', discountPercent: '', deliveryDays: '1', warrantyMonths: '0', sme: 'none' }).priceForm?.discountBp).toBe(0);
  });

  it('names each bad field', () => {
    const { priceForm, problems } = toPriceForm({ totalPrice: '12.345', discountPercent: '101', deliveryDays: '0', warrantyMonths: '1.5', sme: 'huge' as never });
    expect(priceForm).toBeNull();
    expect(problems).toEqual({ totalPrice: 'bid.priceFormat', discountBp: 'bid.discountFormat', deliveryDays: 'bid.daysFormat', warrantyMonths: 'bid.monthsFormat', sme: 'bid.smeRequired' });
    expect(toPriceForm({ totalPrice: '0', discountPercent: '0', deliveryDays: '3', warrantyMonths: '3', sme: 'none' }).problems.totalPrice).toBe('bid.priceFormat');
  });

  it('limits the documents', () => {
    expect(documentsProblem([DOCUMENTS_MAX_BYTES])).toBeNull();
    expect(documentsProblem([DOCUMENTS_MAX_BYTES, 1])).toBe('bid.documentsTooLarge');
  });
});

describe('server clock and countdown', () => {
  it('follows the server time once told', () => {
    let local = 1_000_000;
    const clock = new ServerClock(() => local);
    expect(clock.synced).toBe(false);
    expect(clock.now()).toBe(1_000_000);
    clock.sync(new Date(1_060_000).toISOString());
    expect(clock.synced).toBe(true);
    local += 5_000;
    expect(clock.now()).toBe(1_065_000);
    clock.sync('garbage');
    expect(clock.now()).toBe(1_065_000);
  });

  it('counts down to the deadline and stops at it', () => {
    const deadline = '2026-11-23T10:00:00Z';
    const at = (iso: string) => Date.parse(iso);
    expect(countdown(deadline, at('2026-11-21T08:58:57Z'))).toEqual({ days: 2, hours: 1, minutes: 1, seconds: 3 });
    expect(countdown(deadline, at('2026-11-23T09:59:59Z'))).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 1 });
    expect(countdown(deadline, at('2026-11-23T10:00:00Z'))).toBeNull();
    expect(countdown(deadline, at('2026-11-24T10:00:00Z'))).toBeNull();
  });
});
