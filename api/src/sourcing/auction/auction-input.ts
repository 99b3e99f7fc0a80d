import { AuctionDirection, type DeliveryAddress, type Fen } from '@zhengcai/schema';
import { ProblemList } from '../../catalog/problems.js';
import { checkAddress } from '../../mall/orders/order-input.js';
import { AppError } from '../../platform/errors/app-error.js';

export interface CreateAuctionInput {
  direction: AuctionDirection;
  title: string;
  description: string;
  categoryCode?: string | null;
  quantity?: number | null;
  buyerOrganisationId?: string | null;
  startPrice: Fen;
  step: Fen;
  floor?: Fen | null;
  deposit?: Fen | null;
  appraisal?: Fen | null;
  photoUrls?: string[] | null;
  viewing?: string | null;
  invitedSupplierIds?: string[] | null;
  startsAt: Date;
  durationMinutes: number;
  extendWindowMinutes?: number | null;
  extendByMinutes?: number | null;
  maxExtensions?: number | null;
  /** Reverse: the buyer's budget line (the ceiling is frozen on it) and where the lot is delivered. */
  budgetLineId?: string | null;
  deliveryAddress?: DeliveryAddress | null;
}

/** The checked terms of a new auction; nothing is written when any field is wrong. */
export interface AuctionTerms {
  direction: AuctionDirection;
  title: string;
  description: string;
  categoryCode: string | null;
  quantity: number;
  startPriceFen: Fen;
  stepFen: Fen;
  floorFen: Fen | null;
  depositFen: Fen;
  appraisalFen: Fen | null;
  photoUrls: string[];
  viewing: string | null;
  invitedSupplierIds: string[];
  startsAt: Date;
  endsAt: Date;
  extendWindowSeconds: number;
  extendBySeconds: number;
  maxExtensions: number;
  budgetLineId: string | null;
  deliveryAddress: DeliveryAddress | null;
}

const CATEGORY = /^[A-C][0-9]{0,14}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const chars = (s: string) => [...s].length;
const f = (name: string) => `input.${name}`;

/**
 * DOMAIN.md: the delay rule of public asset auctions is 5 minutes / 5 minutes; reverse auctions
 * take the organiser's rule. Both default to it.
 */
export const DEFAULT_EXTENSION_MINUTES = 5;
export const DEFAULT_MAX_EXTENSIONS = 10;

export function checkAuctionInput(input: CreateAuctionInput, now: Date): AuctionTerms {
  const title = input.title.trim();
  const description = input.description.trim();
  if (chars(title) < 2 || chars(title) > 200) throw new AppError('AUCTION_TITLE_INVALID', { field: f('title') });
  if (chars(description) < 2 || chars(description) > 5000) throw new AppError('AUCTION_TITLE_INVALID', { field: f('description') });
  const reverse = input.direction === AuctionDirection.Reverse;
  const categoryCode = input.categoryCode?.trim().toUpperCase() || null;
  if (categoryCode && !CATEGORY.test(categoryCode)) throw new AppError('AUCTION_PARTY_INVALID', { field: f('categoryCode') });
  const quantity = input.quantity ?? 1;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) throw new AppError('AUCTION_PRICE_INVALID', { field: f('quantity') });
  if (input.startPrice <= 0n) throw new AppError('AUCTION_PRICE_INVALID', { field: f('startPrice') });
  if (input.step <= 0n || input.step >= input.startPrice) throw new AppError('AUCTION_PRICE_INVALID', { field: f('step') });
  const floor = reverse ? input.floor ?? null : null;
  if (floor !== null && (floor <= 0n || floor >= input.startPrice)) throw new AppError('AUCTION_PRICE_INVALID', { field: f('floor') });
  const deposit = reverse ? 0n : input.deposit ?? 0n;
  if (deposit < 0n || deposit >= input.startPrice) throw new AppError('AUCTION_PRICE_INVALID', { field: f('deposit') });
  const appraisal = reverse ? null : input.appraisal ?? null;
  if (appraisal !== null && appraisal <= 0n) throw new AppError('AUCTION_PRICE_INVALID', { field: f('appraisal') });
  const photoUrls = reverse ? [] : (input.photoUrls ?? []).map((u) => u.trim());
  if (photoUrls.length > 20) throw new AppError('AUCTION_PHOTO_URL_INVALID', { field: f('photoUrls') });
  photoUrls.forEach((u, i) => {
    if (!/^https:\/\/[^\s]{3,500}$/.test(u)) throw new AppError('AUCTION_PHOTO_URL_INVALID', { field: f(`photoUrls[${i}]`) });
  });
  const viewing = reverse ? null : input.viewing?.trim() || null;
  if (viewing && chars(viewing) > 2000) throw new AppError('AUCTION_TITLE_INVALID', { field: f('viewing') });
  const invited = reverse ? [...new Set((input.invitedSupplierIds ?? []).map((s) => s.trim().toLowerCase()))] : [];
  invited.forEach((id, i) => {
    if (!UUID.test(id)) throw new AppError('AUCTION_PARTY_INVALID', { field: f(`invitedSupplierIds[${i}]`) });
  });
  if (Number.isNaN(input.startsAt.getTime()) || input.startsAt.getTime() < now.getTime() - 60_000) throw new AppError('AUCTION_TIME_INVALID', { field: f('startsAt') });
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 5 || input.durationMinutes > 7 * 24 * 60) throw new AppError('AUCTION_TIME_INVALID', { field: f('durationMinutes') });
  const window = input.extendWindowMinutes ?? DEFAULT_EXTENSION_MINUTES;
  const by = input.extendByMinutes ?? DEFAULT_EXTENSION_MINUTES;
  const max = input.maxExtensions ?? DEFAULT_MAX_EXTENSIONS;
  if (!Number.isInteger(window) || window < 1 || window > 30) throw new AppError('AUCTION_EXTENSION_INVALID', { field: f('extendWindowMinutes') });
  if (!Number.isInteger(by) || by < 1 || by > 30) throw new AppError('AUCTION_EXTENSION_INVALID', { field: f('extendByMinutes') });
  if (!Number.isInteger(max) || max < 0 || max > 100) throw new AppError('AUCTION_EXTENSION_INVALID', { field: f('maxExtensions') });
  // A reverse auction buys: its ceiling is budgeted and its award becomes an order to deliver.
  const budgetLineId = reverse ? input.budgetLineId?.trim() || null : null;
  if (reverse && !budgetLineId) throw new AppError('AUCTION_BUDGET_REQUIRED', { field: f('budgetLineId') });
  let deliveryAddress: DeliveryAddress | null = null;
  if (reverse) {
    if (!input.deliveryAddress) throw new AppError('AUCTION_BUDGET_REQUIRED', { field: f('deliveryAddress') });
    const problems = new ProblemList();
    deliveryAddress = checkAddress(problems, input.deliveryAddress);
    problems.throwIfAny();
  }
  return {
    budgetLineId, deliveryAddress,
    direction: input.direction, title, description, categoryCode, quantity, startPriceFen: input.startPrice, stepFen: input.step, floorFen: floor, depositFen: deposit,
    appraisalFen: appraisal, photoUrls, viewing, invitedSupplierIds: invited, startsAt: input.startsAt,
    endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    extendWindowSeconds: window * 60, extendBySeconds: by * 60, maxExtensions: max,
  };
}
