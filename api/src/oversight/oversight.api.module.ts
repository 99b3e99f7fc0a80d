import { Module } from '@nestjs/common';
import { InspectionResolver } from './inspection/inspection.resolver.js';
import { PriceFindingResolver } from './inspection/price-finding.resolver.js';
import { ReferenceImportResolver } from './inspection/reference-import.resolver.js';
import { IntegrityResolver } from './integrity/integrity.resolver.js';
import { OversightModule } from './oversight.module.js';

/** The GraphQL face of oversight; only the API loads it. */
@Module({
  imports: [OversightModule],
  providers: [
    InspectionResolver,
    PriceFindingResolver,
    ReferenceImportResolver,
    IntegrityResolver,
  ],
})
export class OversightApiModule {}
