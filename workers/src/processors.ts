import type { Type } from '@nestjs/common';
import { ImportListingUploadProcessor } from './catalog/import-listing-upload.processor.js';
import { HousekeepingProcessor } from './maintenance/housekeeping.processor.js';
import { IndexListingProcessor } from './search/index-listing.processor.js';
import { PaymentsReconcileProcessor } from './payments/reconcile.processor.js';
import { RankTenantProcessor } from './search/rank-tenant.processor.js';
import { RetokeniseTenantProcessor } from './search/retokenise-tenant.processor.js';
import { FulfilmentFactProcessor } from './mall/fulfilment-fact.processor.js';
import { OrderDeadlinesProcessor } from './mall/order-deadlines.processor.js';
import { ConcludeOpeningsProcessor } from './tender/conclude-openings.processor.js';
import { MissedDeadlinesProcessor } from './tender/missed-deadlines.processor.js';
import { TenderDeadlinesProcessor } from './tender/tender-deadlines.processor.js';
import { ApplyTenderOutcomeProcessor, SweepDepositRefundsProcessor } from './deposits/refunds.processor.js';
import { DetectCollusionProcessor, DetectOrderSplittingProcessor } from './oversight/compliance-signals.processor.js';
import { RecomputeSupplierIntegrityProcessor, RecomputeTenantIntegrityProcessor, RecordDepositForfeitureProcessor, RecordOrderStepProcessor, RecordTenderConductProcessor } from './oversight/integrity.processor.js';
import { InspectCatalogProcessor, InspectListingProcessor, RecordPriceOffenceProcessor, SweepPriceFindingsProcessor } from './oversight/price-inspection.processor.js';
import { GenerateStatisticsReportProcessor } from './oversight/statistics-report.processor.js';
import { SettleAuctionProcessor, SweepAuctionsProcessor } from './sourcing/auctions.processor.js';
import { CloseInquiriesProcessor, SyncInvitationsProcessor } from './sourcing/inquiries.processor.js';
import { DeliverFinancingApplicationProcessor } from './financing/deliver-application.processor.js';
import { DeliverNotificationProcessor, DispatchNotificationsProcessor, SendRemindersProcessor } from './notifications/notifications.processor.js';

/** Every job processor of the product; each handles one job of the catalogue. */
export const PRODUCT_PROCESSORS: Type[] = [
  HousekeepingProcessor, RankTenantProcessor, RetokeniseTenantProcessor, IndexListingProcessor, ImportListingUploadProcessor, PaymentsReconcileProcessor,
  OrderDeadlinesProcessor, FulfilmentFactProcessor,
  ConcludeOpeningsProcessor,
  MissedDeadlinesProcessor,
  TenderDeadlinesProcessor,
  ApplyTenderOutcomeProcessor, SweepDepositRefundsProcessor,
  InspectCatalogProcessor, InspectListingProcessor, SweepPriceFindingsProcessor, RecordPriceOffenceProcessor,
  DetectOrderSplittingProcessor, DetectCollusionProcessor,
  GenerateStatisticsReportProcessor,
  RecomputeSupplierIntegrityProcessor, RecomputeTenantIntegrityProcessor, RecordOrderStepProcessor, RecordDepositForfeitureProcessor, RecordTenderConductProcessor,
  SweepAuctionsProcessor, SettleAuctionProcessor,
  CloseInquiriesProcessor, SyncInvitationsProcessor,
  DispatchNotificationsProcessor, DeliverNotificationProcessor, SendRemindersProcessor,
  DeliverFinancingApplicationProcessor,
];
