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

/**
 * A read path over a table of public catalogue data, scoped to the session's tenant by the
 * view itself (the same test as the policy). PostgreSQL uses an index under a row-level
 * security policy only for leakproof operators, and none of full text, trigram or array
 * containment is, so under the policy every search walked the whole province. The view is
 * not a security barrier, so those indexes work; it runs as the owner, which the table then
 * no longer forces through its policy. The app role keeps the policy for everything it does
 * on the table itself. Only for tables whose rows every visitor of the province may read.
 * The view's columns are the table's as of this call: a migration that adds a column to the
 * table recreates the view (`create or replace view`); the guard test compares them.
 */
export function tenantScopedView(table: string, view: string): string[] {
  return [
    `alter table "${table}" no force row level security;`,
    `create view "${view}" as select * from "${table}" where tenant_id = ${CURRENT_TENANT};`,
    `grant select on "${view}" to ${APP_ROLE};`,
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
