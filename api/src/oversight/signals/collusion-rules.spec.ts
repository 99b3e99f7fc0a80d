import { describe, expect, it } from 'vitest';
import { identicalDocuments, type LotBid, lotSignals, pricePatterns, sameOrigin, sharedPeople } from './collusion-rules.js';
import { nextSignalState } from './signal-state-machine.js';
import { periodOf } from './signal-periods.js';

let n = 0;
const bid = (over: Partial<LotBid> = {}): LotBid => {
  n += 1;
  return { bidId: `b${n}`, supplierId: `s${n}`, submittedBy: `u${n}`, publicKey: `k${n}`, ip: `10.0.0.${n}`, deviceId: `d${n}`, legalRepresentative: `负责人${n}`, contactPhone: `1380013${String(n).padStart(4, '0')}`, priceFen: null, documents: [{ name: 'a.pdf', sm3: `h${n}` }], ...over };
};
const priced = (...fen: bigint[]) => fen.map((priceFen) => bid({ priceFen }));
const rules = (list: ReturnType<typeof pricePatterns>) => list.map((s) => s.evidence.shared!.value);

describe('tender collusion rules', () => {
  it('same origin: two suppliers from one device or IP; one supplier alone, or no value, is nothing', () => {
    const [a, b, c] = [bid({ deviceId: 'dev-1' }), bid({ deviceId: 'dev-1', ip: '10.9.9.9' }), bid({ ip: '10.9.9.9' })];
    const found = sameOrigin('lot', [a, b, c]);
    expect(found.map((s) => [s.evidence.shared, s.evidence.bids!.map((x) => x.bidId), s.severity])).toEqual([
      [{ kind: 'ip', value: '10.9.9.9' }, [b.bidId, c.bidId], 'medium'],
      [{ kind: 'device', value: 'dev-1' }, [a.bidId, b.bidId], 'high'],
    ]);
    expect(sameOrigin('lot', [bid({ deviceId: null, ip: null }), bid({ deviceId: null, ip: null })])).toEqual([]);
    // The same supplier's two bids (never both live, but defensively) are not collusion.
    expect(sameOrigin('lot', [bid({ supplierId: 'x', deviceId: 'same' }), bid({ supplierId: 'x', deviceId: 'same' })])).toEqual([]);
  });

  it('identical documents: a digest in two suppliers’ bids, with the document names as the value', () => {
    const shared = { name: '技术方案.pdf', sm3: 'f'.repeat(64) };
    const found = identicalDocuments('lot', [bid({ documents: [shared] }), bid({ documents: [{ name: '方案.pdf', sm3: shared.sm3 }, { name: 'x', sm3: 'other' }] }), bid()]);
    expect(found).toHaveLength(1);
    expect(found[0].evidence.bids!.map((b) => b.value)).toEqual(['技术方案.pdf', '方案.pdf']);
    expect(found[0].dedupeKey).toBe(`identical_documents:lot:document:${'f'.repeat(64)}`);
    expect(identicalDocuments('lot', [bid(), bid()])).toEqual([]);
  });

  it('shared people: one user or one signing key behind two suppliers', () => {
    expect(sharedPeople('lot', [bid({ submittedBy: 'u-same' }), bid({ submittedBy: 'u-same' })]).map((s) => s.evidence.shared)).toEqual([{ kind: 'user', value: 'u-same' }]);
    expect(sharedPeople('lot', [bid({ publicKey: '04ab' }), bid({ publicKey: '04ab' })]).map((s) => s.evidence.shared!.kind)).toEqual(['signing_key']);
    expect(sharedPeople('lot', [bid(), bid()])).toEqual([]);
  });

  it('shared people: one declared principal or one contact phone behind two suppliers; undeclared ones never match', () => {
    const found = sharedPeople('lot', [bid({ legalRepresentative: '张三' }), bid({ legalRepresentative: '张三', contactPhone: '057187654321' }), bid({ contactPhone: '057187654321' })]);
    expect(found.map((s) => [s.evidence.shared, s.evidence.bids!.length, s.severity])).toEqual([
      [{ kind: 'legal_representative', value: '张三' }, 2, 'high'], [{ kind: 'contact_phone', value: '057187654321' }, 2, 'high'],
    ]);
    expect(sharedPeople('lot', [bid({ legalRepresentative: null, contactPhone: null }), bid({ legalRepresentative: null, contactPhone: null })])).toEqual([]);
  });

  it('close prices: three within 0.5 % of the lowest is a signal; 0.51 % or only two is not', () => {
    expect(rules(pricePatterns('lot', 0n, priced(1_000_000n, 1_005_000n, 1_002_000n, 2_000_000n)))).toEqual(['close_prices']);
    expect(rules(pricePatterns('lot', 0n, priced(1_000_000n, 1_005_100n, 1_002_000n)))).toEqual([]);
    expect(rules(pricePatterns('lot', 0n, priced(1_000_000n, 1_001_000n, 3_000_000n)))).toEqual([]);
  });

  it('arithmetic progression: every price one step apart (to the fen); a fen off is not', () => {
    expect(rules(pricePatterns('lot', 0n, priced(90_000_000n, 80_000_000n, 100_000_000n)))).toEqual(['arithmetic_progression']);
    expect(rules(pricePatterns('lot', 0n, priced(90_000_000n, 80_000_001n, 100_000_000n)))).toEqual([]);
    expect(rules(pricePatterns('lot', 0n, priced(90_000_000n, 80_000_000n)))).toEqual([]);
  });

  it('budget ratio: every price an exact basis-point share of an odd budget; round quotes or one price off are not', () => {
    const budget = 123_456_800n; // ¥1,234,568.00
    // 95 %, 93 %, 97.5 % of the budget.
    const shares = [9500n, 9300n, 9750n].map((bp) => (budget * bp) / 10000n);
    expect(rules(pricePatterns('lot', budget, priced(...shares)))).toEqual(['budget_ratio']);
    expect(rules(pricePatterns('lot', budget, priced(shares[0], shares[1], shares[2] + 1n)))).toEqual([]);
    // A round budget makes every round quote a "share": those say nothing.
    expect(rules(pricePatterns('lot', 100_000_000n, priced(95_000_000n, 91_000_000n, 88_800_000n)))).toEqual([]);
  });

  it('unopened bids have no price and take no part in price rules', () => {
    expect(pricePatterns('lot', 0n, [bid(), bid(), bid()])).toEqual([]);
    expect(lotSignals('lot', 0n, [bid(), bid()])).toEqual([]);
  });

  it('reviews: open → dismissed or referred, once', () => {
    expect(nextSignalState('open' as never, 'dismiss')).toBe('dismissed');
    expect(nextSignalState('open' as never, 'refer')).toBe('referred');
    expect(() => nextSignalState('dismissed' as never, 'refer')).toThrow(expect.objectContaining({ reason: 'COMPLIANCE_SIGNAL_TRANSITION_NOT_ALLOWED' }));
  });

  it('periods are calendar quarters (or years) in the tenant time zone', () => {
    const tz = 'Asia/Shanghai';
    expect(periodOf(new Date('2026-06-30T15:59:59Z'), tz, 'quarter')).toEqual({ label: '2026Q2', from: new Date('2026-03-31T16:00:00Z'), to: new Date('2026-06-30T16:00:00Z') });
    expect(periodOf(new Date('2026-06-30T16:00:00Z'), tz, 'quarter').label).toBe('2026Q3');
    expect(periodOf(new Date('2026-12-31T16:00:00Z'), tz, 'quarter')).toMatchObject({ label: '2027Q1' });
    expect(periodOf(new Date('2026-12-01T00:00:00Z'), tz, 'quarter').to).toEqual(new Date('2026-12-31T16:00:00Z'));
    expect(periodOf(new Date('2026-05-01T00:00:00Z'), tz, 'year')).toEqual({ label: '2026', from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
  });
});
