/** What started an inspection run. */
export enum InspectionTrigger {
  Schedule = 'schedule',
  Manual = 'manual',
  PriceChange = 'price_change',
}

export enum InspectionRunState {
  Running = 'running',
  Done = 'done',
}

/** Where a price finding is in its life; transitions are in api/src/oversight/inspection/finding-state-machine.ts. */
export enum PriceFindingState {
  /** The supplier must correct or justify before the deadline. */
  Open = 'open',
  /** The supplier gave a reason; the deadline waits for an operator. */
  Justified = 'justified',
  /** An operator accepted the reason or judged the finding wrong. */
  Dismissed = 'dismissed',
  /** The price came back within tolerance (or the listing went off sale). */
  Corrected = 'corrected',
  /** Not corrected in time: the listing was delisted by inspection (a confirmed offence). */
  Delisted = 'delisted',
}

/** How a batch of imported reference prices arrived. */
export enum PriceReferenceOrigin {
  File = 'file',
  Feed = 'feed',
}

/** One source's value behind a finding or a price band; money in fen as a decimal string. */
export interface PriceEvidence {
  source: 'imported' | 'peer' | 'history' | 'transactions';
  valueFen: string;
  /** Listings, order lines or price records the value was computed from. */
  sample: number;
  /** Whether the source met its minimum sample and so could set the reference. */
  counted: boolean;
  /** Source-specific detail: imported source names and their values, peer quartiles, the window in days. */
  detail: Record<string, string | number>;
}

/** What a compliance signal (合规预警) points at; docs/oversight.md, Compliance signals. */
export enum ComplianceSignalKind {
  /** 化整为零: one unit's one-click orders of one category in a period add up to the public-tender threshold. */
  OrderSplitting = 'order_splitting',
  /** Bids of one lot from different suppliers sent from the same IP address or device. */
  SameOrigin = 'same_origin',
  /** The same bid document (SM3 digest) in different suppliers' bids of one lot. */
  IdenticalDocuments = 'identical_documents',
  /** A lot's prices in a regular pattern. */
  PricePattern = 'price_pattern',
  /** The same person (user or signing key) behind different suppliers' bids of one lot. */
  SharedPeople = 'shared_people',
  /** An expert's scores flagged by the evaluation's deviation analysis. */
  ExpertDeviation = 'expert_deviation',
  /** An auction's bids timed like a machine (regular intervals) or bunched in the last seconds. */
  BidTiming = 'bid_timing',
}

export enum ComplianceSignalState {
  Open = 'open',
  /** Finance judged it no breach, with a reason. */
  Dismissed = 'dismissed',
  /** Finance passed it on (to the supervising department, audit …) with a note. */
  Referred = 'referred',
}

export enum ComplianceSignalSeverity {
  Low = 'low',
  Medium = 'medium',
  High = 'high',
}

/**
 * The facts behind a signal; money in fen as decimal strings. Names are resolved when read,
 * so a renamed organisation shows its current name.
 */
export interface ComplianceEvidence {
  /** Order splitting: the orders (their amount within the category), oldest first. */
  orders?: { orderId: string; orderNo: string; supplierId: string; amountFen: string; totalFen: string; placedAt: string }[];
  /** Tender rules: the bids involved and each one's value for the rule. */
  bids?: { bidId: string; supplierId: string; priceFen: string | null; value: string | null }[];
  /** Expert deviation: the flagged scores. */
  deviations?: { bidId: string; supplierId: string; criterionKey: string; scoreHundredths: number; meanHundredths: number; maxHundredths: number; beyondThreshold: boolean; beyondZ: boolean }[];
  /** What the bids share (an IP, a device id, a digest, a user, a key) or the price rule that matched. */
  shared?: { kind: string; value: string };
  /** Order splitting: the period's bounds and the thresholds in force. */
  period?: { label: string; from: string; to: string };
  thresholdFen?: string;
  directOrderMaxFen?: string;
}

/** A statistics report covers a calendar month or a calendar year of the tenant's time zone. */
export enum StatisticsReportKind {
  Month = 'month',
  Year = 'year',
}

export enum StatisticsReportState {
  /** Requested; the workers generate it (`oversight.generate-statistics-report`). */
  Pending = 'pending',
  Ready = 'ready',
}
