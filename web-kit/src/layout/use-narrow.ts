import { onBeforeUnmount, ref } from 'vue';

/** True while the viewport is phone-sized; layouts switch columns on it. */
export function useNarrow(query = '(max-width: 640px)') {
  const mql = typeof matchMedia === 'function' ? matchMedia(query) : null;
  const narrow = ref(mql?.matches ?? false);
  const update = (e: MediaQueryListEvent) => (narrow.value = e.matches);
  mql?.addEventListener('change', update);
  onBeforeUnmount(() => mql?.removeEventListener('change', update));
  return narrow;
}
