import { ComplianceSignalKind } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { auctionSameOrigin, lastSecondBids, regularTiming, type SignalBid } from './auction-signals.js';

const T0 = Date.parse('2026-12-01T10:00:00Z');
let n = 0;
const bid = (over: Partial<SignalBid> & { bidderId: string; atMs: number }): SignalBid => {
  n += 1;
  const { atMs, ...rest } = over;
  return { bidId: `b${n}`, seq: n, priceFen: BigInt(1000 - n), at: new Date(T0 + atMs), ip: null, deviceId: null, extended: false, ...rest };
};

describe('auction signals', () => {
  it('groups bids of different bidders by IP and by device, never one bidder with itself', () => {
    const bids = [bid({ bidderId: 'a', atMs: 0, ip: '10.0.0.1', deviceId: 'd1' }), bid({ bidderId: 'b', atMs: 1, ip: '10.0.0.1', deviceId: 'd2' }), bid({ bidderId: 'c', atMs: 2, ip: '10.0.0.3', deviceId: 'd2' }), bid({ bidderId: 'c', atMs: 3, ip: '10.0.0.3' })];
    expect(auctionSameOrigin('x', bids).map((s) => s.dedupeKey)).toEqual(['same_origin:auction:x:ip:10.0.0.1', 'same_origin:auction:x:device:d2']);
  });

  it('flags a bidder whose bids come at machine-regular intervals, not a human rhythm', () => {
    const bot = [0, 3000, 6010, 9000, 12_020].map((atMs) => bid({ bidderId: 'bot', atMs }));
    const person = [0, 4000, 6500, 14_000, 15_000].map((atMs) => bid({ bidderId: 'person', atMs }));
    const few = [0, 3000, 6000].map((atMs) => bid({ bidderId: 'few', atMs }));
    const found = regularTiming('x', [...bot, ...person, ...few]);
    expect(found.map((s) => [s.kind, s.dedupeKey])).toEqual([[ComplianceSignalKind.BidTiming, 'bid_timing:auction:x:regular:bot']]);
  });

  it('flags repeated bids in the last two seconds before the end as it stood, and a last-second win', () => {
    const end = new Date(T0 + 600_000);
    const bids = [
      bid({ bidderId: 'sniper', atMs: 599_000, extended: true }),
      // The end moved by 5 minutes: 899 s is again the last second.
      bid({ bidderId: 'sniper', atMs: 899_500 }),
      bid({ bidderId: 'calm', atMs: 100_000 }),
      bid({ bidderId: 'once', atMs: 898_800 }),
    ];
    expect(lastSecondBids('x', bids, end, 300, null).map((s) => s.dedupeKey)).toEqual(['bid_timing:auction:x:last_second:sniper']);
    expect(lastSecondBids('x', bids, end, 300, bids[3].bidId).map((s) => s.dedupeKey)).toEqual(['bid_timing:auction:x:last_second:sniper', 'bid_timing:auction:x:last_second:once']);
  });
});
