import { entryHash, GENESIS_HASH, type HashedFields } from './audit-hash.js';
import { type AuditBreak, type AuditChainReport, AuditProblem } from './audit-report.js';

/** An entry as read back from the database, in canonical text form. */
export interface ChainRow extends HashedFields {
  readonly seq: number;
  readonly hash: string;
}

export interface ChainHeadRow {
  readonly seq: number;
  readonly hash: string;
}

/** Whether some entry of the tenant has this hash (used to recognise a moved entry). */
export type HashLookup = (hash: string) => Promise<boolean>;

/**
 * Walks entries in seq order and reports the first broken link. It holds only the last two
 * hashes and one row of look-ahead, so the chain can be streamed from the database.
 */
export async function walkChain(rows: AsyncIterable<ChainRow>, head: ChainHeadRow | undefined, exists: HashLookup): Promise<AuditChainReport> {
  const headSeq = head?.seq ?? Number.POSITIVE_INFINITY;
  let expected = 1;
  let prevHash = GENESIS_HASH;
  let prevPrevHash: string | undefined;
  let prevId: string | undefined;
  const broken = (b: AuditBreak, checked = expected - 1): AuditChainReport => ({ ok: false, checked, firstBroken: b });

  for await (const [row, next] of withLookahead(rows)) {
    if (row.seq < expected) return broken({ seq: row.seq, entryId: row.id, problem: AuditProblem.Forged });
    if (row.seq > expected) {
      return expected <= headSeq
        ? broken({ seq: expected, problem: AuditProblem.Missing })
        : broken({ seq: row.seq, entryId: row.id, problem: AuditProblem.Forged });
    }
    if (row.seq > headSeq) return broken({ seq: row.seq, entryId: row.id, problem: AuditProblem.Forged });
    if (entryHash(row) !== row.hash) {
      // If the next entry links past this one, this one was spliced in rather than edited.
      const spliced = next?.prevHash === prevHash;
      return broken({ seq: row.seq, entryId: row.id, problem: spliced ? AuditProblem.Forged : AuditProblem.Altered });
    }
    if (row.prevHash !== prevHash) {
      if (row.prevHash === prevPrevHash) {
        return broken({ seq: row.seq - 1, entryId: prevId, problem: AuditProblem.Forged }, expected - 2);
      }
      const problem = (await exists(row.prevHash)) ? AuditProblem.Reordered : AuditProblem.BrokenLink;
      return broken({ seq: row.seq, entryId: row.id, problem });
    }
    prevPrevHash = prevHash;
    prevHash = row.hash;
    prevId = row.id;
    expected += 1;
  }

  const last = expected - 1;
  if (!head) return last === 0 ? { ok: true, checked: 0 } : broken({ seq: last, entryId: prevId, problem: AuditProblem.HeadMismatch });
  if (last < head.seq) return broken({ seq: last + 1, problem: AuditProblem.Truncated });
  if (head.hash !== prevHash) return broken({ seq: head.seq, entryId: prevId, problem: AuditProblem.HeadMismatch });
  return { ok: true, checked: last };
}

async function* withLookahead<T>(items: AsyncIterable<T>): AsyncGenerator<[T, T | undefined]> {
  let previous: { value: T } | undefined;
  for await (const item of items) {
    if (previous) yield [previous.value, item];
    previous = { value: item };
  }
  if (previous) yield [previous.value, undefined];
}
