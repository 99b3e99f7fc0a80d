import { normaliseMoneyInput } from '@zhengcai/web-kit';
import type { AcceptOrderInput, DeliveryAddressInput, InvoiceOrderInput, ShipOrderInput } from '../graphql/generated/graphql';

/** Problems found before sending: field → message key. */
export type FormProblems = Record<string, string>;

export interface AddressForm {
  recipient: string;
  phone: string;
  regionCode: string;
  address: string;
}
export const emptyAddress = (): AddressForm => ({ recipient: '', phone: '', regionCode: '', address: '' });

/** The quantity box's text as a whole number above 0, or the message key of the problem. */
export function parseQuantity(text: string | number | null | undefined): { quantity: number } | { problem: string } {
  const s = String(text ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { problem: 'buy.quantityWhole' };
  const n = Number(s);
  if (n <= 0) return { problem: 'buy.quantityPositive' };
  if (!Number.isInteger(n)) return { problem: 'buy.quantityWhole' };
  if (n > 1_000_000) return { problem: 'buy.quantityTooLarge' };
  return { quantity: n };
}

/** The address form trimmed, with the fields the API would refuse named under `deliveryAddress.*`. */
export function toAddressInput(form: AddressForm): { input: DeliveryAddressInput; problems: FormProblems } {
  const input = { recipient: form.recipient.trim(), phone: form.phone.trim(), regionCode: form.regionCode.trim(), address: form.address.trim() };
  const problems: FormProblems = {};
  if (!input.recipient) problems['deliveryAddress.recipient'] = 'buy.required';
  if (!input.phone) problems['deliveryAddress.phone'] = 'buy.required';
  if (!/^\d{6}$/.test(input.regionCode)) problems['deliveryAddress.regionCode'] = 'buy.regionFormat';
  if (input.address.length < 2) problems['deliveryAddress.address'] = 'buy.addressLength';
  return { input, problems };
}

/** Remembered per province and user: the last delivery address used. */
export const addressStorageKey = (tenant: string, userId: string) => `zhengcai.address:${tenant}:${userId}`;

export function loadAddress(key: string): AddressForm {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<AddressForm> | null;
    if (!v || typeof v !== 'object') return emptyAddress();
    const s = (x: unknown) => (typeof x === 'string' ? x : '');
    return { recipient: s(v.recipient), phone: s(v.phone), regionCode: s(v.regionCode), address: s(v.address) };
  } catch {
    return emptyAddress();
  }
}
export function saveAddress(key: string, address: DeliveryAddressInput) {
  localStorage.setItem(key, JSON.stringify(address));
}

export interface AcceptForm {
  lines: { lineId: string; acceptedQuantity: number | null }[];
  note: string;
}

/** Acceptance: each line's accepted quantity (whole, 0 to ordered), the note when given. */
export function toAcceptInput(form: AcceptForm, ordered: Record<string, number>): { input: AcceptOrderInput; problems: FormProblems } {
  const problems: FormProblems = {};
  const lines = form.lines.map((l, i) => {
    const q = l.acceptedQuantity;
    if (q == null || !Number.isInteger(q) || q < 0 || q > (ordered[l.lineId] ?? 0)) problems[`lines[${i}].acceptedQuantity`] = 'order.acceptedRange';
    return { lineId: l.lineId, acceptedQuantity: q ?? 0 };
  });
  const note = form.note.trim();
  return { input: { lines, note: note || null }, problems };
}

export interface ShipForm {
  logisticsCompany: string;
  trackingNo: string;
}
export function toShipInput(form: ShipForm): { input: ShipOrderInput; problems: FormProblems } {
  const input = { logisticsCompany: form.logisticsCompany.trim(), trackingNo: form.trackingNo.trim() };
  const problems: FormProblems = {};
  if (!input.logisticsCompany) problems.logisticsCompany = 'buy.required';
  if (!input.trackingNo) problems.trackingNo = 'buy.required';
  return { input, problems };
}

export interface InvoiceForm {
  invoiceNo: string;
  invoiceCode: string;
  issuedOn: string;
  amount: string;
}
/** Invoice: the amount as a yuan string with two decimals (on digits), the code optional. */
export function toInvoiceInput(form: InvoiceForm): { input: InvoiceOrderInput; problems: FormProblems } {
  const problems: FormProblems = {};
  const amount = normaliseMoneyInput(form.amount);
  if (amount === null) problems.amount = 'order.amountFormat';
  const invoiceNo = form.invoiceNo.trim();
  if (!/^\d{8,20}$/.test(invoiceNo)) problems.invoiceNo = 'order.invoiceNoFormat';
  const invoiceCode = form.invoiceCode.trim();
  if (invoiceCode && !/^\d{10,12}$/.test(invoiceCode)) problems.invoiceCode = 'order.invoiceCodeFormat';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.issuedOn)) problems.issuedOn = 'buy.required';
  return { input: { invoiceNo, invoiceCode: invoiceCode || null, issuedOn: form.issuedOn, amount: amount ?? '' }, problems };
}
