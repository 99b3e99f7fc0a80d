import 'reflect-metadata';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ALL_ENTITIES, TENANT_FILTER, TenantOwned } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { guardPool } from './pool-guard.js';

export interface OrmOptions {
  url: string;
  poolMax?: number;
}

const tenantOwned = ALL_ENTITIES.filter((e) => e.prototype instanceof TenantOwned);

export function ormConfig({ url, poolMax = 10 }: OrmOptions): Options {
  // MikroORM reads host, user and database from the URL but drops its parameters; the
  // connection's name (shown in pg_stat_activity, e.g. which service holds a lock) is passed on.
  const applicationName = new URL(url).searchParams.get('application_name');
  return defineConfig({
    clientUrl: url,
    driverOptions: { ...(applicationName ? { application_name: applicationName } : {}), onPoolCreated: guardPool },
    entities: ALL_ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    // Every unit of work must run in an explicit fork (one per request or job).
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Row-level security policies, the tenant-scoped views and SQL functions (a generated
    // column's, migration 20261127110000) are hand-written in migrations (see migrations/rls.ts);
    // the schema diff must never propose dropping them.
    schemaGenerator: { ignorePolicies: true, skipViews: [/_visible$/], ignoreRoutines: true },
    migrations: {
      migrationsList: MIGRATIONS,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    filters: {
      // Second layer behind row-level security: a query on a tenant-owned entity without
      // a tenant parameter fails loudly instead of quietly returning nothing.
      [TENANT_FILTER]: {
        cond: (args: { tenantId: string }) => ({ tenantId: args.tenantId }),
        default: true,
        entity: tenantOwned,
      },
    },
  });
}
