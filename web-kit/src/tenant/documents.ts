import { graphql } from '../graphql/generated';

export const TenantsPageQuery = graphql(`
  query TenantsPage($first: Int!, $after: String) {
    tenants(first: $first, after: $after) {
      nodes { id code slug name }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
