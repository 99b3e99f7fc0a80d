import { describe, expect, it } from 'vitest';
import { canonicalTime, changeDigest, encodeEntry, entryHash, GENESIS_HASH, type HashedFields, sm3Hex } from './audit-hash.js';
import { canonicalJson } from './canonical-json.js';

const fields: HashedFields = {
  tenantId: '01932a00-0000-7000-8000-000000000001',
  id: '01932a00-0000-7000-8000-000000000002',
  actorUserId: null,
  actorOrganisationId: null,
  action: 'tenant.settings.update',
  subjectType: 'tenant',
  subjectId: 'ab',
  changeDigest: sm3Hex('{}'),
  occurredAt: '2026-11-23T04:00:00.123000Z',
  requestId: 'req-1',
  prevHash: GENESIS_HASH,
};

describe('SM3', () => {
  it('matches the GB/T 32905 known answer for "abc"', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});

describe('entry encoding', () => {
  it('starts with the length-prefixed version tag', () => {
    const bytes = encodeEntry(fields);
    expect(bytes.subarray(0, 4).readUInt32BE()).toBe(17);
    expect(bytes.subarray(4, 21).toString('utf8')).toBe('zhengcai.audit.v1');
  });

  it('keeps null apart from the empty string', () => {
    expect(entryHash({ ...fields, actorUserId: null })).not.toBe(entryHash({ ...fields, actorUserId: '' }));
  });

  it('never lets one field run into the next', () => {
    const a = entryHash({ ...fields, subjectType: 'tenanta', subjectId: 'b' });
    const b = entryHash({ ...fields, subjectType: 'tenant', subjectId: 'ab' });
    expect(a).not.toBe(b);
  });

  it('changes with every hashed field', () => {
    const base = entryHash(fields);
    for (const key of Object.keys(fields) as (keyof HashedFields)[]) {
      const changed = { ...fields, [key]: `${fields[key] ?? ''}x` };
      expect(entryHash(changed), key).not.toBe(base);
    }
  });

  it('writes times in UTC with microseconds', () => {
    expect(canonicalTime(new Date('2026-11-23T12:00:00.123+08:00'))).toBe('2026-11-23T04:00:00.123000Z');
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: true } })).toBe('{"a":{"c":true,"d":[1,"x"]},"b":1}');
  });

  it('gives the same digest whatever the key order', () => {
    expect(changeDigest({ before: { name: '甲', amount: 100n }, after: null })).toBe(changeDigest({ after: null, before: { amount: 100n, name: '甲' } }));
  });

  it('writes bigint fen as an exact integer and dates as ISO text', () => {
    expect(canonicalJson({ fen: 12345678901234567890n, at: new Date('2026-01-02T03:04:05.006Z') })).toBe('{"at":"2026-01-02T03:04:05.006Z","fen":12345678901234567890}');
  });

  it('omits undefined fields as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it('refuses what JSON cannot carry faithfully', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(Number.NaN)).toThrow(/NaN/);
    expect(() => canonicalJson(new Map())).toThrow(/Map/);
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});
