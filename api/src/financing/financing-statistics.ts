import { Injectable } from '@nestjs/common';
import { Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { parsePeriod } from '../oversight/statistics/statistics-period.js';
import { financingRows } from '../oversight/statistics/statistics-sql.js';
import { type FinancingMonth, financingView } from '../oversight/statistics/statistics-views.js';

export type { FinancingMonth, FinancingStatusFigure } from '../oversight/statistics/statistics-views.js';

/**
 * The finance dashboards' financing figures: applications by month of application and by
 * their lender status now, with the amounts requested and approved/disbursed (the same
 * figures as the report's 合同融资 sheet).
 */
@Injectable()
export class FinancingStatistics {
  constructor(private readonly db: TenantDb) {}

  byMonth(ctx: TenantContext, period: { from: string; to: string }): Promise<FinancingMonth[]> {
    const p = parsePeriod(period);
    return this.db.snapshot(ctx, async (em) => {
      const timeZone = (await em.findOneOrFail(Tenant, { id: ctx.tenantId }, { fields: ['timeZone'] })).timeZone;
      const scope = { tenantId: ctx.tenantId, timeZone, from: p.from, to: p.to, unitId: null, categoryCode: null };
      return financingView(await financingRows(em, scope), p.months).rows;
    });
  }
}
