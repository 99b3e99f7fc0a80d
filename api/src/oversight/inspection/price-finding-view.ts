import type { PriceEvidence, PriceFinding, PriceFindingState } from '@zhengcai/schema';

export interface PriceFindingView {
  readonly id: string;
  readonly listingId: string;
  readonly supplierId: string;
  readonly standardProductId: string | null;
  readonly runId: string;
  readonly state: PriceFindingState;
  readonly priceFen: bigint;
  readonly referenceFen: bigint;
  readonly referenceSource: string;
  readonly deviationBp: number;
  readonly toleranceBp: number;
  readonly evidence: PriceEvidence[];
  readonly dueAt: Date;
  readonly justification: string | null;
  readonly justifiedAt: Date | null;
  readonly dismissalReason: string | null;
  readonly closedAt: Date | null;
  readonly closeNote: string | null;
  readonly createdAt: Date;
}

export function toFindingView(f: PriceFinding): PriceFindingView {
  return {
    id: f.id, listingId: f.listingId, supplierId: f.supplierId, standardProductId: f.standardProductId ?? null, runId: f.runId, state: f.state,
    priceFen: f.priceFen, referenceFen: f.referenceFen, referenceSource: f.referenceSource, deviationBp: f.deviationBp, toleranceBp: f.toleranceBp,
    evidence: f.evidence, dueAt: f.dueAt, justification: f.justification ?? null, justifiedAt: f.justifiedAt ?? null,
    dismissalReason: f.dismissalReason ?? null, closedAt: f.closedAt ?? null, closeNote: f.closeNote ?? null, createdAt: f.createdAt,
  };
}
