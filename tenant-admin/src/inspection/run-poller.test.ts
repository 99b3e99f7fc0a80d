import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunPoller, type RunLike } from './run-poller';

const run = (id: string, state: string, done: number): RunLike => ({ id, state, done, total: 10, findings: 0, corrected: 0 });

describe('run poller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks every 2 s while the run is running and stops when it is done', async () => {
    const answers = [run('r1', 'RUNNING', 4), run('r1', 'DONE', 10)];
    const fetchRun = vi.fn(async () => answers.shift()!);
    const seen: number[] = [];
    const poller = createRunPoller({ fetchRun, onRun: (r) => seen.push(r.done), onError: () => {} });
    poller.watch([run('r1', 'RUNNING', 0), run('r0', 'DONE', 10)]);
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetchRun).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual([4]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toEqual([4, 10]);
    expect(poller.active).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchRun).toHaveBeenCalledTimes(2);
  });

  it('stops on a failed poll and reports it, and on stop()', async () => {
    const onError = vi.fn();
    const poller = createRunPoller({ fetchRun: async () => { throw new Error('offline'); }, onRun: () => {}, onError });
    poller.watch([run('r1', 'RUNNING', 0)]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onError).toHaveBeenCalledOnce();
    expect(poller.active).toBe(false);

    const fetchRun = vi.fn(async () => run('r2', 'RUNNING', 1));
    const other = createRunPoller({ fetchRun, onRun: () => {}, onError });
    other.watch([run('r2', 'RUNNING', 0)]);
    other.stop();
    await vi.advanceTimersByTimeAsync(6000);
    expect(fetchRun).not.toHaveBeenCalled();
  });
});
