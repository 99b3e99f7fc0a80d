import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { newId } from '../../ids.js';

/** A province deploying the platform. Not tenant-owned: it *is* the tenant. */
@Entity({ tableName: 'tenant' })
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** GB/T 2260 province code, e.g. 330000 for 浙江. */
  @Property({ type: 'string', length: 6 })
  @Unique({ name: 'tenant_code_unique' })
  code!: string;

  /** Short name used as the host-name label, e.g. `zj` in zj.example.gov.cn. */
  @Property({ type: 'string', length: 32 })
  @Unique({ name: 'tenant_slug_unique' })
  slug!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'string', length: 64 })
  timeZone: Opt<string> = 'Asia/Shanghai';

  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'CNY';

  /** Overrides of the national defaults; read through parseTenantSettings. */
  @Property({ type: 'jsonb' })
  settings: Opt<Record<string, unknown>> = {};

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
