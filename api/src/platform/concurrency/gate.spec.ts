import { describe, expect, it } from 'vitest';
import { Gate } from './gate.js';

/** A call that runs until released, recording when it started. */
function held(started: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { work: async () => { started.push(name); await done; return name; }, release };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('Gate', () => {
  it('runs at most its limit at once and lets the others in first come first served', async () => {
    const gate = new Gate(2);
    const started: string[] = [];
    const calls = ['a', 'b', 'c', 'd'].map((n) => held(started, n));
    const results = calls.map((c) => gate.run(c.work));
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    calls[1].release();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    calls[0].release();
    calls[2].release();
    await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    calls[3].release();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot of a call that fails, and passes the failure on', async () => {
    const gate = new Gate(1);
    await expect(gate.run(async () => { throw new Error('statement failed'); })).rejects.toThrow('statement failed');
    expect(await gate.run(async () => 'next')).toBe('next');
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a limit below one', () => {
    expect(() => new Gate(0)).toThrow('at least 1');
  });
});
