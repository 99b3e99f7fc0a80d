import { sm3Hex } from '@zhengcai/web-kit';

/** Lot states in which the result (my bid's fate, the award) is what the supplier wants to see. */
const RESULT_STATES = new Set(['OPENING', 'EVALUATING', 'RECOMMENDED', 'AWARDED', 'CONTRACTED', 'FAILED']);
export const showsResult = (lotState: string): boolean => RESULT_STATES.has(lotState);
/** The award notice exists from confirmation; a failed lot may have had one voided by a complaint. */
export const hasAwardNotice = (lotState: string): boolean => lotState === 'AWARDED' || lotState === 'CONTRACTED' || lotState === 'FAILED';

/** Withdrawn and replaced bids do not make their supplier a bidder (docs/tender.md, Challenges). */
const NOT_A_BID = new Set(['WITHDRAWN', 'REPLACED']);
export const isBidder = (bids: readonly { state: string }[]): boolean => bids.some((b) => !NOT_A_BID.has(b.state));

/** The live (latest counting) bid to show as "my bid": the newest that still counts, else the newest. */
export function currentBid<T extends { state: string; version: number }>(bids: readonly T[]): T | null {
  const counting = bids.filter((b) => !NOT_A_BID.has(b.state));
  const pool = counting.length ? counting : bids;
  return pool.reduce<T | null>((best, b) => (!best || b.version > best.version ? b : best), null);
}

/**
 * Whether the form to file a challenge is offered: a bidder, while the notice's window is open.
 * The API counts the window on the tenant calendar at filing time and stays the authority.
 */
export function challengeOpen(challengeUntil: string | null | undefined, bids: readonly { state: string }[], now: number): boolean {
  return !!challengeUntil && isBidder(bids) && now < Date.parse(challengeUntil);
}

/** A complaint may follow once the answer came or the answer period ended, once per challenge. */
export function complaintAllowed(c: { state: string; overdue: boolean; answerDueAt: string; complaint?: unknown | null }, now: number): boolean {
  if (c.complaint) return false;
  return c.state === 'ANSWERED' || c.overdue || now >= Date.parse(c.answerDueAt);
}

/** The contract's digest recomputed in the browser: the supplier signs only the text it was shown. */
export const digestMatches = (canonicalText: string, digest: string): boolean => sm3Hex(canonicalText) === digest.toLowerCase();

export const CHALLENGE_CONTENT_MAX = 2000;
/** Checks a challenge or complaint text before sending; a message key or null. */
export function textProblem(text: string, max = CHALLENGE_CONTENT_MAX): string | null {
  const trimmed = text.trim();
  if (!trimmed) return 'supTender.required';
  if (trimmed.length > max) return 'supTender.tooLong';
  return null;
}

/**
 * Finds my registration for a project by following `myTenderRegistrations` page by page
 * (newest first, so a recent one is on the first page); null when there is none.
 */
export async function findRegistration<T extends { notice: { id: string } }>(
  projectId: string,
  fetchPage: (after: string | null) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>,
  maxPages = 20,
): Promise<T | null> {
  let after: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(after);
    const hit = page.nodes.find((r) => r.notice.id === projectId);
    if (hit) return hit;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return null;
    after = page.pageInfo.endCursor;
  }
  return null;
}
