import type { DeliveryAddress, Fen } from '@zhengcai/schema';
import { checkText, ProblemList } from '../../catalog/problems.js';

export interface OrderItemInput {
  listingId: string;
  /** A JSON number, checked here so that 0, -1 and 1.5 get their own localized reasons. */
  quantity: number;
  expectedUnitPrice: Fen;
}

export interface PlaceOrderInput extends OrderItemInput {
  budgetLineId: string;
  deliveryAddress: DeliveryAddress;
  idempotencyKey: string;
}

export interface CheckoutCartInput {
  items: OrderItemInput[];
  budgetLineId: string;
  deliveryAddress: DeliveryAddress;
  idempotencyKey: string;
}

export const MAX_QUANTITY = 1_000_000;
export const MAX_CART_ITEMS = 50;

export function checkQuantity(problems: ProblemList, field: string, quantity: number): void {
  if (!(quantity > 0)) problems.add(field, 'QUANTITY_NOT_POSITIVE', { value: String(quantity) });
  else if (!Number.isInteger(quantity)) problems.add(field, 'QUANTITY_NOT_WHOLE', { value: String(quantity) });
  else if (quantity > MAX_QUANTITY) problems.add(field, 'QUANTITY_TOO_LARGE', { max: MAX_QUANTITY });
}

const REGION = /^\d{6}$/;
const PHONE = /^[0-9+\- ]{5,20}$/;

export function checkAddress(problems: ProblemList, a: DeliveryAddress): DeliveryAddress {
  if (!REGION.test(a.regionCode ?? '')) problems.add('deliveryAddress.regionCode', 'REGION_CODE_FORMAT', { value: String(a.regionCode ?? '').slice(0, 12) });
  const address = checkText(problems, 'deliveryAddress.address', a.address, 2, 200);
  const recipient = checkText(problems, 'deliveryAddress.recipient', a.recipient, 1, 32);
  const phone = (a.phone ?? '').trim();
  if (!PHONE.test(phone)) problems.add('deliveryAddress.phone', 'PHONE_FORMAT');
  return { regionCode: a.regionCode, address, recipient, phone };
}

/** Whether a listing's delivery region (province 330000, city 330100 or county) covers a county code. */
export function regionCovers(region: string, code: string): boolean {
  const prefix = region.replace(/(00)+$/, '');
  return code.startsWith(prefix);
}
