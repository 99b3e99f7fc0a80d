import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, type TenantContext } from '@zhengcai/schema';
import { type LocalDate, localDateOf } from '../platform/calendar/local-date.js';

/** Today's date in the tenant's time zone: certificates are valid through their last local day. */
export async function tenantToday(em: EntityManager, ctx: TenantContext, now = new Date()): Promise<LocalDate> {
  const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
  return localDateOf(now, tenant.timeZone);
}
