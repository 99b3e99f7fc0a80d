import os from 'node:os';

export interface Machine { cpu: string; cores: number; memoryGiB: number; node: string; postgres: string; load: number[] }

export function describeMachine(postgres: string): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    load: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/**
 * Figures taken while other work runs measure that work too. Waits up to `waitMs` for the
 * one-minute load average to fall to `maxPerCore` × cores; false if it never does.
 */
export async function waitForQuiet(maxPerCore: number, waitMs: number, log: (s: string) => void): Promise<boolean> {
  const limit = maxPerCore * os.cpus().length;
  const until = Date.now() + waitMs;
  for (;;) {
    const [one] = os.loadavg();
    if (one <= limit) return true;
    if (Date.now() > until) return false;
    log(`  machine busy: load ${one.toFixed(2)} > ${limit.toFixed(2)}; waiting…`);
    await new Promise((r) => setTimeout(r, 15_000));
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface BusyDecision { busy: boolean; record: boolean; limit: number; message: string }

/**
 * Whether to record now: figures taken while the machine is busy measure its other work too.
 * Busy when the one-minute load average exceeds `maxPerCore` × cores; then only `force` records,
 * and the table says so.
 */
export function busyDecision(load1: number, cores: number, maxPerCore: number, force: boolean): BusyDecision {
  const limit = Math.round(maxPerCore * cores * 100) / 100;
  const busy = load1 > limit;
  const l = load1.toFixed(2);
  if (!busy) return { busy, record: true, limit, message: `load average ${l} ≤ ${limit}: recording` };
  if (force) return { busy, record: true, limit, message: `machine busy (load average ${l} > ${limit}); --force: recording anyway, the table is marked` };
  return { busy, record: false, limit, message: `machine busy (load average ${l} > ${limit} = ${maxPerCore} × ${cores} cores): not recording. Wait for a quiet machine, or pass --force to run anyway (the table is then marked).` };
}
