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
  /** The signed-in session's province: while set, it is the province, whatever else says. */
  const sessionCode = ref<string | null>(null);

  const find = (hint: string | null) =>
    hint ? tenants.value.find((t) => t.code === hint || t.slug.toLowerCase() === hint.toLowerCase()) : undefined;

  const hostTenant = computed(() => find(hostLabel.value));
  /** True when the host name fixes the tenant: the switcher then only shows it. */
  const lockedByHost = computed(() => hostTenant.value !== undefined);
  /** True while signed in: a token works only in its own province (else TENANT_MISMATCH). */
  const lockedBySession = computed(() => sessionCode.value !== null);
  const current = computed<TenantOption | null>(() =>
    (sessionCode.value ? find(sessionCode.value) : undefined) ?? hostTenant.value ?? find(chosenCode.value) ?? null,
  );

  function setHostLabel(label: string | null) {
    hostLabel.value = label;
  }

  function setTenants(list: TenantOption[]) {
    tenants.value = list;
    loaded.value = true;
  }

  /** Fixes the province to a session's (null on logout frees the switcher again). */
  function pinToSession(code: string | null) {
    sessionCode.value = code;
    // Keep the session's province as the choice, so logging out stays where the user was.
    if (code && !lockedByHost.value) {
      chosenCode.value = code;
      writeStored(code);
    }
  }

  function choose(code: string) {
    if (!find(code)) throw new Error(`unknown tenant ${code}`);
    if (lockedBySession.value) throw new Error('signed in: the province is the session\'s');
    chosenCode.value = code;
    writeStored(code);
  }

  return { tenants, loaded, hostLabel, chosenCode, sessionCode, current, lockedByHost, lockedBySession, setHostLabel, setTenants, choose, pinToSession };
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
