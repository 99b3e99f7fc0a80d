import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { useUploadProgress, type UploadLike } from './use-upload-progress';

const at = (processed: number, state: UploadLike['state'] = 'PROCESSING', id = 'u1'): UploadLike => ({ id, state, total: 4, processed });

describe('upload progress polling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls until the upload is done, reporting whole percents', async () => {
    const answers = [at(1), at(3), at(4, 'DONE')];
    const load = vi.fn(async () => answers.shift()!);
    const p = useUploadProgress(load, { intervalMs: 500 });
    p.track(at(0));
    expect([p.percent.value, p.polling.value]).toEqual([0, true]);
    await vi.advanceTimersByTimeAsync(500);
    expect(p.percent.value).toBe(25);
    await vi.advanceTimersByTimeAsync(500);
    expect(p.percent.value).toBe(75);
    await vi.advanceTimersByTimeAsync(500);
    expect([p.upload.value?.state, p.percent.value, p.polling.value]).toEqual(['DONE', 100, false]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenCalledWith('u1');
  });

  it('does not poll an upload that is already finished', async () => {
    const load = vi.fn(async () => at(4, 'DONE'));
    const p = useUploadProgress(load);
    p.track(at(4, 'FAILED'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).not.toHaveBeenCalled();
    expect(p.percent.value).toBe(100);
  });

  it('stops on a failed poll, keeps the error, and resumes on request', async () => {
    const load = vi.fn<(id: string) => Promise<UploadLike>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(at(4, 'DONE'));
    const p = useUploadProgress(load, { intervalMs: 100 });
    p.track(at(2));
    await vi.advanceTimersByTimeAsync(100);
    expect([(p.error.value as Error).message, p.polling.value, p.percent.value]).toEqual(['offline', false, 50]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).toHaveBeenCalledTimes(1);
    p.resume();
    expect(p.error.value).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(p.upload.value?.state).toBe('DONE');
  });

  it('ignores a late answer for a previous upload once another is tracked', async () => {
    let release!: (u: UploadLike) => void;
    const load = vi.fn((id: string) => (id === 'old' ? new Promise<UploadLike>((r) => (release = r)) : Promise.resolve(at(4, 'DONE', 'new'))));
    const p = useUploadProgress(load, { intervalMs: 100 });
    p.track(at(0, 'PROCESSING', 'old'));
    await vi.advanceTimersByTimeAsync(100);
    p.track(at(0, 'PROCESSING', 'new'));
    release(at(1, 'PROCESSING', 'old'));
    await vi.advanceTimersByTimeAsync(100);
    expect(p.upload.value).toMatchObject({ id: 'new', state: 'DONE' });
  });

  it('stops when its owner goes away', async () => {
    const load = vi.fn(async () => at(1));
    const scope = effectScope();
    const p = scope.run(() => useUploadProgress(load, { intervalMs: 100 }))!;
    p.track(at(0));
    scope.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).not.toHaveBeenCalled();
    expect(p.polling.value).toBe(false);
  });
});
