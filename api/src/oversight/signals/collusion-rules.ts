import { createHash } from 'node:crypto';
import { type ComplianceEvidence, ComplianceSignalKind, ComplianceSignalSeverity } from '@zhengcai/schema';

/**
 * The tender collusion hints (围标串标, 实施条例 art. 74), pure: one lot's bids in, candidate
 * signals out. Each rule needs bids of at least two different suppliers; a supplier never
 * colludes with itself (its replaced versions are not read at all).
 */

/** A bid of the lot as the checks see it. */
export interface LotBid {
  bidId: string;
  supplierId: string;
  submittedBy: string;
  publicKey: string;
  ip: string | null;
  deviceId: string | null;
  /** The supplier's declared principal and contact phone (normalised), when declared. */
  legalRepresentative: string | null;
  contactPhone: string | null;
  /** Known once opened; null for a bid never opened. */
  priceFen: bigint | null;
  /** SM3 digests of the bid's documents (from opening), with their names. */
  documents: { name: string; sm3: string }[];
}

export interface SignalCandidate {
  kind: ComplianceSignalKind;
  severity: ComplianceSignalSeverity;
  dedupeKey: string;
  unitId?: string | null;
  categoryCode?: string | null;
  period?: string | null;
  lotId?: string | null;
  auctionId?: string | null;
  expertId?: string | null;
  amountFen?: bigint | null;
  evidence: ComplianceEvidence;
}

/**
 * Price rules and their thresholds. Constants, not tenant settings: they describe what is
 * statistically odd, not a province's policy.
 * - Close prices: at least 3 bids whose highest is within 0.5 % (50 bp) of their lowest.
 *   Independent bidders rarely land that close; 0.5 % is the usual audit rule of thumb.
 * - Progression: 3 or more prices, all of the lot's, stepping by the same non-zero amount (to the fen).
 * - Budget ratio: 3 or more prices, every one an exact whole number of basis points of the
 *   budget, and not all of them whole hundreds of yuan (round quotes are normal and say nothing).
 */
export const PRICE_RULES = {
  closePricesSpreadBp: 50,
  closePricesMinBids: 3,
  progressionMinBids: 3,
  budgetRatioMinBids: 3,
} as const;

/** A value in a dedupe key: short values as they are, long ones (keys, device ids) hashed. */
const keyPart = (value: string) => (value.length <= 64 ? value : createHash('sha256').update(value).digest('hex').slice(0, 32));

const bidEvidence = (b: LotBid, value: string | null) => ({ bidId: b.bidId, supplierId: b.supplierId, priceFen: b.priceFen?.toString() ?? null, value });

/** Groups of bids sharing a value, kept when the group spans at least two suppliers. */
function shared(bids: LotBid[], values: (b: LotBid) => (string | null)[]): Map<string, LotBid[]> {
  const groups = new Map<string, LotBid[]>();
  for (const b of bids) {
    for (const v of new Set(values(b))) {
      if (!v) continue;
      const list = groups.get(v) ?? [];
      list.push(b);
      groups.set(v, list);
    }
  }
  for (const [v, list] of groups) if (new Set(list.map((b) => b.supplierId)).size < 2) groups.delete(v);
  return groups;
}

function sharedSignals(lotId: string, bids: LotBid[], kind: ComplianceSignalKind, sub: string, severity: ComplianceSignalSeverity, values: (b: LotBid) => (string | null)[], shown: (b: LotBid, v: string) => string = (_b, v) => v): SignalCandidate[] {
  return [...shared(bids, values)].map(([value, list]) => ({
    kind, severity, lotId, dedupeKey: `${kind}:${lotId}:${sub}:${keyPart(value)}`,
    evidence: { shared: { kind: sub, value }, bids: list.map((b) => bidEvidence(b, shown(b, value))) },
  }));
}

export function sameOrigin(lotId: string, bids: LotBid[]): SignalCandidate[] {
  return [
    ...sharedSignals(lotId, bids, ComplianceSignalKind.SameOrigin, 'ip', ComplianceSignalSeverity.Medium, (b) => [b.ip]),
    ...sharedSignals(lotId, bids, ComplianceSignalKind.SameOrigin, 'device', ComplianceSignalSeverity.High, (b) => [b.deviceId]),
  ];
}

