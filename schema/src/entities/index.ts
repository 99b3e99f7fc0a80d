import { AuditChainHead } from './audit/audit-chain-head.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { OutboxEvent } from './jobs/outbox-event.entity.js';
import { ProcessedJob } from './jobs/processed-job.entity.js';
import { CalendarDay } from './tenancy/calendar-day.entity.js';
import { Tenant } from './tenancy/tenant.entity.js';
import { ExpertProfile } from './identity/expert-profile.entity.js';
import { Organisation } from './identity/organisation.entity.js';
import { PlatformOperator } from './identity/platform-operator.entity.js';
import { RefreshToken } from './identity/refresh-token.entity.js';
import { UserAccount } from './identity/user-account.entity.js';
import { SigningKey } from './identity/signing-key.entity.js';
import { Category } from './catalog/category.entity.js';
import { StandardProduct } from './catalog/standard-product.entity.js';
import { Listing } from './catalog/listing.entity.js';
import { ListingPriceChange } from './catalog/listing-price-change.entity.js';
import { ListingUpload } from './catalog/listing-upload.entity.js';
import { SearchDocumentRow } from './catalog/search-document.entity.js';
import { SearchRankingFormula } from './catalog/search-ranking-formula.entity.js';
import { SearchTerm } from './catalog/search-term.entity.js';
import { SearchCommonWord } from './catalog/search-common-word.entity.js';
import { SearchPostedWord, SearchPosting } from './catalog/search-posting.entity.js';
import { Payment } from './payments/payment.entity.js';
import { PaymentRefund } from './payments/payment-refund.entity.js';
import { PaymentNotifyLog } from './payments/payment-notify-log.entity.js';
import { PaymentSettings } from './payments/payment-settings.entity.js';
import { BudgetLine } from './mall/budget-line.entity.js';
import { BudgetMovement } from './mall/budget-movement.entity.js';
import { MallOrder } from './mall/mall-order.entity.js';
import { MallOrderLine } from './mall/mall-order-line.entity.js';
import { SourcingInquiry } from './sourcing/sourcing-inquiry.entity.js';
import { SourcingQuote } from './sourcing/sourcing-quote.entity.js';
import { SourcingInvitation } from './sourcing/sourcing-invitation.entity.js';
import { MallOrderEvent } from './mall/mall-order-event.entity.js';
import { MallIdempotencyKey } from './mall/mall-idempotency-key.entity.js';
import { MallOrderCounter } from './mall/mall-order-counter.entity.js';
import { FulfilmentFact } from './mall/fulfilment-fact.entity.js';
import { TenderProject } from './tender/tender-project.entity.js';
import { TenderLot } from './tender/tender-lot.entity.js';
import { TenderBid } from './tender/tender-bid.entity.js';
import { ExpertRelation } from './tender/expert-relation.entity.js';
import { EvaluationPanelDraw } from './tender/evaluation-panel-draw.entity.js';
import { EvaluationPanelMember } from './tender/evaluation-panel-member.entity.js';
import { EvaluationScore } from './tender/evaluation-score.entity.js';
import { ScoreDeviation } from './tender/score-deviation.entity.js';
import { TenderPlatformKey } from './tender/tender-platform-key.entity.js';
import { TenderBidSubmission } from './tender/tender-bid-submission.entity.js';
import { TenderAward } from './tender/tender-award.entity.js';
import { TenderChallenge } from './tender/tender-challenge.entity.js';
import { TenderComplaint } from './tender/tender-complaint.entity.js';
import { TenderLotSuspension } from './tender/tender-lot-suspension.entity.js';
import { TenderContract } from './tender/tender-contract.entity.js';
import { TenderDeadlineFlag } from './tender/tender-deadline-flag.entity.js';
import { TenderClarification, TenderDocument, TenderDocumentDownload, TenderProjectCounter, TenderQuestion, TenderRegistration } from './tender/tender-notice.entities.js';
import { Deposit } from './deposits/deposit.entity.js';
import { DepositRefund } from './deposits/deposit-refund.entity.js';
import { DepositTransfer } from './deposits/deposit-transfer.entity.js';
import { GuaranteeIssuer } from './deposits/guarantee-issuer.entity.js';
import { Guarantee } from './deposits/guarantee.entity.js';
import { PriceReference } from './oversight/price-reference.entity.js';
import { PriceReferenceImport } from './oversight/price-reference-import.entity.js';
import { InspectionRun } from './oversight/inspection-run.entity.js';
import { PriceFinding } from './oversight/price-finding.entity.js';
import { ComplianceSignal } from './oversight/compliance-signal.entity.js';
import { StatisticsReport } from './oversight/statistics-report.entity.js';
import { IntegrityEvent } from './oversight/integrity-event.entity.js';
import { IntegrityAppeal } from './oversight/integrity-appeal.entity.js';
import { IntegrityStanding } from './oversight/integrity-standing.entity.js';
import { IntegrityBandMonth } from './oversight/integrity-band-month.entity.js';
import { Auction } from './sourcing/auction.entity.js';
import { AuctionBid } from './sourcing/auction-bid.entity.js';
import { AuctionParticipant } from './sourcing/auction-participant.entity.js';
import { AuctionSettlement } from './sourcing/auction-settlement.entity.js';
import { Notification } from './notifications/notification.entity.js';
import { NotificationDelivery } from './notifications/notification-delivery.entity.js';
import { NotificationPreference } from './notifications/notification-preference.entity.js';
import { PushSubscription } from './notifications/push-subscription.entity.js';
import { NotificationReminder } from './notifications/notification-reminder.entity.js';
import { Lender } from './financing/lender.entity.js';
import { FinancingPlatformKey } from './financing/financing-platform-key.entity.js';
import { FinancingApplication } from './financing/financing-application.entity.js';
import { FinancingNotice } from './financing/financing-notice.entity.js';
import { PayeeAccountLock } from './financing/payee-account-lock.entity.js';

