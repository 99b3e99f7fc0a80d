import { describe, expect, it } from 'vitest';
import { auditFilterFromQuery, auditFilterToInput, auditFilterToQuery, changePreview, prettyJson } from './audit-view';

describe('audit filter in the address', () => {
  it('reads the known keys, trimmed, and drops repeated, empty or overlong values', () => {
    expect(auditFilterFromQuery({ subjectType: ' order ', subjectId: 'o-1', action: ['a', 'b'], actorUserId: 'x'.repeat(37), other: 'y', to: '' }))
      .toEqual({ subjectType: 'order', subjectId: 'o-1' });
  });

  it('writes only what is set and reads back the same', () => {
    const filter = { subjectType: 'order', from: '2026-11-01 08:00' };
    const query = auditFilterToQuery(filter);
    expect(query).toMatchObject({ subjectType: 'order', from: '2026-11-01 08:00', subjectId: undefined });
    expect(auditFilterFromQuery(query as never)).toEqual(filter);
  });

  it('turns wall-clock times into instants and reports one it cannot read', () => {
    const toInstant = (s: string) => (s.startsWith('2026') ? `${s.replace(' ', 'T')}:00Z` : null);
    expect(auditFilterToInput({ action: 'mall.order', from: '2026-11-01 08:00', to: 'soon' }, toInstant)).toEqual({
      input: { action: 'mall.order', from: '2026-11-01T08:00:00Z' },
      badTime: true,
    });
  });
});

describe('change display', () => {
  it('indents nested JSON and keeps big integers and string contents exact', () => {
    const text = '{"a":{"b":[1,2],"e":{}},"fen":12345678901234567890,"s":"x,{\\"y\\":1}"}';
    expect(prettyJson(text)).toBe('{\n  "a": {\n    "b": [\n      1,\n      2\n    ],\n    "e": {}\n  },\n  "fen": 12345678901234567890,\n  "s": "x,{\\"y\\":1}"\n}');
    expect(JSON.parse(prettyJson(text))).toEqual(JSON.parse(text));
  });

  it('cuts a long change to one line', () => {
    expect(changePreview(null)).toBe('');
    expect(changePreview('{"a":1}')).toBe('{"a":1}');
    expect(changePreview('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
