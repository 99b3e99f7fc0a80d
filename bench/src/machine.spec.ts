import { describe, expect, it } from 'vitest';
import { busyDecision, percentile } from './machine.ts';
import { cpuPerRequest, cpuTicks, rssMiB } from './proc.ts';

describe('busyDecision', () => {
  it('records on a quiet machine', () => {
    expect(busyDecision(0.8, 2, 0.6, false)).toMatchObject({ busy: false, record: true, limit: 1.2 });
    expect(busyDecision(1.2, 2, 0.6, false).record).toBe(true);
  });

  it('refuses on a busy one and says why and what to do', () => {
    const d = busyDecision(5.94, 2, 0.6, false);
    expect(d).toMatchObject({ busy: true, record: false });
    expect(d.message).toContain('5.94 > 1.2');
    expect(d.message).toContain('--force');
  });

  it('records a busy machine with --force, still marked busy', () => {
    expect(busyDecision(5.94, 2, 0.6, true)).toMatchObject({ busy: true, record: true });
  });
});

describe('process figures', () => {
  it('reads user + system ticks after the command name, even one with spaces and parentheses', () => {
    const stat = '4242 (node (api) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1500 250 0 0 20 0 11 0 1000 1000000 25000';
    expect(cpuTicks(stat)).toBe(1750);
  });

  it('reads the resident set in MiB', () => {
    expect(rssMiB('Name:\tnode\nVmPeak:\t 900000 kB\nVmRSS:\t  524288 kB\n')).toBe(512);
    expect(rssMiB('Name:\tnode\n')).toBeNaN();
  });

  it('divides CPU time by the requests', () => {
    expect(cpuPerRequest({ cpuMs: 1000, rssMiB: 1 }, { cpuMs: 3500, rssMiB: 1 }, 1000)).toBe(2.5);
    expect(cpuPerRequest({ cpuMs: 1000, rssMiB: 1 }, { cpuMs: 3500, rssMiB: 1 }, 0)).toBeNaN();
  });
});

describe('percentile', () => {
  it('is the nearest rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });
});
