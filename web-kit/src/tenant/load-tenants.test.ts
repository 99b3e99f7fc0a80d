import { describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../graphql/client';
import { loadAllTenants } from './load-tenants';

const tenant = (n: number) => ({ id: String(n), code: String(100000 + n), slug: `t${n}`, name: `省${n}` });

describe('loadAllTenants', () => {
  it('follows the cursor until the last page', async () => {
    const seen: unknown[] = [];
    const client = {
      request: async (_doc: unknown, vars: { first: number; after: string | null }) => {
        seen.push(vars);
        const start = vars.after ? Number(vars.after) : 0;
        const nodes = Array.from({ length: Math.min(vars.first, 250 - start) }, (_, i) => tenant(start + i));
        const end = start + nodes.length;
        return { tenants: { nodes, pageInfo: { hasNextPage: end < 250, endCursor: String(end) } } };
      },
    } as unknown as GraphQLClient;
    const all = await loadAllTenants(client);
    expect(all).toHaveLength(250);
    expect(new Set(all.map((t) => t.code)).size).toBe(250);
    expect(seen).toEqual([{ first: 100, after: null }, { first: 100, after: '100' }, { first: 100, after: '200' }]);
  });

  it('stops a list that never ends instead of looping for ever', async () => {
    const client = {
      request: async () => ({ tenants: { nodes: [tenant(1)], pageInfo: { hasNextPage: true, endCursor: 'same' } } }),
    } as unknown as GraphQLClient;
    await expect(loadAllTenants(client)).rejects.toThrow(/did not end/);
  });
});