export { TenantOwned, TenantOwnedWithId, TENANT_FILTER } from './base.js';
export { Tenant } from './tenancy/tenant.entity.js';
export { CalendarDay, CalendarDayKind } from './tenancy/calendar-day.entity.js';
export { AuditEntry } from './audit/audit-entry.entity.js';
export { AuditChainHead } from './audit/audit-chain-head.entity.js';
export { OutboxEvent, OUTBOX_CHANNEL } from './jobs/outbox-event.entity.js';
export { ProcessedJob } from './jobs/processed-job.entity.js';
export { Organisation, integrityBlockOf } from './identity/organisation.entity.js';
export { UserAccount } from './identity/user-account.entity.js';
export { ExpertProfile } from './identity/expert-profile.entity.js';
export { RefreshToken } from './identity/refresh-token.entity.js';
export { PlatformOperator } from './identity/platform-operator.entity.js';
export { SigningKey } from './identity/signing-key.entity.js';
export { Category } from './catalog/category.entity.js';
export { StandardProduct } from './catalog/standard-product.entity.js';
export { Listing } from './catalog/listing.entity.js';
export { ListingPriceChange } from './catalog/listing-price-change.entity.js';
export { ListingUpload } from './catalog/listing-upload.entity.js';
export * from './catalog/catalog-enums.js';
export { SearchDocumentRow, POLICY_TAGS, type IndexedPolicyClaim } from './catalog/search-document.entity.js';
export { SearchRankingFormula } from './catalog/search-ranking-formula.entity.js';
export { SearchTerm } from './catalog/search-term.entity.js';
export { SearchCommonWord } from './catalog/search-common-word.entity.js';
export { POSTING_LOCK, SearchPostedWord, SearchPosting } from './catalog/search-posting.entity.js';
export { Payment, type PayeeAccount } from './payments/payment.entity.js';
export { PaymentRefund } from './payments/payment-refund.entity.js';
export { PaymentNotifyLog } from './payments/payment-notify-log.entity.js';
export { PaymentSettings } from './payments/payment-settings.entity.js';
export * from './payments/payment-enums.js';
export { BudgetLine } from './mall/budget-line.entity.js';
export { BudgetMovement } from './mall/budget-movement.entity.js';
export { MallOrder } from './mall/mall-order.entity.js';
export { MallOrderLine } from './mall/mall-order-line.entity.js';
export { MallOrderEvent } from './mall/mall-order-event.entity.js';
export { MallIdempotencyKey } from './mall/mall-idempotency-key.entity.js';
export { MallOrderCounter } from './mall/mall-order-counter.entity.js';
export { FulfilmentFact } from './mall/fulfilment-fact.entity.js';
export * from './mall/mall-enums.js';
export * from './sourcing/sourcing-enums.js';
export { SourcingInquiry } from './sourcing/sourcing-inquiry.entity.js';
export { SourcingQuote } from './sourcing/sourcing-quote.entity.js';
export { SourcingInvitation } from './sourcing/sourcing-invitation.entity.js';
export { TenderProject } from './tender/tender-project.entity.js';
export { TenderLot } from './tender/tender-lot.entity.js';
export { TenderBid } from './tender/tender-bid.entity.js';
export { TenderPlatformKey } from './tender/tender-platform-key.entity.js';
export { TenderBidSubmission } from './tender/tender-bid-submission.entity.js';
export { TenderClarification, TenderDocument, TenderDocumentDownload, TenderProjectCounter, TenderQuestion, TenderRegistration } from './tender/tender-notice.entities.js';
export * from './tender/tender-enums.js';
export { ExpertRelation } from './tender/expert-relation.entity.js';
export { EvaluationPanelDraw } from './tender/evaluation-panel-draw.entity.js';
export { EvaluationPanelMember } from './tender/evaluation-panel-member.entity.js';
export { EvaluationScore } from './tender/evaluation-score.entity.js';
export { ScoreDeviation } from './tender/score-deviation.entity.js';
export * from './tender/evaluation-enums.js';
export { TenderAward, type AwardRankingLine } from './tender/tender-award.entity.js';
export { TenderChallenge } from './tender/tender-challenge.entity.js';
export { TenderComplaint } from './tender/tender-complaint.entity.js';
export { TenderLotSuspension } from './tender/tender-lot-suspension.entity.js';
export { TenderContract } from './tender/tender-contract.entity.js';
export { TenderDeadlineFlag } from './tender/tender-deadline-flag.entity.js';
export * from './tender/award-enums.js';
export { Deposit } from './deposits/deposit.entity.js';
export { DepositRefund } from './deposits/deposit-refund.entity.js';
export { DepositTransfer } from './deposits/deposit-transfer.entity.js';
export { GuaranteeIssuer } from './deposits/guarantee-issuer.entity.js';
export { Guarantee } from './deposits/guarantee.entity.js';
export * from './deposits/deposit-enums.js';
export { OrganisationKind, Role, ROLES_BY_KIND, KINDS_REQUIRING_USCC } from './identity/roles.js';
export { PriceReference } from './oversight/price-reference.entity.js';
export { PriceReferenceImport } from './oversight/price-reference-import.entity.js';
export { InspectionRun } from './oversight/inspection-run.entity.js';
export { PriceFinding } from './oversight/price-finding.entity.js';
export { ComplianceSignal } from './oversight/compliance-signal.entity.js';
export { StatisticsReport } from './oversight/statistics-report.entity.js';
export * from './oversight/oversight-enums.js';
export { IntegrityEvent } from './oversight/integrity-event.entity.js';
export { IntegrityAppeal } from './oversight/integrity-appeal.entity.js';
export { IntegrityStanding } from './oversight/integrity-standing.entity.js';
export { IntegrityBandMonth } from './oversight/integrity-band-month.entity.js';
export * from './oversight/integrity-enums.js';
export { Auction } from './sourcing/auction.entity.js';
export { AuctionBid } from './sourcing/auction-bid.entity.js';
export { AuctionParticipant } from './sourcing/auction-participant.entity.js';
export { AuctionSettlement } from './sourcing/auction-settlement.entity.js';
export * from './sourcing/auction-enums.js';
export { Notification } from './notifications/notification.entity.js';
export { NotificationDelivery } from './notifications/notification-delivery.entity.js';
export { NotificationPreference } from './notifications/notification-preference.entity.js';
export { PushSubscription } from './notifications/push-subscription.entity.js';
export { NotificationReminder } from './notifications/notification-reminder.entity.js';
export * from './notifications/notification-enums.js';
export { Lender } from './financing/lender.entity.js';
export { FinancingPlatformKey } from './financing/financing-platform-key.entity.js';
export { FinancingApplication } from './financing/financing-application.entity.js';
export { FinancingNotice } from './financing/financing-notice.entity.js';
export { PayeeAccountLock } from './financing/payee-account-lock.entity.js';
export * from './financing/financing-enums.js';
export { PRICE_REFERENCE_SOURCES, type PriceReferenceSourceName } from './tenancy/tenant-settings.js';
export { tenantSettingsSchema, parseTenantSettings, applySettingsPatch, settingRange, type TenantSettings, type TenantSettingsPatch } from './tenancy/tenant-settings.js';

