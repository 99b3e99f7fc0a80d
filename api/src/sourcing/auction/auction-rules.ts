import { AuctionDirection, type Fen, formatYuan } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';

/** What the price rules read of an auction. */
export interface PriceTerms {
  direction: AuctionDirection;
  /** Reverse: the ceiling; forward: the starting price. */
  startPriceFen: Fen;
  stepFen: Fen;
  floorFen?: Fen | null;
}

/** Whether `price` beats `best` in this direction (a tie does not: the earlier bid keeps its place). */
export function beats(direction: AuctionDirection, price: Fen, best: Fen | null | undefined): boolean {
  if (best === null || best === undefined) return true;
  return direction === AuctionDirection.Reverse ? price < best : price > best;
}

/**
 * Checks one bid against the price rules; returns whether it is abnormally low.
 * Reverse: at most the ceiling, and below the bidder's own previous valid bid by at least the
 * decrement (others' bids do not bind it: ranks do). A bid under the private floor is kept and
 * flagged, never the best price. Forward: at least the starting price, then at least the
 * current highest bid plus the increment.
 */
export function checkBidPrice(terms: PriceTerms, price: Fen, ownPrevious: Fen | null, best: Fen | null): { abnormallyLow: boolean } {
  if (price <= 0n) throw new AppError('AUCTION_BID_PRICE_INVALID', { field: 'price' });
  if (terms.direction === AuctionDirection.Reverse) {
    if (price > terms.startPriceFen) throw new AppError('AUCTION_BID_ABOVE_CEILING', { field: 'price', ceiling: formatYuan(terms.startPriceFen) }, { ceiling: formatYuan(terms.startPriceFen) });
    if (ownPrevious !== null && price > ownPrevious - terms.stepFen) {
      const max = formatYuan(ownPrevious - terms.stepFen);
      throw new AppError('AUCTION_BID_DECREMENT', { field: 'price', max }, { max });
    }
    return { abnormallyLow: terms.floorFen !== null && terms.floorFen !== undefined && price < terms.floorFen };
  }
  const min = best === null ? terms.startPriceFen : best + terms.stepFen;
  if (price < min) throw new AppError('AUCTION_BID_INCREMENT', { field: 'price', min: formatYuan(min) }, { min: formatYuan(min) });
  return { abnormallyLow: false };
}

/** What the anti-sniping rule reads of an auction. */
export interface ExtensionTerms {
  endsAt: Date;
  extendWindowSeconds: number;
  extendBySeconds: number;
  maxExtensions: number;
  extensions: number;
}

/** The new end when a bid at `at` falls in the last window and extensions remain; otherwise null. */
export function extendedEnd(terms: ExtensionTerms, at: Date): Date | null {
  const left = terms.endsAt.getTime() - at.getTime();
  if (left <= 0 || left > terms.extendWindowSeconds * 1000 || terms.extensions >= terms.maxExtensions) return null;
  return new Date(terms.endsAt.getTime() + terms.extendBySeconds * 1000);
}

/** A bid as the standings read it. */
export interface StandingBid { seq: number; pseudonymNo: number; priceFen: Fen; abnormallyLow: boolean }

/**
 * Each bidder's best valid bid and its rank: better price first, on a tie the earlier bid.
 * Flagged (abnormally low) bids never rank.
 */
export class Standings {
  private readonly best = new Map<number, { priceFen: Fen; seq: number }>();

  constructor(private readonly direction: AuctionDirection) {}

  add(bid: StandingBid): void {
    if (bid.abnormallyLow) return;
    const current = this.best.get(bid.pseudonymNo);
    if (!current || beats(this.direction, bid.priceFen, current.priceFen)) this.best.set(bid.pseudonymNo, { priceFen: bid.priceFen, seq: bid.seq });
  }

  bestOf(pseudonymNo: number): Fen | null {
    return this.best.get(pseudonymNo)?.priceFen ?? null;
  }

  rankOf(pseudonymNo: number): number | null {
    const mine = this.best.get(pseudonymNo);
    if (!mine) return null;
    let rank = 1;
    for (const [no, other] of this.best) {
      if (no === pseudonymNo) continue;
      if (beats(this.direction, other.priceFen, mine.priceFen) || (other.priceFen === mine.priceFen && other.seq < mine.seq)) rank += 1;
    }
    return rank;
  }

  /** The leading price over all bidders. */
  leader(): Fen | null {
    return leadingPrice(this.direction, [...this.best.values()].map((b) => b.priceFen));
  }

  get bidders(): number {
    return this.best.size;
  }
}

/** How a bidder appears while the auction runs. */
export function pseudonym(direction: AuctionDirection, no: number): string {
  return direction === AuctionDirection.Reverse ? `供应商${no}` : `竞买人${no}`;
}

/** The best valid price among all bidders, or null. */
export function leadingPrice(direction: AuctionDirection, prices: Iterable<Fen>): Fen | null {
  let best: Fen | null = null;
  for (const p of prices) if (beats(direction, p, best)) best = p;
  return best;
}
