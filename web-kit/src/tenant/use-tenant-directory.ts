import { ref, shallowRef } from 'vue';
import { useGraphQLClient } from '../graphql/provide';
import { hostTenantLabel } from './host';
import { loadAllTenants } from './load-tenants';
import { useTenantStore } from './tenant-store';

/** Loads the public tenant list into the store and notes the host name's label. */
export function useTenantDirectory() {
  const store = useTenantStore();
  const client = useGraphQLClient();
  const loading = ref(false);
  const error = shallowRef<unknown>(null);

  async function load(hostname = globalThis.location?.hostname ?? '') {
    loading.value = true;
    error.value = null;
    try {
      store.setHostLabel(hostTenantLabel(hostname));
      store.setTenants(await loadAllTenants(client));
    } catch (err) {
      error.value = err;
    } finally {
      loading.value = false;
    }
  }

  return { loading, error, load };
}
