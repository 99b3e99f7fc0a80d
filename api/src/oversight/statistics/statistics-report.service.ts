import { Injectable } from '@nestjs/common';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { isUuid, StatisticsReport, StatisticsReportKind, StatisticsReportState, Tenant, type TenantContext } from '@zhengcai/schema';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { AppError } from '../../platform/errors/app-error.js';
import { domainEvent } from '../../platform/jobs/job-catalogue.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { previousMonth, reportPeriod } from './statistics-period.js';
import { StatisticsService } from './statistics.service.js';
import { reportWorkbook } from './statistics-workbook.js';

export interface StatisticsReportView {
  id: string;
  kind: StatisticsReportKind;
  period: string;
  state: StatisticsReportState;
  requestedBy: string | null;
  generatedAt: Date | null;
  fileName: string | null;
  createdAt: Date;
}

const toView = (r: StatisticsReport): StatisticsReportView => ({
  id: r.id, kind: r.kind, period: r.period, state: r.state, requestedBy: r.requestedBy ?? null,
  generatedAt: r.generatedAt ?? null, fileName: r.fileName ?? null, createdAt: r.createdAt,
});

const fileNameOf = (kind: StatisticsReportKind, period: string) => (kind === StatisticsReportKind.Year ? `政府采购统计年报-${period}.xlsx` : `政府采购统计月报-${period}.xlsx`);

/** Reports are the tenant's record, written in its own language whoever asked. */
const REPORT_LOCALE = 'zh-CN' as const;

/**
 * Monthly and annual statistics reports: one row per tenant and period. The schedule creates
 * and generates each once; a request (re)sets it to pending and the workers regenerate it,
 * replacing the file.
 */
@Injectable()
export class StatisticsReportService {
  constructor(
    private readonly db: TenantDb,
    private readonly figures: StatisticsService,
  ) {}

  list(ctx: TenantContext): Promise<StatisticsReportView[]> {
    return this.db.transaction(ctx, async (em) => (await em.find(StatisticsReport, {}, { orderBy: { period: 'desc', kind: 'asc' }, limit: 200 })).map(toView));
  }

  /** Finance asks for a report (again): it goes back to pending and the workers generate it. */
  request(ctx: TenantContext, input: { kind: StatisticsReportKind; period: string }): Promise<StatisticsReportView> {
    reportPeriod(input.kind, input.period);
    return this.db.transaction(ctx, async (em, tx) => {
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      const today = localDateOf(new Date(), tenant.timeZone);
      const first = input.kind === StatisticsReportKind.Year ? `${input.period}-01-01` : `${input.period}-01`;
      if (first > today) throw new AppError('STATISTICS_PERIOD_NOT_STARTED', { field: 'input.period', period: input.period });
      const id = await upsertPending(em, ctx.tenantId, input.kind, input.period, ctx.userId ?? null, true);
      const report = await em.findOneOrFail(StatisticsReport, { id });
      tx.audit({ action: 'oversight.statistics-report.request', subjectType: 'statistics_report', subjectId: id, change: { kind: input.kind, period: input.period } });
      tx.publish(domainEvent('oversight.statistics-report.requested', { reportId: id }));
      return toView(report);
    });
  }

  /** The report's .xlsx; refused while it is being generated. */
  file(ctx: TenantContext, id: string): Promise<{ fileName: string; contentBase64: string }> {
    return this.db.transaction(ctx, async (em) => {
      const report = isUuid(id) ? await em.findOne(StatisticsReport, { id }, { populate: ['contentBase64'] }) : null;
      if (!report) throw new AppError('STATISTICS_REPORT_NOT_FOUND');
      if (report.state !== StatisticsReportState.Ready || !report.contentBase64) throw new AppError('STATISTICS_REPORT_NOT_READY');
      return { fileName: report.fileName ?? fileNameOf(report.kind, report.period), contentBase64: report.contentBase64 };
    });
  }

  /**
   * The schedule's run: the previous month's report, and in January the previous year's, each
   * created and generated once; a report that already exists is left as it is.
   */
  async generateScheduled(ctx: TenantContext, asOf: Date): Promise<string[]> {
    const due = await this.db.transaction(ctx, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: ctx.tenantId });
      const today = localDateOf(asOf, tenant.timeZone);
      const { month, year } = previousMonth(today);
      const periods: { kind: StatisticsReportKind; period: string }[] = [{ kind: StatisticsReportKind.Month, period: month }];
      if (today.slice(5, 7) === '01') periods.push({ kind: StatisticsReportKind.Year, period: year });
      const ids: string[] = [];
      for (const p of periods) ids.push(await upsertPending(em, ctx.tenantId, p.kind, p.period, null, false));
      return ids;
    });
    const generated: string[] = [];
    for (const id of due) if (await this.generate(ctx, id)) generated.push(id);
    return generated;
  }

  /** Generates a pending report; false when it is ready already (a second delivery) or gone. */
  async generate(ctx: TenantContext, id: string): Promise<boolean> {
    const report = await this.db.transaction(ctx, (em) => em.findOne(StatisticsReport, { id }));
    if (!report || report.state !== StatisticsReportState.Pending) return false;
    const reportCtx = { ...ctx, locale: REPORT_LOCALE };
    const figures = await this.figures.all(reportCtx, reportPeriod(report.kind, report.period));
    const content = (await reportWorkbook(figures, REPORT_LOCALE)).toString('base64');
    return this.db.transaction(ctx, async (em, tx) => {
      // Locked: two deliveries write the file once; the second finds it ready.
      const row = await em.findOne(StatisticsReport, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row || row.state !== StatisticsReportState.Pending) return false;
      row.state = StatisticsReportState.Ready;
      row.contentBase64 = content;
      row.fileName = fileNameOf(row.kind, row.period);
      row.generatedAt = new Date();
      row.updatedAt = new Date();
      tx.audit({ action: 'oversight.statistics-report.generate', subjectType: 'statistics_report', subjectId: id, change: { kind: row.kind, period: row.period, bytes: content.length } });
      return true;
    });
  }
}

/** The report's row for a period, created pending; with `reset`, an existing one goes back to pending. */
async function upsertPending(em: EntityManager, tenantId: string, kind: StatisticsReportKind, period: string, requestedBy: string | null, reset: boolean): Promise<string> {
  const [row] = await em.execute<{ id: string }[]>(
    `insert into statistics_report (id, tenant_id, kind, period, state, requested_by)
     values (gen_random_uuid(), ?, ?::statistics_report_kind, ?, 'pending', ?)
     on conflict (tenant_id, kind, period) do update set
       state = case when ? then 'pending'::statistics_report_state else statistics_report.state end,
       requested_by = case when ? then excluded.requested_by else statistics_report.requested_by end,
       updated_at = now()
     returning id`,
    [tenantId, kind, period, requestedBy, reset, reset],
  );
  return row.id;
}
