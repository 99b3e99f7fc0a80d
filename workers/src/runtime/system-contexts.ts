import { Injectable } from '@nestjs/common';
import { type AppConfig, Tenant, type TenantContext } from '@zhengcai/schema';
import { InjectConfig } from '@zhengcai/api/platform/config/config.module';
import { TenantDb } from '@zhengcai/api/platform/database/tenant-db';
import { tenantScope } from './tenant-scope.js';

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
  private readonly inScope: (slug: string) => boolean;
  private readonly scoped: boolean;

  constructor(
    private readonly db: TenantDb,
    @InjectConfig() config: AppConfig,
  ) {
    this.inScope = tenantScope(config.WORKER_TENANTS);
    this.scoped = !!config.WORKER_TENANTS;
  }

  async forTenant(tenantId: string, requestId: string): Promise<TenantContext | undefined> {
    const tenant = await this.db.publicRead((em) => em.findOne(Tenant, { id: tenantId }, { fields: ['id', 'code'] }));
    if (!tenant) return undefined;
    return { tenantId: tenant.id, tenantCode: tenant.code, locale: 'zh-CN', roles: SYSTEM_ROLES, requestId: requestId.slice(0, 64) };
  }

  /** The provinces this process serves (WORKER_TENANTS): the ones its sweeps and schedules walk. */
  async tenants(): Promise<KnownTenant[]> {
    const rows = await this.db.publicRead((em) => em.find(Tenant, {}, { fields: ['id', 'code', 'slug', 'timeZone'], orderBy: { code: 'asc' } }));
    return rows.filter((t) => this.inScope(t.slug)).map((t) => ({ id: t.id, code: t.code, timeZone: t.timeZone }));
  }

  /** Whether a tenant is one this process serves; an unknown tenant is not. */
  async serves(tenantId: string): Promise<boolean> {
    // Every outbox NOTIFY asks: a pool serving every province need not read the tenant.
    if (!this.scoped) return true;
    const tenant = await this.db.publicRead((em) => em.findOne(Tenant, { id: tenantId }, { fields: ['id', 'slug'] }));
    return tenant !== null && this.inScope(tenant.slug);
  }
}
