import { ApiError, useAuthStore, useErrorDisplay, useTenantStore } from '@zhengcai/web-kit';
import { computed, toValue, watchEffect, type MaybeRefOrGetter } from 'vue';
import { useCartStore } from './cart-store';

/** The signed-in user's cart in the session's province (empty and unsaved while signed out). */
export function useCart() {
  const cart = useCartStore();
  const auth = useAuthStore();
  const tenants = useTenantStore();
  watchEffect(() => cart.setOwner(auth.signedIn ? (auth.tenantCode ?? tenants.current?.code) : null, auth.signedIn ? auth.user?.id : null));
  return cart;
}

/** "<province>:<user>" of the signed-in user, for what the browser remembers per person. */
export function useOwnerKey() {
  const auth = useAuthStore();
  const tenants = useTenantStore();
  return computed(() => (auth.signedIn && auth.user ? { tenant: auth.tenantCode ?? tenants.current?.code ?? '', userId: auth.user.id } : null));
}

/**
 * A form's view of a failed request: the message at the field the API names (BAD_USER_INPUT
 * fields, or `extensions.field` of a refusal such as OUT_OF_STOCK), and the error itself for
 * an alert when none of the form's fields shows it.
 */
export function useFormErrors(error: MaybeRefOrGetter<unknown>, shownFields: MaybeRefOrGetter<readonly string[]>) {
  const { view, fieldError } = useErrorDisplay(error);
  const named = computed(() => {
    const e = toValue(error);
    const field = e instanceof ApiError ? e.errors[0]?.extensions?.field : undefined;
    return typeof field === 'string' ? field : null;
  });
  const at = (field: string): string | undefined => fieldError(field) ?? (named.value === field ? view.value?.message : undefined);
  const general = computed(() => {
    const e = toValue(error);
    return e && !toValue(shownFields).some((f) => at(f)) ? e : null;
  });
  return { view, at, general };
}