/** Every entity class; the ORM config and the migrations drift test use this list. */
export const ALL_ENTITIES = [
  Tenant, CalendarDay, AuditEntry, AuditChainHead, OutboxEvent, ProcessedJob,
  Organisation, UserAccount, ExpertProfile, RefreshToken, PlatformOperator,
  Category, StandardProduct, Listing, ListingPriceChange, ListingUpload,
  SearchDocumentRow, SearchRankingFormula, SearchTerm, SearchCommonWord, SearchPostedWord, SearchPosting,
  Payment, PaymentRefund, PaymentNotifyLog, PaymentSettings,
  BudgetLine, BudgetMovement, MallOrder, MallOrderLine, MallOrderEvent, MallIdempotencyKey, MallOrderCounter, FulfilmentFact,
  TenderProject, TenderLot, TenderBid, SigningKey,
  ExpertRelation, EvaluationPanelDraw, EvaluationPanelMember, EvaluationScore, ScoreDeviation,
  TenderPlatformKey, TenderBidSubmission,
  TenderAward, TenderChallenge, TenderComplaint, TenderLotSuspension, TenderContract, TenderDeadlineFlag,
  TenderProjectCounter, TenderRegistration, TenderDocument, TenderDocumentDownload, TenderClarification, TenderQuestion,
  Deposit, DepositRefund, DepositTransfer, GuaranteeIssuer, Guarantee,
  PriceReference, PriceReferenceImport, InspectionRun, PriceFinding,
  ComplianceSignal,
  StatisticsReport,
  IntegrityEvent, IntegrityAppeal, IntegrityStanding, IntegrityBandMonth,
  Auction, AuctionBid, AuctionParticipant, AuctionSettlement,
  SourcingInquiry, SourcingQuote, SourcingInvitation,
  Notification, NotificationDelivery, NotificationPreference, PushSubscription, NotificationReminder,
  Lender, FinancingPlatformKey, FinancingApplication, FinancingNotice, PayeeAccountLock,
];
