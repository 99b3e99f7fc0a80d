import { normaliseMoneyInput } from '@zhengcai/web-kit';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { AdjustBudgetLineInput, CreateBudgetLineInput, OrderFilterInput, OrderState, PaymentSettingsInput, PaymentProvider } from '../graphql/generated/graphql';

export const ORDER_STATES: OrderState[] = ['PLACED', 'CONFIRMED', 'REJECTED', 'SHIPPED', 'DELIVERED', 'ACCEPTED', 'INVOICED', 'PAID', 'CLOSED', 'CANCELLED'] as OrderState[];
export const PROVIDERS: PaymentProvider[] = ['ALIPAY', 'TREASURY'] as PaymentProvider[];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-fA-F-]{36}$/;
const YEAR = /^(19|20|21)\d{2}$/;

function one(value: LocationQuery[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function validDay(text: string | undefined): string | undefined {
  if (!text || !DAY.test(text)) return undefined;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text ? text : undefined;
}

/** Budget list filters as kept in the address: `?unit=<id>&year=2026`. */
export interface BudgetFilters { unitId?: string; fiscalYear?: number }

export function budgetFiltersFromQuery(query: LocationQuery): BudgetFilters {
  const unit = one(query.unit);
  const year = one(query.year);
  return {
    ...(unit && ID.test(unit) ? { unitId: unit } : {}),
    ...(year && YEAR.test(year) ? { fiscalYear: Number(year) } : {}),
  };
}

export function budgetFiltersToQuery(f: BudgetFilters): LocationQueryRaw {
  return { ...(f.unitId ? { unit: f.unitId } : {}), ...(f.fiscalYear ? { year: String(f.fiscalYear) } : {}) };
}

/** Order list filters as kept in the address; dates are the province's local days (YYYY-MM-DD). */
export interface OrderFilters { state?: OrderState; supplierId?: string; buyerId?: string; from?: string; to?: string }

export function orderFiltersFromQuery(query: LocationQuery): OrderFilters {
  const state = one(query.state);
  const supplier = one(query.supplier);
  const buyer = one(query.buyer);
  const from = validDay(one(query.from));
  const to = validDay(one(query.to));
  return {
    ...(state && (ORDER_STATES as string[]).includes(state) ? { state: state as OrderState } : {}),
    ...(supplier && ID.test(supplier) ? { supplierId: supplier } : {}),
    ...(buyer && ID.test(buyer) ? { buyerId: buyer } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

export function orderFiltersToQuery(f: OrderFilters): LocationQueryRaw {
  return {
    ...(f.state ? { state: f.state } : {}),
    ...(f.supplierId ? { supplier: f.supplierId } : {}),
    ...(f.buyerId ? { buyer: f.buyerId } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
}

/** The day after a YYYY-MM-DD day. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The API's filter: `from` is the start of that day, `to` is inclusive (placed before the start of
 * the next day), both in the province's time zone (China has one offset, +08:00, no DST).
 */
export function orderFilterInput(f: OrderFilters, offset = '+08:00'): OrderFilterInput {
  return {
    ...(f.state ? { state: f.state } : {}),
    ...(f.supplierId ? { supplierId: f.supplierId } : {}),
    ...(f.buyerId ? { buyerId: f.buyerId } : {}),
    ...(f.from ? { from: `${f.from}T00:00:00${offset}` } : {}),
    ...(f.to ? { to: `${nextDay(f.to)}T00:00:00${offset}` } : {}),
  };
}

/** The budget line form as typed. */
export interface BudgetLineForm { unitId: string; fiscalYear: string; code: string; name: string; amount: string; note: string }

/** The create input, or the name of the first field that cannot be sent. */
export function createBudgetLineInput(form: BudgetLineForm): { input: CreateBudgetLineInput } | { invalid: keyof BudgetLineForm } {
  if (!form.unitId) return { invalid: 'unitId' };
  if (!YEAR.test(form.fiscalYear.trim())) return { invalid: 'fiscalYear' };
  if (!form.code.trim()) return { invalid: 'code' };
  if (!form.name.trim()) return { invalid: 'name' };
  const amount = normaliseMoneyInput(form.amount);
  if (amount === null) return { invalid: 'amount' };
  return { input: { unitId: form.unitId, fiscalYear: Number(form.fiscalYear.trim()), code: form.code.trim(), name: form.name.trim(), amount } };
}

/** Only what changed (amount as a yuan string with two decimals), with the note when given. */
export function adjustBudgetLineInput(form: Pick<BudgetLineForm, 'amount' | 'name' | 'note'>, original: { amount: string; name: string }): { input: AdjustBudgetLineInput } | { invalid: 'amount' | 'name' } {
  const amount = normaliseMoneyInput(form.amount);
  if (amount === null) return { invalid: 'amount' };
  const name = form.name.trim();
  if (!name) return { invalid: 'name' };
  const input: AdjustBudgetLineInput = {};
  if (amount !== normaliseMoneyInput(original.amount)) input.amount = amount;
  if (name !== original.name) input.name = name;
  if (form.note.trim()) input.note = form.note.trim();
  return { input };
}

/** As the API checks it: 4–64 letters, digits or '-'. */
export const BANK_REFERENCE = /^[A-Za-z0-9-]{4,64}$/;

/** The payment settings form; the two keys are write-only (empty = keep the stored one). */
export interface PaymentSettingsForm {
  enabledProviders: PaymentProvider[];
  defaultProvider: PaymentProvider;
  alipayAppId: string;
  alipayGatewayUrl: string;
  alipayNotifyUrlBase: string;
  alipayPrivateKey: string;
  alipayPublicKey: string;
}

export interface PaymentSettingsLike {
  enabledProviders: PaymentProvider[];
  defaultProvider: PaymentProvider;
  alipayAppId?: string | null;
  alipayGatewayUrl?: string | null;
  alipayNotifyUrlBase?: string | null;
}

export function paymentSettingsToForm(s: PaymentSettingsLike): PaymentSettingsForm {
  return {
    enabledProviders: [...s.enabledProviders],
    defaultProvider: s.defaultProvider,
    alipayAppId: s.alipayAppId ?? '',
    alipayGatewayUrl: s.alipayGatewayUrl ?? '',
    alipayNotifyUrlBase: s.alipayNotifyUrlBase ?? '',
    alipayPrivateKey: '',
    alipayPublicKey: '',
  };
}

/** Only what changed; a key is sent only when a new one was typed. */
export function paymentSettingsInput(form: PaymentSettingsForm, original: PaymentSettingsLike): PaymentSettingsInput {
  const input: PaymentSettingsInput = {};
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!sameSet(form.enabledProviders, original.enabledProviders)) input.enabledProviders = PROVIDERS.filter((p) => form.enabledProviders.includes(p));
  if (form.defaultProvider !== original.defaultProvider) input.defaultProvider = form.defaultProvider;
  for (const key of ['alipayAppId', 'alipayGatewayUrl', 'alipayNotifyUrlBase'] as const) {
    if (form[key].trim() !== (original[key] ?? '')) input[key] = form[key].trim();
  }
  if (form.alipayPrivateKey.trim()) input.alipayPrivateKey = form.alipayPrivateKey.trim();
  if (form.alipayPublicKey.trim()) input.alipayPublicKey = form.alipayPublicKey.trim();
  return input;
}

/** Every province is in China's one time zone; times and the date filters use it. */
export const TIME_ZONE = 'Asia/Shanghai';
