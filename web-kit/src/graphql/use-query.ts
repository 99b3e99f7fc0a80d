import { ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue';
import type { TypedDocument } from './client';
import { useGraphQLClient } from './provide';

export interface UseQueryOptions<TVariables> {
  variables?: MaybeRefOrGetter<TVariables>;
  /** While false the query waits (e.g. until a province is chosen). */
  enabled?: MaybeRefOrGetter<boolean>;
  /** Context the result belongs to (the tenant): when it changes, old data is dropped at once. */
  scope?: MaybeRefOrGetter<unknown>;
}

export interface QueryState<TResult> {
  data: ShallowRef<TResult | null>;
  error: ShallowRef<unknown>;
  loading: Ref<boolean>;
  refetch: () => Promise<void>;
}

/**
 * Runs a typed query now and again whenever its variables, `enabled` or `scope` change. Only
 * the latest request may write the state, so a slow answer for the previous province never
 * replaces the current one.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  options: UseQueryOptions<TVariables> = {},
): QueryState<TResult> {
  const client = useGraphQLClient();
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<unknown>(null);
  const loading = ref(false);
  let latest = 0;

  async function refetch() {
    const mine = ++latest;
    if (toValue(options.enabled) === false) {
      loading.value = false;
      return;
    }
    loading.value = true;
    error.value = null;
    try {
      const vars = toValue(options.variables) ?? ({} as TVariables);
      const result = await (client.request as (d: unknown, v: unknown) => Promise<TResult>)(document, vars);
      if (mine === latest) data.value = result;
    } catch (err) {
      if (mine === latest) error.value = err;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }

  watch(
    () => toValue(options.scope),
    () => {
      data.value = null;
      error.value = null;
    },
  );
  watch([() => toValue(options.variables), () => toValue(options.enabled), () => toValue(options.scope)], refetch, { immediate: true, deep: true });

  return { data, error, loading, refetch };
}
