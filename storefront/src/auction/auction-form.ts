import { normaliseMoneyInput, zonedToInstant } from '@zhengcai/web-kit';
import type { Direction } from './room-state';
import { toFen } from './room-state';
import { type AddressForm, emptyAddress, toAddressInput } from '../mall/order-forms';

/** The buyer's auction form as typed (money in yuan, times on the province's wall clock). */
export interface AuctionForm {
  direction: Direction;
  title: string;
  description: string;
  categoryCode: string;
  quantity: string;
  startPrice: string;
  step: string;
  floor: string;
  deposit: string;
  appraisal: string;
  viewing: string;
  photoUrls: string;
  /** Picked from the supplier directory; a reverse auction without any invites the category's suppliers. */
  invitedSupplierIds: string[];
  startsAt: string;
  durationMinutes: string;
  extendWindowMinutes: string;
  extendByMinutes: string;
  maxExtensions: string;
  /** Reverse: the budget line the ceiling is frozen on, and where the lot is delivered. */
  budgetLineId: string;
  address: AddressForm;
}

export interface AuctionInput {
  direction: Direction;
  title: string;
  description: string;
  categoryCode: string | null;
  quantity: number;
  startPrice: string;
  step: string;
  floor: string | null;
  deposit: string | null;
  appraisal: string | null;
  viewing: string | null;
  photoUrls: string[];
  invitedSupplierIds: string[];
  startsAt: string;
  durationMinutes: number;
  extendWindowMinutes: number;
  extendByMinutes: number;
  maxExtensions: number;
  budgetLineId: string | null;
  deliveryAddress: ReturnType<typeof toAddressInput>['input'] | null;
}

/** Field → message key; the field names match the API's (`input.<field>`). */
export type FormProblems = Record<string, string>;

export function emptyAuctionForm(direction: Direction = 'REVERSE'): AuctionForm {
  return {
    direction, title: '', description: '', categoryCode: '', quantity: '1', startPrice: '', step: '', floor: '', deposit: '', appraisal: '', viewing: '', photoUrls: '', invitedSupplierIds: [],
    startsAt: '', durationMinutes: '60', extendWindowMinutes: '5', extendByMinutes: '5', maxExtensions: '10', budgetLineId: '', address: emptyAddress(),
  };
}

const INT = /^\d{1,6}$/;

/** Checks what the browser can check and builds the input; the server checks the rest and names the field. */
export function auctionFormToInput(form: AuctionForm, timeZone: string): { input: AuctionInput | null; problems: FormProblems } {
  const problems: FormProblems = {};
  const money = (field: keyof AuctionForm, required: boolean): string | null => {
    const text = String(form[field]).trim();
    if (!text) {
      if (required) problems[field] = 'auction.form.required';
      return null;
    }
    const v = normaliseMoneyInput(text);
    if (v == null) problems[field] = 'auction.form.moneyInvalid';
    return v;
  };
  const int = (field: keyof AuctionForm, min: number): number => {
    const text = String(form[field]).trim();
    if (!INT.test(text) || Number(text) < min) problems[field] = 'auction.form.intInvalid';
    return Number(text);
  };
  if (form.title.trim().length < 2) problems.title = 'auction.form.required';
  if (!form.description.trim()) problems.description = 'auction.form.required';
  const startPrice = money('startPrice', true);
  const step = money('step', true);
  const reverse = form.direction === 'REVERSE';
  const floor = reverse ? money('floor', false) : null;
  const deposit = reverse ? null : money('deposit', false);
  const appraisal = reverse ? null : money('appraisal', false);
  if (startPrice && step && toFen(step) <= 0n) problems.step = 'auction.form.stepInvalid';
  if (startPrice && step && !problems.step && toFen(step) >= toFen(startPrice)) problems.step = 'auction.form.stepInvalid';
  if (startPrice && floor && toFen(floor) > toFen(startPrice)) problems.floor = 'auction.form.floorInvalid';
  const startsAt = zonedToInstant(form.startsAt, timeZone);
  if (!startsAt) problems.startsAt = 'auction.form.timeInvalid';
  const durationMinutes = int('durationMinutes', 1);
  const extendWindowMinutes = int('extendWindowMinutes', 0);
  const extendByMinutes = int('extendByMinutes', 1);
  const maxExtensions = int('maxExtensions', 0);
  const quantity = int('quantity', 1);
  const lines = (text: string) => text.split(/[\s,，]+/).map((u) => u.trim()).filter(Boolean);
  const photoUrls = reverse ? [] : lines(form.photoUrls);
  const invitedSupplierIds = reverse ? [...new Set(form.invitedSupplierIds)] : [];
  // A reverse auction buys: its ceiling is budgeted and the award is delivered as an order.
  let deliveryAddress: AuctionInput['deliveryAddress'] = null;
  if (reverse) {
    if (!form.budgetLineId) problems.budgetLineId = 'buy.chooseBudgetLine';
    const address = toAddressInput(form.address);
    Object.assign(problems, address.problems);
    deliveryAddress = address.input;
  }
  if (Object.keys(problems).length) return { input: null, problems };
  return {
    problems,
    input: {
      direction: form.direction, title: form.title.trim(), description: form.description.trim(), categoryCode: form.categoryCode.trim() || null, quantity,
      startPrice: startPrice!, step: step!, floor, deposit, appraisal, viewing: reverse ? null : form.viewing.trim() || null, photoUrls, invitedSupplierIds,
      startsAt: startsAt!, durationMinutes, extendWindowMinutes, extendByMinutes, maxExtensions,
      budgetLineId: reverse ? form.budgetLineId : null, deliveryAddress,
    },
  };
}
