/** What moved a supplier's integrity score; the sign of its points is fixed by the kind. */
export enum IntegrityEventKind {
  OrderConfirmedOnTime = 'order_confirmed_on_time',
  OrderConfirmedLate = 'order_confirmed_late',
  DeliveredOnTime = 'delivered_on_time',
  DeliveredLate = 'delivered_late',
  AcceptancePassed = 'acceptance_passed',
  AcceptanceFailed = 'acceptance_failed',
  PriceOffence = 'price_offence',
  WithdrawnAfterWinning = 'withdrawn_after_winning',
  RefusedToSign = 'refused_to_sign',
  DepositForfeited = 'deposit_forfeited',
  ChallengeGroundless = 'challenge_groundless',
  ComplaintUpheld = 'complaint_upheld',
  AdministrativePenalty = 'administrative_penalty',
  BlacklistRecord = 'blacklist_record',
}

/** Kinds that raise the score (good conduct lets a supplier recover); every other kind lowers it. */
export const POSITIVE_INTEGRITY_KINDS: readonly IntegrityEventKind[] = [
  IntegrityEventKind.OrderConfirmedOnTime,
  IntegrityEventKind.DeliveredOnTime,
  IntegrityEventKind.AcceptancePassed,
];

/** Kinds that people enter by hand (finance or an operator), with the deciding document. */
export const MANUAL_INTEGRITY_KINDS: readonly IntegrityEventKind[] = [IntegrityEventKind.AdministrativePenalty, IntegrityEventKind.BlacklistRecord];

export enum IntegrityEventState {
  /** Counts in the score. */
  Effective = 'effective',
  /** The supplier appealed; it still counts until the appeal is decided. */
  Appealed = 'appealed',
  /** An upheld appeal (or a reversed source decision) took it out of the score. */
  Removed = 'removed',
}

export enum IntegrityAppealState {
  Open = 'open',
  Upheld = 'upheld',
  Rejected = 'rejected',
}

/** A → D, best first. */
export const INTEGRITY_BANDS = ['A', 'B', 'C', 'D'] as const;
export type IntegrityBand = (typeof INTEGRITY_BANDS)[number];

/** Links from an event to what it is about; ids only, the screens build the links. */
export interface IntegrityEvidence {
  orderId?: string;
  orderNo?: string;
  findingId?: string;
  listingId?: string;
  lotId?: string;
  depositId?: string;
  /** Tender conduct: the challenge, complaint or contract the event is about. */
  challengeId?: string;
  complaintId?: string;
  contractId?: string;
  projectNo?: string;
  documentNo?: string;
  authority?: string;
  decidedOn?: string;
  note?: string;
  /** Price offences: confirmed offences in the repeat window, and whether that made it a repeat offence. */
  offences?: number;
  repeat?: boolean;
}
