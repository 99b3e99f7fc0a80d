import { useAuthStore, useTenantStore } from '@zhengcai/web-kit';
import { loadStoredKey, storeKey, type EncryptedKeyFile } from '@zhengcai/web-kit';
import { computed, shallowRef, watch } from 'vue';

/**
 * The encrypted signing key this browser holds for the signed-in user in the current
 * province (localStorage, `zhengcai.signingKey:<tenant>:<user>`); never the plain private key.
 */
export function useStoredSigningKey() {
  const auth = useAuthStore();
  const tenants = useTenantStore();
  const owner = computed(() => {
    const tenant = auth.tenantCode ?? tenants.current?.code;
    return tenant && auth.user ? { tenant, userId: auth.user.id } : null;
  });
  const stored = shallowRef<EncryptedKeyFile | null>(null);
  const reload = () => (stored.value = owner.value ? loadStoredKey(owner.value.tenant, owner.value.userId) : null);
  watch(owner, reload, { immediate: true });
  function save(file: EncryptedKeyFile) {
    if (!owner.value) return;
    storeKey(owner.value.tenant, owner.value.userId, file);
    reload();
  }
  return { stored, save, reload };
}
