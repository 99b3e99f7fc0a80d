import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { FileDownloadType } from '../../catalog/bulk-upload/listing-upload.types.js';
import { XLSX_MIME } from '../../catalog/bulk-upload/upload-template.js';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import type { SpendingDimension } from './statistics-sql.js';
import { type FigureSheet, figureTable, figureWorkbook } from './statistics-workbook.js';
import { StatisticsService } from './statistics.service.js';
import {
  CompetitionStatisticsType, ConcentrationStatisticsType, InspectionStatisticsType, IntegrityBandStatisticsType, PolicyShareStatisticsType, SavingsStatisticsType, SignalStatisticsType,
  SpendingDimensionEnum, SpendingStatisticsType, type StatisticsFigure, StatisticsFigureEnum, StatisticsFilterInput, StatisticsPeriodInput,
} from './statistics.types.js';
import { toCompetition, toConcentration, toInspection, toIntegrityBands, toPolicy, toSavings, toSignals, toSpending } from './statistics-graphql.js';

/** The finance department reads the figures; the platform operator runs the province's platform and may too. */
const READERS = [Role.Finance, Role.TenantOperator];
const periodArg = () => Args('period', { type: () => StatisticsPeriodInput });
const filterArg = () => Args('filter', { type: () => StatisticsFilterInput, nullable: true });

@Resolver()
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Roles(...READERS)
  @Query(() => SpendingStatisticsType, { description: 'Spending per month by method, category, unit or supplier.' })
  async spendingStatistics(@CurrentTenant() ctx: TenantContext, @periodArg() period: StatisticsPeriodInput, @Args('by', { type: () => SpendingDimensionEnum }) by: SpendingDimension, @filterArg() filter?: StatisticsFilterInput | null) {
    return toSpending(await this.statistics.spending(ctx, period, filter, by));
  }

  @Roles(...READERS)
  @Query(() => SavingsStatisticsType, { description: 'Savings rate of tender lots with a signed contract: (budget − contract price) ÷ budget.' })
  async savingsStatistics(@CurrentTenant() ctx: TenantContext, @periodArg() period: StatisticsPeriodInput, @filterArg() filter?: StatisticsFilterInput | null) {
    return toSavings(await this.statistics.savings(ctx, period, filter));
  }

  @Roles(...READERS)
  @Query(() => PolicyShareStatisticsType, { description: 'Shares of spending that served policy functions: green, SME (against its reserved share target), 首台套, rural.' })
  async policyShareStatistics(@CurrentTenant() ctx: TenantContext, @periodArg() period: StatisticsPeriodInput, @filterArg() filter?: StatisticsFilterInput | null) {
    return toPolicy(await this.statistics.policy(ctx, period, filter));
  }

  @Roles(...READERS)
  @Query(() => ConcentrationStatisticsType, { description: 'Market concentration (HHI) of suppliers per category over the period.' })
  async concentrationStatistics(@CurrentTenant() ctx: TenantContext, @periodArg() period: StatisticsPeriodInput, @filterArg() filter?: StatisticsFilterInput | null) {
    return toConcentration(await this.statistics.concentration(ctx, period, filter));
  }

  @Roles(...READERS)
  @Query(() => CompetitionStatisticsType, { description: 'Valid bids per opened lot, and suppliers taking part, per month.' })
  async competitionStatistics(@CurrentTenant() ctx: TenantContext, @periodArg() period: StatisticsPeriodInput, @filterArg() filter?: StatisticsFilterInput | null) {
    return toCompetition(await this.statistics.competition(ctx, period, filter));
  }

  @Roles(...READERS)
  @Query(() => InspectionStatisticsType, { description: 'Price inspection findings per month by outcome.' })
  async inspectionStatistics(@CurrentTenant() ctx: TenantContext, @periodArg() period: StatisticsPeriodInput, @filterArg() filter?: StatisticsFilterInput | null) {
    return toInspection(await this.statistics.inspection(ctx, period, filter));
  }

  @Roles(...READERS)
  @Query(() => IntegrityBandStatisticsType, { description: 'Suppliers per integrity band now and at each month end. Filters do not apply.' })
  async integrityBandStatistics(@CurrentTenant() ctx: TenantContext, @periodArg() period: StatisticsPeriodInput) {
    return toIntegrityBands(await this.statistics.integrity(ctx, period));
  }

  @Roles(...READERS)
  @Query(() => SignalStatisticsType, { description: 'Compliance signals raised per month by kind and state, and all signals by state now. Filters do not apply.' })
  async signalStatistics(@CurrentTenant() ctx: TenantContext, @periodArg() period: StatisticsPeriodInput) {
    return toSignals(await this.statistics.signals(ctx, period));
  }

  @Roles(...READERS)
  @Query(() => FileDownloadType, { description: "One figure as an .xlsx: the same rows as the figure's table. `by` is required for SPENDING." })
  async statisticsExport(
    @CurrentTenant() ctx: TenantContext,
    @Args('figure', { type: () => StatisticsFigureEnum }) figure: StatisticsFigure,
    @periodArg() period: StatisticsPeriodInput,
    @filterArg() filter?: StatisticsFilterInput | null,
    @Args('by', { type: () => SpendingDimensionEnum, nullable: true }) by?: SpendingDimension | null,
  ) {
    const sheet = await this.sheet(ctx, figure, period, filter, by ?? 'method');
    const content = await figureWorkbook(sheet, ctx.locale);
    const title = figureTable(sheet, ctx.locale).title;
    return { fileName: `${title}-${period.from}-${period.to}.xlsx`, mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
  }

  private async sheet(ctx: TenantContext, figure: StatisticsFigure, period: StatisticsPeriodInput, filter: StatisticsFilterInput | null | undefined, by: SpendingDimension): Promise<FigureSheet> {
    switch (figure) {
      case 'spending': return { figure, view: await this.statistics.spending(ctx, period, filter, by) };
      case 'savings': return { figure, view: await this.statistics.savings(ctx, period, filter) };
      case 'policy': return { figure, view: await this.statistics.policy(ctx, period, filter) };
      case 'concentration': return { figure, view: await this.statistics.concentration(ctx, period, filter) };
      case 'competition': return { figure, view: await this.statistics.competition(ctx, period, filter) };
      case 'inspection': return { figure, view: await this.statistics.inspection(ctx, period, filter) };
      case 'integrity': return { figure, view: await this.statistics.integrity(ctx, period) };
      case 'signals': return { figure, view: await this.statistics.signals(ctx, period) };
    }
  }
}
