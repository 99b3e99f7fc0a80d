import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache.js';

describe('ResultCache', () => {
  it('serves an entry until it is older than the age limit', () => {
    let now = 1_000;
    const c = new ResultCache<string>(10, 500, () => now);
    c.set('a', 'x');
    now += 500;
    expect(c.get('a')).toBe('x');
    now += 1;
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('drops the least recently used entry when full', () => {
    const c = new ResultCache<number>(2, 60_000);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([1, undefined, 3]);
    c.clear();
    expect(c.size).toBe(0);
  });

  it('drops the entries a test picks and keeps the rest', () => {
    const c = new ResultCache<number[]>(10, 60_000);
    c.set('t1:a', [1, 2]);
    c.set('t1:b', [3]);
    c.set('t2:a', [2]);
    expect(c.deleteWhere((key, ids) => key.startsWith('t1:') && ids.includes(2))).toBe(1);
    expect([c.get('t1:a'), c.get('t1:b'), c.get('t2:a')]).toEqual([undefined, [3], [2]]);
  });
});
