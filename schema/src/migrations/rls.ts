/**
 * SQL building blocks for tenant isolation, used by every migration that adds a table.
 * The guard test fails when a table with tenant_id lacks any of this.
 */
export const APP_ROLE = 'zhengcai_app';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** RLS enabled and forced, one policy: a row is visible and writable only for its tenant. */
export function tenantIsolation(table: string): string[] {
  return [
    `alter table "${table}" enable row level security;`,
    `alter table "${table}" force row level security;`,
    `create policy "${table}_tenant_isolation" on "${table}" using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});`,
  ];
}

export function grantToApp(table: string, privileges: string): string {
  return `grant ${privileges} on "${table}" to ${APP_ROLE};`;
}

/**
 * True only inside a platform-scoped transaction (`set_config('app.scope', 'platform', true)`),
 * which the platform operator APIs open; tenant transactions never set it.
 */
const PLATFORM_SCOPE = `current_setting('app.scope', true) = 'platform'`;

export { CURRENT_TENANT, PLATFORM_SCOPE };
