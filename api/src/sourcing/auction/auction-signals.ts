import { type ComplianceEvidence, ComplianceSignalKind, ComplianceSignalSeverity } from '@zhengcai/schema';
import type { SignalCandidate } from '../../oversight/signals/collusion-rules.js';

/** A bid as the auction checks read it. */
export interface SignalBid {
  bidId: string;
  seq: number;
  bidderId: string;
  priceFen: bigint;
  at: Date;
  ip: string | null;
  deviceId: string | null;
  extended: boolean;
}

/**
 * Thresholds. Constants, not settings: they say what a person cannot do, not a province's policy.
 * - Regular timing: 5 or more bids of one bidder whose gaps all lie within 250 ms of their
 *   median, the median under 2 minutes (a person clicking cannot keep that rhythm; a script can).
 * - Last second: a bid within 2 s of the end as it stood; two or more by one bidder, or the
 *   winning bid, make a pattern.
 */
export const AUCTION_SIGNAL_RULES = { regularMinBids: 5, regularJitterMs: 250, regularMaxGapMs: 120_000, lastSecondMs: 2_000, lastSecondMinBids: 2 } as const;

const evidence = (bids: SignalBid[], value: (b: SignalBid) => string | null, shared: { kind: string; value: string }): ComplianceEvidence => ({
  shared, bids: bids.map((b) => ({ bidId: b.bidId, supplierId: b.bidderId, priceFen: b.priceFen.toString(), value: value(b) })),
});

/** Bids of different bidders from one IP address or one device. */
export function auctionSameOrigin(auctionId: string, bids: SignalBid[]): SignalCandidate[] {
  const out: SignalCandidate[] = [];
  for (const [sub, of, severity] of [['ip', (b: SignalBid) => b.ip, ComplianceSignalSeverity.Medium], ['device', (b: SignalBid) => b.deviceId, ComplianceSignalSeverity.High]] as const) {
    const groups = new Map<string, SignalBid[]>();
    for (const b of bids) {
      const v = of(b);
      if (v) groups.set(v, [...(groups.get(v) ?? []), b]);
    }
    for (const [value, list] of groups) {
      if (new Set(list.map((b) => b.bidderId)).size < 2) continue;
      out.push({
        kind: ComplianceSignalKind.SameOrigin, severity, auctionId, dedupeKey: `${ComplianceSignalKind.SameOrigin}:auction:${auctionId}:${sub}:${value.slice(0, 64)}`,
        evidence: evidence(list, () => value, { kind: sub, value }),
      });
    }
  }
  return out;
}

/** Machine-regular gaps between one bidder's bids. */
export function regularTiming(auctionId: string, bids: SignalBid[]): SignalCandidate[] {
  const byBidder = new Map<string, SignalBid[]>();
  for (const b of bids) byBidder.set(b.bidderId, [...(byBidder.get(b.bidderId) ?? []), b]);
  const out: SignalCandidate[] = [];
  const r = AUCTION_SIGNAL_RULES;
  for (const [bidderId, list] of byBidder) {
    if (list.length < r.regularMinBids) continue;
    const sorted = [...list].sort((x, y) => x.seq - y.seq);
    const gaps = sorted.slice(1).map((b, i) => b.at.getTime() - sorted[i].at.getTime());
    const median = [...gaps].sort((x, y) => x - y)[Math.floor(gaps.length / 2)];
    if (median <= 0 || median > r.regularMaxGapMs || gaps.some((g) => Math.abs(g - median) > r.regularJitterMs)) continue;
    out.push({
      kind: ComplianceSignalKind.BidTiming, severity: ComplianceSignalSeverity.Medium, auctionId, dedupeKey: `${ComplianceSignalKind.BidTiming}:auction:${auctionId}:regular:${bidderId}`,
      evidence: evidence(sorted, (b) => b.at.toISOString(), { kind: 'regular_interval', value: `${median}ms` }),
    });
  }
  return out;
}

/**
 * Bids in the last seconds before the end as it stood when each was placed (the scheduled end,
 * moved by every extending bid before it).
 */
export function lastSecondBids(auctionId: string, bids: SignalBid[], scheduledEnd: Date, extendBySeconds: number, winnerBidId: string | null): SignalCandidate[] {
  const r = AUCTION_SIGNAL_RULES;
  let end = scheduledEnd.getTime();
  const late = new Map<string, { bid: SignalBid; leftMs: number }[]>();
  for (const b of [...bids].sort((x, y) => x.seq - y.seq)) {
    const left = end - b.at.getTime();
    if (left >= 0 && left <= r.lastSecondMs) late.set(b.bidderId, [...(late.get(b.bidderId) ?? []), { bid: b, leftMs: left }]);
    if (b.extended) end += extendBySeconds * 1000;
  }
  const out: SignalCandidate[] = [];
  for (const [bidderId, list] of late) {
    if (list.length < r.lastSecondMinBids && !list.some((l) => l.bid.bidId === winnerBidId)) continue;
    const left = new Map(list.map((l) => [l.bid.bidId, l.leftMs]));
    out.push({
      kind: ComplianceSignalKind.BidTiming, severity: ComplianceSignalSeverity.Low, auctionId, dedupeKey: `${ComplianceSignalKind.BidTiming}:auction:${auctionId}:last_second:${bidderId}`,
      evidence: evidence(list.map((l) => l.bid), (b) => `${left.get(b.bidId)}ms`, { kind: 'last_second', value: `${list.length}` }),
    });
  }
  return out;
}
