import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { GraphQLClient, TypedDocument } from './client';
import { GRAPHQL_CLIENT } from './provide';
import { useQuery, type QueryState } from './use-query';

const Doc = 'query Q($id: String!) { q(id: $id) }' as unknown as TypedDocument<{ q: string }, { id: string }>;

/** A client whose answers the test releases by hand, in any order. */
function manualClient() {
  const pending: { vars: { id: string }; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const client = {
    request: (_d: unknown, vars: { id: string }) => new Promise((resolve, reject) => pending.push({ vars, resolve, reject })),
  } as unknown as GraphQLClient;
  return { client, pending };
}

function run(client: GraphQLClient, setup: () => QueryState<{ q: string }>) {
  let state!: QueryState<{ q: string }>;
  mount(defineComponent({ setup: () => ((state = setup()), () => h('div')) }), { global: { provide: { [GRAPHQL_CLIENT as symbol]: client } } });
  return () => state;
}

describe('useQuery', () => {
  it('loads, then holds the data', async () => {
    const { client, pending } = manualClient();
    const state = run(client, () => useQuery(Doc, { variables: { id: 'a' } }));
    expect(state().loading.value).toBe(true);
    pending[0].resolve({ q: 'A' });
    await flushPromises();
    expect(state().loading.value).toBe(false);
    expect(state().data.value).toEqual({ q: 'A' });
  });

  it('refetches when the variables change and ignores the older, slower answer', async () => {
    const { client, pending } = manualClient();
    const id = ref('a');
    const state = run(client, () => useQuery(Doc, { variables: () => ({ id: id.value }) }));
    id.value = 'b';
    await flushPromises();
    expect(pending.map((p) => p.vars.id)).toEqual(['a', 'b']);
    pending[1].resolve({ q: 'B' });
    await flushPromises();
    pending[0].resolve({ q: 'A' });
    await flushPromises();
    expect(state().data.value).toEqual({ q: 'B' });
    expect(state().loading.value).toBe(false);
  });

  it('waits while disabled and starts once enabled', async () => {
    const { client, pending } = manualClient();
    const enabled = ref(false);
    const state = run(client, () => useQuery(Doc, { variables: { id: 'a' }, enabled }));
    await flushPromises();
    expect(pending).toHaveLength(0);
    expect(state().loading.value).toBe(false);
    enabled.value = true;
    await flushPromises();
    expect(pending).toHaveLength(1);
  });

  it('drops the previous scope\'s data at once when the scope (tenant) changes', async () => {
    const { client, pending } = manualClient();
    const tenant = ref('330000');
    const state = run(client, () => useQuery(Doc, { variables: { id: 'a' }, scope: tenant }));
    pending[0].resolve({ q: 'zj' });
    await flushPromises();
    expect(state().data.value).toEqual({ q: 'zj' });
    tenant.value = '500000';
    await flushPromises();
    expect(state().data.value).toBeNull();
    expect(state().loading.value).toBe(true);
  });

  it('keeps the error for display and clears it on a successful retry', async () => {
    const { client, pending } = manualClient();
    const state = run(client, () => useQuery(Doc, { variables: { id: 'a' } }));
    const boom = new Error('down');
    pending[0].reject(boom);
    await flushPromises();
    expect(state().error.value).toBe(boom);
    const retry = state().refetch();
    expect(state().error.value).toBeNull();
    pending[1].resolve({ q: 'A' });
    await retry;
    expect(state().data.value).toEqual({ q: 'A' });
  });
});
