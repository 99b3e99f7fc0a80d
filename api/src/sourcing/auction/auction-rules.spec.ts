import { AuctionDirection } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { checkBidPrice, extendedEnd, Standings } from './auction-rules.js';

const reverse = { direction: AuctionDirection.Reverse, startPriceFen: 100_000n, stepFen: 1_000n, floorFen: 60_000n };
const forward = { direction: AuctionDirection.Forward, startPriceFen: 50_000n, stepFen: 500n };
const reason = (f: () => unknown) => { try { f(); return 'OK'; } catch (e) { return (e as { reason: string }).reason; } };

describe('reverse auction prices', () => {
  it('takes a first bid up to the ceiling and refuses one above it', () => {
    expect(checkBidPrice(reverse, 100_000n, null, null)).toEqual({ abnormallyLow: false });
    expect(reason(() => checkBidPrice(reverse, 100_001n, null, null))).toBe('AUCTION_BID_ABOVE_CEILING');
    expect(reason(() => checkBidPrice(reverse, 0n, null, null))).toBe('AUCTION_BID_PRICE_INVALID');
  });

  it('wants each bid below the bidder\'s own previous one by the decrement, whatever the others bid', () => {
    expect(reason(() => checkBidPrice(reverse, 89_001n, 90_000n, 70_000n))).toBe('AUCTION_BID_DECREMENT');
    expect(checkBidPrice(reverse, 89_000n, 90_000n, 70_000n)).toEqual({ abnormallyLow: false });
  });

  it('flags a bid under the private floor instead of refusing it', () => {
    expect(checkBidPrice(reverse, 59_999n, null, null)).toEqual({ abnormallyLow: true });
    expect(checkBidPrice(reverse, 60_000n, null, null)).toEqual({ abnormallyLow: false });
  });
});

describe('forward auction prices', () => {
  it('starts at the starting price and then climbs by the increment', () => {
    expect(reason(() => checkBidPrice(forward, 49_999n, null, null))).toBe('AUCTION_BID_INCREMENT');
    expect(checkBidPrice(forward, 50_000n, null, null)).toEqual({ abnormallyLow: false });
    expect(reason(() => checkBidPrice(forward, 50_499n, null, 50_000n))).toBe('AUCTION_BID_INCREMENT');
    expect(checkBidPrice(forward, 50_500n, null, 50_000n)).toEqual({ abnormallyLow: false });
  });
});

describe('anti-sniping', () => {
  const end = new Date('2026-12-01T10:00:00Z');
  const terms = { endsAt: end, extendWindowSeconds: 300, extendBySeconds: 300, maxExtensions: 2, extensions: 0 };
  it('extends the end by the rule for a bid in the last window, up to the cap', () => {
    expect(extendedEnd(terms, new Date(end.getTime() - 300_000))).toEqual(new Date(end.getTime() + 300_000));
    expect(extendedEnd(terms, new Date(end.getTime() - 300_001))).toBeNull();
    expect(extendedEnd({ ...terms, extensions: 2 }, new Date(end.getTime() - 1_000))).toBeNull();
    expect(extendedEnd(terms, end)).toBeNull();
  });
});

describe('standings', () => {
  it('ranks by best valid price, ties to the earlier bid, flagged bids never', () => {
    const s = new Standings(AuctionDirection.Reverse);
    s.add({ seq: 1, pseudonymNo: 1, priceFen: 90n, abnormallyLow: false });
    s.add({ seq: 2, pseudonymNo: 2, priceFen: 80n, abnormallyLow: false });
    s.add({ seq: 3, pseudonymNo: 3, priceFen: 80n, abnormallyLow: false });
    s.add({ seq: 4, pseudonymNo: 1, priceFen: 10n, abnormallyLow: true });
    expect([1, 2, 3].map((n) => s.rankOf(n))).toEqual([3, 1, 2]);
    expect(s.bestOf(1)).toBe(90n);
    expect(s.rankOf(9)).toBeNull();
    const f = new Standings(AuctionDirection.Forward);
    f.add({ seq: 1, pseudonymNo: 1, priceFen: 100n, abnormallyLow: false });
    f.add({ seq: 2, pseudonymNo: 2, priceFen: 110n, abnormallyLow: false });
    expect([f.rankOf(1), f.rankOf(2)]).toEqual([2, 1]);
  });
});
