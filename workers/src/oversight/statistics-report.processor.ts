import { Injectable } from '@nestjs/common';
import type { JobPayload } from '@zhengcai/api/platform/jobs/job-catalogue';
import { StatisticsReportService } from '@zhengcai/api/oversight/statistics/statistics-report.service';
import { type OwnCommitProcessor, type OwnCommitWork, ProcessesJob } from '../runtime/job-processor.js';

type Payload = JobPayload<'oversight.generate-statistics-report'>;

/**
 * Statistics reports. The figures are read in their own snapshot and the file is written in its
 * own transaction under a row lock, so the job holds no transaction of its own; a
 * second delivery finds the report ready and does nothing.
 */
@Injectable()
@ProcessesJob('oversight.generate-statistics-report', { commits: 'own' })
export class GenerateStatisticsReportProcessor implements OwnCommitProcessor<Payload> {
  constructor(private readonly reports: StatisticsReportService) {}

  async process({ ctx, payload }: OwnCommitWork<Payload>) {
    if (payload.reportId) return { generated: (await this.reports.generate(ctx, payload.reportId)) ? [payload.reportId] : [] };
    return { generated: await this.reports.generateScheduled(ctx, payload.asOf ? new Date(payload.asOf) : new Date()) };
  }
}
