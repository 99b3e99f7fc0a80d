import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { FileDownloadType } from '../../catalog/bulk-upload/listing-upload.types.js';
import { XLSX_MIME } from '../../catalog/bulk-upload/upload-template.js';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { StatisticsReportService } from './statistics-report.service.js';
import { RequestStatisticsReportInput, StatisticsReportType } from './statistics.types.js';

@Resolver(() => StatisticsReportType)
export class StatisticsReportResolver {
  constructor(private readonly reports: StatisticsReportService) {}

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => [StatisticsReportType], { description: 'Monthly and annual statistics reports, newest period first.' })
  statisticsReports(@CurrentTenant() ctx: TenantContext) {
    return this.reports.list(ctx);
  }

  @Roles(Role.Finance)
  @Mutation(() => StatisticsReportType, { description: 'Generates a report (again): it is pending until the workers replace its file.' })
  requestStatisticsReport(@CurrentTenant() ctx: TenantContext, @Args('input') input: RequestStatisticsReportInput) {
    return this.reports.request(ctx, input);
  }

  @Roles(Role.Finance, Role.TenantOperator)
  @Query(() => FileDownloadType, { description: 'A ready report as .xlsx, one sheet per figure.' })
  async statisticsReportFile(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    const file = await this.reports.file(ctx, id);
    return { fileName: file.fileName, mimeType: XLSX_MIME, contentBase64: file.contentBase64 };
  }
}
