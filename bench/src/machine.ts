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
