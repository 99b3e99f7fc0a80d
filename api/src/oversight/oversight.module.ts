import { Module, type OnModuleInit } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { BidGateRegistry } from '../tender/bid-gate.js';
import { TenderModule } from '../tender/tender.module.js';
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
import { IntegrityAppeals } from './integrity/integrity-appeals.service.js';
import { IntegrityBidGate } from './integrity/integrity-bid-gate.js';
import { IntegrityPenalties } from './integrity/integrity-penalties.service.js';
import { IntegrityPenaltyImport } from './integrity/integrity-penalty-import.js';
import { IntegrityQueries } from './integrity/integrity-queries.service.js';
import { IntegrityRecorder } from './integrity/integrity-recorder.js';
import { IntegritySources } from './integrity/integrity-sources.js';
import { IntegrityStandings } from './integrity/integrity-standings.js';

/** One service per line: parallel work merges cleanly. */
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
  IntegrityRecorder,
  IntegrityStandings,
  IntegritySources,
  IntegrityQueries,
  IntegrityAppeals,
  IntegrityPenalties,
  IntegrityPenaltyImport,
  IntegrityBidGate,
];

/** Oversight (监管): price inspection of the e-mall catalogue and supplier integrity, shared by the API and the workers. */
@Module({
  imports: [CatalogModule, TenderModule],
  providers: [...SERVICES, { provide: ReferencePriceFeed, useClass: HttpReferencePriceFeed }],
  exports: [...SERVICES, ReferencePriceFeed],
})
export class OversightModule implements OnModuleInit {
  constructor(
    private readonly gates: BidGateRegistry,
    private readonly integrityGate: IntegrityBidGate,
  ) {}

  onModuleInit(): void {
    this.gates.register(this.integrityGate);
  }
}
