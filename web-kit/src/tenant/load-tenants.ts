import type { GraphQLClient } from '../graphql/client';
import type { TenantsPageQuery as TenantsPage } from '../graphql/generated/graphql';
import { TenantsPageQuery } from './documents';
import type { TenantOption } from './tenant-store';

const PAGE = 100;
/** A province platform has a few dozen tenants; this bounds a misbehaving server. */
const MAX_PAGES = 50;

/** Every tenant, following the Relay cursor page by page. */
export async function loadAllTenants(client: GraphQLClient): Promise<TenantOption[]> {
  const all: TenantOption[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { tenants }: TenantsPage = await client.request(TenantsPageQuery, { first: PAGE, after });
    all.push(...tenants.nodes);
    if (!tenants.pageInfo.hasNextPage || !tenants.pageInfo.endCursor) return all;
    after = tenants.pageInfo.endCursor;
  }
  throw new Error(`more than ${MAX_PAGES * PAGE} tenants: the list did not end`);
}
