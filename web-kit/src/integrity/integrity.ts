/** Bands from best to worst; tag colours follow the same order. */
export const INTEGRITY_BANDS = ['A', 'B', 'C', 'D'] as const;
export type IntegrityBandName = (typeof INTEGRITY_BANDS)[number];

export function bandTagType(band: string | null | undefined): 'success' | 'primary' | 'warning' | 'danger' | 'info' {
  switch (band) {
    case 'A': return 'success';
    case 'B': return 'primary';
    case 'C': return 'warning';
    case 'D': return 'danger';
    default: return 'info';
  }
}

/** Points as people read them: a sign always, two decimals only when decay left a fraction. */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 100) / 100;
  const text = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(2);
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${text}`;
}

export interface EvidenceLike {
  orderId?: string | null;
  orderNo?: string | null;
  findingId?: string | null;
  listingId?: string | null;
  lotId?: string | null;
  depositId?: string | null;
  documentNo?: string | null;
  authority?: string | null;
  decidedOn?: string | null;
}

/** What an event's evidence points at, for a link or a line of text; the apps map kinds to their own routes. */
export function evidenceTarget(e: EvidenceLike): { kind: 'order' | 'listing' | 'lot' | 'document'; id: string; label: string } | null {
  if (e.orderId) return { kind: 'order', id: e.orderId, label: e.orderNo ?? e.orderId };
  if (e.listingId) return { kind: 'listing', id: e.listingId, label: e.listingId };
  if (e.lotId) return { kind: 'lot', id: e.lotId, label: e.lotId };
  if (e.documentNo) return { kind: 'document', id: e.documentNo, label: [e.authority, e.documentNo, e.decidedOn].filter(Boolean).join(' · ') };
  return null;
}
