import { formatYuan, type TenantSettings } from '@zhengcai/schema';
import { AppError } from '../../platform/errors/app-error.js';

/** The procurement route an amount above the one-click limit must take (DOMAIN.md). */
export type PurchaseRoute = 'ONLINE_INQUIRY' | 'NON_TENDER_METHODS' | 'PUBLIC_TENDER';

export function requiredRoute(totalFen: bigint, routes: TenantSettings['purchaseRoutes']): PurchaseRoute {
  if (totalFen <= BigInt(routes.mallSourcingMaxFen)) return 'ONLINE_INQUIRY';
  if (totalFen < BigInt(routes.publicTenderMinFen)) return 'NON_TENDER_METHODS';
  return 'PUBLIC_TENDER';
}

/** Refuses an order above the one-click limit, naming the route it must take and the limit. */
export function checkDirectOrderLimit(totalFen: bigint, routes: TenantSettings['purchaseRoutes'], field: string): void {
  const limit = BigInt(routes.directOrderMaxFen);
  if (totalFen <= limit) return;
  const route = requiredRoute(totalFen, routes);
  throw new AppError('ORDER_OVER_DIRECT_LIMIT', { total: formatYuan(totalFen), limit: formatYuan(limit), route, field }, { requiredRoute: route, limit: formatYuan(limit) });
}
