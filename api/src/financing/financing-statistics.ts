import { Injectable } from '@nestjs/common';
import { FinancingState, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { parsePeriod } from '../oversight/statistics/statistics-period.js';

export interface FinancingStatusFigure { state: FinancingState; count: number; amountFen: bigint; lenderAmountFen: bigint }
export interface FinancingMonth { month: string; byState: FinancingStatusFigure[] }

const STATES = Object.values(FinancingState);

/**
 * The finance dashboards' financing figures: applications by month of application and by
 * their lender status now, with the amounts requested and approved/disbursed.
 */
@Injectable()
export class FinancingStatistics {
  constructor(private readonly db: TenantDb) {}

  byMonth(ctx: TenantContext, period: { from: string; to: string }): Promise<FinancingMonth[]> {
    const p = parsePeriod(period);
    return this.db.snapshot(ctx, async (em) => {
      const tz = (await em.findOneOrFail(Tenant, { id: ctx.tenantId })).timeZone;
      const rows = await em.execute<{ month: string; state: FinancingState; n: string; amount: string; lender: string }[]>(
        `select to_char(created_at at time zone ?, 'YYYY-MM') as month, state, count(*) as n, sum(amount_fen) as amount, sum(coalesce(lender_amount_fen, 0)) as lender
           from financing_application
          where created_at >= ((?::text || '-01')::date::timestamp at time zone ?)
            and created_at < (((?::text || '-01')::date + interval '1 month')::timestamp at time zone ?)
          group by 1, 2`,
        [tz, p.from, tz, p.to, tz],
      );
      return p.months.map((month) => ({
        month,
        byState: STATES.map((state) => {
          const r = rows.find((x) => x.month === month && x.state === state);
          return { state, count: Number(r?.n ?? 0), amountFen: BigInt(r?.amount ?? 0), lenderAmountFen: BigInt(r?.lender ?? 0) };
        }),
      }));
    });
  }
}
