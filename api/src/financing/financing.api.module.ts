import { Module } from '@nestjs/common';
import { FinancingNoticeController } from './financing-notice.controller.js';
import { TenancyModule } from '../platform/tenancy/tenancy.module.js';
import { FinancingModule } from './financing.module.js';
import { FinancingResolver } from './financing.resolver.js';
import { FinancingStatisticsResolver } from './financing-statistics.resolver.js';
import { LenderResolver } from './lender.resolver.js';

/** The GraphQL and lender-notice faces of financing; only the API loads it. */
@Module({
  imports: [FinancingModule, TenancyModule],
  providers: [
    FinancingResolver,
    LenderResolver,
    FinancingStatisticsResolver,
  ],
  controllers: [FinancingNoticeController],
})
export class FinancingApiModule {}
