import { type DeliveryAddress, type Fen, formatYuan, type TenantSettings } from '@zhengcai/schema';
import { checkText, ProblemList } from '../catalog/problems.js';
import { AppError } from '../platform/errors/app-error.js';
import { checkAddress, checkQuantity } from '../mall/orders/order-input.js';
import { requiredRoute } from '../mall/orders/purchase-route.js';

export interface InquiryInput {
  title: string;
  categoryCode: string;
  specification: string;
  quantity: number;
  unit: string;
  deliveryAddress: DeliveryAddress;
  deliveryDays: number;
  budget: Fen;
  budgetLineId: string;
  quoteDeadline: Date;
  /** Defaults to the province's sourcing.minQuotes; may only be higher. */
  minQuotes?: number | null;
  idempotencyKey: string;
}

export interface QuoteInput {
  inquiryId: string;
  unitPrice: Fen;
  offer: string;
  idempotencyKey: string;
}

export const MAX_DELIVERY_DAYS = 365;
export const MAX_MIN_QUOTES = 20;
/** The quote period may not run for more than this many calendar days. */
export const MAX_QUOTE_PERIOD_DAYS = 90;
export const TIE_RULE = 'earliest_submission';

/** The inquiry's own fields, checked together so every problem names its field. */
export function checkInquiryInput(input: InquiryInput): InquiryInput {
  const problems = new ProblemList();
  const title = checkText(problems, 'title', input.title, 4, 120);
  const specification = checkText(problems, 'specification', input.specification, 10, 5000);
  const unit = checkText(problems, 'unit', input.unit, 1, 16);
  const categoryCode = (input.categoryCode ?? '').trim().toUpperCase();
  checkQuantity(problems, 'quantity', input.quantity);
  const deliveryAddress = checkAddress(problems, input.deliveryAddress);
  if (!Number.isInteger(input.deliveryDays) || input.deliveryDays < 1 || input.deliveryDays > MAX_DELIVERY_DAYS) problems.add('deliveryDays', 'INQUIRY_DELIVERY_DAYS', { max: MAX_DELIVERY_DAYS });
  if (input.minQuotes != null && (!Number.isInteger(input.minQuotes) || input.minQuotes > MAX_MIN_QUOTES)) problems.add('minQuotes', 'INQUIRY_MIN_QUOTES', { min: 3, max: MAX_MIN_QUOTES });
  problems.throwIfAny();
  return { ...input, title, specification, unit, categoryCode, deliveryAddress };
}

/**
 * The mall's sourcing range (DOMAIN.md): above the one-click limit, up to the sourcing
 * maximum. Other amounts are refused with the route they must take.
 */
export function checkSourcingRange(budgetFen: bigint, routes: TenantSettings['purchaseRoutes']): void {
  const min = BigInt(routes.directOrderMaxFen);
  const max = BigInt(routes.mallSourcingMaxFen);
  if (budgetFen > min && budgetFen <= max) return;
  const route = budgetFen <= min ? 'DIRECT_ORDER' : requiredRoute(budgetFen, routes);
  throw new AppError('INQUIRY_ROUTE_MISMATCH', { amount: formatYuan(budgetFen), min: formatYuan(min), max: formatYuan(max), route, field: 'budget' }, { requiredRoute: route });
}

export function checkMinQuotes(requested: number | null | undefined, settings: TenantSettings): number {
  const min = settings.sourcing.minQuotes;
  const value = requested ?? min;
  if (value < min || value > MAX_MIN_QUOTES) throw new AppError('INQUIRY_MIN_QUOTES', { min, max: MAX_MIN_QUOTES, field: 'minQuotes' });
  return value;
}

export function checkQuoteInput(input: QuoteInput): { offer: string } {
  const problems = new ProblemList();
  if (input.unitPrice <= 0n) problems.add('unitPrice', 'QUOTE_PRICE_NOT_POSITIVE');
  const offer = checkText(problems, 'offer', input.offer, 2, 2000);
  problems.throwIfAny();
  return { offer };
}
