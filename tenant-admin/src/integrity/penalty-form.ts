import type { IntegrityEventKind, IntegrityPenaltyInput } from '../graphql/generated/graphql';

export interface PenaltyForm {
  kind: 'ADMINISTRATIVE_PENALTY' | 'BLACKLIST_RECORD';
  documentNo: string;
  authority: string;
  decidedOn: string;
  /** As typed; empty takes the province's suggested points. */
  points: string;
  note: string;
}

export const emptyPenaltyForm = (): PenaltyForm => ({ kind: 'ADMINISTRATIVE_PENALTY', documentNo: '', authority: '', decidedOn: '', points: '', note: '' });

/** The API input, or the name of the first field the form can already tell is wrong. */
export function penaltyInput(supplierId: string, f: PenaltyForm): { input: IntegrityPenaltyInput } | { field: keyof PenaltyForm } {
  const points = f.points.trim();
  if (points !== '' && !/^\d{1,3}$/.test(points)) return { field: 'points' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.decidedOn)) return { field: 'decidedOn' };
  return {
    input: {
      supplierId,
      kind: f.kind as IntegrityEventKind,
      documentNo: f.documentNo.trim(),
      authority: f.authority.trim(),
      decidedOn: f.decidedOn,
      points: points === '' ? null : Number(points),
      note: f.note.trim() || null,
    },
  };
}
