/**
 * Which provinces a worker process serves, from WORKER_TENANTS: exact slugs, or a prefix
 * ending in `*`. Unset serves every province.
 */
export function tenantScope(spec: string | undefined): (slug: string) => boolean {
  if (!spec) return () => true;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const item of spec.split(',')) {
    if (item.endsWith('*')) prefixes.push(item.slice(0, -1));
    else exact.add(item);
  }
  return (slug) => exact.has(slug) || prefixes.some((p) => slug.startsWith(p));
}