export function identicalDocuments(lotId: string, bids: LotBid[]): SignalCandidate[] {
  return sharedSignals(lotId, bids, ComplianceSignalKind.IdenticalDocuments, 'document', ComplianceSignalSeverity.High, (b) => b.documents.map((d) => d.sm3),
    (b, v) => b.documents.filter((d) => d.sm3 === v).map((d) => d.name).join('、'));
}

/**
 * One person behind two suppliers: the same user or signing key, the same declared principal
 * (suppliers with one 单位负责人 may not bid on one lot, 实施条例 art. 18; a common name can
 * coincide, so finance looks before referring) or the same contact phone.
 */
export function sharedPeople(lotId: string, bids: LotBid[]): SignalCandidate[] {
  return [
    ...sharedSignals(lotId, bids, ComplianceSignalKind.SharedPeople, 'user', ComplianceSignalSeverity.High, (b) => [b.submittedBy]),
    ...sharedSignals(lotId, bids, ComplianceSignalKind.SharedPeople, 'signing_key', ComplianceSignalSeverity.High, (b) => [b.publicKey]),
    ...sharedSignals(lotId, bids, ComplianceSignalKind.SharedPeople, 'legal_representative', ComplianceSignalSeverity.High, (b) => [b.legalRepresentative]),
    ...sharedSignals(lotId, bids, ComplianceSignalKind.SharedPeople, 'contact_phone', ComplianceSignalSeverity.High, (b) => [b.contactPhone]),
  ];
}

/** The price rules over the lot's opened bids (one per supplier). */
export function pricePatterns(lotId: string, budgetFen: bigint, bids: LotBid[]): SignalCandidate[] {
  const priced = bids.filter((b) => b.priceFen !== null && b.priceFen > 0n).sort((a, b) => (a.priceFen! < b.priceFen! ? -1 : a.priceFen! > b.priceFen! ? 1 : 0));
  if (new Set(priced.map((b) => b.supplierId)).size !== priced.length) return [];
  const out: SignalCandidate[] = [];
  const signal = (rule: string, list: LotBid[], value: (b: LotBid) => string | null): SignalCandidate => ({
    kind: ComplianceSignalKind.PricePattern, severity: ComplianceSignalSeverity.Medium, lotId, dedupeKey: `${ComplianceSignalKind.PricePattern}:${lotId}:${rule}`,
    evidence: { shared: { kind: 'rule', value: rule }, bids: list.map((b) => bidEvidence(b, value(b))) },
  });
  const cluster = closePrices(priced);
  if (cluster) out.push(signal('close_prices', cluster, (b) => `${((b.priceFen! - cluster[0].priceFen!) * 10000n / cluster[0].priceFen!).toString()}bp`));
  if (priced.length >= PRICE_RULES.progressionMinBids) {
    const step = priced[1].priceFen! - priced[0].priceFen!;
    if (step > 0n && priced.every((b, i) => i === 0 || b.priceFen! - priced[i - 1].priceFen! === step)) out.push(signal('arithmetic_progression', priced, () => step.toString()));
  }
  if (budgetFen > 0n && priced.length >= PRICE_RULES.budgetRatioMinBids
    && priced.every((b) => (b.priceFen! * 10000n) % budgetFen === 0n) && !priced.every((b) => b.priceFen! % 10000n === 0n)) {
    out.push(signal('budget_ratio', priced, (b) => `${(b.priceFen! * 10000n / budgetFen).toString()}bp`));
  }
  return out;
}

/** The largest run of sorted prices whose spread is within the threshold (at least the minimum count). */
function closePrices(sorted: LotBid[]): LotBid[] | null {
  let best: LotBid[] | null = null;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    const within = (s: number) => (sorted[end].priceFen! - sorted[s].priceFen!) * 10000n <= BigInt(PRICE_RULES.closePricesSpreadBp) * sorted[s].priceFen!;
    while (!within(start)) start++;
    const size = end - start + 1;
    if (size >= PRICE_RULES.closePricesMinBids && size > (best?.length ?? 0)) best = sorted.slice(start, end + 1);
  }
  return best;
}

/** Every rule of one lot. */
export function lotSignals(lotId: string, budgetFen: bigint, bids: LotBid[]): SignalCandidate[] {
  return [...sameOrigin(lotId, bids), ...identicalDocuments(lotId, bids), ...sharedPeople(lotId, bids), ...pricePatterns(lotId, budgetFen, bids)];
}
