// @vitest-environment node
// (jsdom's TextEncoder returns another realm's Uint8Array, which sm-crypto-v2 refuses; browsers do not.)
import { describe, expect, it } from 'vitest';
import { sm3Hex } from '@zhengcai/web-kit';
import { challengeOpen, complaintAllowed, currentBid, digestMatches, findRegistration, hasAwardNotice, isBidder, showsResult, textProblem } from './supplier-project';

const NOW = Date.parse('2026-11-24T02:00:00Z');

describe('supplier project page logic', () => {
  it('shows the result once bidding is over, the award notice once awarded', () => {
    expect(showsResult('BIDDING')).toBe(false);
    expect(showsResult('OPENING')).toBe(true);
    expect(showsResult('CONTRACTED')).toBe(true);
    expect(hasAwardNotice('RECOMMENDED')).toBe(false);
    expect(hasAwardNotice('AWARDED')).toBe(true);
  });

  it('counts only bids that were not withdrawn or replaced', () => {
    expect(isBidder([])).toBe(false);
    expect(isBidder([{ state: 'WITHDRAWN' }, { state: 'REPLACED' }])).toBe(false);
    expect(isBidder([{ state: 'REPLACED' }, { state: 'OPENED' }])).toBe(true);
    expect(isBidder([{ state: 'DISQUALIFIED' }])).toBe(true);
  });

  it('picks the newest counting bid, else the newest', () => {
    expect(currentBid([])).toBeNull();
    expect(currentBid([{ state: 'REPLACED', version: 1 }, { state: 'OPENED', version: 2 }])?.version).toBe(2);
    expect(currentBid([{ state: 'OPENED', version: 2 }, { state: 'WITHDRAWN', version: 3 }])?.version).toBe(2);
    expect(currentBid([{ state: 'WITHDRAWN', version: 1 }, { state: 'WITHDRAWN', version: 2 }])?.version).toBe(2);
  });

  it('offers a challenge to a bidder inside the window only', () => {
    const until = '2026-11-30T16:00:00Z';
    expect(challengeOpen(until, [{ state: 'OPENED' }], NOW)).toBe(true);
    expect(challengeOpen(until, [{ state: 'WITHDRAWN' }], NOW)).toBe(false);
    expect(challengeOpen(until, [{ state: 'OPENED' }], Date.parse(until))).toBe(false);
    expect(challengeOpen(null, [{ state: 'OPENED' }], NOW)).toBe(false);
  });

  it('offers a complaint after the answer or its period, once', () => {
    const pending = { state: 'PENDING', overdue: false, answerDueAt: '2026-12-01T16:00:00Z', complaint: null };
    expect(complaintAllowed(pending, NOW)).toBe(false);
    expect(complaintAllowed({ ...pending, overdue: true }, NOW)).toBe(true);
    expect(complaintAllowed(pending, Date.parse('2026-12-02T00:00:00Z'))).toBe(true);
    expect(complaintAllowed({ ...pending, state: 'ANSWERED' }, NOW)).toBe(true);
    expect(complaintAllowed({ ...pending, state: 'ANSWERED', complaint: { id: 'c' } }, NOW)).toBe(false);
  });

  it('recomputes the contract digest over the UTF-8 text', () => {
    const text = '{"amountFen":"490000000","buyer":{"name":"某单位"}}';
    expect(digestMatches(text, sm3Hex(text))).toBe(true);
    expect(digestMatches(text, sm3Hex(text).toUpperCase())).toBe(true);
    expect(digestMatches(`${text} `, sm3Hex(text))).toBe(false);
    // SM3("abc"), GB/T 32905
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('checks challenge texts', () => {
    expect(textProblem('  ')).toBe('supTender.required');
    expect(textProblem('x'.repeat(2001))).toBe('supTender.tooLong');
    expect(textProblem('评分有误')).toBeNull();
  });

  it('follows registration pages until the project is found or they end', async () => {
    const pages: Record<string, { nodes: { notice: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = {
      start: { nodes: [{ notice: { id: 'a' } }], pageInfo: { hasNextPage: true, endCursor: 'c1' } },
      c1: { nodes: [{ notice: { id: 'b' } }], pageInfo: { hasNextPage: false, endCursor: 'c2' } },
    };
    const asked: (string | null)[] = [];
    const fetch = async (after: string | null) => {
      asked.push(after);
      return pages[after ?? 'start'];
    };
    expect(await findRegistration('b', fetch)).toEqual({ notice: { id: 'b' } });
    expect(asked).toEqual([null, 'c1']);
    expect(await findRegistration('zzz', fetch)).toBeNull();
    expect(await findRegistration('a', fetch)).toEqual({ notice: { id: 'a' } });
  });
});
