import { computed, getCurrentScope, onScopeDispose, ref, shallowRef } from 'vue';

export interface UploadLike {
  id: string;
  state: 'PROCESSING' | 'DONE' | 'FAILED';
  total: number;
  processed: number;
}

/**
 * Follows a bulk upload while the API imports it: asks again every `intervalMs` until the state
 * is DONE or FAILED. A failed poll stops and keeps the error (`resume` tries again); a newer
 * `track` or the owner's unmount ends the previous polling, so no late answer overwrites it.
 */
export function useUploadProgress<U extends UploadLike>(load: (id: string) => Promise<U>, options: { intervalMs?: number } = {}) {
  const intervalMs = options.intervalMs ?? 1000;
  const upload = shallowRef<U | null>(null);
  const error = shallowRef<unknown>(null);
  const polling = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  function stop() {
    generation++;
    clearTimeout(timer);
    timer = undefined;
    polling.value = false;
  }

  function schedule(mine: number) {
    polling.value = true;
    timer = setTimeout(async () => {
      try {
        const next = await load(upload.value!.id);
        if (mine !== generation) return;
        upload.value = next;
        if (next.state === 'PROCESSING') schedule(mine);
        else polling.value = false;
      } catch (err) {
        if (mine !== generation) return;
        error.value = err;
        polling.value = false;
      }
    }, intervalMs);
  }

  function track(initial: U) {
    stop();
    error.value = null;
    upload.value = initial;
    if (initial.state === 'PROCESSING') schedule(generation);
  }

  function resume() {
    if (!upload.value || upload.value.state !== 'PROCESSING') return;
    stop();
    error.value = null;
    schedule(generation);
  }

  /** Whole percent of rows handled; 100 once finished, even for a file the API found empty. */
  const percent = computed(() => {
    const u = upload.value;
    if (!u) return 0;
    if (u.state !== 'PROCESSING') return 100;
    return u.total > 0 ? Math.min(100, Math.floor((u.processed * 100) / u.total)) : 0;
  });

  if (getCurrentScope()) onScopeDispose(stop);
  return { upload, error, polling, percent, track, resume, stop };
}
