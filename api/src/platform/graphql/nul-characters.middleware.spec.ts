import { describe, expect, it } from 'vitest';
import { nulPath } from './nul-characters.middleware.js';

describe('nulPath', () => {
  it('names the first string holding a NUL, relative to its variable', () => {
    expect(nulPath('a\u0000b')).toBe('');
    expect(nulPath({ title: 'ok', lots: [{ title: 'x' }, { scope: '\u0000' }] })).toBe('lots[1].scope');
    expect(nulPath(['a', '\u0000'])).toBe('[1]');
  });

  it('passes everything else', () => {
    expect(nulPath({ a: 'x\u0001', b: [1, null, true], c: '\\u0000' })).toBeUndefined();
    expect(nulPath(null)).toBeUndefined();
  });
});
