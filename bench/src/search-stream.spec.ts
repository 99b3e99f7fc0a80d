import { describe, expect, it } from 'vitest';
import { searchSpace, seededRandom, zipfPicker } from './search-stream.ts';

describe('the realistic search stream', () => {
  it('has thousands of distinct searches, the plain product words first and model numbers last', () => {
    const space = searchSpace();
    expect(space.length).toBeGreaterThan(2000);
    expect(new Set(space.map((v) => JSON.stringify(v))).size).toBe(space.length);
    expect(space[0]).toEqual({ t: '台式计算机' });
    expect(space.at(-1)!.t).toMatch(/\d{3}$/);
    expect(space.some((v) => v.t === 'OptiPlex 100' || v.t?.startsWith('OptiPlex '))).toBe(true);
  });

  it('gives the same stream for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 5 }, seededRandom(8))).not.toEqual(xs);
  });

  it('picks by Zipf: the k-th in proportion to 1/k', () => {
    const n = 1000;
    const pick = zipfPicker(n, 1, seededRandom(1));
    const counts = new Array<number>(n).fill(0);
    const draws = 200_000;
    for (let i = 0; i < draws; i++) counts[pick()]++;
    let harmonic = 0;
    for (let k = 1; k <= n; k++) harmonic += 1 / k;
    expect(counts[0] / draws).toBeCloseTo(1 / harmonic, 2);
    expect(counts[0] / counts[1]).toBeCloseTo(2, 0);
    expect(counts[0] / counts[9]).toBeGreaterThan(7);
    expect(counts.slice(500).reduce((a, b) => a + b, 0)).toBeGreaterThan(0); // the tail is asked too
  });
});
