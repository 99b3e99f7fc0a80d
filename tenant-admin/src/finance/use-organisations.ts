import { useGraphQLClient, useQuery, useTenantStore } from '@zhengcai/web-kit';
import { computed, reactive } from 'vue';
import { OrganisationNameQuery, OrganisationPickerQuery } from '../api/finance';
import type { OrganisationKind } from '../graphql/generated/graphql';

/** Up to 100 organisations of a kind, for a filterable picker. */
export function useOrganisationOptions(kind: OrganisationKind) {
  const tenants = useTenantStore();
  const query = useQuery(OrganisationPickerQuery, { variables: () => ({ kind, first: 100 }), scope: () => tenants.current?.code });
  const options = computed(() => query.data.value?.organisations.nodes ?? []);
  return { options, error: query.error, loading: query.loading, refetch: query.refetch };
}

/** Names of organisations by id, each asked for once (payer and payee of payments). */
export function useOrganisationNames() {
  const client = useGraphQLClient();
  const names = reactive(new Map<string, string | null>());
  function nameOf(id: string): string | undefined {
    if (!names.has(id)) {
      names.set(id, null);
      client.request(OrganisationNameQuery, { id }).then(
        (r) => names.set(id, r.organisation.name),
        () => names.set(id, ''),
      );
    }
    return names.get(id) || undefined;
  }
  return { nameOf };
}
