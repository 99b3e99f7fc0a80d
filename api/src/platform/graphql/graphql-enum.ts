import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a string enum for GraphQL with the conventional UPPER_SNAKE names
 * (`tenant_operator` → `TENANT_OPERATOR`) while resolvers keep using the stored values.
 */
export function graphqlEnum<V extends string>(values: Record<string, V>, name: string, description: string): Record<string, V> {
  const byName = Object.fromEntries(Object.values(values).map((v) => [v.toUpperCase(), v])) as Record<string, V>;
  registerEnumType(byName, { name, description });
  return byName;
}
