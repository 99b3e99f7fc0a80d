import { Injectable } from '@nestjs/common';
import { Organisation, Tenant, UserAccount } from '@zhengcai/schema';
import { TenantDb } from '../../database/tenant-db.js';
import { PLATFORM_OPERATOR } from '../access.decorators.js';

export interface TenantOverview {
  readonly id: string;
  readonly code: string;
  readonly slug: string;
  readonly name: string;
  readonly organisations: number;
  readonly users: number;
}

/**
 * The platform operator's one window across tenants: each tenant's figures are read in that
 * tenant's own transaction, so row-level security is never bypassed, only crossed openly.
 */
@Injectable()
export class TenantOverviewService {
  constructor(private readonly db: TenantDb) {}

  async list(operatorId: string, requestId: string): Promise<TenantOverview[]> {
    const tenants = await this.db.publicRead((em) => em.find(Tenant, {}, { orderBy: { code: 'asc' } }));
    const result: TenantOverview[] = [];
    for (const t of tenants) {
      const ctx = { tenantId: t.id, tenantCode: t.code, locale: 'zh-CN' as const, userId: operatorId, roles: [PLATFORM_OPERATOR], requestId };
      const [organisations, users] = await this.db.transaction(ctx, async (em) => [await em.count(Organisation, {}), await em.count(UserAccount, {})]);
      result.push({ id: t.id, code: t.code, slug: t.slug, name: t.name, organisations, users });
    }
    return result;
  }
}
