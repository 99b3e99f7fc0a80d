import { reactive, ref, shallowRef } from 'vue';

/** The API takes reasons of 2–500 characters; the shorter case is caught before sending. */
export const MIN_REASON = 2;

/**
 * A dialog that asks for a reason and sends it (justify a price, appeal an event, decide an
 * appeal …): the reason is checked first, the call's error is kept for the page to show at the
 * field or above the form, and the dialog closes only when the call went through.
 */
export function useReasonDialog<C extends object>(options: {
  /** What the dialog carries besides the reason (the id it acts on, a choice …). */
  context: C;
  requiredMessage: () => string;
  send: (dialog: C, reason: string) => Promise<unknown>;
  /** After a successful send, e.g. refetch the list. */
  after?: () => unknown;
}) {
  const dialog = reactive({ open: false, reason: '', ...options.context });
  const busy = ref(false);
  const saveError = shallowRef<unknown>(null);
  const problem = ref<string | null>(null);

  function open(context: Partial<C> = {}) {
    Object.assign(dialog, { ...options.context, ...context, open: true, reason: '' });
    saveError.value = null;
    problem.value = null;
  }

  async function submit(): Promise<boolean> {
    problem.value = null;
    const reason = dialog.reason.trim();
    if (reason.length < MIN_REASON) {
      problem.value = options.requiredMessage();
      return false;
    }
    busy.value = true;
    saveError.value = null;
    try {
      await options.send(dialog as unknown as C, reason);
      dialog.open = false;
      await options.after?.();
      return true;
    } catch (err) {
      saveError.value = err;
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { dialog, busy, saveError, problem, open, submit };
}
