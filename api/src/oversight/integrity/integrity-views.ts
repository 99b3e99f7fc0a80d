import type { IntegrityAppealState, IntegrityEventKind, IntegrityEventState, IntegrityEvidence } from '@zhengcai/schema';

export interface IntegrityAppealView {
  id: string;
  eventId: string;
  supplierId: string;
  supplierName: string;
  reason: string;
  state: IntegrityAppealState;
  decisionReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  /** The appealed event as it stands now. */
  event: IntegrityEventView | null;
}

export interface IntegrityEventView {
  id: string;
  supplierId: string;
  kind: IntegrityEventKind;
  occurredAt: Date;
  /** Signed, as recorded. */
  points: number;
  /** What it weighs today after decay, two decimals; 0 once removed. */
  pointsNow: number;
  evidence: IntegrityEvidence;
  state: IntegrityEventState;
  manual: boolean;
  /** The latest appeal, if any. */
  appeal: Omit<IntegrityAppealView, 'event' | 'supplierName'> | null;
}

export interface IntegrityStandingView {
  supplierId: string;
  supplierName: string;
  score: number;
  band: string;
  blockedByBand: boolean;
  /** An operator's block, apart from the band. */
  operatorBlocked: boolean;
  eventCount: number;
  /** null: never computed yet (the base score applies). */
  computedAt: Date | null;
}
