import { newId } from '@zhengcai/schema';
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from './audit-hash.js';
import { AuditProblem } from './audit-report.js';
import { type ChainHeadRow, type ChainRow, walkChain } from './chain-walk.js';

const tenantId = newId();

function link(seq: number, prevHash: string, action = `thing.step${seq}`): ChainRow {
  const fields = {
    tenantId, id: newId(), actorUserId: null, actorOrganisationId: null, action, subjectType: 'thing',
    subjectId: String(seq), changeDigest: '0'.repeat(64), occurredAt: '2026-11-23T04:00:00.000000Z', requestId: 'r', prevHash,
  };
  return { ...fields, seq, hash: entryHash(fields) };
}

function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  for (let seq = 1; seq <= n; seq++) rows.push(link(seq, rows.at(-1)?.hash ?? GENESIS_HASH));
  return rows;
}

const headOf = (rows: ChainRow[]): ChainHeadRow => ({ seq: rows.length, hash: rows.at(-1)?.hash ?? GENESIS_HASH });

async function walk(rows: ChainRow[], head: ChainHeadRow | undefined, all: ChainRow[] = rows) {
  async function* stream() {
    yield* [...rows].sort((x, y) => x.seq - y.seq);
  }
  return walkChain(stream(), head, async (h) => all.some((r) => r.hash === h));
}

describe('walking an audit chain', () => {
  it('accepts an intact chain and an empty one', async () => {
    const rows = chain(5);
    expect(await walk(rows, headOf(rows))).toEqual({ ok: true, checked: 5 });
    expect(await walk([], undefined)).toEqual({ ok: true, checked: 0 });
  });

  it('names an altered entry', async () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], action: 'thing.other' };
    expect(await walk(rows, headOf(rows))).toEqual({
      ok: false, checked: 2, firstBroken: { seq: 3, entryId: rows[2].id, problem: AuditProblem.Altered },
    });
  });

  it('finds a gap, a truncated tail and an entry beyond the head', async () => {
    const rows = chain(5);
    const head = headOf(rows);
    expect((await walk(rows.filter((r) => r.seq !== 2), head)).firstBroken).toEqual({ seq: 2, problem: AuditProblem.Missing });
    expect((await walk(rows.slice(0, 3), head)).firstBroken).toEqual({ seq: 4, problem: AuditProblem.Truncated });
    const extra = link(6, rows[4].hash);
    expect((await walk([...rows, extra], head)).firstBroken).toEqual({ seq: 6, entryId: extra.id, problem: AuditProblem.Forged });
  });

  it('tells a spliced-in entry from an altered one', async () => {
    const rows = chain(4);
    const forged = link(3, rows[1].hash, 'thing.forged');
    const shifted = rows.slice(2).map((r) => ({ ...r, seq: r.seq + 1 }));
    const head = { seq: 5, hash: rows[3].hash };
    expect((await walk([rows[0], rows[1], forged, ...shifted], head)).firstBroken).toEqual({ seq: 3, entryId: forged.id, problem: AuditProblem.Forged });
    const badHash = { ...forged, hash: 'f'.repeat(64) };
    expect((await walk([rows[0], rows[1], badHash, ...shifted], head)).firstBroken).toEqual({ seq: 3, entryId: forged.id, problem: AuditProblem.Forged });
  });

  it('recognises intact entries out of place', async () => {
    const rows = chain(5);
    const swapped = rows.map((r) => (r.seq === 2 ? { ...r, seq: 4 } : r.seq === 4 ? { ...r, seq: 2 } : r));
    expect((await walk(swapped, headOf(rows))).firstBroken).toEqual({ seq: 2, entryId: rows[3].id, problem: AuditProblem.Reordered });
  });

  it('reports a rewritten entry as a broken link at its successor, and a rewritten last entry at the head', async () => {
    const rows = chain(4);
    const rewritten = link(2, rows[0].hash, 'thing.rewritten');
    expect((await walk([rows[0], rewritten, rows[2], rows[3]], headOf(rows))).firstBroken).toEqual({ seq: 3, entryId: rows[2].id, problem: AuditProblem.BrokenLink });
    const lastRewritten = link(4, rows[2].hash, 'thing.rewritten');
    expect((await walk([...rows.slice(0, 3), lastRewritten], headOf(rows))).firstBroken).toEqual({ seq: 4, entryId: lastRewritten.id, problem: AuditProblem.HeadMismatch });
  });

  it('flags entries without a head and duplicated sequence numbers', async () => {
    const rows = chain(3);
    expect((await walk(rows, undefined)).firstBroken).toEqual({ seq: 3, entryId: rows[2].id, problem: AuditProblem.HeadMismatch });
    const dup = { ...link(2, rows[0].hash, 'thing.dup') };
    expect((await walk([rows[0], rows[1], dup, rows[2]], headOf(rows))).firstBroken).toEqual({ seq: 2, entryId: dup.id, problem: AuditProblem.Forged });
  });
});
