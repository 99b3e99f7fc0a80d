/** What the verifier can find wrong with a tenant's audit chain. */
export enum AuditProblem {
  /** An entry's fields no longer hash to its stored hash. */
  Altered = 'ALTERED',
  /** An entry does not follow the one before it, and the entry it names is nowhere in the chain. */
  BrokenLink = 'BROKEN_LINK',
  /** A sequence number is skipped: an entry was deleted. */
  Missing = 'MISSING',
  /** An intact entry sits at the wrong position. */
  Reordered = 'REORDERED',
  /** An entry that was never appended by the chain: beyond the head, duplicated, or spliced in. */
  Forged = 'FORGED',
  /** The chain ends before the head's last entry: entries were deleted from the end. */
  Truncated = 'TRUNCATED',
  /** The head does not match the last entry (rewritten last entry, or head changed or missing). */
  HeadMismatch = 'HEAD_MISMATCH',
}

export interface AuditBreak {
  /** The first position where the chain is wrong. */
  readonly seq: number;
  /** The entry at fault, when there is one (a deleted entry has none). */
  readonly entryId?: string;
  readonly problem: AuditProblem;
}

/** Plain data, ready to map onto a GraphQL object type. */
export interface AuditChainReport {
  readonly ok: boolean;
  /** Entries verified intact before the first break (all of them when ok). */
  readonly checked: number;
  readonly firstBroken?: AuditBreak;
}

const EXPLAIN: Record<AuditProblem, string> = {
  [AuditProblem.Altered]: 'its content no longer matches its hash (altered)',
  [AuditProblem.BrokenLink]: 'its previous-hash names no entry of the chain (the entry before it was rewritten, or entries were removed and renumbered)',
  [AuditProblem.Missing]: 'it is missing (deleted from the middle of the chain)',
  [AuditProblem.Reordered]: 'it is intact but out of place (entries were reordered)',
  [AuditProblem.Forged]: 'it was never appended through the chain (forged insert)',
  [AuditProblem.Truncated]: 'it and any later entries are missing from the end (truncated tail)',
  [AuditProblem.HeadMismatch]: 'it does not match the chain head (the last entry was rewritten, or the head was changed or deleted)',
};

/** One English sentence naming the first broken link, for operators and logs. */
export function describeReport(report: AuditChainReport): string {
  if (!report.firstBroken) return `audit chain intact: ${report.checked} entries verified`;
  const { seq, entryId, problem } = report.firstBroken;
  const which = entryId ? `entry #${seq} (id ${entryId})` : `entry #${seq}`;
  return `audit chain broken at ${which}: ${EXPLAIN[problem]} [${problem}]; ${report.checked} entries before it verified`;
}
