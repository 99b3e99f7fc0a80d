import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeError, type ErrorView } from './describe-error';

/**
 * The localized view of a failed request, recomputed when the language changes, plus the
 * message for one form field (pass it to el-form-item's `error`).
 */
export function useErrorDisplay(error: MaybeRefOrGetter<unknown>) {
  const { t, te, locale } = useI18n({ useScope: 'global' });
  const view = computed<ErrorView | null>(() => {
    const e = toValue(error);
    return e == null ? null : describeError(e, { t: (k, p) => (p ? t(k, p) : t(k)), te: (k) => te(k), locale: locale.value });
  });
  const fieldError = (field: string): string | undefined => view.value?.fieldErrors[field];
  return { view, fieldError };
}
