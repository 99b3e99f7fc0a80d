import { normaliseMoneyInput, zonedToInstant } from '@zhengcai/web-kit';
import type { PublishInquiryInput } from '../graphql/generated/graphql';
import { fromFen, toFen } from '../mall/money';
import { type AddressForm, emptyAddress, type FormProblems, parseQuantity, toAddressInput } from '../mall/order-forms';

/** The inquiry form as typed: money and the deadline as text (the deadline on the province's clock). */
export interface InquiryForm {
  title: string;
  categoryCode: string;
  specification: string;
  quantity: string;
  unit: string;
  budget: string;
  budgetLineId: string;
  /** "YYYY-MM-DD HH:mm" in the province's time zone. */
  quoteDeadline: string;
  deliveryDays: string;
  minQuotes: string;
  address: AddressForm;
}

export const emptyInquiryForm = (): InquiryForm => ({
  title: '', categoryCode: '', specification: '', quantity: '1', unit: '台', budget: '', budgetLineId: '', quoteDeadline: '', deliveryDays: '15', minQuotes: '',
  address: emptyAddress(),
});

const WHOLE = /^\d{1,4}$/;

/**
 * The form as the API's input, or the problems found (field path → message key); the API
 * checks the rest (range, deadline on the calendar) and names the field it refuses.
 */
export function toInquiryInput(form: InquiryForm, timeZone: string): { input: Omit<PublishInquiryInput, 'idempotencyKey'> | null; problems: FormProblems } {
  const problems: FormProblems = {};
  if (!form.title.trim()) problems.title = 'inquiry.form.required';
  if (!form.categoryCode.trim()) problems.categoryCode = 'inquiry.form.required';
  if (!form.specification.trim()) problems.specification = 'inquiry.form.required';
  if (!form.unit.trim()) problems.unit = 'inquiry.form.required';
  const quantity = parseQuantity(form.quantity);
  if ('problem' in quantity) problems.quantity = quantity.problem;
  const budget = normaliseMoneyInput(form.budget);
  if (!budget || toFen(budget) <= 0n) problems.budget = 'inquiry.form.money';
  if (!form.budgetLineId) problems.budgetLineId = 'buy.chooseBudgetLine';
  const deadline = form.quoteDeadline ? zonedToInstant(form.quoteDeadline, timeZone) : null;
  if (!deadline) problems.quoteDeadline = 'inquiry.form.deadline';
  if (!WHOLE.test(form.deliveryDays.trim())) problems.deliveryDays = 'inquiry.form.whole';
  if (form.minQuotes.trim() && !WHOLE.test(form.minQuotes.trim())) problems.minQuotes = 'inquiry.form.whole';
  const address = toAddressInput(form.address);
  Object.assign(problems, address.problems);
  if (Object.keys(problems).length) return { input: null, problems };
  return {
    input: {
      title: form.title.trim(), categoryCode: form.categoryCode.trim().toUpperCase(), specification: form.specification.trim(),
      quantity: (quantity as { quantity: number }).quantity, unit: form.unit.trim(), budget: budget!, budgetLineId: form.budgetLineId,
      quoteDeadline: deadline!, deliveryDays: Number(form.deliveryDays), minQuotes: form.minQuotes.trim() ? Number(form.minQuotes) : null,
      deliveryAddress: address.input,
    },
    problems,
  };
}

/** The quote's total for a unit price typed, or null while it is not a price: ("2,400", 20) → "48000.00". */
export function quoteTotal(unitPrice: string, quantity: number): string | null {
  const price = normaliseMoneyInput(unitPrice);
  if (!price || toFen(price) <= 0n) return null;
  return fromFen(toFen(price) * BigInt(quantity));
}

/** Whether a quote's total stays within the budget (the ceiling price). */
export function withinBudget(total: string, budget: string): boolean {
  return toFen(total) <= toFen(budget);
}
