import { Injectable } from '@nestjs/common';
import { parseTenantSettings, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../database/tenant-db.js';
import { type Connection, decodeCursor, type PageRequest, pageSize, toConnection } from '../pagination/keyset.js';
import type { TenantDetail, TenantSummary } from './tenant.types.js';

function toSummary(t: Tenant): TenantSummary {
  return { id: t.id, code: t.code, slug: t.slug, name: t.name };
}

@Injectable()
export class TenantService {
  constructor(private readonly db: TenantDb) {}

  /** The public list of provinces, by code. */
  listPublic(page: PageRequest): Promise<Connection<TenantSummary>> {
    const first = pageSize(page);
    const after = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
    return this.db.publicRead(async (em) => {
      const rows = await em.find(Tenant, after ? { code: { $gt: after } } : {}, { orderBy: { code: 'asc' }, limit: first + 1 });
      return toConnection(rows, first, (t) => [t.code], toSummary);
    });
  }

  /** The acting tenant with its effective rules (stored overrides over national defaults). */
  detail(ctx: TenantContext): Promise<TenantDetail> {
    return this.db.transaction(ctx, async (em) => {
      const t = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      const s = parseTenantSettings(t.settings);
      return {
        ...toSummary(t),
        timeZone: t.timeZone,
        currency: t.currency,
        settings: {
          ...s,
          purchaseRoutes: {
            directOrderMax: BigInt(s.purchaseRoutes.directOrderMaxFen),
            mallSourcingMax: BigInt(s.purchaseRoutes.mallSourcingMaxFen),
            publicTenderMin: BigInt(s.purchaseRoutes.publicTenderMinFen),
          },
          financing: { minOrder: BigInt(s.financing.minOrderFen) },
        },
      };
    });
  }
}
