import { Module } from '@nestjs/common';
import { InspectionResolver } from './inspection/inspection.resolver.js';
import { PriceFindingResolver } from './inspection/price-finding.resolver.js';
import { ReferenceImportResolver } from './inspection/reference-import.resolver.js';
import { IntegrityResolver } from './integrity/integrity.resolver.js';
import { IntegrityPenaltyImportResolver } from './integrity/integrity-penalty-import.resolver.js';
import { OversightModule } from './oversight.module.js';
import { ComplianceSignalResolver } from './signals/compliance-signal.resolver.js';
import { StatisticsReportResolver } from './statistics/statistics-report.resolver.js';
import { StatisticsResolver } from './statistics/statistics.resolver.js';

/** The GraphQL face of oversight; only the API loads it. */
@Module({
  imports: [OversightModule],
  providers: [
    InspectionResolver,
    PriceFindingResolver,
    ReferenceImportResolver,
    ComplianceSignalResolver,
    StatisticsResolver,
    StatisticsReportResolver,
    IntegrityResolver,
    IntegrityPenaltyImportResolver,
  ],
})
export class OversightApiModule {}
