import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { InspectionService } from './inspection/inspection.service.js';
import { PriceBandService } from './inspection/price-band.service.js';
import { PriceFindingService } from './inspection/price-finding.service.js';
import { PriceFindingSweep, PriceOffences } from './inspection/price-finding-sweep.js';
import { HttpReferencePriceFeed, ReferencePriceFeed } from './inspection/reference-feed.js';
import { ReferenceImportService } from './inspection/reference-import.service.js';
import { ComplianceChecks } from './signals/compliance-checks.js';
import { ComplianceSignalService } from './signals/compliance-signal.service.js';
import { StatisticsReportService } from './statistics/statistics-report.service.js';
import { StatisticsService } from './statistics/statistics.service.js';

const SERVICES = [
  InspectionService,
  PriceBandService,
  PriceFindingService,
  PriceFindingSweep,
  PriceOffences,
  ReferenceImportService,
  ComplianceChecks,
  ComplianceSignalService,
  StatisticsService,
  StatisticsReportService,
];

/** Oversight (监管): price inspection of the e-mall catalogue, shared by the API and the workers. */
@Module({
  imports: [CatalogModule],
  providers: [...SERVICES, { provide: ReferencePriceFeed, useClass: HttpReferencePriceFeed }],
  exports: [...SERVICES, ReferencePriceFeed],
})
export class OversightModule {}
