import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { TENANT_STORAGE_KEY, useTenantStore } from './tenant-store';

const list = [
  { id: '1', code: '330000', slug: 'zj', name: '浙江省' },
  { id: '2', code: '500000', slug: 'cq', name: '重庆市' },
];

describe('tenant store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('has no tenant until one is chosen, then remembers the choice across visits', () => {
    const store = useTenantStore();
    store.setTenants(list);
    expect(store.current).toBeNull();
    store.choose('500000');
    expect(store.current?.name).toBe('重庆市');
    expect(localStorage.getItem(TENANT_STORAGE_KEY)).toBe('500000');

    setActivePinia(createPinia());
    const next = useTenantStore();
    next.setTenants(list);
    expect(next.current?.code).toBe('500000');
  });

  it('lets a host-name label that names a tenant win over the remembered choice', () => {
    localStorage.setItem(TENANT_STORAGE_KEY, '500000');
    const store = useTenantStore();
    store.setHostLabel('zj');
    store.setTenants(list);
    expect(store.current?.code).toBe('330000');
    expect(store.lockedByHost).toBe(true);
  });

  it('ignores a host label that names no tenant (a platform domain such as mall.example.cn)', () => {
    localStorage.setItem(TENANT_STORAGE_KEY, '500000');
    const store = useTenantStore();
    store.setHostLabel('mall');
    store.setTenants(list);
    expect(store.current?.code).toBe('500000');
    expect(store.lockedByHost).toBe(false);
  });

  it('forgets nothing but shows nothing for a remembered tenant that no longer exists', () => {
    localStorage.setItem(TENANT_STORAGE_KEY, '999999');
    const store = useTenantStore();
    store.setTenants(list);
    expect(store.current).toBeNull();
  });

  it('refuses to choose a tenant that is not in the list', () => {
    const store = useTenantStore();
    store.setTenants(list);
    expect(() => store.choose('110000')).toThrow(/unknown tenant/);
    expect(localStorage.getItem(TENANT_STORAGE_KEY)).toBeNull();
  });
});

describe('tenant store while signed in', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('fixes the province to the session and frees the switcher on logout', () => {
    const store = useTenantStore();
    store.setTenants(list);
    store.choose('330000');
    store.pinToSession('500000');
    expect(store.current?.code).toBe('500000');
    expect(store.lockedBySession).toBe(true);
    expect(() => store.choose('330000')).toThrow(/signed in/);

    store.pinToSession(null);
    expect(store.lockedBySession).toBe(false);
    // The session's province stays chosen, so logging out does not jump elsewhere.
    expect(store.current?.code).toBe('500000');
    store.choose('330000');
    expect(store.current?.code).toBe('330000');
  });

  it('lets the session win over a host name that names another province', () => {
    const store = useTenantStore();
    store.setHostLabel('zj');
    store.setTenants(list);
    store.pinToSession('500000');
    expect(store.current?.code).toBe('500000');
    expect(store.chosenCode).toBeNull();
  });
});
