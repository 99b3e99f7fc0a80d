/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditChainVerification {\n    auditChainVerification { ok checked firstBroken { seq entryId problem } }\n  }\n": typeof types.AuditChainVerificationDocument,
    "\n  query AuditEntries($filter: AuditEntryFilterInput, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id seq occurredAt actorUserId actorName actorOrganisationId actorOrganisationName action subjectType subjectId\n        requestId change changeDigest changeCheck entryIntact hash prevHash\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query AuditOrganisations {\n    organisations(first: 100) { nodes { id name } }\n  }\n": typeof types.AuditOrganisationsDocument,
    "\n  query ApprovalQueue($first: Int, $after: String) {\n    listingApprovalQueue(first: $first, after: $after) {\n      nodes {\n        id state title description brand model price stock warrantyMonths\n        categoryCode categoryName standardProductId deliveryRegionCodes imageUrls\n        policyTags { tag certificateNo issuer validUntil valid }\n        supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n        submittedAt\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ApprovalQueueDocument,
    "\n  query AdminListing($id: ID!) {\n    listing(id: $id) {\n      id state title price stock categoryCode categoryName\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n      submittedAt approvedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price changedAt }\n    }\n  }\n": typeof types.AdminListingDocument,
    "\n  mutation ApproveListing($id: ID!) {\n    approveListing(id: $id) { id state }\n  }\n": typeof types.ApproveListingDocument,
    "\n  mutation RejectListing($id: ID!, $reason: String!) {\n    rejectListing(id: $id, reason: $reason) { id state rejectionReason }\n  }\n": typeof types.RejectListingDocument,
    "\n  mutation OperatorDelistListing($id: ID!, $reason: String!) {\n    operatorDelistListing(id: $id, reason: $reason) { id state delistedBy delistReason }\n  }\n": typeof types.OperatorDelistListingDocument,
    "\n  query AdminCategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n": typeof types.AdminCategoryTreeDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id code name parentCode level energySavingMandatory }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {\n    standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id brand model name categoryCode specs { key value } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminStandardProductsDocument,
    "\n  mutation CreateStandardProduct($input: CreateStandardProductInput!) {\n    createStandardProduct(input: $input) { id brand model name categoryCode }\n  }\n": typeof types.CreateStandardProductDocument,
    "\n  query Suppliers($first: Int, $after: String) {\n    organisations(kind: SUPPLIER, first: $first, after: $after) {\n      nodes { id name uscc active enterpriseSize integrityBlocked createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SuppliersDocument,
    "\n  mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {\n    setSupplierIntegrityBlocked(organisationId: $organisationId, blocked: $blocked, reason: $reason) { id integrityBlocked }\n  }\n": typeof types.SetSupplierIntegrityBlockedDocument,
    "\n  query DepositLedger($lotId: ID, $state: DepositState) {\n    deposits(lotId: $lotId, state: $state) {\n      id lotId lotNo lotTitle projectId projectNo projectTitle supplierOrganisationId amount state virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision createdAt\n      refund { id trigger triggeredAt dueBy method principal interest lateCharge total bankTransfer daysHeld lateDays formula state bankSerialNo completedAt }\n    }\n  }\n": typeof types.DepositLedgerDocument,
    "\n  query FlaggedDepositTransfers {\n    flaggedDepositTransfers { id bankSerialNo reference amount payerAccountName arrivedAt state flag depositId }\n  }\n": typeof types.FlaggedDepositTransfersDocument,
    "\n  mutation RecordDepositTransfer($input: RecordDepositTransferInput!) {\n    recordDepositTransfer(input: $input) { id bankSerialNo reference amount payerAccountName arrivedAt state flag depositId }\n  }\n": typeof types.RecordDepositTransferDocument,
    "\n  mutation ReturnDepositTransfer($id: ID!, $bankSerialNo: String!, $note: String!) {\n    returnDepositTransfer(id: $id, bankSerialNo: $bankSerialNo, note: $note) { id state bankSerialNo returnSerialNo returnNote returnedAt }\n  }\n": typeof types.ReturnDepositTransferDocument,
    "\n  mutation ConfirmDepositRefund($id: ID!, $bankSerialNo: String!) {\n    confirmDepositRefund(id: $id, bankSerialNo: $bankSerialNo) { id state bankSerialNo completedAt }\n  }\n": typeof types.ConfirmDepositRefundDocument,
    "\n  mutation DecideDepositChallenge($id: ID!, $uphold: Boolean!, $note: String!) {\n    decideDepositChallenge(id: $id, uphold: $uphold, note: $note) { id state challengeDecision }\n  }\n": typeof types.DecideDepositChallengeDocument,
    "\n  query DepositReconciliation($xlsx: Boolean) {\n    depositReconciliation(xlsx: $xlsx) {\n      rows { depositId lotId lotNo lotTitle projectId projectNo projectTitle supplierName state paid refundedPrincipal interest lateCharge forfeited held refundState difference flagged }\n      flaggedCount\n      xlsxBase64\n    }\n  }\n": typeof types.DepositReconciliationDocument,
    "\n  query GuaranteeIssuerList {\n    guaranteeIssuers { id name kind algorithm publicKey callbackUrl }\n  }\n": typeof types.GuaranteeIssuerListDocument,
    "\n  mutation RegisterGuaranteeIssuer($input: RegisterGuaranteeIssuerInput!) {\n    registerGuaranteeIssuer(input: $input) { id name kind algorithm publicKey callbackUrl }\n  }\n": typeof types.RegisterGuaranteeIssuerDocument,
    "\n  query DepositTenantZone {\n    tenant { timeZone }\n  }\n": typeof types.DepositTenantZoneDocument,
    "\n  query BudgetLines($unitId: ID, $fiscalYear: Int, $first: Int, $after: String) {\n    budgetLines(unitId: $unitId, fiscalYear: $fiscalYear, first: $first, after: $after) {\n      nodes { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.BudgetLinesDocument,
    "\n  query OrganisationPicker($kind: OrganisationKind, $first: Int, $after: String) {\n    organisations(kind: $kind, first: $first, after: $after) {\n      nodes { id name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OrganisationPickerDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n  }\n": typeof types.CreateBudgetLineDocument,
    "\n  mutation AdjustBudgetLine($id: ID!, $input: AdjustBudgetLineInput!) {\n    adjustBudgetLine(id: $id, input: $input) { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n  }\n": typeof types.AdjustBudgetLineDocument,
    "\n  query BudgetLineImportTemplate {\n    budgetLineImportTemplate { fileName mimeType contentBase64 }\n  }\n": typeof types.BudgetLineImportTemplateDocument,
    "\n  mutation ImportBudgetLines($input: ImportBudgetLinesInput!) {\n    importBudgetLines(input: $input) { imported total errors { row field message reason } }\n  }\n": typeof types.ImportBudgetLinesDocument,
    "\n  query PaymentRequests($state: PaymentState, $first: Int, $after: String) {\n    paymentRequests(state: $state, first: $first, after: $after) {\n      nodes {\n        id paymentNo title amount state provider subjectType subjectId\n        payerOrganisationId payeeOrganisationId createdAt bankReference rejectionReason\n        reviewReason reviewDetail { key value }\n        payeeAccount { bankName accountName accountNo }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PaymentRequestsDocument,
    "\n  query PaymentsForReview($first: Int) {\n    payments(needsReview: true, first: $first) {\n      nodes {\n        id paymentNo title amount state provider subjectType subjectId\n        payerOrganisationId payeeOrganisationId createdAt\n        reviewReason reviewDetail { key value }\n      }\n    }\n  }\n": typeof types.PaymentsForReviewDocument,
    "\n  query OrganisationName($id: ID!) {\n    organisation(id: $id) { id name }\n  }\n": typeof types.OrganisationNameDocument,
    "\n  mutation ApprovePaymentRequest($id: ID!, $bankReference: String!) {\n    approvePaymentRequest(id: $id, bankReference: $bankReference) { id state bankReference }\n  }\n": typeof types.ApprovePaymentRequestDocument,
    "\n  mutation RejectPaymentRequest($id: ID!, $reason: String!) {\n    rejectPaymentRequest(id: $id, reason: $reason) { id state rejectionReason }\n  }\n": typeof types.RejectPaymentRequestDocument,
    "\n  mutation ClearPaymentReview($id: ID!, $note: String!) {\n    clearPaymentReview(id: $id, note: $note) { id reviewReason }\n  }\n": typeof types.ClearPaymentReviewDocument,
    "\n  query AdminOrders($filter: OrderFilterInput, $first: Int, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      nodes { id orderNo buyerId buyerName supplierId supplierName total acceptedAmount state placedAt dueAt dueKind overdue }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminOrdersDocument,
    "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      id orderNo buyerName supplierName total acceptedAmount state placedAt dueAt dueKind overdue\n      budgetLineCode reason logisticsCompany trackingNo\n      deliveryAddress { recipient phone regionCode address }\n      invoice { invoiceCode invoiceNo amount issuedOn }\n      lines { id title quantity unitPrice amount acceptedQuantity }\n      timeline { action fromState toState at note actorUserId }\n    }\n  }\n": typeof types.AdminOrderDocument,
    "\n  query OrdersExport($filter: OrderFilterInput) {\n    ordersExport(filter: $filter) { fileName mimeType contentBase64 }\n  }\n": typeof types.OrdersExportDocument,
    "\n  query PaymentSettings {\n    paymentSettings {\n      enabledProviders defaultProvider alipayAppId alipayGatewayUrl alipayNotifyUrlBase alipayNotifyUrl\n      alipayPrivateKeyConfigured alipayPublicKey updatedAt\n    }\n  }\n": typeof types.PaymentSettingsDocument,
    "\n  mutation UpdatePaymentSettings($input: PaymentSettingsInput!) {\n    updatePaymentSettings(input: $input) {\n      enabledProviders defaultProvider alipayAppId alipayGatewayUrl alipayNotifyUrlBase alipayNotifyUrl\n      alipayPrivateKeyConfigured alipayPublicKey updatedAt\n    }\n  }\n": typeof types.UpdatePaymentSettingsDocument,
    "\n  query AdminOrderNo($id: ID!) {\n    order(id: $id) { id orderNo }\n  }\n": typeof types.AdminOrderNoDocument,
    "\n  query LenderList {\n    lenders { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n    financingApplications { id contractNo supplierName lenderName amount state createdAt deliveredAt }\n    financingPlatformKey { publicKey keyId }\n    tenant { timeZone }\n  }\n": typeof types.LenderListDocument,
    "\n  mutation RegisterLender($input: LenderInput!) {\n    registerLender(input: $input) { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n  }\n": typeof types.RegisterLenderDocument,
    "\n  mutation UpdateLender($id: ID!, $input: LenderInput!) {\n    updateLender(id: $id, input: $input) { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n  }\n": typeof types.UpdateLenderDocument,
    "\n  mutation SetLenderActive($id: ID!, $active: Boolean!) {\n    setLenderActive(id: $id, active: $active) { id active }\n  }\n": typeof types.SetLenderActiveDocument,
    "\n  query PriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {\n    priceFindings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id listingId supplierOrganisationId state price reference referenceSource deviationBp toleranceBp dueAt createdAt\n        justification justifiedAt dismissalReason closedAt closeNote\n        evidence { source value sample counted detail { key value } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.PriceFindingsDocument,
    "\n  query InspectionSuppliers($after: String) {\n    organisations(kind: SUPPLIER, first: 100, after: $after) {\n      nodes { id name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InspectionSuppliersDocument,
    "\n  mutation DismissPriceFinding($id: ID!, $reason: String!) {\n    dismissPriceFinding(id: $id, reason: $reason) { id state dismissalReason closedAt }\n  }\n": typeof types.DismissPriceFindingDocument,
    "\n  mutation ReopenPriceFinding($id: ID!, $note: String!) {\n    reopenPriceFinding(id: $id, note: $note) { id state dueAt }\n  }\n": typeof types.ReopenPriceFindingDocument,
    "\n  query InspectionRuns($first: Int, $after: String) {\n    inspectionRuns(first: $first, after: $after) {\n      nodes { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.InspectionRunsDocument,
    "\n  query InspectionRun($id: ID!) {\n    inspectionRun(id: $id) { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n  }\n": typeof types.InspectionRunDocument,
    "\n  mutation StartInspectionRun {\n    startInspectionRun { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n  }\n": typeof types.StartInspectionRunDocument,
    "\n  query PriceReferenceTemplate {\n    priceReferenceTemplate { fileName mimeType contentBase64 }\n  }\n": typeof types.PriceReferenceTemplateDocument,
    "\n  mutation ImportPriceReferences($input: ImportPriceReferencesInput!) {\n    importPriceReferences(input: $input) { id name origin total imported failed createdAt errors { row field column reason message } }\n  }\n": typeof types.ImportPriceReferencesDocument,
    "\n  query PriceReferenceImportErrorReport($id: ID!, $format: ReportFormat!) {\n    priceReferenceImportErrorReport(id: $id, format: $format) { fileName mimeType contentBase64 }\n  }\n": typeof types.PriceReferenceImportErrorReportDocument,
    "\n  query PriceReferenceImport($id: ID!) {\n    priceReferenceImport(id: $id) { id name origin total imported failed createdAt errors { row field column reason message } }\n  }\n": typeof types.PriceReferenceImportDocument,
    "\n  query IntegrityPenaltyImportTemplate {\n    integrityPenaltyImportTemplate { fileName mimeType contentBase64 }\n  }\n": typeof types.IntegrityPenaltyImportTemplateDocument,
    "\n  mutation ImportIntegrityPenalties($input: ImportIntegrityPenaltiesInput!) {\n    importIntegrityPenalties(input: $input) { imported total errors { row field message reason } }\n  }\n": typeof types.ImportIntegrityPenaltiesDocument,
    "\n  query IntegrityStandings($filter: IntegrityStandingFilterInput, $first: Int, $after: String) {\n    integrityStandings(filter: $filter, first: $first, after: $after) {\n      nodes { supplierId supplierName score band blockedByBand operatorBlocked eventCount computedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.IntegrityStandingsDocument,
    "\n  query IntegrityAppeals($state: IntegrityAppealState, $first: Int, $after: String) {\n    integrityAppeals(state: $state, first: $first, after: $after) {\n      nodes {\n        id supplierId supplierName reason state decisionReason createdAt decidedAt\n        event { id kind occurredAt points pointsNow evidence { orderNo listingId documentNo authority decidedOn } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.IntegrityAppealsDocument,
    "\n  mutation DecideIntegrityAppeal($appealId: ID!, $uphold: Boolean!, $reason: String!) {\n    decideIntegrityAppeal(appealId: $appealId, uphold: $uphold, reason: $reason) { appealId eventId state }\n  }\n": typeof types.DecideIntegrityAppealDocument,
    "\n  query SupplierIntegrity($supplierId: ID!, $first: Int, $after: String) {\n    supplierIntegrity(supplierId: $supplierId, first: $first, after: $after) {\n      standing { supplierId supplierName score band blockedByBand operatorBlocked eventCount computedAt }\n      events {\n        nodes {\n          id kind occurredAt points pointsNow state manual\n          evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }\n          appeal { id state reason decisionReason }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.SupplierIntegrityDocument,
    "\n  mutation RecordIntegrityPenalty($input: IntegrityPenaltyInput!) {\n    recordIntegrityPenalty(input: $input) { eventId standing { score band blockedByBand } }\n  }\n": typeof types.RecordIntegrityPenaltyDocument,
    "\n  query NotificationDeliveries($state: NotificationDeliveryState!, $first: Int, $after: String) {\n    notificationDeliveries(state: $state, first: $first, after: $after) {\n      nodes { id eventType userName channel state attempts lastError skipReason createdAt updatedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { timeZone }\n  }\n": typeof types.NotificationDeliveriesDocument,
    "\n  mutation ResendNotificationDelivery($id: ID!) {\n    resendNotificationDelivery(id: $id) { id state }\n  }\n": typeof types.ResendNotificationDeliveryDocument,
    "\n  query RankingWeights {\n    rankingWeights { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n": typeof types.RankingWeightsDocument,
    "\n  mutation UpdateRankingWeights($input: RankingWeightsInput!) {\n    updateRankingWeights(input: $input) { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n": typeof types.UpdateRankingWeightsDocument,
    "\n  query ComplianceSignals($filter: ComplianceSignalFilterInput, $first: Int, $after: String) {\n    complianceSignals(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id kind state severity createdAt period categoryCode categoryName amount threshold\n        unit { id name } lot { id title projectNo projectTitle } expert { id name } shared { kind value }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.ComplianceSignalsDocument,
    "\n  query ComplianceSignal($id: ID!) {\n    complianceSignal(id: $id) {\n      id kind state severity createdAt updatedAt period periodFrom periodTo categoryCode categoryName amount threshold directOrderMax\n      unit { id name } lot { id title projectNo projectTitle budget } expert { id name } shared { kind value }\n      orders { orderId orderNo supplier { id name } amount total placedAt }\n      bids { bidId supplier { id name } price value }\n      deviations { bidId supplier { id name } criterionKey scoreHundredths meanHundredths maxHundredths beyondThreshold beyondZ reason }\n      reviewer { id name } reviewedAt dismissalReason referredTo referralNote\n    }\n    tenant { id timeZone }\n  }\n": typeof types.ComplianceSignalDocument,
    "\n  mutation DismissComplianceSignal($id: ID!, $reason: String!) {\n    dismissComplianceSignal(id: $id, reason: $reason) { id state dismissalReason reviewedAt reviewer { id name } }\n  }\n": typeof types.DismissComplianceSignalDocument,
    "\n  mutation ReferComplianceSignal($id: ID!, $to: String!, $note: String!) {\n    referComplianceSignal(id: $id, to: $to, note: $note) { id state referredTo referralNote reviewedAt reviewer { id name } }\n  }\n": typeof types.ReferComplianceSignalDocument,
    "\n  mutation RunComplianceChecks {\n    runComplianceChecks { raised refreshed }\n  }\n": typeof types.RunComplianceChecksDocument,
    "\n  query StatisticsDashboard($period: StatisticsPeriodInput!, $by: SpendingDimension!, $filter: StatisticsFilterInput) {\n    spendingStatistics(period: $period, by: $by, filter: $filter) {\n      by total\n      rows { month key label amount records }\n      totals { key label amount records shareBp }\n    }\n    savingsStatistics(period: $period, filter: $filter) {\n      rows { month lots budget price savings rateBp }\n      total { lots budget price savings rateBp }\n    }\n    policyShareStatistics(period: $period, filter: $filter) {\n      smeTargetBp\n      rows { month total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp }\n      total { total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp }\n    }\n    concentrationStatistics(period: $period, filter: $filter) {\n      rows { categoryCode label total suppliers hhi topSupplier topShareBp }\n    }\n    competitionStatistics(period: $period, filter: $filter) {\n      rows { month lots validBids bidsPerLotHundredths bidders sellers suppliers }\n      total { lots validBids bidsPerLotHundredths }\n    }\n    inspectionStatistics(period: $period, filter: $filter) {\n      rows { month total open justified dismissed corrected delisted }\n      total { total open justified dismissed corrected delisted }\n    }\n    integrityBandStatistics(period: $period) {\n      now { a b c d unscored total }\n      rows { month a b c d total }\n    }\n    signalStatistics(period: $period) {\n      rows { month total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }\n      total { total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }\n      now { open dismissed referred }\n    }\n    financingStatistics(period: $period) {\n      month\n      byState { state count amount lenderAmount }\n    }\n  }\n": typeof types.StatisticsDashboardDocument,
    "\n  query StatisticsExport($figure: StatisticsFigure!, $period: StatisticsPeriodInput!, $by: SpendingDimension, $filter: StatisticsFilterInput) {\n    statisticsExport(figure: $figure, period: $period, by: $by, filter: $filter) { fileName mimeType contentBase64 }\n  }\n": typeof types.StatisticsExportDocument,
    "\n  query StatisticsReports {\n    statisticsReports { id kind period state generatedAt fileName createdAt }\n    tenant { id timeZone }\n  }\n": typeof types.StatisticsReportsDocument,
    "\n  mutation RequestStatisticsReport($input: RequestStatisticsReportInput!) {\n    requestStatisticsReport(input: $input) { id kind period state generatedAt fileName createdAt }\n  }\n": typeof types.RequestStatisticsReportDocument,
    "\n  query StatisticsReportFile($id: ID!) {\n    statisticsReportFile(id: $id) { fileName mimeType contentBase64 }\n  }\n": typeof types.StatisticsReportFileDocument,
    "\n  fragment TenantSettingsFields on TenantDetail {\n    id\n    code\n    slug\n    name\n    timeZone\n    currency\n    settings {\n      purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n      tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n      challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n      deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n      evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n      inspection { priceAboveReferenceAlertBp correctionWorkingDays sources historyDays importedMaxAgeDays minPeerSample transactionDays minTransactionSample repeatOffenceCount repeatOffenceDays referenceFeedUrl }\n      mall { confirmWorkingDays shipWorkingDays acceptWorkingDays }\n      integrity {\n        orderConfirmedOnTimePoints orderConfirmedLatePoints deliveredOnTimePoints deliveredLatePoints acceptancePassedPoints acceptanceFailedPoints\n        priceOffencePoints repeatPriceOffencePoints withdrawnAfterWinningPoints refusedToSignPoints depositForfeitedPoints challengeGroundlessPoints\n        complaintUpheldPoints administrativePenaltyPoints blacklistRecordPoints halfLifeDays baseScore bandAMin bandBMin bandCMin blockBand\n      }\n      signals { splittingPeriod splittingCategoryLevel }\n      sourcing { minQuotes quoteMinWorkingDays }\n      notifications { reminderHoursBefore reminderWorkingDaysBefore }\n      financing { minOrder }\n    }\n  }\n": typeof types.TenantSettingsFieldsFragmentDoc,
    "\n  query TenantSettings {\n    tenant {\n      ...TenantSettingsFields\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) { day kind name }\n  }\n": typeof types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) { day kind name }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n": typeof types.RemoveCalendarDayDocument,
    "\n  query TenderTimeZone {\n    tenant { id timeZone }\n  }\n": typeof types.TenderTimeZoneDocument,
    "\n  query OversightProjects($state: TenderProjectState, $method: ProcurementMethod, $first: Int, $after: String) {\n    tenderProjects(state: $state, method: $method, first: $first, after: $after) {\n      nodes {\n        id projectNo title state method budget buyerName agencyName bidDeadline publishedAt createdAt\n        lots { id lotNo title state }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OversightProjectsDocument,
    "\n  query OversightProject($id: ID!) {\n    supervisedTenderProject(id: $id) {\n      id projectNo title description state method kind categoryCode evaluationMethod budget buyerName agencyName\n      documentsFrom documentsUntil bidDeadline publishedAt cancelReason registrations documentDownloads\n      lots { id lotNo title scope state budget deposit minBidders failureReason }\n    }\n  }\n": typeof types.OversightProjectDocument,
    "\n  query LotOpening($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotState bidDeadline decryptionEndsAt failureReason\n      entries { bidId supplierName state price overBudget submittedAt reason }\n    }\n  }\n": typeof types.LotOpeningDocument,
    "\n  query LotEvaluation($lotId: ID!) {\n    evaluationSummary(lotId: $lotId) {\n      lotId evaluationMethod\n      ranking { bidId rank supplierName price evaluatedPrice priceScore total smeDeducted }\n    }\n  }\n": typeof types.LotEvaluationDocument,
    "\n  query LotAward($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId winnerName price rank againstRankingReason publishedAt challengeUntil contractDueAt\n    }\n  }\n": typeof types.LotAwardDocument,
    "\n  query LotOversight($lotId: ID!) {\n    tenderLotOversight(lotId: $lotId) {\n      lotId lotNo lotTitle lotState projectId projectNo projectTitle suspended\n      challenges {\n        id subject content state supplierName createdAt answerDueAt answer answeredAt overdue\n        complaint { id state content createdAt decisionDueAt overdue decisionReason remedy decidedAt }\n      }\n      suspensions { id reason suspendedAt liftedAt }\n    }\n  }\n": typeof types.LotOversightDocument,
    "\n  query TenderComplaints($state: TenderComplaintState) {\n    tenderComplaints(state: $state) {\n      id challengeId lotId supplierName content state createdAt decisionDueAt overdue decisionReason remedy decidedAt\n    }\n  }\n": typeof types.TenderComplaintsDocument,
    "\n  mutation DecideTenderComplaint($input: DecideTenderComplaintInput!) {\n    decideTenderComplaint(input: $input) { id state remedy decisionReason decidedAt }\n  }\n": typeof types.DecideTenderComplaintDocument,
    "\n  mutation SuspendTenderLot($lotId: ID!, $reason: String!) {\n    suspendTenderLot(lotId: $lotId, reason: $reason) { id lotId reason suspendedAt liftedAt }\n  }\n": typeof types.SuspendTenderLotDocument,
    "\n  mutation ResumeTenderLot($lotId: ID!) {\n    resumeTenderLot(lotId: $lotId) { id lotId liftedAt }\n  }\n": typeof types.ResumeTenderLotDocument,
    "\n  query ScoreDeviations($lotId: ID) {\n    scoreDeviations(first: 200, lotId: $lotId) {\n      id lotId projectNo bidId expertId expertName criterion score panelMean maximum beyondThreshold beyondZ reason reasonAt createdAt\n    }\n  }\n": typeof types.ScoreDeviationsDocument,
    "\n  query TenderDeadlineFlags {\n    tenderDeadlineFlags { id kind lotId subjectId dueAt flaggedAt }\n  }\n": typeof types.TenderDeadlineFlagsDocument,
    "\n  query EvaluationExperts {\n    evaluationExperts {\n      id loginName displayName active organisationId organisationName createdAt\n      profile { title employerName employerUscc categoryCodes }\n    }\n  }\n": typeof types.EvaluationExpertsDocument,
    "\n  query ExpertRelations {\n    expertRelations { id expertId supplierId supplierName kind note createdAt }\n  }\n": typeof types.ExpertRelationsDocument,
    "\n  query ExpertOrganisations {\n    organisations(kind: FINANCE_DEPARTMENT, first: 50) { nodes { id name } }\n  }\n": typeof types.ExpertOrganisationsDocument,
    "\n  mutation CreateExpert($input: CreateUserInput!) {\n    createUser(input: $input) { id loginName displayName }\n  }\n": typeof types.CreateExpertDocument,
};
const documents: Documents = {
    "\n  query AuditChainVerification {\n    auditChainVerification { ok checked firstBroken { seq entryId problem } }\n  }\n": types.AuditChainVerificationDocument,
    "\n  query AuditEntries($filter: AuditEntryFilterInput, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id seq occurredAt actorUserId actorName actorOrganisationId actorOrganisationName action subjectType subjectId\n        requestId change changeDigest changeCheck entryIntact hash prevHash\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": types.AuditEntriesDocument,
    "\n  query AuditOrganisations {\n    organisations(first: 100) { nodes { id name } }\n  }\n": types.AuditOrganisationsDocument,
    "\n  query ApprovalQueue($first: Int, $after: String) {\n    listingApprovalQueue(first: $first, after: $after) {\n      nodes {\n        id state title description brand model price stock warrantyMonths\n        categoryCode categoryName standardProductId deliveryRegionCodes imageUrls\n        policyTags { tag certificateNo issuer validUntil valid }\n        supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n        submittedAt\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ApprovalQueueDocument,
    "\n  query AdminListing($id: ID!) {\n    listing(id: $id) {\n      id state title price stock categoryCode categoryName\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n      submittedAt approvedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price changedAt }\n    }\n  }\n": types.AdminListingDocument,
    "\n  mutation ApproveListing($id: ID!) {\n    approveListing(id: $id) { id state }\n  }\n": types.ApproveListingDocument,
    "\n  mutation RejectListing($id: ID!, $reason: String!) {\n    rejectListing(id: $id, reason: $reason) { id state rejectionReason }\n  }\n": types.RejectListingDocument,
    "\n  mutation OperatorDelistListing($id: ID!, $reason: String!) {\n    operatorDelistListing(id: $id, reason: $reason) { id state delistedBy delistReason }\n  }\n": types.OperatorDelistListingDocument,
    "\n  query AdminCategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n": types.AdminCategoryTreeDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id code name parentCode level energySavingMandatory }\n  }\n": types.CreateCategoryDocument,
    "\n  query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {\n    standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id brand model name categoryCode specs { key value } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminStandardProductsDocument,
    "\n  mutation CreateStandardProduct($input: CreateStandardProductInput!) {\n    createStandardProduct(input: $input) { id brand model name categoryCode }\n  }\n": types.CreateStandardProductDocument,
    "\n  query Suppliers($first: Int, $after: String) {\n    organisations(kind: SUPPLIER, first: $first, after: $after) {\n      nodes { id name uscc active enterpriseSize integrityBlocked createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SuppliersDocument,
    "\n  mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {\n    setSupplierIntegrityBlocked(organisationId: $organisationId, blocked: $blocked, reason: $reason) { id integrityBlocked }\n  }\n": types.SetSupplierIntegrityBlockedDocument,
    "\n  query DepositLedger($lotId: ID, $state: DepositState) {\n    deposits(lotId: $lotId, state: $state) {\n      id lotId lotNo lotTitle projectId projectNo projectTitle supplierOrganisationId amount state virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision createdAt\n      refund { id trigger triggeredAt dueBy method principal interest lateCharge total bankTransfer daysHeld lateDays formula state bankSerialNo completedAt }\n    }\n  }\n": types.DepositLedgerDocument,
    "\n  query FlaggedDepositTransfers {\n    flaggedDepositTransfers { id bankSerialNo reference amount payerAccountName arrivedAt state flag depositId }\n  }\n": types.FlaggedDepositTransfersDocument,
    "\n  mutation RecordDepositTransfer($input: RecordDepositTransferInput!) {\n    recordDepositTransfer(input: $input) { id bankSerialNo reference amount payerAccountName arrivedAt state flag depositId }\n  }\n": types.RecordDepositTransferDocument,
    "\n  mutation ReturnDepositTransfer($id: ID!, $bankSerialNo: String!, $note: String!) {\n    returnDepositTransfer(id: $id, bankSerialNo: $bankSerialNo, note: $note) { id state bankSerialNo returnSerialNo returnNote returnedAt }\n  }\n": types.ReturnDepositTransferDocument,
    "\n  mutation ConfirmDepositRefund($id: ID!, $bankSerialNo: String!) {\n    confirmDepositRefund(id: $id, bankSerialNo: $bankSerialNo) { id state bankSerialNo completedAt }\n  }\n": types.ConfirmDepositRefundDocument,
    "\n  mutation DecideDepositChallenge($id: ID!, $uphold: Boolean!, $note: String!) {\n    decideDepositChallenge(id: $id, uphold: $uphold, note: $note) { id state challengeDecision }\n  }\n": types.DecideDepositChallengeDocument,
    "\n  query DepositReconciliation($xlsx: Boolean) {\n    depositReconciliation(xlsx: $xlsx) {\n      rows { depositId lotId lotNo lotTitle projectId projectNo projectTitle supplierName state paid refundedPrincipal interest lateCharge forfeited held refundState difference flagged }\n      flaggedCount\n      xlsxBase64\n    }\n  }\n": types.DepositReconciliationDocument,
    "\n  query GuaranteeIssuerList {\n    guaranteeIssuers { id name kind algorithm publicKey callbackUrl }\n  }\n": types.GuaranteeIssuerListDocument,
    "\n  mutation RegisterGuaranteeIssuer($input: RegisterGuaranteeIssuerInput!) {\n    registerGuaranteeIssuer(input: $input) { id name kind algorithm publicKey callbackUrl }\n  }\n": types.RegisterGuaranteeIssuerDocument,
    "\n  query DepositTenantZone {\n    tenant { timeZone }\n  }\n": types.DepositTenantZoneDocument,
    "\n  query BudgetLines($unitId: ID, $fiscalYear: Int, $first: Int, $after: String) {\n    budgetLines(unitId: $unitId, fiscalYear: $fiscalYear, first: $first, after: $after) {\n      nodes { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BudgetLinesDocument,
    "\n  query OrganisationPicker($kind: OrganisationKind, $first: Int, $after: String) {\n    organisations(kind: $kind, first: $first, after: $after) {\n      nodes { id name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OrganisationPickerDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n  }\n": types.CreateBudgetLineDocument,
    "\n  mutation AdjustBudgetLine($id: ID!, $input: AdjustBudgetLineInput!) {\n    adjustBudgetLine(id: $id, input: $input) { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n  }\n": types.AdjustBudgetLineDocument,
    "\n  query BudgetLineImportTemplate {\n    budgetLineImportTemplate { fileName mimeType contentBase64 }\n  }\n": types.BudgetLineImportTemplateDocument,
    "\n  mutation ImportBudgetLines($input: ImportBudgetLinesInput!) {\n    importBudgetLines(input: $input) { imported total errors { row field message reason } }\n  }\n": types.ImportBudgetLinesDocument,
    "\n  query PaymentRequests($state: PaymentState, $first: Int, $after: String) {\n    paymentRequests(state: $state, first: $first, after: $after) {\n      nodes {\n        id paymentNo title amount state provider subjectType subjectId\n        payerOrganisationId payeeOrganisationId createdAt bankReference rejectionReason\n        reviewReason reviewDetail { key value }\n        payeeAccount { bankName accountName accountNo }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PaymentRequestsDocument,
    "\n  query PaymentsForReview($first: Int) {\n    payments(needsReview: true, first: $first) {\n      nodes {\n        id paymentNo title amount state provider subjectType subjectId\n        payerOrganisationId payeeOrganisationId createdAt\n        reviewReason reviewDetail { key value }\n      }\n    }\n  }\n": types.PaymentsForReviewDocument,
    "\n  query OrganisationName($id: ID!) {\n    organisation(id: $id) { id name }\n  }\n": types.OrganisationNameDocument,
    "\n  mutation ApprovePaymentRequest($id: ID!, $bankReference: String!) {\n    approvePaymentRequest(id: $id, bankReference: $bankReference) { id state bankReference }\n  }\n": types.ApprovePaymentRequestDocument,
    "\n  mutation RejectPaymentRequest($id: ID!, $reason: String!) {\n    rejectPaymentRequest(id: $id, reason: $reason) { id state rejectionReason }\n  }\n": types.RejectPaymentRequestDocument,
    "\n  mutation ClearPaymentReview($id: ID!, $note: String!) {\n    clearPaymentReview(id: $id, note: $note) { id reviewReason }\n  }\n": types.ClearPaymentReviewDocument,
    "\n  query AdminOrders($filter: OrderFilterInput, $first: Int, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      nodes { id orderNo buyerId buyerName supplierId supplierName total acceptedAmount state placedAt dueAt dueKind overdue }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminOrdersDocument,
    "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      id orderNo buyerName supplierName total acceptedAmount state placedAt dueAt dueKind overdue\n      budgetLineCode reason logisticsCompany trackingNo\n      deliveryAddress { recipient phone regionCode address }\n      invoice { invoiceCode invoiceNo amount issuedOn }\n      lines { id title quantity unitPrice amount acceptedQuantity }\n      timeline { action fromState toState at note actorUserId }\n    }\n  }\n": types.AdminOrderDocument,
    "\n  query OrdersExport($filter: OrderFilterInput) {\n    ordersExport(filter: $filter) { fileName mimeType contentBase64 }\n  }\n": types.OrdersExportDocument,
    "\n  query PaymentSettings {\n    paymentSettings {\n      enabledProviders defaultProvider alipayAppId alipayGatewayUrl alipayNotifyUrlBase alipayNotifyUrl\n      alipayPrivateKeyConfigured alipayPublicKey updatedAt\n    }\n  }\n": types.PaymentSettingsDocument,
    "\n  mutation UpdatePaymentSettings($input: PaymentSettingsInput!) {\n    updatePaymentSettings(input: $input) {\n      enabledProviders defaultProvider alipayAppId alipayGatewayUrl alipayNotifyUrlBase alipayNotifyUrl\n      alipayPrivateKeyConfigured alipayPublicKey updatedAt\n    }\n  }\n": types.UpdatePaymentSettingsDocument,
    "\n  query AdminOrderNo($id: ID!) {\n    order(id: $id) { id orderNo }\n  }\n": types.AdminOrderNoDocument,
    "\n  query LenderList {\n    lenders { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n    financingApplications { id contractNo supplierName lenderName amount state createdAt deliveredAt }\n    financingPlatformKey { publicKey keyId }\n    tenant { timeZone }\n  }\n": types.LenderListDocument,
    "\n  mutation RegisterLender($input: LenderInput!) {\n    registerLender(input: $input) { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n  }\n": types.RegisterLenderDocument,
    "\n  mutation UpdateLender($id: ID!, $input: LenderInput!) {\n    updateLender(id: $id, input: $input) { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n  }\n": types.UpdateLenderDocument,
    "\n  mutation SetLenderActive($id: ID!, $active: Boolean!) {\n    setLenderActive(id: $id, active: $active) { id active }\n  }\n": types.SetLenderActiveDocument,
    "\n  query PriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {\n    priceFindings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id listingId supplierOrganisationId state price reference referenceSource deviationBp toleranceBp dueAt createdAt\n        justification justifiedAt dismissalReason closedAt closeNote\n        evidence { source value sample counted detail { key value } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": types.PriceFindingsDocument,
    "\n  query InspectionSuppliers($after: String) {\n    organisations(kind: SUPPLIER, first: 100, after: $after) {\n      nodes { id name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InspectionSuppliersDocument,
    "\n  mutation DismissPriceFinding($id: ID!, $reason: String!) {\n    dismissPriceFinding(id: $id, reason: $reason) { id state dismissalReason closedAt }\n  }\n": types.DismissPriceFindingDocument,
    "\n  mutation ReopenPriceFinding($id: ID!, $note: String!) {\n    reopenPriceFinding(id: $id, note: $note) { id state dueAt }\n  }\n": types.ReopenPriceFindingDocument,
    "\n  query InspectionRuns($first: Int, $after: String) {\n    inspectionRuns(first: $first, after: $after) {\n      nodes { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": types.InspectionRunsDocument,
    "\n  query InspectionRun($id: ID!) {\n    inspectionRun(id: $id) { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n  }\n": types.InspectionRunDocument,
    "\n  mutation StartInspectionRun {\n    startInspectionRun { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n  }\n": types.StartInspectionRunDocument,
    "\n  query PriceReferenceTemplate {\n    priceReferenceTemplate { fileName mimeType contentBase64 }\n  }\n": types.PriceReferenceTemplateDocument,
    "\n  mutation ImportPriceReferences($input: ImportPriceReferencesInput!) {\n    importPriceReferences(input: $input) { id name origin total imported failed createdAt errors { row field column reason message } }\n  }\n": types.ImportPriceReferencesDocument,
    "\n  query PriceReferenceImportErrorReport($id: ID!, $format: ReportFormat!) {\n    priceReferenceImportErrorReport(id: $id, format: $format) { fileName mimeType contentBase64 }\n  }\n": types.PriceReferenceImportErrorReportDocument,
    "\n  query PriceReferenceImport($id: ID!) {\n    priceReferenceImport(id: $id) { id name origin total imported failed createdAt errors { row field column reason message } }\n  }\n": types.PriceReferenceImportDocument,
    "\n  query IntegrityPenaltyImportTemplate {\n    integrityPenaltyImportTemplate { fileName mimeType contentBase64 }\n  }\n": types.IntegrityPenaltyImportTemplateDocument,
    "\n  mutation ImportIntegrityPenalties($input: ImportIntegrityPenaltiesInput!) {\n    importIntegrityPenalties(input: $input) { imported total errors { row field message reason } }\n  }\n": types.ImportIntegrityPenaltiesDocument,
    "\n  query IntegrityStandings($filter: IntegrityStandingFilterInput, $first: Int, $after: String) {\n    integrityStandings(filter: $filter, first: $first, after: $after) {\n      nodes { supplierId supplierName score band blockedByBand operatorBlocked eventCount computedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": types.IntegrityStandingsDocument,
    "\n  query IntegrityAppeals($state: IntegrityAppealState, $first: Int, $after: String) {\n    integrityAppeals(state: $state, first: $first, after: $after) {\n      nodes {\n        id supplierId supplierName reason state decisionReason createdAt decidedAt\n        event { id kind occurredAt points pointsNow evidence { orderNo listingId documentNo authority decidedOn } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": types.IntegrityAppealsDocument,
    "\n  mutation DecideIntegrityAppeal($appealId: ID!, $uphold: Boolean!, $reason: String!) {\n    decideIntegrityAppeal(appealId: $appealId, uphold: $uphold, reason: $reason) { appealId eventId state }\n  }\n": types.DecideIntegrityAppealDocument,
    "\n  query SupplierIntegrity($supplierId: ID!, $first: Int, $after: String) {\n    supplierIntegrity(supplierId: $supplierId, first: $first, after: $after) {\n      standing { supplierId supplierName score band blockedByBand operatorBlocked eventCount computedAt }\n      events {\n        nodes {\n          id kind occurredAt points pointsNow state manual\n          evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }\n          appeal { id state reason decisionReason }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n    tenant { id timeZone }\n  }\n": types.SupplierIntegrityDocument,
    "\n  mutation RecordIntegrityPenalty($input: IntegrityPenaltyInput!) {\n    recordIntegrityPenalty(input: $input) { eventId standing { score band blockedByBand } }\n  }\n": types.RecordIntegrityPenaltyDocument,
    "\n  query NotificationDeliveries($state: NotificationDeliveryState!, $first: Int, $after: String) {\n    notificationDeliveries(state: $state, first: $first, after: $after) {\n      nodes { id eventType userName channel state attempts lastError skipReason createdAt updatedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { timeZone }\n  }\n": types.NotificationDeliveriesDocument,
    "\n  mutation ResendNotificationDelivery($id: ID!) {\n    resendNotificationDelivery(id: $id) { id state }\n  }\n": types.ResendNotificationDeliveryDocument,
    "\n  query RankingWeights {\n    rankingWeights { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n": types.RankingWeightsDocument,
    "\n  mutation UpdateRankingWeights($input: RankingWeightsInput!) {\n    updateRankingWeights(input: $input) { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n": types.UpdateRankingWeightsDocument,
    "\n  query ComplianceSignals($filter: ComplianceSignalFilterInput, $first: Int, $after: String) {\n    complianceSignals(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id kind state severity createdAt period categoryCode categoryName amount threshold\n        unit { id name } lot { id title projectNo projectTitle } expert { id name } shared { kind value }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": types.ComplianceSignalsDocument,
    "\n  query ComplianceSignal($id: ID!) {\n    complianceSignal(id: $id) {\n      id kind state severity createdAt updatedAt period periodFrom periodTo categoryCode categoryName amount threshold directOrderMax\n      unit { id name } lot { id title projectNo projectTitle budget } expert { id name } shared { kind value }\n      orders { orderId orderNo supplier { id name } amount total placedAt }\n      bids { bidId supplier { id name } price value }\n      deviations { bidId supplier { id name } criterionKey scoreHundredths meanHundredths maxHundredths beyondThreshold beyondZ reason }\n      reviewer { id name } reviewedAt dismissalReason referredTo referralNote\n    }\n    tenant { id timeZone }\n  }\n": types.ComplianceSignalDocument,
    "\n  mutation DismissComplianceSignal($id: ID!, $reason: String!) {\n    dismissComplianceSignal(id: $id, reason: $reason) { id state dismissalReason reviewedAt reviewer { id name } }\n  }\n": types.DismissComplianceSignalDocument,
    "\n  mutation ReferComplianceSignal($id: ID!, $to: String!, $note: String!) {\n    referComplianceSignal(id: $id, to: $to, note: $note) { id state referredTo referralNote reviewedAt reviewer { id name } }\n  }\n": types.ReferComplianceSignalDocument,
    "\n  mutation RunComplianceChecks {\n    runComplianceChecks { raised refreshed }\n  }\n": types.RunComplianceChecksDocument,
    "\n  query StatisticsDashboard($period: StatisticsPeriodInput!, $by: SpendingDimension!, $filter: StatisticsFilterInput) {\n    spendingStatistics(period: $period, by: $by, filter: $filter) {\n      by total\n      rows { month key label amount records }\n      totals { key label amount records shareBp }\n    }\n    savingsStatistics(period: $period, filter: $filter) {\n      rows { month lots budget price savings rateBp }\n      total { lots budget price savings rateBp }\n    }\n    policyShareStatistics(period: $period, filter: $filter) {\n      smeTargetBp\n      rows { month total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp }\n      total { total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp }\n    }\n    concentrationStatistics(period: $period, filter: $filter) {\n      rows { categoryCode label total suppliers hhi topSupplier topShareBp }\n    }\n    competitionStatistics(period: $period, filter: $filter) {\n      rows { month lots validBids bidsPerLotHundredths bidders sellers suppliers }\n      total { lots validBids bidsPerLotHundredths }\n    }\n    inspectionStatistics(period: $period, filter: $filter) {\n      rows { month total open justified dismissed corrected delisted }\n      total { total open justified dismissed corrected delisted }\n    }\n    integrityBandStatistics(period: $period) {\n      now { a b c d unscored total }\n      rows { month a b c d total }\n    }\n    signalStatistics(period: $period) {\n      rows { month total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }\n      total { total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }\n      now { open dismissed referred }\n    }\n    financingStatistics(period: $period) {\n      month\n      byState { state count amount lenderAmount }\n    }\n  }\n": types.StatisticsDashboardDocument,
    "\n  query StatisticsExport($figure: StatisticsFigure!, $period: StatisticsPeriodInput!, $by: SpendingDimension, $filter: StatisticsFilterInput) {\n    statisticsExport(figure: $figure, period: $period, by: $by, filter: $filter) { fileName mimeType contentBase64 }\n  }\n": types.StatisticsExportDocument,
    "\n  query StatisticsReports {\n    statisticsReports { id kind period state generatedAt fileName createdAt }\n    tenant { id timeZone }\n  }\n": types.StatisticsReportsDocument,
    "\n  mutation RequestStatisticsReport($input: RequestStatisticsReportInput!) {\n    requestStatisticsReport(input: $input) { id kind period state generatedAt fileName createdAt }\n  }\n": types.RequestStatisticsReportDocument,
    "\n  query StatisticsReportFile($id: ID!) {\n    statisticsReportFile(id: $id) { fileName mimeType contentBase64 }\n  }\n": types.StatisticsReportFileDocument,
    "\n  fragment TenantSettingsFields on TenantDetail {\n    id\n    code\n    slug\n    name\n    timeZone\n    currency\n    settings {\n      purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n      tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n      challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n      deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n      evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n      inspection { priceAboveReferenceAlertBp correctionWorkingDays sources historyDays importedMaxAgeDays minPeerSample transactionDays minTransactionSample repeatOffenceCount repeatOffenceDays referenceFeedUrl }\n      mall { confirmWorkingDays shipWorkingDays acceptWorkingDays }\n      integrity {\n        orderConfirmedOnTimePoints orderConfirmedLatePoints deliveredOnTimePoints deliveredLatePoints acceptancePassedPoints acceptanceFailedPoints\n        priceOffencePoints repeatPriceOffencePoints withdrawnAfterWinningPoints refusedToSignPoints depositForfeitedPoints challengeGroundlessPoints\n        complaintUpheldPoints administrativePenaltyPoints blacklistRecordPoints halfLifeDays baseScore bandAMin bandBMin bandCMin blockBand\n      }\n      signals { splittingPeriod splittingCategoryLevel }\n      sourcing { minQuotes quoteMinWorkingDays }\n      notifications { reminderHoursBefore reminderWorkingDaysBefore }\n      financing { minOrder }\n    }\n  }\n": types.TenantSettingsFieldsFragmentDoc,
    "\n  query TenantSettings {\n    tenant {\n      ...TenantSettingsFields\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) { day kind name }\n  }\n": types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) { day kind name }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n": types.RemoveCalendarDayDocument,
    "\n  query TenderTimeZone {\n    tenant { id timeZone }\n  }\n": types.TenderTimeZoneDocument,
    "\n  query OversightProjects($state: TenderProjectState, $method: ProcurementMethod, $first: Int, $after: String) {\n    tenderProjects(state: $state, method: $method, first: $first, after: $after) {\n      nodes {\n        id projectNo title state method budget buyerName agencyName bidDeadline publishedAt createdAt\n        lots { id lotNo title state }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OversightProjectsDocument,
    "\n  query OversightProject($id: ID!) {\n    supervisedTenderProject(id: $id) {\n      id projectNo title description state method kind categoryCode evaluationMethod budget buyerName agencyName\n      documentsFrom documentsUntil bidDeadline publishedAt cancelReason registrations documentDownloads\n      lots { id lotNo title scope state budget deposit minBidders failureReason }\n    }\n  }\n": types.OversightProjectDocument,
    "\n  query LotOpening($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotState bidDeadline decryptionEndsAt failureReason\n      entries { bidId supplierName state price overBudget submittedAt reason }\n    }\n  }\n": types.LotOpeningDocument,
    "\n  query LotEvaluation($lotId: ID!) {\n    evaluationSummary(lotId: $lotId) {\n      lotId evaluationMethod\n      ranking { bidId rank supplierName price evaluatedPrice priceScore total smeDeducted }\n    }\n  }\n": types.LotEvaluationDocument,
    "\n  query LotAward($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId winnerName price rank againstRankingReason publishedAt challengeUntil contractDueAt\n    }\n  }\n": types.LotAwardDocument,
    "\n  query LotOversight($lotId: ID!) {\n    tenderLotOversight(lotId: $lotId) {\n      lotId lotNo lotTitle lotState projectId projectNo projectTitle suspended\n      challenges {\n        id subject content state supplierName createdAt answerDueAt answer answeredAt overdue\n        complaint { id state content createdAt decisionDueAt overdue decisionReason remedy decidedAt }\n      }\n      suspensions { id reason suspendedAt liftedAt }\n    }\n  }\n": types.LotOversightDocument,
    "\n  query TenderComplaints($state: TenderComplaintState) {\n    tenderComplaints(state: $state) {\n      id challengeId lotId supplierName content state createdAt decisionDueAt overdue decisionReason remedy decidedAt\n    }\n  }\n": types.TenderComplaintsDocument,
    "\n  mutation DecideTenderComplaint($input: DecideTenderComplaintInput!) {\n    decideTenderComplaint(input: $input) { id state remedy decisionReason decidedAt }\n  }\n": types.DecideTenderComplaintDocument,
    "\n  mutation SuspendTenderLot($lotId: ID!, $reason: String!) {\n    suspendTenderLot(lotId: $lotId, reason: $reason) { id lotId reason suspendedAt liftedAt }\n  }\n": types.SuspendTenderLotDocument,
    "\n  mutation ResumeTenderLot($lotId: ID!) {\n    resumeTenderLot(lotId: $lotId) { id lotId liftedAt }\n  }\n": types.ResumeTenderLotDocument,
    "\n  query ScoreDeviations($lotId: ID) {\n    scoreDeviations(first: 200, lotId: $lotId) {\n      id lotId projectNo bidId expertId expertName criterion score panelMean maximum beyondThreshold beyondZ reason reasonAt createdAt\n    }\n  }\n": types.ScoreDeviationsDocument,
    "\n  query TenderDeadlineFlags {\n    tenderDeadlineFlags { id kind lotId subjectId dueAt flaggedAt }\n  }\n": types.TenderDeadlineFlagsDocument,
    "\n  query EvaluationExperts {\n    evaluationExperts {\n      id loginName displayName active organisationId organisationName createdAt\n      profile { title employerName employerUscc categoryCodes }\n    }\n  }\n": types.EvaluationExpertsDocument,
    "\n  query ExpertRelations {\n    expertRelations { id expertId supplierId supplierName kind note createdAt }\n  }\n": types.ExpertRelationsDocument,
    "\n  query ExpertOrganisations {\n    organisations(kind: FINANCE_DEPARTMENT, first: 50) { nodes { id name } }\n  }\n": types.ExpertOrganisationsDocument,
    "\n  mutation CreateExpert($input: CreateUserInput!) {\n    createUser(input: $input) { id loginName displayName }\n  }\n": types.CreateExpertDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainVerification {\n    auditChainVerification { ok checked firstBroken { seq entryId problem } }\n  }\n"): typeof import('./graphql').AuditChainVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditEntryFilterInput, $first: Int, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id seq occurredAt actorUserId actorName actorOrganisationId actorOrganisationName action subjectType subjectId\n        requestId change changeDigest changeCheck entryIntact hash prevHash\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').AuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditOrganisations {\n    organisations(first: 100) { nodes { id name } }\n  }\n"): typeof import('./graphql').AuditOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueue($first: Int, $after: String) {\n    listingApprovalQueue(first: $first, after: $after) {\n      nodes {\n        id state title description brand model price stock warrantyMonths\n        categoryCode categoryName standardProductId deliveryRegionCodes imageUrls\n        policyTags { tag certificateNo issuer validUntil valid }\n        supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n        submittedAt\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ApprovalQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminListing($id: ID!) {\n    listing(id: $id) {\n      id state title price stock categoryCode categoryName\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked\n      submittedAt approvedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price changedAt }\n    }\n  }\n"): typeof import('./graphql').AdminListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveListing($id: ID!) {\n    approveListing(id: $id) { id state }\n  }\n"): typeof import('./graphql').ApproveListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectListing($id: ID!, $reason: String!) {\n    rejectListing(id: $id, reason: $reason) { id state rejectionReason }\n  }\n"): typeof import('./graphql').RejectListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorDelistListing($id: ID!, $reason: String!) {\n    operatorDelistListing(id: $id, reason: $reason) { id state delistedBy delistReason }\n  }\n"): typeof import('./graphql').OperatorDelistListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n"): typeof import('./graphql').AdminCategoryTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id code name parentCode level energySavingMandatory }\n  }\n"): typeof import('./graphql').CreateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {\n    standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id brand model name categoryCode specs { key value } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').AdminStandardProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStandardProduct($input: CreateStandardProductInput!) {\n    createStandardProduct(input: $input) { id brand model name categoryCode }\n  }\n"): typeof import('./graphql').CreateStandardProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suppliers($first: Int, $after: String) {\n    organisations(kind: SUPPLIER, first: $first, after: $after) {\n      nodes { id name uscc active enterpriseSize integrityBlocked createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').SuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {\n    setSupplierIntegrityBlocked(organisationId: $organisationId, blocked: $blocked, reason: $reason) { id integrityBlocked }\n  }\n"): typeof import('./graphql').SetSupplierIntegrityBlockedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepositLedger($lotId: ID, $state: DepositState) {\n    deposits(lotId: $lotId, state: $state) {\n      id lotId lotNo lotTitle projectId projectNo projectTitle supplierOrganisationId amount state virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision createdAt\n      refund { id trigger triggeredAt dueBy method principal interest lateCharge total bankTransfer daysHeld lateDays formula state bankSerialNo completedAt }\n    }\n  }\n"): typeof import('./graphql').DepositLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlaggedDepositTransfers {\n    flaggedDepositTransfers { id bankSerialNo reference amount payerAccountName arrivedAt state flag depositId }\n  }\n"): typeof import('./graphql').FlaggedDepositTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDepositTransfer($input: RecordDepositTransferInput!) {\n    recordDepositTransfer(input: $input) { id bankSerialNo reference amount payerAccountName arrivedAt state flag depositId }\n  }\n"): typeof import('./graphql').RecordDepositTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnDepositTransfer($id: ID!, $bankSerialNo: String!, $note: String!) {\n    returnDepositTransfer(id: $id, bankSerialNo: $bankSerialNo, note: $note) { id state bankSerialNo returnSerialNo returnNote returnedAt }\n  }\n"): typeof import('./graphql').ReturnDepositTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDepositRefund($id: ID!, $bankSerialNo: String!) {\n    confirmDepositRefund(id: $id, bankSerialNo: $bankSerialNo) { id state bankSerialNo completedAt }\n  }\n"): typeof import('./graphql').ConfirmDepositRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDepositChallenge($id: ID!, $uphold: Boolean!, $note: String!) {\n    decideDepositChallenge(id: $id, uphold: $uphold, note: $note) { id state challengeDecision }\n  }\n"): typeof import('./graphql').DecideDepositChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepositReconciliation($xlsx: Boolean) {\n    depositReconciliation(xlsx: $xlsx) {\n      rows { depositId lotId lotNo lotTitle projectId projectNo projectTitle supplierName state paid refundedPrincipal interest lateCharge forfeited held refundState difference flagged }\n      flaggedCount\n      xlsxBase64\n    }\n  }\n"): typeof import('./graphql').DepositReconciliationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuaranteeIssuerList {\n    guaranteeIssuers { id name kind algorithm publicKey callbackUrl }\n  }\n"): typeof import('./graphql').GuaranteeIssuerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterGuaranteeIssuer($input: RegisterGuaranteeIssuerInput!) {\n    registerGuaranteeIssuer(input: $input) { id name kind algorithm publicKey callbackUrl }\n  }\n"): typeof import('./graphql').RegisterGuaranteeIssuerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepositTenantZone {\n    tenant { timeZone }\n  }\n"): typeof import('./graphql').DepositTenantZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetLines($unitId: ID, $fiscalYear: Int, $first: Int, $after: String) {\n    budgetLines(unitId: $unitId, fiscalYear: $fiscalYear, first: $first, after: $after) {\n      nodes { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').BudgetLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPicker($kind: OrganisationKind, $first: Int, $after: String) {\n    organisations(kind: $kind, first: $first, after: $after) {\n      nodes { id name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').OrganisationPickerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n  }\n"): typeof import('./graphql').CreateBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustBudgetLine($id: ID!, $input: AdjustBudgetLineInput!) {\n    adjustBudgetLine(id: $id, input: $input) { id code name unitId unitName fiscalYear amount used frozen available updatedAt }\n  }\n"): typeof import('./graphql').AdjustBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetLineImportTemplate {\n    budgetLineImportTemplate { fileName mimeType contentBase64 }\n  }\n"): typeof import('./graphql').BudgetLineImportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBudgetLines($input: ImportBudgetLinesInput!) {\n    importBudgetLines(input: $input) { imported total errors { row field message reason } }\n  }\n"): typeof import('./graphql').ImportBudgetLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentRequests($state: PaymentState, $first: Int, $after: String) {\n    paymentRequests(state: $state, first: $first, after: $after) {\n      nodes {\n        id paymentNo title amount state provider subjectType subjectId\n        payerOrganisationId payeeOrganisationId createdAt bankReference rejectionReason\n        reviewReason reviewDetail { key value }\n        payeeAccount { bankName accountName accountNo }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').PaymentRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsForReview($first: Int) {\n    payments(needsReview: true, first: $first) {\n      nodes {\n        id paymentNo title amount state provider subjectType subjectId\n        payerOrganisationId payeeOrganisationId createdAt\n        reviewReason reviewDetail { key value }\n      }\n    }\n  }\n"): typeof import('./graphql').PaymentsForReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationName($id: ID!) {\n    organisation(id: $id) { id name }\n  }\n"): typeof import('./graphql').OrganisationNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePaymentRequest($id: ID!, $bankReference: String!) {\n    approvePaymentRequest(id: $id, bankReference: $bankReference) { id state bankReference }\n  }\n"): typeof import('./graphql').ApprovePaymentRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPaymentRequest($id: ID!, $reason: String!) {\n    rejectPaymentRequest(id: $id, reason: $reason) { id state rejectionReason }\n  }\n"): typeof import('./graphql').RejectPaymentRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearPaymentReview($id: ID!, $note: String!) {\n    clearPaymentReview(id: $id, note: $note) { id reviewReason }\n  }\n"): typeof import('./graphql').ClearPaymentReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrders($filter: OrderFilterInput, $first: Int, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      nodes { id orderNo buyerId buyerName supplierId supplierName total acceptedAmount state placedAt dueAt dueKind overdue }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').AdminOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      id orderNo buyerName supplierName total acceptedAmount state placedAt dueAt dueKind overdue\n      budgetLineCode reason logisticsCompany trackingNo\n      deliveryAddress { recipient phone regionCode address }\n      invoice { invoiceCode invoiceNo amount issuedOn }\n      lines { id title quantity unitPrice amount acceptedQuantity }\n      timeline { action fromState toState at note actorUserId }\n    }\n  }\n"): typeof import('./graphql').AdminOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersExport($filter: OrderFilterInput) {\n    ordersExport(filter: $filter) { fileName mimeType contentBase64 }\n  }\n"): typeof import('./graphql').OrdersExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentSettings {\n    paymentSettings {\n      enabledProviders defaultProvider alipayAppId alipayGatewayUrl alipayNotifyUrlBase alipayNotifyUrl\n      alipayPrivateKeyConfigured alipayPublicKey updatedAt\n    }\n  }\n"): typeof import('./graphql').PaymentSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePaymentSettings($input: PaymentSettingsInput!) {\n    updatePaymentSettings(input: $input) {\n      enabledProviders defaultProvider alipayAppId alipayGatewayUrl alipayNotifyUrlBase alipayNotifyUrl\n      alipayPrivateKeyConfigured alipayPublicKey updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdatePaymentSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrderNo($id: ID!) {\n    order(id: $id) { id orderNo }\n  }\n"): typeof import('./graphql').AdminOrderNoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LenderList {\n    lenders { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n    financingApplications { id contractNo supplierName lenderName amount state createdAt deliveredAt }\n    financingPlatformKey { publicKey keyId }\n    tenant { timeZone }\n  }\n"): typeof import('./graphql').LenderListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterLender($input: LenderInput!) {\n    registerLender(input: $input) { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n  }\n"): typeof import('./graphql').RegisterLenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLender($id: ID!, $input: LenderInput!) {\n    updateLender(id: $id, input: $input) { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }\n  }\n"): typeof import('./graphql').UpdateLenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLenderActive($id: ID!, $active: Boolean!) {\n    setLenderActive(id: $id, active: $active) { id active }\n  }\n"): typeof import('./graphql').SetLenderActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {\n    priceFindings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id listingId supplierOrganisationId state price reference referenceSource deviationBp toleranceBp dueAt createdAt\n        justification justifiedAt dismissalReason closedAt closeNote\n        evidence { source value sample counted detail { key value } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').PriceFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionSuppliers($after: String) {\n    organisations(kind: SUPPLIER, first: 100, after: $after) {\n      nodes { id name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').InspectionSuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissPriceFinding($id: ID!, $reason: String!) {\n    dismissPriceFinding(id: $id, reason: $reason) { id state dismissalReason closedAt }\n  }\n"): typeof import('./graphql').DismissPriceFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPriceFinding($id: ID!, $note: String!) {\n    reopenPriceFinding(id: $id, note: $note) { id state dueAt }\n  }\n"): typeof import('./graphql').ReopenPriceFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionRuns($first: Int, $after: String) {\n    inspectionRuns(first: $first, after: $after) {\n      nodes { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').InspectionRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionRun($id: ID!) {\n    inspectionRun(id: $id) { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n  }\n"): typeof import('./graphql').InspectionRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartInspectionRun {\n    startInspectionRun { id trigger state total done findings corrected asOf startedAt finishedAt listingId }\n  }\n"): typeof import('./graphql').StartInspectionRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceReferenceTemplate {\n    priceReferenceTemplate { fileName mimeType contentBase64 }\n  }\n"): typeof import('./graphql').PriceReferenceTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPriceReferences($input: ImportPriceReferencesInput!) {\n    importPriceReferences(input: $input) { id name origin total imported failed createdAt errors { row field column reason message } }\n  }\n"): typeof import('./graphql').ImportPriceReferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceReferenceImportErrorReport($id: ID!, $format: ReportFormat!) {\n    priceReferenceImportErrorReport(id: $id, format: $format) { fileName mimeType contentBase64 }\n  }\n"): typeof import('./graphql').PriceReferenceImportErrorReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceReferenceImport($id: ID!) {\n    priceReferenceImport(id: $id) { id name origin total imported failed createdAt errors { row field column reason message } }\n  }\n"): typeof import('./graphql').PriceReferenceImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrityPenaltyImportTemplate {\n    integrityPenaltyImportTemplate { fileName mimeType contentBase64 }\n  }\n"): typeof import('./graphql').IntegrityPenaltyImportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportIntegrityPenalties($input: ImportIntegrityPenaltiesInput!) {\n    importIntegrityPenalties(input: $input) { imported total errors { row field message reason } }\n  }\n"): typeof import('./graphql').ImportIntegrityPenaltiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrityStandings($filter: IntegrityStandingFilterInput, $first: Int, $after: String) {\n    integrityStandings(filter: $filter, first: $first, after: $after) {\n      nodes { supplierId supplierName score band blockedByBand operatorBlocked eventCount computedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').IntegrityStandingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrityAppeals($state: IntegrityAppealState, $first: Int, $after: String) {\n    integrityAppeals(state: $state, first: $first, after: $after) {\n      nodes {\n        id supplierId supplierName reason state decisionReason createdAt decidedAt\n        event { id kind occurredAt points pointsNow evidence { orderNo listingId documentNo authority decidedOn } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').IntegrityAppealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideIntegrityAppeal($appealId: ID!, $uphold: Boolean!, $reason: String!) {\n    decideIntegrityAppeal(appealId: $appealId, uphold: $uphold, reason: $reason) { appealId eventId state }\n  }\n"): typeof import('./graphql').DecideIntegrityAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierIntegrity($supplierId: ID!, $first: Int, $after: String) {\n    supplierIntegrity(supplierId: $supplierId, first: $first, after: $after) {\n      standing { supplierId supplierName score band blockedByBand operatorBlocked eventCount computedAt }\n      events {\n        nodes {\n          id kind occurredAt points pointsNow state manual\n          evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }\n          appeal { id state reason decisionReason }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').SupplierIntegrityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntegrityPenalty($input: IntegrityPenaltyInput!) {\n    recordIntegrityPenalty(input: $input) { eventId standing { score band blockedByBand } }\n  }\n"): typeof import('./graphql').RecordIntegrityPenaltyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationDeliveries($state: NotificationDeliveryState!, $first: Int, $after: String) {\n    notificationDeliveries(state: $state, first: $first, after: $after) {\n      nodes { id eventType userName channel state attempts lastError skipReason createdAt updatedAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { timeZone }\n  }\n"): typeof import('./graphql').NotificationDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendNotificationDelivery($id: ID!) {\n    resendNotificationDelivery(id: $id) { id state }\n  }\n"): typeof import('./graphql').ResendNotificationDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingWeights {\n    rankingWeights { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n"): typeof import('./graphql').RankingWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRankingWeights($input: RankingWeightsInput!) {\n    updateRankingWeights(input: $input) { policyWeightBp integrityWeightBp priceWeightBp salesWeightBp policyTags }\n  }\n"): typeof import('./graphql').UpdateRankingWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceSignals($filter: ComplianceSignalFilterInput, $first: Int, $after: String) {\n    complianceSignals(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id kind state severity createdAt period categoryCode categoryName amount threshold\n        unit { id name } lot { id title projectNo projectTitle } expert { id name } shared { kind value }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').ComplianceSignalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceSignal($id: ID!) {\n    complianceSignal(id: $id) {\n      id kind state severity createdAt updatedAt period periodFrom periodTo categoryCode categoryName amount threshold directOrderMax\n      unit { id name } lot { id title projectNo projectTitle budget } expert { id name } shared { kind value }\n      orders { orderId orderNo supplier { id name } amount total placedAt }\n      bids { bidId supplier { id name } price value }\n      deviations { bidId supplier { id name } criterionKey scoreHundredths meanHundredths maxHundredths beyondThreshold beyondZ reason }\n      reviewer { id name } reviewedAt dismissalReason referredTo referralNote\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').ComplianceSignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissComplianceSignal($id: ID!, $reason: String!) {\n    dismissComplianceSignal(id: $id, reason: $reason) { id state dismissalReason reviewedAt reviewer { id name } }\n  }\n"): typeof import('./graphql').DismissComplianceSignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferComplianceSignal($id: ID!, $to: String!, $note: String!) {\n    referComplianceSignal(id: $id, to: $to, note: $note) { id state referredTo referralNote reviewedAt reviewer { id name } }\n  }\n"): typeof import('./graphql').ReferComplianceSignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunComplianceChecks {\n    runComplianceChecks { raised refreshed }\n  }\n"): typeof import('./graphql').RunComplianceChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsDashboard($period: StatisticsPeriodInput!, $by: SpendingDimension!, $filter: StatisticsFilterInput) {\n    spendingStatistics(period: $period, by: $by, filter: $filter) {\n      by total\n      rows { month key label amount records }\n      totals { key label amount records shareBp }\n    }\n    savingsStatistics(period: $period, filter: $filter) {\n      rows { month lots budget price savings rateBp }\n      total { lots budget price savings rateBp }\n    }\n    policyShareStatistics(period: $period, filter: $filter) {\n      smeTargetBp\n      rows { month total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp }\n      total { total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp }\n    }\n    concentrationStatistics(period: $period, filter: $filter) {\n      rows { categoryCode label total suppliers hhi topSupplier topShareBp }\n    }\n    competitionStatistics(period: $period, filter: $filter) {\n      rows { month lots validBids bidsPerLotHundredths bidders sellers suppliers }\n      total { lots validBids bidsPerLotHundredths }\n    }\n    inspectionStatistics(period: $period, filter: $filter) {\n      rows { month total open justified dismissed corrected delisted }\n      total { total open justified dismissed corrected delisted }\n    }\n    integrityBandStatistics(period: $period) {\n      now { a b c d unscored total }\n      rows { month a b c d total }\n    }\n    signalStatistics(period: $period) {\n      rows { month total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }\n      total { total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }\n      now { open dismissed referred }\n    }\n    financingStatistics(period: $period) {\n      month\n      byState { state count amount lenderAmount }\n    }\n  }\n"): typeof import('./graphql').StatisticsDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsExport($figure: StatisticsFigure!, $period: StatisticsPeriodInput!, $by: SpendingDimension, $filter: StatisticsFilterInput) {\n    statisticsExport(figure: $figure, period: $period, by: $by, filter: $filter) { fileName mimeType contentBase64 }\n  }\n"): typeof import('./graphql').StatisticsExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsReports {\n    statisticsReports { id kind period state generatedAt fileName createdAt }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').StatisticsReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestStatisticsReport($input: RequestStatisticsReportInput!) {\n    requestStatisticsReport(input: $input) { id kind period state generatedAt fileName createdAt }\n  }\n"): typeof import('./graphql').RequestStatisticsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsReportFile($id: ID!) {\n    statisticsReportFile(id: $id) { fileName mimeType contentBase64 }\n  }\n"): typeof import('./graphql').StatisticsReportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantSettingsFields on TenantDetail {\n    id\n    code\n    slug\n    name\n    timeZone\n    currency\n    settings {\n      purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n      tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n      challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n      deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n      evaluation { smeDeductionBp scoreDeviationBp smeReservedShareBp }\n      inspection { priceAboveReferenceAlertBp correctionWorkingDays sources historyDays importedMaxAgeDays minPeerSample transactionDays minTransactionSample repeatOffenceCount repeatOffenceDays referenceFeedUrl }\n      mall { confirmWorkingDays shipWorkingDays acceptWorkingDays }\n      integrity {\n        orderConfirmedOnTimePoints orderConfirmedLatePoints deliveredOnTimePoints deliveredLatePoints acceptancePassedPoints acceptanceFailedPoints\n        priceOffencePoints repeatPriceOffencePoints withdrawnAfterWinningPoints refusedToSignPoints depositForfeitedPoints challengeGroundlessPoints\n        complaintUpheldPoints administrativePenaltyPoints blacklistRecordPoints halfLifeDays baseScore bandAMin bandBMin bandCMin blockBand\n      }\n      signals { splittingPeriod splittingCategoryLevel }\n      sourcing { minQuotes quoteMinWorkingDays }\n      notifications { reminderHoursBefore reminderWorkingDaysBefore }\n      financing { minOrder }\n    }\n  }\n"): typeof import('./graphql').TenantSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenant {\n      ...TenantSettingsFields\n    }\n  }\n"): typeof import('./graphql').TenantSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateTenantSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) { day kind name }\n  }\n"): typeof import('./graphql').CalendarDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) { day kind name }\n  }\n"): typeof import('./graphql').SetCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n"): typeof import('./graphql').RemoveCalendarDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderTimeZone {\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').TenderTimeZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightProjects($state: TenderProjectState, $method: ProcurementMethod, $first: Int, $after: String) {\n    tenderProjects(state: $state, method: $method, first: $first, after: $after) {\n      nodes {\n        id projectNo title state method budget buyerName agencyName bidDeadline publishedAt createdAt\n        lots { id lotNo title state }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').OversightProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightProject($id: ID!) {\n    supervisedTenderProject(id: $id) {\n      id projectNo title description state method kind categoryCode evaluationMethod budget buyerName agencyName\n      documentsFrom documentsUntil bidDeadline publishedAt cancelReason registrations documentDownloads\n      lots { id lotNo title scope state budget deposit minBidders failureReason }\n    }\n  }\n"): typeof import('./graphql').OversightProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotOpening($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotState bidDeadline decryptionEndsAt failureReason\n      entries { bidId supplierName state price overBudget submittedAt reason }\n    }\n  }\n"): typeof import('./graphql').LotOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotEvaluation($lotId: ID!) {\n    evaluationSummary(lotId: $lotId) {\n      lotId evaluationMethod\n      ranking { bidId rank supplierName price evaluatedPrice priceScore total smeDeducted }\n    }\n  }\n"): typeof import('./graphql').LotEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotAward($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId winnerName price rank againstRankingReason publishedAt challengeUntil contractDueAt\n    }\n  }\n"): typeof import('./graphql').LotAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotOversight($lotId: ID!) {\n    tenderLotOversight(lotId: $lotId) {\n      lotId lotNo lotTitle lotState projectId projectNo projectTitle suspended\n      challenges {\n        id subject content state supplierName createdAt answerDueAt answer answeredAt overdue\n        complaint { id state content createdAt decisionDueAt overdue decisionReason remedy decidedAt }\n      }\n      suspensions { id reason suspendedAt liftedAt }\n    }\n  }\n"): typeof import('./graphql').LotOversightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderComplaints($state: TenderComplaintState) {\n    tenderComplaints(state: $state) {\n      id challengeId lotId supplierName content state createdAt decisionDueAt overdue decisionReason remedy decidedAt\n    }\n  }\n"): typeof import('./graphql').TenderComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideTenderComplaint($input: DecideTenderComplaintInput!) {\n    decideTenderComplaint(input: $input) { id state remedy decisionReason decidedAt }\n  }\n"): typeof import('./graphql').DecideTenderComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTenderLot($lotId: ID!, $reason: String!) {\n    suspendTenderLot(lotId: $lotId, reason: $reason) { id lotId reason suspendedAt liftedAt }\n  }\n"): typeof import('./graphql').SuspendTenderLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeTenderLot($lotId: ID!) {\n    resumeTenderLot(lotId: $lotId) { id lotId liftedAt }\n  }\n"): typeof import('./graphql').ResumeTenderLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreDeviations($lotId: ID) {\n    scoreDeviations(first: 200, lotId: $lotId) {\n      id lotId projectNo bidId expertId expertName criterion score panelMean maximum beyondThreshold beyondZ reason reasonAt createdAt\n    }\n  }\n"): typeof import('./graphql').ScoreDeviationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderDeadlineFlags {\n    tenderDeadlineFlags { id kind lotId subjectId dueAt flaggedAt }\n  }\n"): typeof import('./graphql').TenderDeadlineFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationExperts {\n    evaluationExperts {\n      id loginName displayName active organisationId organisationName createdAt\n      profile { title employerName employerUscc categoryCodes }\n    }\n  }\n"): typeof import('./graphql').EvaluationExpertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertRelations {\n    expertRelations { id expertId supplierId supplierName kind note createdAt }\n  }\n"): typeof import('./graphql').ExpertRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertOrganisations {\n    organisations(kind: FINANCE_DEPARTMENT, first: 50) { nodes { id name } }\n  }\n"): typeof import('./graphql').ExpertOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExpert($input: CreateUserInput!) {\n    createUser(input: $input) { id loginName displayName }\n  }\n"): typeof import('./graphql').CreateExpertDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
