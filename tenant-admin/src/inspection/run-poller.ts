export interface RunLike { id: string; state: string; done: number; total: number; findings: number; corrected: number }

/**
 * Polls running inspection runs every `intervalMs` until each is DONE. One request per running
 * run per tick; a failed poll stops polling and reports the error (the page offers a retry).
 * The next tick is scheduled only after the answers arrive, so slow answers never pile up.
 */
export function createRunPoller<R extends RunLike>(options: {
  fetchRun: (id: string) => Promise<R>;
  onRun: (run: R) => void;
  onError: (error: unknown) => void;
  intervalMs?: number;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}) {
  const interval = options.intervalMs ?? 2000;
  const schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const cancel = options.cancel ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const running = new Set<string>();
  let handle: unknown = null;
  let stopped = false;

  async function tick() {
    handle = null;
    try {
      const runs = await Promise.all([...running].map((id) => options.fetchRun(id)));
      if (stopped) return;
      for (const run of runs) {
        options.onRun(run);
        if (run.state !== 'RUNNING') running.delete(run.id);
      }
    } catch (err) {
      if (!stopped) {
        running.clear();
        options.onError(err);
      }
      return;
    }
    arm();
  }

  function arm() {
    if (!stopped && handle == null && running.size > 0) handle = schedule(() => void tick(), interval);
  }

  return {
    /** Watch these runs (those not RUNNING are ignored). */
    watch(runs: readonly RunLike[]) {
      for (const run of runs) if (run.state === 'RUNNING') running.add(run.id);
      arm();
    },
    get active() {
      return running.size > 0;
    },
    stop() {
      stopped = true;
      if (handle != null) cancel(handle);
      handle = null;
      running.clear();
    },
  };
}
