import { describe, expect, it } from 'vitest';
import {
  adjustBudgetLineInput,
  BANK_REFERENCE,
  budgetFiltersFromQuery,
  budgetFiltersToQuery,
  createBudgetLineInput,
  orderFilterInput,
  orderFiltersFromQuery,
  orderFiltersToQuery,
  paymentSettingsInput,
  paymentSettingsToForm,
} from './finance-forms';

const UNIT = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('budget filters in the address', () => {
  it('round-trips unit and year and drops malformed values', () => {
    const f = budgetFiltersFromQuery({ unit: UNIT, year: '2026' });
    expect(f).toEqual({ unitId: UNIT, fiscalYear: 2026 });
    expect(budgetFiltersToQuery(f)).toEqual({ unit: UNIT, year: '2026' });
    expect(budgetFiltersFromQuery({ unit: 'x', year: '26' })).toEqual({});
    expect(budgetFiltersToQuery({})).toEqual({});
  });
});

describe('order filters in the address', () => {
  it('round-trips every filter and drops unknown states and impossible days', () => {
    const query = { state: 'PAID', supplier: UNIT, buyer: UNIT, from: '2026-01-01', to: '2026-02-28' };
    const f = orderFiltersFromQuery(query);
    expect(f).toEqual({ state: 'PAID', supplierId: UNIT, buyerId: UNIT, from: '2026-01-01', to: '2026-02-28' });
    expect(orderFiltersToQuery(f)).toEqual(query);
    expect(orderFiltersFromQuery({ state: 'PAYED', from: '2026-02-30', to: 'yesterday' })).toEqual({});
  });

  it('sends local days as instants in the province time zone, the last day inclusive', () => {
    expect(orderFilterInput({ from: '2026-01-01', to: '2026-12-31', state: 'CLOSED' as never })).toEqual({
      state: 'CLOSED',
      from: '2026-01-01T00:00:00+08:00',
      to: '2027-01-01T00:00:00+08:00',
    });
    expect(orderFilterInput({})).toEqual({});
  });
});

describe('budget line forms', () => {
  const form = { unitId: UNIT, fiscalYear: '2026', code: ' 2026-0101 ', name: ' 办公设备 ', amount: '1,500,000.5', note: '' };

  it('creates with the amount as a yuan string with two decimals, never a float', () => {
    expect(createBudgetLineInput(form)).toEqual({ input: { unitId: UNIT, fiscalYear: 2026, code: '2026-0101', name: '办公设备', amount: '1500000.50' } });
    expect(createBudgetLineInput({ ...form, amount: '0.1 + 0.2' })).toEqual({ invalid: 'amount' });
    expect(createBudgetLineInput({ ...form, amount: '12.345' })).toEqual({ invalid: 'amount' });
    expect(createBudgetLineInput({ ...form, unitId: '' })).toEqual({ invalid: 'unitId' });
    expect(createBudgetLineInput({ ...form, fiscalYear: '26' })).toEqual({ invalid: 'fiscalYear' });
  });

  it('adjusts only what changed, keeping large amounts exact', () => {
    const original = { amount: '90071992547409.93', name: '办公设备' };
    expect(adjustBudgetLineInput({ amount: '90071992547409.93', name: '办公设备', note: '' }, original)).toEqual({ input: {} });
    expect(adjustBudgetLineInput({ amount: '90071992547409.9', name: '办公设备（调减）', note: ' 浙财预〔2026〕12号 ' }, original)).toEqual({
      input: { amount: '90071992547409.90', name: '办公设备（调减）', note: '浙财预〔2026〕12号' },
    });
    expect(adjustBudgetLineInput({ amount: 'abc', name: 'x', note: '' }, original)).toEqual({ invalid: 'amount' });
  });
});

describe('bank reference', () => {
  it('follows the API: 4–64 letters, digits or hyphens', () => {
    expect(BANK_REFERENCE.test('GK-2026-000123')).toBe(true);
    expect(BANK_REFERENCE.test('x')).toBe(false);
    expect(BANK_REFERENCE.test('GK 2026')).toBe(false);
  });
});

describe('payment settings form', () => {
  const original = { enabledProviders: ['TREASURY'], defaultProvider: 'TREASURY', alipayAppId: null, alipayGatewayUrl: null, alipayNotifyUrlBase: null } as never;

  it('sends only changes; the keys only when replaced', () => {
    const form = paymentSettingsToForm(original);
    expect(paymentSettingsInput(form, original)).toEqual({});
    form.enabledProviders = ['TREASURY', 'ALIPAY'] as never;
    form.alipayAppId = ' 2021000000000001 ';
    form.alipayPrivateKey = '-----BEGIN PRIVATE KEY-----';
    expect(paymentSettingsInput(form, original)).toEqual({ enabledProviders: ['ALIPAY', 'TREASURY'], alipayAppId: '2021000000000001', alipayPrivateKey: '-----BEGIN PRIVATE KEY-----' });
  });
});
