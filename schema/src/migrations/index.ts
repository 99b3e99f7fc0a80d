import type { MigrationObject } from '@mikro-orm/core';
import { TenancyMigration } from './20261123000000-tenancy.js';
import { AuditMigration } from './20261123010000-audit.js';
import { OutboxMigration } from './20261123020000-outbox.js';
import { IdentityMigration } from './20261123030000-identity.js';
import { TenantAdminMigration } from './20261123040000-tenant-admin.js';
import { CatalogMigration } from './20261123050000-catalog.js';
import { SearchMigration } from './20261123060000-search.js';
import { RefreshTokenPruningMigration } from './20261123070000-refresh-token-pruning.js';
import { ListingUploadRowsMigration } from './20261123073000-listing-upload-rows.js';
import { MallMigration } from './20261123080000-mall.js';
import { PaymentsMigration } from './20261123090000-payments.js';
import { TenderMigration } from './20261123100000-tender.js';
import { TenderNoticesMigration } from './20261123101000-tender-notices.js';
import { SealedBidsMigration } from './20261123102000-sealed-bids.js';
import { EvaluationMigration } from './20261123103000-evaluation.js';
import { AwardMigration } from './20261123104000-award.js';
import { DepositsMigration } from './20261123105000-deposits.js';
import { PriceInspectionMigration } from './20261124110000-price-inspection.js';
import { DepositTransferReturnMigration } from './20261124120000-deposit-transfer-return.js';
import { IntegrityMigration } from './20261124130000-integrity.js';

/** Applied in this order; never edit one that has been committed, add a new one. */
export const MIGRATIONS: MigrationObject[] = [
  { name: '20261123000000-tenancy', class: TenancyMigration },
  { name: '20261123010000-audit', class: AuditMigration },
  { name: '20261123020000-outbox', class: OutboxMigration },
  { name: '20261123030000-identity', class: IdentityMigration },
  { name: '20261123040000-tenant-admin', class: TenantAdminMigration },
  { name: '20261123050000-catalog', class: CatalogMigration },
  { name: '20261123060000-search', class: SearchMigration },
  { name: '20261123070000-refresh-token-pruning', class: RefreshTokenPruningMigration },
  { name: '20261123073000-listing-upload-rows', class: ListingUploadRowsMigration },
  { name: '20261123080000-mall', class: MallMigration },
  { name: '20261123090000-payments', class: PaymentsMigration },
  { name: '20261123100000-tender', class: TenderMigration },
  { name: '20261123101000-tender-notices', class: TenderNoticesMigration },
  { name: '20261123102000-sealed-bids', class: SealedBidsMigration },
  { name: '20261123103000-evaluation', class: EvaluationMigration },
  { name: '20261123104000-award', class: AwardMigration },
  { name: '20261123105000-deposits', class: DepositsMigration },
  { name: '20261124110000-price-inspection', class: PriceInspectionMigration },
  { name: '20261124120000-deposit-transfer-return', class: DepositTransferReturnMigration },
  { name: '20261124130000-integrity', class: IntegrityMigration },
];
