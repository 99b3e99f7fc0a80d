import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { newId } from '../ids.js';

/** Name of the default-on MikroORM filter that scopes every tenant-owned entity. */
export const TENANT_FILTER = 'tenant';

/**
 * Base of every tenant-owned entity. Row-level security in PostgreSQL is the wall; the
 * `tenant` filter registered in the ORM config for these classes is the second layer.
 */
export abstract class TenantOwned {
  @Property({ type: 'uuid', fieldName: 'tenant_id' })
  tenantId!: string;
}

export abstract class TenantOwnedWithId extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
