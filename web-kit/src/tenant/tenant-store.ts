import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

export interface TenantOption {
  id: string;
  code: string;
  slug: string;
  name: string;
}

export const TENANT_STORAGE_KEY = 'zhengcai.tenant';

/**
 * Which province the apps act for. The host name wins when its first label names a known
 * tenant (a province's own domain); otherwise the visitor's choice, remembered across visits.
 * The store holds state only: loading the list is the caller's business (no client import).
 */
export const useTenantStore = defineStore('tenant', () => {
  const tenants = ref<TenantOption[]>([]);
  const loaded = ref(false);
  const hostLabel = ref<string | null>(null);
  const chosenCode = ref<string | null>(readStored());

  const find = (hint: string | null) =>
    hint ? tenants.value.find((t) => t.code === hint || t.slug.toLowerCase() === hint.toLowerCase()) : undefined;

  const hostTenant = computed(() => find(hostLabel.value));
  /** True when the host name fixes the tenant: the switcher then only shows it. */
  const lockedByHost = computed(() => hostTenant.value !== undefined);
  const current = computed<TenantOption | null>(() => hostTenant.value ?? find(chosenCode.value) ?? null);

  function setHostLabel(label: string | null) {
    hostLabel.value = label;
  }

  function setTenants(list: TenantOption[]) {
    tenants.value = list;
    loaded.value = true;
  }

  function choose(code: string) {
    if (!find(code)) throw new Error(`unknown tenant ${code}`);
    chosenCode.value = code;
    writeStored(code);
  }

  return { tenants, loaded, hostLabel, chosenCode, current, lockedByHost, setHostLabel, setTenants, choose };
});

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(TENANT_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled (private mode, policy); the choice then lasts for the visit.
    return null;
  }
}

function writeStored(code: string) {
  try {
    globalThis.localStorage?.setItem(TENANT_STORAGE_KEY, code);
  } catch {
    // See readStored: not remembering is acceptable, failing the switch is not.
  }
}
