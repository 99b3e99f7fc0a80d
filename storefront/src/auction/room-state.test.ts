import { describe, expect, it } from 'vitest';
import { applyRoomEvent, bidLimit, emptyRoom, formatCountdown, fromFen, ladder, remainingMs, toFen, withClockSample, type RoomBid, type RoomEvent } from './room-state';

const bid = (sequence: number, bidder: string, price: string | null, over: Partial<RoomBid> = {}): RoomBid => ({
  sequence, bidder, pseudonymNo: Number(bidder.slice(-1)), price, at: '2026-11-23T12:00:00.000Z', mine: false, abnormallyLow: false, extended: false, ...over,
});
const event = (over: Partial<RoomEvent> = {}): RoomEvent => ({
  auctionId: 'A', serverTime: '2026-11-23T12:00:00.000Z', state: 'LIVE', endsAt: '2026-11-23T12:10:00.000Z', bestPrice: null,
  lastSequence: 0, bidders: 0, myBidder: null, myRank: null, myBestPrice: null, bids: [], ...over,
});

describe('the room clock', () => {
  it('counts down on the server clock, not the browser clock', () => {
    // The browser's clock runs 3 minutes fast: 12:03 local when the server says 12:00.
    const local = Date.parse('2026-11-23T12:03:00.000Z');
    const s = applyRoomEvent(emptyRoom(), event(), local);
    expect(s.offsetMs).toBe(-180_000);
    expect(remainingMs(s.event!.endsAt, s.offsetMs, local)).toBe(600_000);
    expect(remainingMs(s.event!.endsAt, s.offsetMs, local + 61_000)).toBe(539_000);
    // Without the offset the browser would show 7 minutes.
    expect(remainingMs(s.event!.endsAt, null, local)).toBe(420_000);
    expect(remainingMs(s.event!.endsAt, s.offsetMs, local + 3_600_000)).toBe(0);
  });

  it('keeps the least-delayed of the recent samples', () => {
    let s = emptyRoom();
    s = withClockSample(s, '2026-11-23T12:00:00.000Z', Date.parse('2026-11-23T12:00:00.400Z'));
    s = withClockSample(s, '2026-11-23T12:00:05.000Z', Date.parse('2026-11-23T12:00:05.050Z'));
    s = withClockSample(s, '2026-11-23T12:00:09.000Z', Date.parse('2026-11-23T12:00:09.900Z'));
    expect(s.offsetMs).toBe(-50);
    for (let i = 0; i < 5; i++) s = withClockSample(s, '2026-11-23T12:01:00.000Z', Date.parse('2026-11-23T12:01:00.300Z'));
    expect(s.offsetMs).toBe(-300);
  });

  it('formats hours, minutes and seconds', () => {
    expect(formatCountdown(3_725_999)).toBe('01:02:05');
    expect(formatCountdown(0)).toBe('00:00:00');
    expect(formatCountdown(26 * 3_600_000)).toBe('26:00:00');
  });
});

describe('bids by sequence', () => {
  it('drops repeats from a catch-up and keeps sequence order', () => {
    let s = applyRoomEvent(emptyRoom(), event({ lastSequence: 2, bids: [bid(1, '供应商1', '900.00'), bid(2, '供应商2', '950.00')] }), 0);
    // A message from another process arrives out of order; the catch-up after a reconnect repeats 2.
    s = applyRoomEvent(s, event({ lastSequence: 4, bids: [bid(4, '供应商1', '880.00')] }), 0);
    s = applyRoomEvent(s, event({ lastSequence: 4, bids: [bid(2, '供应商2', '999.99'), bid(3, '供应商2', '890.00')] }), 0);
    expect(s.bids.map((b) => [b.sequence, b.price])).toEqual([[1, '900.00'], [2, '950.00'], [3, '890.00'], [4, '880.00']]);
    expect(s.lastSequence).toBe(4);
    // A stale message never moves the resume point back.
    s = applyRoomEvent(s, event({ lastSequence: 1 }), 0);
    expect(s.lastSequence).toBe(4);
  });

  it('notices an extension of the end while the auction runs', () => {
    let s = applyRoomEvent(emptyRoom(), event(), 0);
    expect(s.extendedTo).toBeNull();
    s = applyRoomEvent(s, event({ endsAt: '2026-11-23T12:15:00.000Z', bids: [bid(1, '供应商1', '900.00', { extended: true })], lastSequence: 1 }), 0);
    expect(s.extendedTo).toBe('2026-11-23T12:15:00.000Z');
    // An extending bid whose new end is not later than the end this client last read still counts.
    s = applyRoomEvent(s, event({ endsAt: '2026-11-23T12:14:00.000Z', bids: [bid(2, '供应商2', '890.00', { extended: true })], lastSequence: 2 }), 0);
    expect(s.extendedTo).toBe('2026-11-23T12:14:00.000Z');
    // The first message's bids (history) are not news.
    expect(applyRoomEvent(emptyRoom(), event({ bids: [bid(1, '供应商1', '900.00', { extended: true })], lastSequence: 1 }), 0).extendedTo).toBeNull();
  });
});

describe('the ladder and the bid limit', () => {
  const bids = [
    bid(1, '供应商1', '900.00', { mine: true }), bid(2, '供应商2', '950.00'), bid(3, '供应商2', '850.00'),
    bid(4, '供应商3', null, { abnormallyLow: true }), bid(5, '供应商1', '850.00', { mine: true }),
  ];
  it('ranks each bidder by its best valid price; ties go to the earlier bid; flagged bids never rank', () => {
    expect(ladder(bids, 'REVERSE')).toEqual([
      { bidder: '供应商2', best: '850.00', rank: 1, mine: false, bids: 2 },
      { bidder: '供应商1', best: '850.00', rank: 2, mine: true, bids: 2 },
    ]);
    expect(ladder(bids, 'FORWARD').map((r) => [r.bidder, r.best])).toEqual([['供应商2', '950.00'], ['供应商1', '900.00']]);
  });

  it('tells the bidder the price it may bid, in fen arithmetic', () => {
    const reverse = { direction: 'REVERSE' as const, startPrice: '100000.00', step: '100.00' };
    expect(bidLimit(reverse, null, null)).toEqual({ kind: 'max', price: '100000.00' });
    expect(bidLimit(reverse, '85000.00', '90000.00')).toEqual({ kind: 'max', price: '89900.00' });
    const forward = { direction: 'FORWARD' as const, startPrice: '5000.00', step: '0.10' };
    expect(bidLimit(forward, null, null)).toEqual({ kind: 'min', price: '5000.00' });
    expect(bidLimit(forward, '5000.20', null)).toEqual({ kind: 'min', price: '5000.30' });
    expect(toFen('0.1')).toBe(10n);
    expect(fromFen(toFen('123456789012.34'))).toBe('123456789012.34');
  });
});
