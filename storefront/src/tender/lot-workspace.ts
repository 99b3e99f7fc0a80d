/** Pure rules of the buyer's lot workspace (tested beside this file); the API stays the authority. */

export type LotStep = 'opening' | 'panel' | 'evaluation' | 'award' | 'challenges' | 'contract' | 'deposits';

export const LOT_STEPS: readonly LotStep[] = ['opening', 'panel', 'evaluation', 'award', 'challenges', 'contract', 'deposits'];

/** The step a lot in this state is waiting for: the tab the page opens on. */
export function currentStep(lotState: string, panelDrawn: boolean): LotStep {
  switch (lotState.toUpperCase()) {
    case 'EVALUATING': return panelDrawn ? 'evaluation' : 'panel';
    case 'RECOMMENDED': return 'award';
    case 'AWARDED':
    case 'CONTRACTED': return 'contract';
    default: return 'opening';
  }
}

/** Steps that have something to show in this state (the others are disabled tabs). */
export function stepAvailable(step: LotStep, lotState: string): boolean {
  const order = ['OPENING', 'EVALUATING', 'RECOMMENDED', 'AWARDED', 'CONTRACTED'];
  const at = order.indexOf(lotState.toUpperCase());
  switch (step) {
    case 'opening':
    case 'deposits': return true;
    case 'panel':
    case 'evaluation': return at >= 1;
    case 'award': return at >= 2;
    case 'challenges':
    case 'contract': return at >= 3;
  }
}

/** Panel size as typed: empty = the API's minimum; else an odd whole number 5–25. */
export function parsePanelSize(text: string): { size: number | null } | { problem: string } {
  const s = text.trim();
  if (!s) return { size: null };
  if (!/^\d{1,2}$/.test(s)) return { problem: 'lot.panel.sizeInvalid' };
  const n = Number(s);
  if (n < 5 || n > 25 || n % 2 === 0) return { problem: 'lot.panel.sizeInvalid' };
  return { size: n };
}

export interface AwardChoice { lotId: string; firstBidId: string | null; chosenBidId: string; reason: string }

/**
 * The award input: the first-ranked bid goes without bidId or reason; another bid needs a
 * reason of 2–500 characters (checked here first; the API refuses it too, at `input.reason`).
 */
export function awardInput(c: AwardChoice): { input: { lotId: string; bidId?: string; reason?: string } } | { problem: string } {
  if (!c.chosenBidId || c.chosenBidId === c.firstBidId) return { input: { lotId: c.lotId } };
  const reason = c.reason.trim();
  if (reason.length < 2 || reason.length > 500) return { problem: 'lot.award.reasonRequired' };
  return { input: { lotId: c.lotId, bidId: c.chosenBidId, reason } };
}

/** Claim evidence as typed, one item a line. */
export const evidenceLines = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** Pending challenges hold the contract: the API refuses any signature while one is open. */
export const pendingChallenges = (challenges: readonly { state: string }[]): number =>
  challenges.filter((c) => c.state.toUpperCase() === 'PENDING').length;

/** Hundredths of a point (8523) as the score text "85.23". */
export function hundredthsText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  return `${sign}${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}
