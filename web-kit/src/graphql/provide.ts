import { inject, type App, type InjectionKey } from 'vue';
import type { GraphQLClient } from './client';

export const GRAPHQL_CLIENT: InjectionKey<GraphQLClient> = Symbol('graphql-client');

/** Makes the app's client available to components and composables (no module singleton). */
export function provideGraphQLClient(app: App, client: GraphQLClient) {
  app.provide(GRAPHQL_CLIENT, client);
}

export function useGraphQLClient(): GraphQLClient {
  const client = inject(GRAPHQL_CLIENT, null);
  if (!client) throw new Error('No GraphQL client: call provideGraphQLClient(app, client) in main.ts');
  return client;
}
