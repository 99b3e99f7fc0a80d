import { Injectable } from '@nestjs/common';
import { Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';

export interface KnownTenant {
  readonly id: string;
  readonly code: string;
  readonly timeZone: string;
}

/** Roles of work the platform does on its own, not on behalf of a signed-in user. */
export const SYSTEM_ROLES: readonly string[] = ['system'];

/**
 * Tenant contexts for background work, rebuilt from a tenant id. Reads the tenant table
 * (public) directly rather than a cache: a job for a tenant created a moment ago must not fail.
 */
@Injectable()
export class SystemContexts {
  constructor(private readonly db: TenantDb) {}

  async forTenant(tenantId: string, requestId: string): Promise<TenantContext | undefined> {
    const tenant = await this.db.publicRead((em) => em.findOne(Tenant, { id: tenantId }, { fields: ['id', 'code'] }));
    if (!tenant) return undefined;
    return { tenantId: tenant.id, tenantCode: tenant.code, locale: 'zh-CN', roles: SYSTEM_ROLES, requestId: requestId.slice(0, 64) };
  }

  async tenants(): Promise<KnownTenant[]> {
    const rows = await this.db.publicRead((em) => em.find(Tenant, {}, { fields: ['id', 'code', 'timeZone'], orderBy: { code: 'asc' } }));
    return rows.map((t) => ({ id: t.id, code: t.code, timeZone: t.timeZone }));
  }
}
