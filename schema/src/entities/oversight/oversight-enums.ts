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
