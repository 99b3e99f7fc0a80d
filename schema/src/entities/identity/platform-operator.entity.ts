import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { newId } from '../../ids.js';

/**
 * An operator of the whole platform, bound to no tenant. Not tenant-owned: the table is
 * visible only inside platform-scoped transactions (row-level security on `app.scope`), and
 * the operator reaches tenant data only through explicit operator APIs.
 */
@Entity({ tableName: 'platform_operator' })
export class PlatformOperator {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'platform_operator_login_name_unique' })
  loginName!: string;

  @Property({ type: 'string', length: 64 })
  displayName!: string;

  @Property({ type: 'string', length: 255, lazy: true })
  passwordHash!: string;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
