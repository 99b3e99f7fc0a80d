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
    "\n  query Auction($id: ID!) {\n    auction(id: $id) {\n      id direction state title description categoryCode quantity startPrice step floor deposit appraisal photoUrls viewing\n      startsAt scheduledEndAt endsAt extendWindowMinutes extendByMinutes maxExtensions extensions bidCount bestPrice\n      endedAt stateReason createdAt serverTime orderId\n      organiser { id name } buyer { id name } winner { id name }\n      myDeposit { id amount state virtualAccountRef paidAt }\n    }\n    tenant { timeZone }\n  }\n": typeof types.AuctionDocument,
    "\n  query Auctions($filter: AuctionFilterInput, $first: Int, $after: String) {\n    auctions(filter: $filter, first: $first, after: $after) {\n      nodes { id direction state title quantity startPrice bestPrice bidCount startsAt endsAt deposit photoUrls organiser { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { timeZone }\n  }\n": typeof types.AuctionsDocument,
    "\n  query MyAuctionBids($auctionId: ID!) {\n    myAuctionBids(auctionId: $auctionId) { id sequence bidder price at abnormallyLow extended }\n  }\n": typeof types.MyAuctionBidsDocument,
    "\n  query AuctionLog($auctionId: ID!) {\n    auctionLog(auctionId: $auctionId) { id sequence bidder price at abnormallyLow extended winning bidderOrganisation { id name } }\n  }\n": typeof types.AuctionLogDocument,
    "\n  query AuctionSettlement($auctionId: ID!) {\n    auctionSettlement(auctionId: $auctionId) { id auctionId winner { id name } price depositCredited balanceDue text issuedAt }\n  }\n": typeof types.AuctionSettlementDocument,
    "\n  mutation CreateAuction($input: CreateAuctionInput!) {\n    createAuction(input: $input) { id state }\n  }\n": typeof types.CreateAuctionDocument,
    "\n  mutation CancelAuction($auctionId: ID!, $reason: String!) {\n    cancelAuction(auctionId: $auctionId, reason: $reason) { id state stateReason }\n  }\n": typeof types.CancelAuctionDocument,
    "\n  mutation PlaceAuctionBid($input: PlaceAuctionBidInput!) {\n    placeAuctionBid(input: $input) { duplicate bestPrice endsAt serverTime bid { id sequence bidder price abnormallyLow extended } }\n  }\n": typeof types.PlaceAuctionBidDocument,
    "\n  mutation RegisterForAuction($auctionId: ID!) {\n    registerForAuction(auctionId: $auctionId) { id amount state virtualAccountRef paidAt }\n  }\n": typeof types.RegisterForAuctionDocument,
    "\n  query CategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n": typeof types.CategoryTreeDocument,
    "\n  query StandardProductsOfCategory($categoryCode: String, $first: Int) {\n    standardProducts(categoryCode: $categoryCode, first: $first) {\n      nodes { id brand model name categoryCode specs { key value } }\n    }\n  }\n": typeof types.StandardProductsOfCategoryDocument,
    "\n  query StandardProduct($id: ID!) {\n    standardProduct(id: $id) { id brand model name specs { key value } }\n  }\n": typeof types.StandardProductDocument,
    "\n  query MyListings($state: ListingState, $first: Int, $after: String) {\n    myListings(state: $state, first: $first, after: $after) {\n      nodes {\n        id state title categoryCode categoryName price stock updatedAt submittedAt\n        rejectionReason delistedBy delistReason\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MyListingsDocument,
    "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id state title description brand model price stock warrantyMonths\n      categoryCode categoryName standardProductId\n      deliveryRegionCodes imageUrls\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked supplierIntegrityBand\n      approvedAt submittedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price previousPrice changedAt }\n    }\n  }\n": typeof types.ListingDocument,
    "\n  mutation CreateListing($input: ListingInput!) {\n    createListing(input: $input) { id state }\n  }\n": typeof types.CreateListingDocument,
    "\n  mutation UpdateListing($id: ID!, $input: ListingInput!) {\n    updateListing(id: $id, input: $input) { id state }\n  }\n": typeof types.UpdateListingDocument,
    "\n  mutation SubmitListing($id: ID!) {\n    submitListing(id: $id) { id state }\n  }\n": typeof types.SubmitListingDocument,
    "\n  mutation ResubmitListing($id: ID!) {\n    resubmitListing(id: $id) { id state }\n  }\n": typeof types.ResubmitListingDocument,
    "\n  mutation DelistListing($id: ID!, $reason: String) {\n    delistListing(id: $id, reason: $reason) { id state }\n  }\n": typeof types.DelistListingDocument,
    "\n  mutation ChangeListingPrice($id: ID!, $price: Money!) {\n    changeListingPrice(id: $id, price: $price) { id price }\n  }\n": typeof types.ChangeListingPriceDocument,
    "\n  mutation ChangeListingStock($id: ID!, $stock: Int!) {\n    changeListingStock(id: $id, stock: $stock) { id stock }\n  }\n": typeof types.ChangeListingStockDocument,
    "\n  query MyEnterprise {\n    me { id organisation { id name enterpriseSize integrityBlocked } }\n  }\n": typeof types.MyEnterpriseDocument,
    "\n  query MySupplierContacts {\n    me { id organisation { id legalRepresentative contactPhone } }\n  }\n": typeof types.MySupplierContactsDocument,
    "\n  mutation DeclareSupplierContacts($input: SupplierContactsInputType!) {\n    declareSupplierContacts(input: $input) { id legalRepresentative contactPhone }\n  }\n": typeof types.DeclareSupplierContactsDocument,
    "\n  mutation DeclareEnterpriseSize($size: EnterpriseSize!) {\n    declareEnterpriseSize(size: $size) { id enterpriseSize }\n  }\n": typeof types.DeclareEnterpriseSizeDocument,
    "\n  query ListingUploadTemplate {\n    listingUploadTemplate { contentBase64 fileName mimeType }\n  }\n": typeof types.ListingUploadTemplateDocument,
    "\n  mutation UploadListings($input: UploadListingsInput!) {\n    uploadListings(input: $input) { id fileName state total processed imported failed createdAt finishedAt errors { row column field reason message } }\n  }\n": typeof types.UploadListingsDocument,
    "\n  query ListingUpload($id: ID!) {\n    listingUpload(id: $id) { id fileName state total processed imported failed createdAt finishedAt errors { row column field reason message } }\n  }\n": typeof types.ListingUploadDocument,
    "\n  query ListingUploadErrorReport($id: ID!, $format: ReportFormat!) {\n    listingUploadErrorReport(id: $id, format: $format) { contentBase64 fileName mimeType }\n  }\n": typeof types.ListingUploadErrorReportDocument,
    "\n  query MyDeposits {\n    deposits {\n      id lotId lotNo lotTitle projectNo projectTitle amount state virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision createdAt\n      refund { id trigger triggeredAt dueBy method principal interest lateCharge total bankTransfer daysHeld lateDays formula state bankSerialNo completedAt }\n    }\n    guarantees { id guaranteeNo issuerName lotId lotNo lotTitle projectNo projectTitle amount validFrom validUntil state releasedAt claimReason }\n    depositAccount\n    tenant { timeZone }\n  }\n": typeof types.MyDepositsDocument,
    "\n  query DepositLot($lotId: ID!) {\n    openingRecord(lotId: $lotId) { lotId lotNo lotTitle projectNo projectTitle lotState bidDeadline }\n  }\n": typeof types.DepositLotDocument,
    "\n  query GuaranteeIssuers {\n    guaranteeIssuers { id name kind algorithm }\n  }\n": typeof types.GuaranteeIssuersDocument,
    "\n  query DepositPayments($subjectId: String!) {\n    payments(subjectType: \"deposit\", subjectId: $subjectId, first: 10) {\n      nodes { id paymentNo provider state amount payUrl createdAt }\n    }\n    paymentProviders { enabled default }\n  }\n": typeof types.DepositPaymentsDocument,
    "\n  mutation OpenDeposit($lotId: ID!) {\n    openDeposit(lotId: $lotId) { id lotId lotNo lotTitle projectNo projectTitle amount state virtualAccountRef }\n  }\n": typeof types.OpenDepositDocument,
    "\n  mutation PresentGuarantee($input: PresentGuaranteeInput!) {\n    presentGuarantee(input: $input) { id guaranteeNo state }\n  }\n": typeof types.PresentGuaranteeDocument,
    "\n  mutation ChallengeDepositForfeiture($id: ID!, $grounds: String!) {\n    challengeDepositForfeiture(id: $id, grounds: $grounds) { id state challengeGrounds }\n  }\n": typeof types.ChallengeDepositForfeitureDocument,
    "\n  mutation StartDepositPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { id paymentNo provider state amount payUrl }\n  }\n": typeof types.StartDepositPaymentDocument,
    "\n  query FinancingOverview {\n    financeableContracts {\n      subjectType subjectId contractNo title amount buyerName acceptanceStatus openApplicationId\n      lock { id bankName accountName accountNo lockedAt }\n    }\n    financingApplications {\n      id subjectType subjectId contractNo contractAmount lenderName amount state createdAt deliveredAt deliveryAttempts lastDeliveryError\n      lenderAmount lenderReason decidedAt package packageSignature platformKeyId\n    }\n    lenders { id name }\n    tenant { timeZone }\n  }\n": typeof types.FinancingOverviewDocument,
    "\n  mutation ApplyForFinancing($input: ApplyForFinancingInput!) {\n    applyForFinancing(input: $input) { id state contractNo }\n  }\n": typeof types.ApplyForFinancingDocument,
    "\n  query SubjectPayeeAccount($subjectType: FinancingSubjectType!, $subjectId: ID!) {\n    subjectPayeeAccount(subjectType: $subjectType, subjectId: $subjectId) { locked lock { bankName accountName accountNo lockedAt } }\n  }\n": typeof types.SubjectPayeeAccountDocument,
    "\n  query MyPriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {\n    myPriceFindings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id listingId state price reference referenceSource deviationBp toleranceBp dueAt createdAt\n        justification justifiedAt dismissalReason closedAt closeNote\n        evidence { source value sample counted detail { key value } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.MyPriceFindingsDocument,
    "\n  mutation JustifyPriceFinding($id: ID!, $reason: String!) {\n    justifyPriceFinding(id: $id, reason: $reason) { id state justification justifiedAt }\n  }\n": typeof types.JustifyPriceFindingDocument,
    "\n  query ListingPriceBand($listingId: ID!) {\n    listingPriceBand(listingId: $listingId) { listingId price q1 median q3 sampleSize importedLowest reference alertAbove }\n  }\n": typeof types.ListingPriceBandDocument,
    "\n  query MyIntegrity($first: Int, $after: String) {\n    myIntegrity(first: $first, after: $after) {\n      standing { score band blockedByBand operatorBlocked eventCount computedAt }\n      events {\n        nodes {\n          id kind occurredAt points pointsNow state manual\n          evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }\n          appeal { id state reason decisionReason createdAt decidedAt }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.MyIntegrityDocument,
    "\n  mutation AppealIntegrityEvent($eventId: ID!, $reason: String!) {\n    appealIntegrityEvent(eventId: $eventId, reason: $reason) { appealId eventId state }\n  }\n": typeof types.AppealIntegrityEventDocument,
    "\n  query BuyContext($fiscalYear: Int) {\n    budgetLines(fiscalYear: $fiscalYear, first: 100) {\n      nodes { id code name amount available fiscalYear }\n    }\n    tenant { code timeZone settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n": typeof types.BuyContextDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { id orderNo state total }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation CheckoutCart($input: CheckoutCartInput!) {\n    checkoutCart(input: $input) { id orderNo state total supplierName }\n  }\n": typeof types.CheckoutCartDocument,
    "\n  query Orders($filter: OrderFilterInput, $first: Int, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      nodes { id orderNo state total acceptedAmount buyerName supplierName placedAt dueKind dueAt overdue }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query Order($id: ID!) {\n    order(id: $id) {\n      id orderNo state total acceptedAmount buyerId buyerName supplierId supplierName\n      budgetLineId budgetLineCode placedAt updatedAt reason\n      deliveryAddress { recipient phone regionCode address }\n      logisticsCompany trackingNo\n      invoice { invoiceNo invoiceCode issuedOn amount }\n      dueKind dueAt overdue\n      lines { id listingId title unitPrice quantity acceptedQuantity amount }\n      timeline { action fromState toState actorUserId actorOrganisationId note at }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.OrderDocument,
    "\n  query OrderPayments($subjectId: String!) {\n    payments(subjectType: \"order\", subjectId: $subjectId, first: 20) {\n      nodes { id paymentNo provider state amount payUrl createdAt succeededAt rejectionReason bankReference }\n    }\n    paymentProviders { enabled default }\n  }\n": typeof types.OrderPaymentsDocument,
    "\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) { id state }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation ConfirmOrder($id: ID!) {\n    confirmOrder(id: $id) { id state }\n  }\n": typeof types.ConfirmOrderDocument,
    "\n  mutation RejectOrder($id: ID!, $reason: String!) {\n    rejectOrder(id: $id, reason: $reason) { id state }\n  }\n": typeof types.RejectOrderDocument,
    "\n  mutation ShipOrder($id: ID!, $input: ShipOrderInput!) {\n    shipOrder(id: $id, input: $input) { id state }\n  }\n": typeof types.ShipOrderDocument,
    "\n  mutation MarkOrderDelivered($id: ID!) {\n    markOrderDelivered(id: $id) { id state }\n  }\n": typeof types.MarkOrderDeliveredDocument,
    "\n  mutation AcceptOrder($id: ID!, $input: AcceptOrderInput!) {\n    acceptOrder(id: $id, input: $input) { id state }\n  }\n": typeof types.AcceptOrderDocument,
    "\n  mutation RefuseOrderAcceptance($id: ID!, $reason: String!) {\n    refuseOrderAcceptance(id: $id, reason: $reason) { id state }\n  }\n": typeof types.RefuseOrderAcceptanceDocument,
    "\n  mutation InvoiceOrder($id: ID!, $input: InvoiceOrderInput!) {\n    invoiceOrder(id: $id, input: $input) { id state }\n  }\n": typeof types.InvoiceOrderDocument,
    "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { id paymentNo provider state amount payUrl }\n  }\n": typeof types.StartPaymentDocument,
    "\n  mutation RefreshPayment($id: ID!) {\n    refreshPayment(id: $id) { id state }\n  }\n": typeof types.RefreshPaymentDocument,
    "\n  query MallHome {\n    me { id displayName organisation { id name uscc active } }\n    tenant { code settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n": typeof types.MallHomeDocument,
    "\n  query SupplierHome {\n    me { id displayName organisation { id name uscc active createdAt } }\n  }\n": typeof types.SupplierHomeDocument,
    "\n  query Search($text: String, $filters: SearchFiltersInput, $sort: SearchSort, $first: Int, $after: String) {\n    search(text: $text, filters: $filters, sort: $sort, first: $first, after: $after) {\n      nodes {\n        listingId title brand model price stock salesCount policyTags\n        supplierId supplierName supplierRegion categoryPath\n      }\n      pageInfo { hasNextPage endCursor }\n      total { value exact }\n      corrections { asked matched }\n      facets {\n        categories { value count }\n        brands { value count }\n        policyTags { value count }\n        regions { value count }\n        priceBuckets { min max count }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchExplanation($listingId: ID!, $text: String) {\n    searchExplanation(listingId: $listingId, text: $text) {\n      listingId formula matched pendingRecompute rank relevance score\n      lines { component label detail value weightBp contribution }\n    }\n  }\n": typeof types.SearchExplanationDocument,
    "\n  query CategoryListings($categoryCode: String!, $first: Int) {\n    search(filters: { categoryCode: $categoryCode }, first: $first) {\n      nodes { listingId title price policyTags supplierName }\n    }\n  }\n": typeof types.CategoryListingsDocument,
    "\n  query Inquiries {\n    inquiries { id title state budget quantity unit quoteDeadline validQuotes createdAt }\n  }\n": typeof types.InquiriesDocument,
    "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      id title categoryCode specification quantity unit deliveryDays budget budgetLineId buyerId buyerName quoteDeadline minQuotes tieRule\n      state failure validQuotes closedAt awardedQuoteId orderId relaunchOf cancelReason createdAt\n      deliveryAddress { regionCode address recipient phone }\n    }\n    tenant { timeZone }\n  }\n": typeof types.InquiryDocument,
    "\n  query InquiryQuotes($inquiryId: ID!) {\n    inquiryQuotes(inquiryId: $inquiryId) { id supplierId supplierName unitPrice total offer revision submittedAt rank invalidReason passedOverReason recommended }\n  }\n": typeof types.InquiryQuotesDocument,
    "\n  query MyInquiryQuote($inquiryId: ID!) {\n    myInquiryQuote(inquiryId: $inquiryId) { id unitPrice total offer revision submittedAt }\n  }\n": typeof types.MyInquiryQuoteDocument,
    "\n  query InquiryInvitations {\n    inquiryInvitations { id status invitedAt inquiry { id title buyerName state budget quantity unit quoteDeadline } }\n  }\n": typeof types.InquiryInvitationsDocument,
    "\n  query InquiryContext($fiscalYear: Int) {\n    budgetLines(fiscalYear: $fiscalYear, first: 100) { nodes { id code name amount available fiscalYear } }\n    tenant { code timeZone settings { purchaseRoutes { directOrderMax mallSourcingMax } } }\n  }\n": typeof types.InquiryContextDocument,
    "\n  mutation PublishInquiry($input: PublishInquiryInput!) { publishInquiry(input: $input) { id state } }\n": typeof types.PublishInquiryDocument,
    "\n  mutation CancelInquiry($id: ID!, $reason: String!) { cancelInquiry(id: $id, reason: $reason) { id state } }\n": typeof types.CancelInquiryDocument,
    "\n  mutation CloseInquiry($id: ID!) { closeInquiry(id: $id) { id state } }\n": typeof types.CloseInquiryDocument,
    "\n  mutation AwardInquiry($id: ID!, $quoteId: ID!) { awardInquiry(id: $id, quoteId: $quoteId) { id state orderId } }\n": typeof types.AwardInquiryDocument,
    "\n  mutation PassOverInquiryQuote($id: ID!, $quoteId: ID!, $reason: String!) { passOverInquiryQuote(id: $id, quoteId: $quoteId, reason: $reason) { id state } }\n": typeof types.PassOverInquiryQuoteDocument,
    "\n  mutation RelaunchInquiry($id: ID!, $quoteDeadline: DateTime!, $idempotencyKey: String!) {\n    relaunchInquiry(id: $id, quoteDeadline: $quoteDeadline, idempotencyKey: $idempotencyKey) { id state }\n  }\n": typeof types.RelaunchInquiryDocument,
    "\n  mutation SubmitInquiryQuote($input: SubmitInquiryQuoteInput!) {\n    submitInquiryQuote(input: $input) { id unitPrice total offer revision submittedAt }\n  }\n": typeof types.SubmitInquiryQuoteDocument,
    "\n  query SupplierDirectory($search: String!) {\n    supplierDirectory(search: $search) { id name uscc }\n  }\n": typeof types.SupplierDirectoryDocument,
    "\n  query HomeThresholds {\n    tenant {\n      code\n      settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } }\n    }\n  }\n": typeof types.HomeThresholdsDocument,
    "\n  query PublicRules {\n    tenant {\n      code\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        mall { confirmWorkingDays shipWorkingDays acceptWorkingDays }\n      }\n    }\n  }\n": typeof types.PublicRulesDocument,
    "\n  query LotFrame($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason\n      entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.LotFrameDocument,
    "\n  mutation ConcludeOpening($lotId: ID!) {\n    concludeOpening(lotId: $lotId) { lotId lotState failureReason }\n  }\n": typeof types.ConcludeOpeningDocument,
    "\n  query LotPanelDraw($lotId: ID!) {\n    panelDraw(lotId: $lotId) {\n      lotId seed size categoryCode candidateIds drawnAt\n      drawn { expertId name seat }\n      excluded { expertId name reason supplierName }\n    }\n  }\n": typeof types.LotPanelDrawDocument,
    "\n  mutation DrawEvaluationPanel($lotId: ID!, $size: Int) {\n    drawEvaluationPanel(lotId: $lotId, size: $size) { lotId seed size }\n  }\n": typeof types.DrawEvaluationPanelDocument,
    "\n  query VerifyPanelDraw($lotId: ID!) {\n    verifyPanelDraw(lotId: $lotId) { pickMatches candidatesMatch drawnExpertIds recomputedExpertIds }\n  }\n": typeof types.VerifyPanelDrawDocument,
    "\n  query EvaluationProgress($lotId: ID!) {\n    evaluationProgress(lotId: $lotId) {\n      lotId lotState\n      members { expertId name seat submittedAt }\n      bids { bidId supplierName supplierIntegrityBand state stateReason }\n      deviations { id bidId expertName criterion score panelMean maximum beyondThreshold beyondZ reason }\n    }\n  }\n": typeof types.EvaluationProgressDocument,
    "\n  query LotEvaluationSummary($lotId: ID!) {\n    evaluationSummary(lotId: $lotId) {\n      lotId lotState evaluationMethod smeDeductionBp\n      ranking { bidId supplierId supplierName supplierIntegrityBand rank price evaluatedPrice smeDeducted priceScore total criteria { criterion mean expertScores { expertId score } } }\n    }\n  }\n": typeof types.LotEvaluationSummaryDocument,
    "\n  mutation FinishEvaluation($lotId: ID!) {\n    finishEvaluation(lotId: $lotId) { lotId lotState }\n  }\n": typeof types.FinishEvaluationDocument,
    "\n  mutation ConfirmTenderAward($input: ConfirmTenderAwardInput!) {\n    confirmTenderAward(input: $input) { id lotId }\n  }\n": typeof types.ConfirmTenderAwardDocument,
    "\n  query LotAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId winnerName winnerOrganisationId price rank scoreHundredths againstRankingReason publishedAt noticeUntil challengeUntil contractDueAt lotState\n      ranking { supplierName price rank scoreHundredths }\n    }\n  }\n": typeof types.LotAwardNoticeDocument,
    "\n  query LotChallenges($lotId: ID!) {\n    tenderChallenges(lotId: $lotId) { id subject content state supplierName createdAt answerDueAt answer outcome answeredAt overdue }\n  }\n": typeof types.LotChallengesDocument,
    "\n  mutation AnswerTenderChallenge($id: ID!, $answer: String!, $outcome: TenderChallengeOutcome!) {\n    answerTenderChallenge(id: $id, answer: $answer, outcome: $outcome) { id state answer outcome answeredAt }\n  }\n": typeof types.AnswerTenderChallengeDocument,
    "\n  query LotContract($lotId: ID!) {\n    tenderContract(lotId: $lotId) {\n      id contractNo state amount buyerName supplierName paymentTerms deliveryTerms digest canonicalText dueAt\n      buyerSignature buyerSignedAt supplierSignature supplierSignedAt signedAt signedLate publishedAt publicationDueAt\n    }\n    tenderChallenges(lotId: $lotId) { id state }\n    mySigningKey { active { fingerprint publicKey } }\n  }\n": typeof types.LotContractDocument,
    "\n  mutation UpdateTenderContractTerms($id: ID!, $input: TenderContractTermsInput!) {\n    updateTenderContractTerms(id: $id, input: $input) { id paymentTerms deliveryTerms digest }\n  }\n": typeof types.UpdateTenderContractTermsDocument,
    "\n  mutation BuyerSignTenderContract($id: ID!, $signature: String!) {\n    signTenderContract(id: $id, signature: $signature) { id state buyerSignedAt supplierSignedAt publishedAt }\n  }\n": typeof types.BuyerSignTenderContractDocument,
    "\n  query LotDeposits($lotId: ID!) {\n    deposits(lotId: $lotId) { id supplierOrganisationId amount state paidAt paidVia forfeitReason challengeGrounds challengeDecision }\n    guarantees(lotId: $lotId) { id guaranteeNo issuerName supplierOrganisationId amount state validUntil claimReason claimEvidence }\n  }\n": typeof types.LotDepositsDocument,
    "\n  mutation ForfeitDeposit($id: ID!, $reason: String!) {\n    forfeitDeposit(id: $id, reason: $reason) { id state forfeitReason }\n  }\n": typeof types.ForfeitDepositDocument,
    "\n  mutation ClaimGuarantee($id: ID!, $reason: String!, $evidence: [String!]!) {\n    claimGuarantee(id: $id, reason: $reason, evidence: $evidence) { id state claimReason claimEvidence }\n  }\n": typeof types.ClaimGuaranteeDocument,
    "\n  query TenderAnnouncements($method: ProcurementMethod, $categoryCode: String, $first: Int, $after: String) {\n    tenderAnnouncements(method: $method, categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id projectNo title method kind categoryCode buyerName agencyName budget state publishedAt bidDeadline }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.TenderAnnouncementsDocument,
    "\n  query TenderAwardNotices($first: Int!) {\n    tenderAwardNotices(first: $first) { id lotId lotNo lotTitle projectId projectNo projectTitle winnerName price publishedAt }\n    tenant { code timeZone }\n  }\n": typeof types.TenderAwardNoticesDocument,
    "\n  query TenderNotice($id: ID!) {\n    tenderNotice(id: $id) {\n      id projectNo title description method kind categoryCode buyerName agencyName budget state publishedAt cancelReason\n      documentsFrom documentsUntil bidDeadline evaluationMethod smeDeductionBp qualification\n      criteria { key name kind weight }\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n    }\n    tenderClarifications(projectId: $id) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n    tenant { code timeZone }\n  }\n": typeof types.TenderNoticeDocument,
    "\n  query PublicLotAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) { id winnerName price publishedAt challengeUntil againstRankingReason }\n  }\n": typeof types.PublicLotAwardNoticeDocument,
    "\n  query LotPublishedContract($lotId: ID!) {\n    publishedTenderContract(lotId: $lotId) { id contractNo supplierName amount signedAt publishedAt }\n  }\n": typeof types.LotPublishedContractDocument,
    "\n  query MyTenderProjects($first: Int, $after: String) {\n    myTenderProjects(first: $first, after: $after) {\n      nodes { id projectNo title method state budget bidDeadline createdAt buyerName agencyName }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.MyTenderProjectsDocument,
    "\n  query TenderProject($id: ID!) {\n    tenderProject(id: $id) {\n      id projectNo title description method kind categoryCode buyerId buyerName agencyId agencyName budgetLineId budget state\n      createdAt publishedAt cancelReason documentsFrom documentsUntil bidDeadline evaluationMethod smeDeductionBp qualification\n      registrations documentDownloads\n      criteria { key name kind weight }\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n      documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n      questions { id body askedAt answeredById }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.TenderProjectDocument,
    "\n  query ProjectClarifications($projectId: ID!) {\n    tenderClarifications(projectId: $projectId) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n  }\n": typeof types.ProjectClarificationsDocument,
    "\n  query ProjectFormContext($loadLines: Boolean!) {\n    categoryTree { id code name parentCode level energySavingMandatory }\n    budgetLines(first: 100) @include(if: $loadLines) { nodes { id code name fiscalYear available } }\n    tenant { code timeZone }\n  }\n": typeof types.ProjectFormContextDocument,
    "\n  mutation CreateTenderProject($input: TenderProjectInput!) {\n    createTenderProject(input: $input) { id state }\n  }\n": typeof types.CreateTenderProjectDocument,
    "\n  mutation UpdateTenderProject($id: ID!, $input: TenderProjectInput!) {\n    updateTenderProject(id: $id, input: $input) { id state }\n  }\n": typeof types.UpdateTenderProjectDocument,
    "\n  mutation PublishTenderProject($id: ID!) {\n    publishTenderProject(id: $id) { id state publishedAt documentsFrom }\n  }\n": typeof types.PublishTenderProjectDocument,
    "\n  mutation CancelTenderProject($id: ID!, $reason: String!) {\n    cancelTenderProject(id: $id, reason: $reason) { id state cancelReason }\n  }\n": typeof types.CancelTenderProjectDocument,
    "\n  mutation AttachTenderDocument($projectId: ID!, $fileName: String!, $contentBase64: String!) {\n    attachTenderDocument(projectId: $projectId, fileName: $fileName, contentBase64: $contentBase64) { id fileName sm3 sizeBytes }\n  }\n": typeof types.AttachTenderDocumentDocument,
    "\n  mutation OwnerDownloadTenderDocument($id: ID!) {\n    downloadTenderDocument(id: $id) { fileName mimeType contentBase64 sm3 }\n  }\n": typeof types.OwnerDownloadTenderDocumentDocument,
    "\n  mutation PublishTenderClarification($projectId: ID!, $input: TenderClarificationInput!) {\n    publishTenderClarification(projectId: $projectId, input: $input) { id title affectsBids oldBidDeadline newBidDeadline }\n  }\n": typeof types.PublishTenderClarificationDocument,
    "\n  query LotChallengeAnswers($lotId: ID!) {\n    tenderChallengeAnswers(lotId: $lotId) { id subject content answer outcome answeredAt }\n  }\n": typeof types.LotChallengeAnswersDocument,
    "\n  query SupplierProject($projectId: ID!) {\n    tenderNotice(id: $projectId) {\n      id projectNo title description state method kind categoryCode buyerName agencyName budget qualification\n      documentsFrom documentsUntil bidDeadline publishedAt cancelReason evaluationMethod smeDeductionBp\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n    }\n    tenderClarifications(projectId: $projectId) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n    tenant { code timeZone }\n  }\n": typeof types.SupplierProjectDocument,
    "\n  query MyTenderRegistrations($first: Int, $after: String) {\n    myTenderRegistrations(first: $first, after: $after) {\n      nodes {\n        id registeredAt\n        notice { id projectNo title state buyerName bidDeadline }\n        documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.MyTenderRegistrationsDocument,
    "\n  mutation RegisterForTenderProject($projectId: ID!) {\n    registerForTenderProject(projectId: $projectId) {\n      id registeredAt\n      notice { id projectNo title state buyerName bidDeadline }\n      documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n    }\n  }\n": typeof types.RegisterForTenderProjectDocument,
    "\n  mutation DownloadTenderDocument($id: ID!) {\n    downloadTenderDocument(id: $id) { fileName mimeType contentBase64 sm3 }\n  }\n": typeof types.DownloadTenderDocumentDocument,
    "\n  mutation AskTenderQuestion($projectId: ID!, $body: String!) {\n    askTenderQuestion(projectId: $projectId, body: $body) { id body askedAt }\n  }\n": typeof types.AskTenderQuestionDocument,
    "\n  query MyLotBids($lotId: ID!) {\n    myBids(lotId: $lotId) { id version state price stateReason submittedAt }\n  }\n": typeof types.MyLotBidsDocument,
    "\n  query TenderAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId lotNo lotTitle lotState projectNo projectTitle winnerName winnerOrganisationId price rank scoreHundredths\n      againstRankingReason publishedAt noticeUntil challengeUntil contractDueAt\n      ranking { supplierName price rank scoreHundredths }\n    }\n  }\n": typeof types.TenderAwardNoticeDocument,
    "\n  mutation FileTenderChallenge($input: FileTenderChallengeInput!) {\n    fileTenderChallenge(input: $input) { id lotId subject state createdAt answerDueAt }\n  }\n": typeof types.FileTenderChallengeDocument,
    "\n  query MyTenderChallenges {\n    myTenderChallenges {\n      id lotId lotTitle projectNo subject content state createdAt answerDueAt answer outcome answeredAt overdue\n      complaint { id content state createdAt decisionDueAt decidedAt decisionReason remedy overdue }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.MyTenderChallengesDocument,
    "\n  mutation FileTenderComplaint($challengeId: ID!, $content: String!) {\n    fileTenderComplaint(challengeId: $challengeId, content: $content) { id challengeId state createdAt decisionDueAt }\n  }\n": typeof types.FileTenderComplaintDocument,
    "\n  query SupplierContract($lotId: ID!) {\n    tenderContract(lotId: $lotId) {\n      id contractNo state projectId projectTitle lotId lotTitle buyerName supplierName supplierOrganisationId amount\n      paymentTerms deliveryTerms canonicalText digest dueAt signedAt signedLate publishedAt\n      buyerSignature buyerSignedAt supplierSignature supplierSignedAt\n    }\n    mySigningKey { active { fingerprint publicKey } }\n    tenderAwardNotice(lotId: $lotId) { id lotState declinedAt declineReason }\n    tenant { code timeZone }\n  }\n": typeof types.SupplierContractDocument,
    "\n  mutation SupplierDeclineTenderAward($lotId: ID!, $reason: String!) {\n    declineTenderAward(lotId: $lotId, reason: $reason) { id lotState declinedAt declineReason }\n  }\n": typeof types.SupplierDeclineTenderAwardDocument,
    "\n  mutation SupplierSignTenderContract($id: ID!, $signature: String!) {\n    signTenderContract(id: $id, signature: $signature) { id state supplierSignature supplierSignedAt buyerSignature buyerSignedAt signedAt }\n  }\n": typeof types.SupplierSignTenderContractDocument,
    "\n  query MyBidLots {\n    myBidLots { lotId lotNo lotTitle lotState projectId projectNo projectTitle won }\n  }\n": typeof types.MyBidLotsDocument,
    "\n  query MySigningKey {\n    mySigningKey { active { id fingerprint publicKey createdAt } }\n    tenant { code timeZone }\n  }\n": typeof types.MySigningKeyDocument,
    "\n  mutation RegisterSigningKey($publicKey: String!) {\n    registerSigningKey(publicKey: $publicKey) { id fingerprint publicKey createdAt }\n  }\n": typeof types.RegisterSigningKeyDocument,
    "\n  query BidContext($lotId: ID!) {\n    openingRecord(lotId: $lotId) { lotId lotNo lotTitle projectNo projectTitle budget bidDeadline lotState }\n    myBids(lotId: $lotId) {\n      id lotId version state submittedAt digest price stateReason\n      receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }\n    }\n    mySigningKey { active { fingerprint publicKey } }\n    platformReceiptKey { fingerprint publicKey }\n    tenant { code timeZone }\n  }\n": typeof types.BidContextDocument,
    "\n  mutation SubmitBid($input: SubmitBidInput!) {\n    submitBid(input: $input) {\n      id lotId version state submittedAt digest\n      receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }\n    }\n  }\n": typeof types.SubmitBidDocument,
    "\n  mutation WithdrawBid($bidId: ID!) {\n    withdrawBid(bidId: $bidId) { id state }\n  }\n": typeof types.WithdrawBidDocument,
    "\n  query MyBids {\n    myBids { id lotId version state submittedAt price stateReason }\n    tenant { code timeZone }\n  }\n": typeof types.MyBidsDocument,
    "\n  query OpeningRecord($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason\n      entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.OpeningRecordDocument,
    "\n  query MyOpeningBids($lotId: ID!) {\n    myBids(lotId: $lotId) { id version state wrappedKey }\n    mySigningKey { active { fingerprint } }\n  }\n": typeof types.MyOpeningBidsDocument,
    "\n  mutation ReleaseBidKey($bidId: ID!, $key: String!) {\n    releaseBidKey(bidId: $bidId, key: $key) { id state stateReason price openedAt }\n  }\n": typeof types.ReleaseBidKeyDocument,
    "\n  query MyEvaluationPanels {\n    myEvaluationPanels { lotId lotState lotTitle projectNo projectTitle seat submittedAt }\n    tenant { code timeZone }\n  }\n": typeof types.MyEvaluationPanelsDocument,
    "\n  query ScoreSheet($lotId: ID!) {\n    evaluationScoreSheet(lotId: $lotId) {\n      lotId lotState lotTitle evaluationMethod submittedAt\n      criteria { key name weight }\n      bids { bidId supplierId supplierName supplierIntegrityBand price state stateReason priceForm { key value } }\n      scores { bidId criterion score }\n      deviations { id bidId criterion score panelMean maximum beyondThreshold beyondZ reason reasonAt }\n    }\n    tenant { code timeZone }\n  }\n": typeof types.ScoreSheetDocument,
    "\n  mutation SaveEvaluationScores($input: SaveEvaluationScoresInput!) {\n    saveEvaluationScores(input: $input) { lotId submittedAt }\n  }\n": typeof types.SaveEvaluationScoresDocument,
    "\n  mutation SubmitScoreSheet($lotId: ID!) {\n    submitScoreSheet(lotId: $lotId) { lotId submittedAt }\n  }\n": typeof types.SubmitScoreSheetDocument,
    "\n  mutation RecordDeviationReason($id: ID!, $reason: String!) {\n    recordDeviationReason(id: $id, reason: $reason) { id reason reasonAt }\n  }\n": typeof types.RecordDeviationReasonDocument,
    "\n  mutation DisqualifyBid($bidId: ID!, $reason: String!) {\n    disqualifyBid(bidId: $bidId, reason: $reason) { bidId state lotState reason }\n  }\n": typeof types.DisqualifyBidDocument,
};
const documents: Documents = {
    "\n  query Auction($id: ID!) {\n    auction(id: $id) {\n      id direction state title description categoryCode quantity startPrice step floor deposit appraisal photoUrls viewing\n      startsAt scheduledEndAt endsAt extendWindowMinutes extendByMinutes maxExtensions extensions bidCount bestPrice\n      endedAt stateReason createdAt serverTime orderId\n      organiser { id name } buyer { id name } winner { id name }\n      myDeposit { id amount state virtualAccountRef paidAt }\n    }\n    tenant { timeZone }\n  }\n": types.AuctionDocument,
    "\n  query Auctions($filter: AuctionFilterInput, $first: Int, $after: String) {\n    auctions(filter: $filter, first: $first, after: $after) {\n      nodes { id direction state title quantity startPrice bestPrice bidCount startsAt endsAt deposit photoUrls organiser { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { timeZone }\n  }\n": types.AuctionsDocument,
    "\n  query MyAuctionBids($auctionId: ID!) {\n    myAuctionBids(auctionId: $auctionId) { id sequence bidder price at abnormallyLow extended }\n  }\n": types.MyAuctionBidsDocument,
    "\n  query AuctionLog($auctionId: ID!) {\n    auctionLog(auctionId: $auctionId) { id sequence bidder price at abnormallyLow extended winning bidderOrganisation { id name } }\n  }\n": types.AuctionLogDocument,
    "\n  query AuctionSettlement($auctionId: ID!) {\n    auctionSettlement(auctionId: $auctionId) { id auctionId winner { id name } price depositCredited balanceDue text issuedAt }\n  }\n": types.AuctionSettlementDocument,
    "\n  mutation CreateAuction($input: CreateAuctionInput!) {\n    createAuction(input: $input) { id state }\n  }\n": types.CreateAuctionDocument,
    "\n  mutation CancelAuction($auctionId: ID!, $reason: String!) {\n    cancelAuction(auctionId: $auctionId, reason: $reason) { id state stateReason }\n  }\n": types.CancelAuctionDocument,
    "\n  mutation PlaceAuctionBid($input: PlaceAuctionBidInput!) {\n    placeAuctionBid(input: $input) { duplicate bestPrice endsAt serverTime bid { id sequence bidder price abnormallyLow extended } }\n  }\n": types.PlaceAuctionBidDocument,
    "\n  mutation RegisterForAuction($auctionId: ID!) {\n    registerForAuction(auctionId: $auctionId) { id amount state virtualAccountRef paidAt }\n  }\n": types.RegisterForAuctionDocument,
    "\n  query CategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n": types.CategoryTreeDocument,
    "\n  query StandardProductsOfCategory($categoryCode: String, $first: Int) {\n    standardProducts(categoryCode: $categoryCode, first: $first) {\n      nodes { id brand model name categoryCode specs { key value } }\n    }\n  }\n": types.StandardProductsOfCategoryDocument,
    "\n  query StandardProduct($id: ID!) {\n    standardProduct(id: $id) { id brand model name specs { key value } }\n  }\n": types.StandardProductDocument,
    "\n  query MyListings($state: ListingState, $first: Int, $after: String) {\n    myListings(state: $state, first: $first, after: $after) {\n      nodes {\n        id state title categoryCode categoryName price stock updatedAt submittedAt\n        rejectionReason delistedBy delistReason\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MyListingsDocument,
    "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id state title description brand model price stock warrantyMonths\n      categoryCode categoryName standardProductId\n      deliveryRegionCodes imageUrls\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked supplierIntegrityBand\n      approvedAt submittedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price previousPrice changedAt }\n    }\n  }\n": types.ListingDocument,
    "\n  mutation CreateListing($input: ListingInput!) {\n    createListing(input: $input) { id state }\n  }\n": types.CreateListingDocument,
    "\n  mutation UpdateListing($id: ID!, $input: ListingInput!) {\n    updateListing(id: $id, input: $input) { id state }\n  }\n": types.UpdateListingDocument,
    "\n  mutation SubmitListing($id: ID!) {\n    submitListing(id: $id) { id state }\n  }\n": types.SubmitListingDocument,
    "\n  mutation ResubmitListing($id: ID!) {\n    resubmitListing(id: $id) { id state }\n  }\n": types.ResubmitListingDocument,
    "\n  mutation DelistListing($id: ID!, $reason: String) {\n    delistListing(id: $id, reason: $reason) { id state }\n  }\n": types.DelistListingDocument,
    "\n  mutation ChangeListingPrice($id: ID!, $price: Money!) {\n    changeListingPrice(id: $id, price: $price) { id price }\n  }\n": types.ChangeListingPriceDocument,
    "\n  mutation ChangeListingStock($id: ID!, $stock: Int!) {\n    changeListingStock(id: $id, stock: $stock) { id stock }\n  }\n": types.ChangeListingStockDocument,
    "\n  query MyEnterprise {\n    me { id organisation { id name enterpriseSize integrityBlocked } }\n  }\n": types.MyEnterpriseDocument,
    "\n  query MySupplierContacts {\n    me { id organisation { id legalRepresentative contactPhone } }\n  }\n": types.MySupplierContactsDocument,
    "\n  mutation DeclareSupplierContacts($input: SupplierContactsInputType!) {\n    declareSupplierContacts(input: $input) { id legalRepresentative contactPhone }\n  }\n": types.DeclareSupplierContactsDocument,
    "\n  mutation DeclareEnterpriseSize($size: EnterpriseSize!) {\n    declareEnterpriseSize(size: $size) { id enterpriseSize }\n  }\n": types.DeclareEnterpriseSizeDocument,
    "\n  query ListingUploadTemplate {\n    listingUploadTemplate { contentBase64 fileName mimeType }\n  }\n": types.ListingUploadTemplateDocument,
    "\n  mutation UploadListings($input: UploadListingsInput!) {\n    uploadListings(input: $input) { id fileName state total processed imported failed createdAt finishedAt errors { row column field reason message } }\n  }\n": types.UploadListingsDocument,
    "\n  query ListingUpload($id: ID!) {\n    listingUpload(id: $id) { id fileName state total processed imported failed createdAt finishedAt errors { row column field reason message } }\n  }\n": types.ListingUploadDocument,
    "\n  query ListingUploadErrorReport($id: ID!, $format: ReportFormat!) {\n    listingUploadErrorReport(id: $id, format: $format) { contentBase64 fileName mimeType }\n  }\n": types.ListingUploadErrorReportDocument,
    "\n  query MyDeposits {\n    deposits {\n      id lotId lotNo lotTitle projectNo projectTitle amount state virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision createdAt\n      refund { id trigger triggeredAt dueBy method principal interest lateCharge total bankTransfer daysHeld lateDays formula state bankSerialNo completedAt }\n    }\n    guarantees { id guaranteeNo issuerName lotId lotNo lotTitle projectNo projectTitle amount validFrom validUntil state releasedAt claimReason }\n    depositAccount\n    tenant { timeZone }\n  }\n": types.MyDepositsDocument,
    "\n  query DepositLot($lotId: ID!) {\n    openingRecord(lotId: $lotId) { lotId lotNo lotTitle projectNo projectTitle lotState bidDeadline }\n  }\n": types.DepositLotDocument,
    "\n  query GuaranteeIssuers {\n    guaranteeIssuers { id name kind algorithm }\n  }\n": types.GuaranteeIssuersDocument,
    "\n  query DepositPayments($subjectId: String!) {\n    payments(subjectType: \"deposit\", subjectId: $subjectId, first: 10) {\n      nodes { id paymentNo provider state amount payUrl createdAt }\n    }\n    paymentProviders { enabled default }\n  }\n": types.DepositPaymentsDocument,
    "\n  mutation OpenDeposit($lotId: ID!) {\n    openDeposit(lotId: $lotId) { id lotId lotNo lotTitle projectNo projectTitle amount state virtualAccountRef }\n  }\n": types.OpenDepositDocument,
    "\n  mutation PresentGuarantee($input: PresentGuaranteeInput!) {\n    presentGuarantee(input: $input) { id guaranteeNo state }\n  }\n": types.PresentGuaranteeDocument,
    "\n  mutation ChallengeDepositForfeiture($id: ID!, $grounds: String!) {\n    challengeDepositForfeiture(id: $id, grounds: $grounds) { id state challengeGrounds }\n  }\n": types.ChallengeDepositForfeitureDocument,
    "\n  mutation StartDepositPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { id paymentNo provider state amount payUrl }\n  }\n": types.StartDepositPaymentDocument,
    "\n  query FinancingOverview {\n    financeableContracts {\n      subjectType subjectId contractNo title amount buyerName acceptanceStatus openApplicationId\n      lock { id bankName accountName accountNo lockedAt }\n    }\n    financingApplications {\n      id subjectType subjectId contractNo contractAmount lenderName amount state createdAt deliveredAt deliveryAttempts lastDeliveryError\n      lenderAmount lenderReason decidedAt package packageSignature platformKeyId\n    }\n    lenders { id name }\n    tenant { timeZone }\n  }\n": types.FinancingOverviewDocument,
    "\n  mutation ApplyForFinancing($input: ApplyForFinancingInput!) {\n    applyForFinancing(input: $input) { id state contractNo }\n  }\n": types.ApplyForFinancingDocument,
    "\n  query SubjectPayeeAccount($subjectType: FinancingSubjectType!, $subjectId: ID!) {\n    subjectPayeeAccount(subjectType: $subjectType, subjectId: $subjectId) { locked lock { bankName accountName accountNo lockedAt } }\n  }\n": types.SubjectPayeeAccountDocument,
    "\n  query MyPriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {\n    myPriceFindings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id listingId state price reference referenceSource deviationBp toleranceBp dueAt createdAt\n        justification justifiedAt dismissalReason closedAt closeNote\n        evidence { source value sample counted detail { key value } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": types.MyPriceFindingsDocument,
    "\n  mutation JustifyPriceFinding($id: ID!, $reason: String!) {\n    justifyPriceFinding(id: $id, reason: $reason) { id state justification justifiedAt }\n  }\n": types.JustifyPriceFindingDocument,
    "\n  query ListingPriceBand($listingId: ID!) {\n    listingPriceBand(listingId: $listingId) { listingId price q1 median q3 sampleSize importedLowest reference alertAbove }\n  }\n": types.ListingPriceBandDocument,
    "\n  query MyIntegrity($first: Int, $after: String) {\n    myIntegrity(first: $first, after: $after) {\n      standing { score band blockedByBand operatorBlocked eventCount computedAt }\n      events {\n        nodes {\n          id kind occurredAt points pointsNow state manual\n          evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }\n          appeal { id state reason decisionReason createdAt decidedAt }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n    tenant { id timeZone }\n  }\n": types.MyIntegrityDocument,
    "\n  mutation AppealIntegrityEvent($eventId: ID!, $reason: String!) {\n    appealIntegrityEvent(eventId: $eventId, reason: $reason) { appealId eventId state }\n  }\n": types.AppealIntegrityEventDocument,
    "\n  query BuyContext($fiscalYear: Int) {\n    budgetLines(fiscalYear: $fiscalYear, first: 100) {\n      nodes { id code name amount available fiscalYear }\n    }\n    tenant { code timeZone settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n": types.BuyContextDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { id orderNo state total }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation CheckoutCart($input: CheckoutCartInput!) {\n    checkoutCart(input: $input) { id orderNo state total supplierName }\n  }\n": types.CheckoutCartDocument,
    "\n  query Orders($filter: OrderFilterInput, $first: Int, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      nodes { id orderNo state total acceptedAmount buyerName supplierName placedAt dueKind dueAt overdue }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OrdersDocument,
    "\n  query Order($id: ID!) {\n    order(id: $id) {\n      id orderNo state total acceptedAmount buyerId buyerName supplierId supplierName\n      budgetLineId budgetLineCode placedAt updatedAt reason\n      deliveryAddress { recipient phone regionCode address }\n      logisticsCompany trackingNo\n      invoice { invoiceNo invoiceCode issuedOn amount }\n      dueKind dueAt overdue\n      lines { id listingId title unitPrice quantity acceptedQuantity amount }\n      timeline { action fromState toState actorUserId actorOrganisationId note at }\n    }\n    tenant { code timeZone }\n  }\n": types.OrderDocument,
    "\n  query OrderPayments($subjectId: String!) {\n    payments(subjectType: \"order\", subjectId: $subjectId, first: 20) {\n      nodes { id paymentNo provider state amount payUrl createdAt succeededAt rejectionReason bankReference }\n    }\n    paymentProviders { enabled default }\n  }\n": types.OrderPaymentsDocument,
    "\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) { id state }\n  }\n": types.CancelOrderDocument,
    "\n  mutation ConfirmOrder($id: ID!) {\n    confirmOrder(id: $id) { id state }\n  }\n": types.ConfirmOrderDocument,
    "\n  mutation RejectOrder($id: ID!, $reason: String!) {\n    rejectOrder(id: $id, reason: $reason) { id state }\n  }\n": types.RejectOrderDocument,
    "\n  mutation ShipOrder($id: ID!, $input: ShipOrderInput!) {\n    shipOrder(id: $id, input: $input) { id state }\n  }\n": types.ShipOrderDocument,
    "\n  mutation MarkOrderDelivered($id: ID!) {\n    markOrderDelivered(id: $id) { id state }\n  }\n": types.MarkOrderDeliveredDocument,
    "\n  mutation AcceptOrder($id: ID!, $input: AcceptOrderInput!) {\n    acceptOrder(id: $id, input: $input) { id state }\n  }\n": types.AcceptOrderDocument,
    "\n  mutation RefuseOrderAcceptance($id: ID!, $reason: String!) {\n    refuseOrderAcceptance(id: $id, reason: $reason) { id state }\n  }\n": types.RefuseOrderAcceptanceDocument,
    "\n  mutation InvoiceOrder($id: ID!, $input: InvoiceOrderInput!) {\n    invoiceOrder(id: $id, input: $input) { id state }\n  }\n": types.InvoiceOrderDocument,
    "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { id paymentNo provider state amount payUrl }\n  }\n": types.StartPaymentDocument,
    "\n  mutation RefreshPayment($id: ID!) {\n    refreshPayment(id: $id) { id state }\n  }\n": types.RefreshPaymentDocument,
    "\n  query MallHome {\n    me { id displayName organisation { id name uscc active } }\n    tenant { code settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n": types.MallHomeDocument,
    "\n  query SupplierHome {\n    me { id displayName organisation { id name uscc active createdAt } }\n  }\n": types.SupplierHomeDocument,
    "\n  query Search($text: String, $filters: SearchFiltersInput, $sort: SearchSort, $first: Int, $after: String) {\n    search(text: $text, filters: $filters, sort: $sort, first: $first, after: $after) {\n      nodes {\n        listingId title brand model price stock salesCount policyTags\n        supplierId supplierName supplierRegion categoryPath\n      }\n      pageInfo { hasNextPage endCursor }\n      total { value exact }\n      corrections { asked matched }\n      facets {\n        categories { value count }\n        brands { value count }\n        policyTags { value count }\n        regions { value count }\n        priceBuckets { min max count }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchExplanation($listingId: ID!, $text: String) {\n    searchExplanation(listingId: $listingId, text: $text) {\n      listingId formula matched pendingRecompute rank relevance score\n      lines { component label detail value weightBp contribution }\n    }\n  }\n": types.SearchExplanationDocument,
    "\n  query CategoryListings($categoryCode: String!, $first: Int) {\n    search(filters: { categoryCode: $categoryCode }, first: $first) {\n      nodes { listingId title price policyTags supplierName }\n    }\n  }\n": types.CategoryListingsDocument,
    "\n  query Inquiries {\n    inquiries { id title state budget quantity unit quoteDeadline validQuotes createdAt }\n  }\n": types.InquiriesDocument,
    "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      id title categoryCode specification quantity unit deliveryDays budget budgetLineId buyerId buyerName quoteDeadline minQuotes tieRule\n      state failure validQuotes closedAt awardedQuoteId orderId relaunchOf cancelReason createdAt\n      deliveryAddress { regionCode address recipient phone }\n    }\n    tenant { timeZone }\n  }\n": types.InquiryDocument,
    "\n  query InquiryQuotes($inquiryId: ID!) {\n    inquiryQuotes(inquiryId: $inquiryId) { id supplierId supplierName unitPrice total offer revision submittedAt rank invalidReason passedOverReason recommended }\n  }\n": types.InquiryQuotesDocument,
    "\n  query MyInquiryQuote($inquiryId: ID!) {\n    myInquiryQuote(inquiryId: $inquiryId) { id unitPrice total offer revision submittedAt }\n  }\n": types.MyInquiryQuoteDocument,
    "\n  query InquiryInvitations {\n    inquiryInvitations { id status invitedAt inquiry { id title buyerName state budget quantity unit quoteDeadline } }\n  }\n": types.InquiryInvitationsDocument,
    "\n  query InquiryContext($fiscalYear: Int) {\n    budgetLines(fiscalYear: $fiscalYear, first: 100) { nodes { id code name amount available fiscalYear } }\n    tenant { code timeZone settings { purchaseRoutes { directOrderMax mallSourcingMax } } }\n  }\n": types.InquiryContextDocument,
    "\n  mutation PublishInquiry($input: PublishInquiryInput!) { publishInquiry(input: $input) { id state } }\n": types.PublishInquiryDocument,
    "\n  mutation CancelInquiry($id: ID!, $reason: String!) { cancelInquiry(id: $id, reason: $reason) { id state } }\n": types.CancelInquiryDocument,
    "\n  mutation CloseInquiry($id: ID!) { closeInquiry(id: $id) { id state } }\n": types.CloseInquiryDocument,
    "\n  mutation AwardInquiry($id: ID!, $quoteId: ID!) { awardInquiry(id: $id, quoteId: $quoteId) { id state orderId } }\n": types.AwardInquiryDocument,
    "\n  mutation PassOverInquiryQuote($id: ID!, $quoteId: ID!, $reason: String!) { passOverInquiryQuote(id: $id, quoteId: $quoteId, reason: $reason) { id state } }\n": types.PassOverInquiryQuoteDocument,
    "\n  mutation RelaunchInquiry($id: ID!, $quoteDeadline: DateTime!, $idempotencyKey: String!) {\n    relaunchInquiry(id: $id, quoteDeadline: $quoteDeadline, idempotencyKey: $idempotencyKey) { id state }\n  }\n": types.RelaunchInquiryDocument,
    "\n  mutation SubmitInquiryQuote($input: SubmitInquiryQuoteInput!) {\n    submitInquiryQuote(input: $input) { id unitPrice total offer revision submittedAt }\n  }\n": types.SubmitInquiryQuoteDocument,
    "\n  query SupplierDirectory($search: String!) {\n    supplierDirectory(search: $search) { id name uscc }\n  }\n": types.SupplierDirectoryDocument,
    "\n  query HomeThresholds {\n    tenant {\n      code\n      settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } }\n    }\n  }\n": types.HomeThresholdsDocument,
    "\n  query PublicRules {\n    tenant {\n      code\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        mall { confirmWorkingDays shipWorkingDays acceptWorkingDays }\n      }\n    }\n  }\n": types.PublicRulesDocument,
    "\n  query LotFrame($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason\n      entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }\n    }\n    tenant { code timeZone }\n  }\n": types.LotFrameDocument,
    "\n  mutation ConcludeOpening($lotId: ID!) {\n    concludeOpening(lotId: $lotId) { lotId lotState failureReason }\n  }\n": types.ConcludeOpeningDocument,
    "\n  query LotPanelDraw($lotId: ID!) {\n    panelDraw(lotId: $lotId) {\n      lotId seed size categoryCode candidateIds drawnAt\n      drawn { expertId name seat }\n      excluded { expertId name reason supplierName }\n    }\n  }\n": types.LotPanelDrawDocument,
    "\n  mutation DrawEvaluationPanel($lotId: ID!, $size: Int) {\n    drawEvaluationPanel(lotId: $lotId, size: $size) { lotId seed size }\n  }\n": types.DrawEvaluationPanelDocument,
    "\n  query VerifyPanelDraw($lotId: ID!) {\n    verifyPanelDraw(lotId: $lotId) { pickMatches candidatesMatch drawnExpertIds recomputedExpertIds }\n  }\n": types.VerifyPanelDrawDocument,
    "\n  query EvaluationProgress($lotId: ID!) {\n    evaluationProgress(lotId: $lotId) {\n      lotId lotState\n      members { expertId name seat submittedAt }\n      bids { bidId supplierName supplierIntegrityBand state stateReason }\n      deviations { id bidId expertName criterion score panelMean maximum beyondThreshold beyondZ reason }\n    }\n  }\n": types.EvaluationProgressDocument,
    "\n  query LotEvaluationSummary($lotId: ID!) {\n    evaluationSummary(lotId: $lotId) {\n      lotId lotState evaluationMethod smeDeductionBp\n      ranking { bidId supplierId supplierName supplierIntegrityBand rank price evaluatedPrice smeDeducted priceScore total criteria { criterion mean expertScores { expertId score } } }\n    }\n  }\n": types.LotEvaluationSummaryDocument,
    "\n  mutation FinishEvaluation($lotId: ID!) {\n    finishEvaluation(lotId: $lotId) { lotId lotState }\n  }\n": types.FinishEvaluationDocument,
    "\n  mutation ConfirmTenderAward($input: ConfirmTenderAwardInput!) {\n    confirmTenderAward(input: $input) { id lotId }\n  }\n": types.ConfirmTenderAwardDocument,
    "\n  query LotAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId winnerName winnerOrganisationId price rank scoreHundredths againstRankingReason publishedAt noticeUntil challengeUntil contractDueAt lotState\n      ranking { supplierName price rank scoreHundredths }\n    }\n  }\n": types.LotAwardNoticeDocument,
    "\n  query LotChallenges($lotId: ID!) {\n    tenderChallenges(lotId: $lotId) { id subject content state supplierName createdAt answerDueAt answer outcome answeredAt overdue }\n  }\n": types.LotChallengesDocument,
    "\n  mutation AnswerTenderChallenge($id: ID!, $answer: String!, $outcome: TenderChallengeOutcome!) {\n    answerTenderChallenge(id: $id, answer: $answer, outcome: $outcome) { id state answer outcome answeredAt }\n  }\n": types.AnswerTenderChallengeDocument,
    "\n  query LotContract($lotId: ID!) {\n    tenderContract(lotId: $lotId) {\n      id contractNo state amount buyerName supplierName paymentTerms deliveryTerms digest canonicalText dueAt\n      buyerSignature buyerSignedAt supplierSignature supplierSignedAt signedAt signedLate publishedAt publicationDueAt\n    }\n    tenderChallenges(lotId: $lotId) { id state }\n    mySigningKey { active { fingerprint publicKey } }\n  }\n": types.LotContractDocument,
    "\n  mutation UpdateTenderContractTerms($id: ID!, $input: TenderContractTermsInput!) {\n    updateTenderContractTerms(id: $id, input: $input) { id paymentTerms deliveryTerms digest }\n  }\n": types.UpdateTenderContractTermsDocument,
    "\n  mutation BuyerSignTenderContract($id: ID!, $signature: String!) {\n    signTenderContract(id: $id, signature: $signature) { id state buyerSignedAt supplierSignedAt publishedAt }\n  }\n": types.BuyerSignTenderContractDocument,
    "\n  query LotDeposits($lotId: ID!) {\n    deposits(lotId: $lotId) { id supplierOrganisationId amount state paidAt paidVia forfeitReason challengeGrounds challengeDecision }\n    guarantees(lotId: $lotId) { id guaranteeNo issuerName supplierOrganisationId amount state validUntil claimReason claimEvidence }\n  }\n": types.LotDepositsDocument,
    "\n  mutation ForfeitDeposit($id: ID!, $reason: String!) {\n    forfeitDeposit(id: $id, reason: $reason) { id state forfeitReason }\n  }\n": types.ForfeitDepositDocument,
    "\n  mutation ClaimGuarantee($id: ID!, $reason: String!, $evidence: [String!]!) {\n    claimGuarantee(id: $id, reason: $reason, evidence: $evidence) { id state claimReason claimEvidence }\n  }\n": types.ClaimGuaranteeDocument,
    "\n  query TenderAnnouncements($method: ProcurementMethod, $categoryCode: String, $first: Int, $after: String) {\n    tenderAnnouncements(method: $method, categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id projectNo title method kind categoryCode buyerName agencyName budget state publishedAt bidDeadline }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n": types.TenderAnnouncementsDocument,
    "\n  query TenderAwardNotices($first: Int!) {\n    tenderAwardNotices(first: $first) { id lotId lotNo lotTitle projectId projectNo projectTitle winnerName price publishedAt }\n    tenant { code timeZone }\n  }\n": types.TenderAwardNoticesDocument,
    "\n  query TenderNotice($id: ID!) {\n    tenderNotice(id: $id) {\n      id projectNo title description method kind categoryCode buyerName agencyName budget state publishedAt cancelReason\n      documentsFrom documentsUntil bidDeadline evaluationMethod smeDeductionBp qualification\n      criteria { key name kind weight }\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n    }\n    tenderClarifications(projectId: $id) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n    tenant { code timeZone }\n  }\n": types.TenderNoticeDocument,
    "\n  query PublicLotAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) { id winnerName price publishedAt challengeUntil againstRankingReason }\n  }\n": types.PublicLotAwardNoticeDocument,
    "\n  query LotPublishedContract($lotId: ID!) {\n    publishedTenderContract(lotId: $lotId) { id contractNo supplierName amount signedAt publishedAt }\n  }\n": types.LotPublishedContractDocument,
    "\n  query MyTenderProjects($first: Int, $after: String) {\n    myTenderProjects(first: $first, after: $after) {\n      nodes { id projectNo title method state budget bidDeadline createdAt buyerName agencyName }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n": types.MyTenderProjectsDocument,
    "\n  query TenderProject($id: ID!) {\n    tenderProject(id: $id) {\n      id projectNo title description method kind categoryCode buyerId buyerName agencyId agencyName budgetLineId budget state\n      createdAt publishedAt cancelReason documentsFrom documentsUntil bidDeadline evaluationMethod smeDeductionBp qualification\n      registrations documentDownloads\n      criteria { key name kind weight }\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n      documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n      questions { id body askedAt answeredById }\n    }\n    tenant { code timeZone }\n  }\n": types.TenderProjectDocument,
    "\n  query ProjectClarifications($projectId: ID!) {\n    tenderClarifications(projectId: $projectId) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n  }\n": types.ProjectClarificationsDocument,
    "\n  query ProjectFormContext($loadLines: Boolean!) {\n    categoryTree { id code name parentCode level energySavingMandatory }\n    budgetLines(first: 100) @include(if: $loadLines) { nodes { id code name fiscalYear available } }\n    tenant { code timeZone }\n  }\n": types.ProjectFormContextDocument,
    "\n  mutation CreateTenderProject($input: TenderProjectInput!) {\n    createTenderProject(input: $input) { id state }\n  }\n": types.CreateTenderProjectDocument,
    "\n  mutation UpdateTenderProject($id: ID!, $input: TenderProjectInput!) {\n    updateTenderProject(id: $id, input: $input) { id state }\n  }\n": types.UpdateTenderProjectDocument,
    "\n  mutation PublishTenderProject($id: ID!) {\n    publishTenderProject(id: $id) { id state publishedAt documentsFrom }\n  }\n": types.PublishTenderProjectDocument,
    "\n  mutation CancelTenderProject($id: ID!, $reason: String!) {\n    cancelTenderProject(id: $id, reason: $reason) { id state cancelReason }\n  }\n": types.CancelTenderProjectDocument,
    "\n  mutation AttachTenderDocument($projectId: ID!, $fileName: String!, $contentBase64: String!) {\n    attachTenderDocument(projectId: $projectId, fileName: $fileName, contentBase64: $contentBase64) { id fileName sm3 sizeBytes }\n  }\n": types.AttachTenderDocumentDocument,
    "\n  mutation OwnerDownloadTenderDocument($id: ID!) {\n    downloadTenderDocument(id: $id) { fileName mimeType contentBase64 sm3 }\n  }\n": types.OwnerDownloadTenderDocumentDocument,
    "\n  mutation PublishTenderClarification($projectId: ID!, $input: TenderClarificationInput!) {\n    publishTenderClarification(projectId: $projectId, input: $input) { id title affectsBids oldBidDeadline newBidDeadline }\n  }\n": types.PublishTenderClarificationDocument,
    "\n  query LotChallengeAnswers($lotId: ID!) {\n    tenderChallengeAnswers(lotId: $lotId) { id subject content answer outcome answeredAt }\n  }\n": types.LotChallengeAnswersDocument,
    "\n  query SupplierProject($projectId: ID!) {\n    tenderNotice(id: $projectId) {\n      id projectNo title description state method kind categoryCode buyerName agencyName budget qualification\n      documentsFrom documentsUntil bidDeadline publishedAt cancelReason evaluationMethod smeDeductionBp\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n    }\n    tenderClarifications(projectId: $projectId) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n    tenant { code timeZone }\n  }\n": types.SupplierProjectDocument,
    "\n  query MyTenderRegistrations($first: Int, $after: String) {\n    myTenderRegistrations(first: $first, after: $after) {\n      nodes {\n        id registeredAt\n        notice { id projectNo title state buyerName bidDeadline }\n        documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n": types.MyTenderRegistrationsDocument,
    "\n  mutation RegisterForTenderProject($projectId: ID!) {\n    registerForTenderProject(projectId: $projectId) {\n      id registeredAt\n      notice { id projectNo title state buyerName bidDeadline }\n      documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n    }\n  }\n": types.RegisterForTenderProjectDocument,
    "\n  mutation DownloadTenderDocument($id: ID!) {\n    downloadTenderDocument(id: $id) { fileName mimeType contentBase64 sm3 }\n  }\n": types.DownloadTenderDocumentDocument,
    "\n  mutation AskTenderQuestion($projectId: ID!, $body: String!) {\n    askTenderQuestion(projectId: $projectId, body: $body) { id body askedAt }\n  }\n": types.AskTenderQuestionDocument,
    "\n  query MyLotBids($lotId: ID!) {\n    myBids(lotId: $lotId) { id version state price stateReason submittedAt }\n  }\n": types.MyLotBidsDocument,
    "\n  query TenderAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId lotNo lotTitle lotState projectNo projectTitle winnerName winnerOrganisationId price rank scoreHundredths\n      againstRankingReason publishedAt noticeUntil challengeUntil contractDueAt\n      ranking { supplierName price rank scoreHundredths }\n    }\n  }\n": types.TenderAwardNoticeDocument,
    "\n  mutation FileTenderChallenge($input: FileTenderChallengeInput!) {\n    fileTenderChallenge(input: $input) { id lotId subject state createdAt answerDueAt }\n  }\n": types.FileTenderChallengeDocument,
    "\n  query MyTenderChallenges {\n    myTenderChallenges {\n      id lotId lotTitle projectNo subject content state createdAt answerDueAt answer outcome answeredAt overdue\n      complaint { id content state createdAt decisionDueAt decidedAt decisionReason remedy overdue }\n    }\n    tenant { code timeZone }\n  }\n": types.MyTenderChallengesDocument,
    "\n  mutation FileTenderComplaint($challengeId: ID!, $content: String!) {\n    fileTenderComplaint(challengeId: $challengeId, content: $content) { id challengeId state createdAt decisionDueAt }\n  }\n": types.FileTenderComplaintDocument,
    "\n  query SupplierContract($lotId: ID!) {\n    tenderContract(lotId: $lotId) {\n      id contractNo state projectId projectTitle lotId lotTitle buyerName supplierName supplierOrganisationId amount\n      paymentTerms deliveryTerms canonicalText digest dueAt signedAt signedLate publishedAt\n      buyerSignature buyerSignedAt supplierSignature supplierSignedAt\n    }\n    mySigningKey { active { fingerprint publicKey } }\n    tenderAwardNotice(lotId: $lotId) { id lotState declinedAt declineReason }\n    tenant { code timeZone }\n  }\n": types.SupplierContractDocument,
    "\n  mutation SupplierDeclineTenderAward($lotId: ID!, $reason: String!) {\n    declineTenderAward(lotId: $lotId, reason: $reason) { id lotState declinedAt declineReason }\n  }\n": types.SupplierDeclineTenderAwardDocument,
    "\n  mutation SupplierSignTenderContract($id: ID!, $signature: String!) {\n    signTenderContract(id: $id, signature: $signature) { id state supplierSignature supplierSignedAt buyerSignature buyerSignedAt signedAt }\n  }\n": types.SupplierSignTenderContractDocument,
    "\n  query MyBidLots {\n    myBidLots { lotId lotNo lotTitle lotState projectId projectNo projectTitle won }\n  }\n": types.MyBidLotsDocument,
    "\n  query MySigningKey {\n    mySigningKey { active { id fingerprint publicKey createdAt } }\n    tenant { code timeZone }\n  }\n": types.MySigningKeyDocument,
    "\n  mutation RegisterSigningKey($publicKey: String!) {\n    registerSigningKey(publicKey: $publicKey) { id fingerprint publicKey createdAt }\n  }\n": types.RegisterSigningKeyDocument,
    "\n  query BidContext($lotId: ID!) {\n    openingRecord(lotId: $lotId) { lotId lotNo lotTitle projectNo projectTitle budget bidDeadline lotState }\n    myBids(lotId: $lotId) {\n      id lotId version state submittedAt digest price stateReason\n      receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }\n    }\n    mySigningKey { active { fingerprint publicKey } }\n    platformReceiptKey { fingerprint publicKey }\n    tenant { code timeZone }\n  }\n": types.BidContextDocument,
    "\n  mutation SubmitBid($input: SubmitBidInput!) {\n    submitBid(input: $input) {\n      id lotId version state submittedAt digest\n      receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }\n    }\n  }\n": types.SubmitBidDocument,
    "\n  mutation WithdrawBid($bidId: ID!) {\n    withdrawBid(bidId: $bidId) { id state }\n  }\n": types.WithdrawBidDocument,
    "\n  query MyBids {\n    myBids { id lotId version state submittedAt price stateReason }\n    tenant { code timeZone }\n  }\n": types.MyBidsDocument,
    "\n  query OpeningRecord($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason\n      entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }\n    }\n    tenant { code timeZone }\n  }\n": types.OpeningRecordDocument,
    "\n  query MyOpeningBids($lotId: ID!) {\n    myBids(lotId: $lotId) { id version state wrappedKey }\n    mySigningKey { active { fingerprint } }\n  }\n": types.MyOpeningBidsDocument,
    "\n  mutation ReleaseBidKey($bidId: ID!, $key: String!) {\n    releaseBidKey(bidId: $bidId, key: $key) { id state stateReason price openedAt }\n  }\n": types.ReleaseBidKeyDocument,
    "\n  query MyEvaluationPanels {\n    myEvaluationPanels { lotId lotState lotTitle projectNo projectTitle seat submittedAt }\n    tenant { code timeZone }\n  }\n": types.MyEvaluationPanelsDocument,
    "\n  query ScoreSheet($lotId: ID!) {\n    evaluationScoreSheet(lotId: $lotId) {\n      lotId lotState lotTitle evaluationMethod submittedAt\n      criteria { key name weight }\n      bids { bidId supplierId supplierName supplierIntegrityBand price state stateReason priceForm { key value } }\n      scores { bidId criterion score }\n      deviations { id bidId criterion score panelMean maximum beyondThreshold beyondZ reason reasonAt }\n    }\n    tenant { code timeZone }\n  }\n": types.ScoreSheetDocument,
    "\n  mutation SaveEvaluationScores($input: SaveEvaluationScoresInput!) {\n    saveEvaluationScores(input: $input) { lotId submittedAt }\n  }\n": types.SaveEvaluationScoresDocument,
    "\n  mutation SubmitScoreSheet($lotId: ID!) {\n    submitScoreSheet(lotId: $lotId) { lotId submittedAt }\n  }\n": types.SubmitScoreSheetDocument,
    "\n  mutation RecordDeviationReason($id: ID!, $reason: String!) {\n    recordDeviationReason(id: $id, reason: $reason) { id reason reasonAt }\n  }\n": types.RecordDeviationReasonDocument,
    "\n  mutation DisqualifyBid($bidId: ID!, $reason: String!) {\n    disqualifyBid(bidId: $bidId, reason: $reason) { bidId state lotState reason }\n  }\n": types.DisqualifyBidDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Auction($id: ID!) {\n    auction(id: $id) {\n      id direction state title description categoryCode quantity startPrice step floor deposit appraisal photoUrls viewing\n      startsAt scheduledEndAt endsAt extendWindowMinutes extendByMinutes maxExtensions extensions bidCount bestPrice\n      endedAt stateReason createdAt serverTime orderId\n      organiser { id name } buyer { id name } winner { id name }\n      myDeposit { id amount state virtualAccountRef paidAt }\n    }\n    tenant { timeZone }\n  }\n"): typeof import('./graphql').AuctionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Auctions($filter: AuctionFilterInput, $first: Int, $after: String) {\n    auctions(filter: $filter, first: $first, after: $after) {\n      nodes { id direction state title quantity startPrice bestPrice bidCount startsAt endsAt deposit photoUrls organiser { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { timeZone }\n  }\n"): typeof import('./graphql').AuctionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAuctionBids($auctionId: ID!) {\n    myAuctionBids(auctionId: $auctionId) { id sequence bidder price at abnormallyLow extended }\n  }\n"): typeof import('./graphql').MyAuctionBidsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuctionLog($auctionId: ID!) {\n    auctionLog(auctionId: $auctionId) { id sequence bidder price at abnormallyLow extended winning bidderOrganisation { id name } }\n  }\n"): typeof import('./graphql').AuctionLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuctionSettlement($auctionId: ID!) {\n    auctionSettlement(auctionId: $auctionId) { id auctionId winner { id name } price depositCredited balanceDue text issuedAt }\n  }\n"): typeof import('./graphql').AuctionSettlementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAuction($input: CreateAuctionInput!) {\n    createAuction(input: $input) { id state }\n  }\n"): typeof import('./graphql').CreateAuctionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAuction($auctionId: ID!, $reason: String!) {\n    cancelAuction(auctionId: $auctionId, reason: $reason) { id state stateReason }\n  }\n"): typeof import('./graphql').CancelAuctionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceAuctionBid($input: PlaceAuctionBidInput!) {\n    placeAuctionBid(input: $input) { duplicate bestPrice endsAt serverTime bid { id sequence bidder price abnormallyLow extended } }\n  }\n"): typeof import('./graphql').PlaceAuctionBidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForAuction($auctionId: ID!) {\n    registerForAuction(auctionId: $auctionId) { id amount state virtualAccountRef paidAt }\n  }\n"): typeof import('./graphql').RegisterForAuctionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryTree {\n    categoryTree { id code name parentCode level energySavingMandatory }\n  }\n"): typeof import('./graphql').CategoryTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardProductsOfCategory($categoryCode: String, $first: Int) {\n    standardProducts(categoryCode: $categoryCode, first: $first) {\n      nodes { id brand model name categoryCode specs { key value } }\n    }\n  }\n"): typeof import('./graphql').StandardProductsOfCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardProduct($id: ID!) {\n    standardProduct(id: $id) { id brand model name specs { key value } }\n  }\n"): typeof import('./graphql').StandardProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyListings($state: ListingState, $first: Int, $after: String) {\n    myListings(state: $state, first: $first, after: $after) {\n      nodes {\n        id state title categoryCode categoryName price stock updatedAt submittedAt\n        rejectionReason delistedBy delistReason\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').MyListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Listing($id: ID!) {\n    listing(id: $id) {\n      id state title description brand model price stock warrantyMonths\n      categoryCode categoryName standardProductId\n      deliveryRegionCodes imageUrls\n      policyTags { tag certificateNo issuer validUntil valid }\n      supplierId supplierName supplierRegionCode supplierIntegrityBlocked supplierIntegrityBand\n      approvedAt submittedAt updatedAt rejectionReason delistedBy delistReason\n      priceHistory { price previousPrice changedAt }\n    }\n  }\n"): typeof import('./graphql').ListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateListing($input: ListingInput!) {\n    createListing(input: $input) { id state }\n  }\n"): typeof import('./graphql').CreateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateListing($id: ID!, $input: ListingInput!) {\n    updateListing(id: $id, input: $input) { id state }\n  }\n"): typeof import('./graphql').UpdateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitListing($id: ID!) {\n    submitListing(id: $id) { id state }\n  }\n"): typeof import('./graphql').SubmitListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitListing($id: ID!) {\n    resubmitListing(id: $id) { id state }\n  }\n"): typeof import('./graphql').ResubmitListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelistListing($id: ID!, $reason: String) {\n    delistListing(id: $id, reason: $reason) { id state }\n  }\n"): typeof import('./graphql').DelistListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeListingPrice($id: ID!, $price: Money!) {\n    changeListingPrice(id: $id, price: $price) { id price }\n  }\n"): typeof import('./graphql').ChangeListingPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeListingStock($id: ID!, $stock: Int!) {\n    changeListingStock(id: $id, stock: $stock) { id stock }\n  }\n"): typeof import('./graphql').ChangeListingStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterprise {\n    me { id organisation { id name enterpriseSize integrityBlocked } }\n  }\n"): typeof import('./graphql').MyEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupplierContacts {\n    me { id organisation { id legalRepresentative contactPhone } }\n  }\n"): typeof import('./graphql').MySupplierContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareSupplierContacts($input: SupplierContactsInputType!) {\n    declareSupplierContacts(input: $input) { id legalRepresentative contactPhone }\n  }\n"): typeof import('./graphql').DeclareSupplierContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareEnterpriseSize($size: EnterpriseSize!) {\n    declareEnterpriseSize(size: $size) { id enterpriseSize }\n  }\n"): typeof import('./graphql').DeclareEnterpriseSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingUploadTemplate {\n    listingUploadTemplate { contentBase64 fileName mimeType }\n  }\n"): typeof import('./graphql').ListingUploadTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadListings($input: UploadListingsInput!) {\n    uploadListings(input: $input) { id fileName state total processed imported failed createdAt finishedAt errors { row column field reason message } }\n  }\n"): typeof import('./graphql').UploadListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingUpload($id: ID!) {\n    listingUpload(id: $id) { id fileName state total processed imported failed createdAt finishedAt errors { row column field reason message } }\n  }\n"): typeof import('./graphql').ListingUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingUploadErrorReport($id: ID!, $format: ReportFormat!) {\n    listingUploadErrorReport(id: $id, format: $format) { contentBase64 fileName mimeType }\n  }\n"): typeof import('./graphql').ListingUploadErrorReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeposits {\n    deposits {\n      id lotId lotNo lotTitle projectNo projectTitle amount state virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision createdAt\n      refund { id trigger triggeredAt dueBy method principal interest lateCharge total bankTransfer daysHeld lateDays formula state bankSerialNo completedAt }\n    }\n    guarantees { id guaranteeNo issuerName lotId lotNo lotTitle projectNo projectTitle amount validFrom validUntil state releasedAt claimReason }\n    depositAccount\n    tenant { timeZone }\n  }\n"): typeof import('./graphql').MyDepositsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepositLot($lotId: ID!) {\n    openingRecord(lotId: $lotId) { lotId lotNo lotTitle projectNo projectTitle lotState bidDeadline }\n  }\n"): typeof import('./graphql').DepositLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuaranteeIssuers {\n    guaranteeIssuers { id name kind algorithm }\n  }\n"): typeof import('./graphql').GuaranteeIssuersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepositPayments($subjectId: String!) {\n    payments(subjectType: \"deposit\", subjectId: $subjectId, first: 10) {\n      nodes { id paymentNo provider state amount payUrl createdAt }\n    }\n    paymentProviders { enabled default }\n  }\n"): typeof import('./graphql').DepositPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenDeposit($lotId: ID!) {\n    openDeposit(lotId: $lotId) { id lotId lotNo lotTitle projectNo projectTitle amount state virtualAccountRef }\n  }\n"): typeof import('./graphql').OpenDepositDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresentGuarantee($input: PresentGuaranteeInput!) {\n    presentGuarantee(input: $input) { id guaranteeNo state }\n  }\n"): typeof import('./graphql').PresentGuaranteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChallengeDepositForfeiture($id: ID!, $grounds: String!) {\n    challengeDepositForfeiture(id: $id, grounds: $grounds) { id state challengeGrounds }\n  }\n"): typeof import('./graphql').ChallengeDepositForfeitureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDepositPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { id paymentNo provider state amount payUrl }\n  }\n"): typeof import('./graphql').StartDepositPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancingOverview {\n    financeableContracts {\n      subjectType subjectId contractNo title amount buyerName acceptanceStatus openApplicationId\n      lock { id bankName accountName accountNo lockedAt }\n    }\n    financingApplications {\n      id subjectType subjectId contractNo contractAmount lenderName amount state createdAt deliveredAt deliveryAttempts lastDeliveryError\n      lenderAmount lenderReason decidedAt package packageSignature platformKeyId\n    }\n    lenders { id name }\n    tenant { timeZone }\n  }\n"): typeof import('./graphql').FinancingOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForFinancing($input: ApplyForFinancingInput!) {\n    applyForFinancing(input: $input) { id state contractNo }\n  }\n"): typeof import('./graphql').ApplyForFinancingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubjectPayeeAccount($subjectType: FinancingSubjectType!, $subjectId: ID!) {\n    subjectPayeeAccount(subjectType: $subjectType, subjectId: $subjectId) { locked lock { bankName accountName accountNo lockedAt } }\n  }\n"): typeof import('./graphql').SubjectPayeeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {\n    myPriceFindings(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id listingId state price reference referenceSource deviationBp toleranceBp dueAt createdAt\n        justification justifiedAt dismissalReason closedAt closeNote\n        evidence { source value sample counted detail { key value } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').MyPriceFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JustifyPriceFinding($id: ID!, $reason: String!) {\n    justifyPriceFinding(id: $id, reason: $reason) { id state justification justifiedAt }\n  }\n"): typeof import('./graphql').JustifyPriceFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingPriceBand($listingId: ID!) {\n    listingPriceBand(listingId: $listingId) { listingId price q1 median q3 sampleSize importedLowest reference alertAbove }\n  }\n"): typeof import('./graphql').ListingPriceBandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIntegrity($first: Int, $after: String) {\n    myIntegrity(first: $first, after: $after) {\n      standing { score band blockedByBand operatorBlocked eventCount computedAt }\n      events {\n        nodes {\n          id kind occurredAt points pointsNow state manual\n          evidence { orderId orderNo findingId listingId lotId depositId documentNo authority decidedOn note offences repeat }\n          appeal { id state reason decisionReason createdAt decidedAt }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').MyIntegrityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealIntegrityEvent($eventId: ID!, $reason: String!) {\n    appealIntegrityEvent(eventId: $eventId, reason: $reason) { appealId eventId state }\n  }\n"): typeof import('./graphql').AppealIntegrityEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyContext($fiscalYear: Int) {\n    budgetLines(fiscalYear: $fiscalYear, first: 100) {\n      nodes { id code name amount available fiscalYear }\n    }\n    tenant { code timeZone settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n"): typeof import('./graphql').BuyContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) { id orderNo state total }\n  }\n"): typeof import('./graphql').PlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutCart($input: CheckoutCartInput!) {\n    checkoutCart(input: $input) { id orderNo state total supplierName }\n  }\n"): typeof import('./graphql').CheckoutCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($filter: OrderFilterInput, $first: Int, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      nodes { id orderNo state total acceptedAmount buyerName supplierName placedAt dueKind dueAt overdue }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').OrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Order($id: ID!) {\n    order(id: $id) {\n      id orderNo state total acceptedAmount buyerId buyerName supplierId supplierName\n      budgetLineId budgetLineCode placedAt updatedAt reason\n      deliveryAddress { recipient phone regionCode address }\n      logisticsCompany trackingNo\n      invoice { invoiceNo invoiceCode issuedOn amount }\n      dueKind dueAt overdue\n      lines { id listingId title unitPrice quantity acceptedQuantity amount }\n      timeline { action fromState toState actorUserId actorOrganisationId note at }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').OrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPayments($subjectId: String!) {\n    payments(subjectType: \"order\", subjectId: $subjectId, first: 20) {\n      nodes { id paymentNo provider state amount payUrl createdAt succeededAt rejectionReason bankReference }\n    }\n    paymentProviders { enabled default }\n  }\n"): typeof import('./graphql').OrderPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) { id state }\n  }\n"): typeof import('./graphql').CancelOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOrder($id: ID!) {\n    confirmOrder(id: $id) { id state }\n  }\n"): typeof import('./graphql').ConfirmOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOrder($id: ID!, $reason: String!) {\n    rejectOrder(id: $id, reason: $reason) { id state }\n  }\n"): typeof import('./graphql').RejectOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipOrder($id: ID!, $input: ShipOrderInput!) {\n    shipOrder(id: $id, input: $input) { id state }\n  }\n"): typeof import('./graphql').ShipOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOrderDelivered($id: ID!) {\n    markOrderDelivered(id: $id) { id state }\n  }\n"): typeof import('./graphql').MarkOrderDeliveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOrder($id: ID!, $input: AcceptOrderInput!) {\n    acceptOrder(id: $id, input: $input) { id state }\n  }\n"): typeof import('./graphql').AcceptOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseOrderAcceptance($id: ID!, $reason: String!) {\n    refuseOrderAcceptance(id: $id, reason: $reason) { id state }\n  }\n"): typeof import('./graphql').RefuseOrderAcceptanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceOrder($id: ID!, $input: InvoiceOrderInput!) {\n    invoiceOrder(id: $id, input: $input) { id state }\n  }\n"): typeof import('./graphql').InvoiceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) { id paymentNo provider state amount payUrl }\n  }\n"): typeof import('./graphql').StartPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshPayment($id: ID!) {\n    refreshPayment(id: $id) { id state }\n  }\n"): typeof import('./graphql').RefreshPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MallHome {\n    me { id displayName organisation { id name uscc active } }\n    tenant { code settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }\n  }\n"): typeof import('./graphql').MallHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierHome {\n    me { id displayName organisation { id name uscc active createdAt } }\n  }\n"): typeof import('./graphql').SupplierHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String, $filters: SearchFiltersInput, $sort: SearchSort, $first: Int, $after: String) {\n    search(text: $text, filters: $filters, sort: $sort, first: $first, after: $after) {\n      nodes {\n        listingId title brand model price stock salesCount policyTags\n        supplierId supplierName supplierRegion categoryPath\n      }\n      pageInfo { hasNextPage endCursor }\n      total { value exact }\n      corrections { asked matched }\n      facets {\n        categories { value count }\n        brands { value count }\n        policyTags { value count }\n        regions { value count }\n        priceBuckets { min max count }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchExplanation($listingId: ID!, $text: String) {\n    searchExplanation(listingId: $listingId, text: $text) {\n      listingId formula matched pendingRecompute rank relevance score\n      lines { component label detail value weightBp contribution }\n    }\n  }\n"): typeof import('./graphql').SearchExplanationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryListings($categoryCode: String!, $first: Int) {\n    search(filters: { categoryCode: $categoryCode }, first: $first) {\n      nodes { listingId title price policyTags supplierName }\n    }\n  }\n"): typeof import('./graphql').CategoryListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inquiries {\n    inquiries { id title state budget quantity unit quoteDeadline validQuotes createdAt }\n  }\n"): typeof import('./graphql').InquiriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      id title categoryCode specification quantity unit deliveryDays budget budgetLineId buyerId buyerName quoteDeadline minQuotes tieRule\n      state failure validQuotes closedAt awardedQuoteId orderId relaunchOf cancelReason createdAt\n      deliveryAddress { regionCode address recipient phone }\n    }\n    tenant { timeZone }\n  }\n"): typeof import('./graphql').InquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryQuotes($inquiryId: ID!) {\n    inquiryQuotes(inquiryId: $inquiryId) { id supplierId supplierName unitPrice total offer revision submittedAt rank invalidReason passedOverReason recommended }\n  }\n"): typeof import('./graphql').InquiryQuotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInquiryQuote($inquiryId: ID!) {\n    myInquiryQuote(inquiryId: $inquiryId) { id unitPrice total offer revision submittedAt }\n  }\n"): typeof import('./graphql').MyInquiryQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryInvitations {\n    inquiryInvitations { id status invitedAt inquiry { id title buyerName state budget quantity unit quoteDeadline } }\n  }\n"): typeof import('./graphql').InquiryInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryContext($fiscalYear: Int) {\n    budgetLines(fiscalYear: $fiscalYear, first: 100) { nodes { id code name amount available fiscalYear } }\n    tenant { code timeZone settings { purchaseRoutes { directOrderMax mallSourcingMax } } }\n  }\n"): typeof import('./graphql').InquiryContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishInquiry($input: PublishInquiryInput!) { publishInquiry(input: $input) { id state } }\n"): typeof import('./graphql').PublishInquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInquiry($id: ID!, $reason: String!) { cancelInquiry(id: $id, reason: $reason) { id state } }\n"): typeof import('./graphql').CancelInquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseInquiry($id: ID!) { closeInquiry(id: $id) { id state } }\n"): typeof import('./graphql').CloseInquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardInquiry($id: ID!, $quoteId: ID!) { awardInquiry(id: $id, quoteId: $quoteId) { id state orderId } }\n"): typeof import('./graphql').AwardInquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PassOverInquiryQuote($id: ID!, $quoteId: ID!, $reason: String!) { passOverInquiryQuote(id: $id, quoteId: $quoteId, reason: $reason) { id state } }\n"): typeof import('./graphql').PassOverInquiryQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelaunchInquiry($id: ID!, $quoteDeadline: DateTime!, $idempotencyKey: String!) {\n    relaunchInquiry(id: $id, quoteDeadline: $quoteDeadline, idempotencyKey: $idempotencyKey) { id state }\n  }\n"): typeof import('./graphql').RelaunchInquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInquiryQuote($input: SubmitInquiryQuoteInput!) {\n    submitInquiryQuote(input: $input) { id unitPrice total offer revision submittedAt }\n  }\n"): typeof import('./graphql').SubmitInquiryQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierDirectory($search: String!) {\n    supplierDirectory(search: $search) { id name uscc }\n  }\n"): typeof import('./graphql').SupplierDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeThresholds {\n    tenant {\n      code\n      settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } }\n    }\n  }\n"): typeof import('./graphql').HomeThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRules {\n    tenant {\n      code\n      settings {\n        purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin }\n        tender { documentsMinWorkingDays bidMinCalendarDays amendmentMinCalendarDays minBidders contractSignCalendarDays }\n        challenges { challengeWorkingDays answerWorkingDays complaintWorkingDays }\n        deposits { maxShareOfBudgetBp refundDeadlineWorkingDays refundTargetWorkingDays interestRateBp lateChargeRateBp performanceGuaranteeMaxBp }\n        mall { confirmWorkingDays shipWorkingDays acceptWorkingDays }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotFrame($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason\n      entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').LotFrameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcludeOpening($lotId: ID!) {\n    concludeOpening(lotId: $lotId) { lotId lotState failureReason }\n  }\n"): typeof import('./graphql').ConcludeOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotPanelDraw($lotId: ID!) {\n    panelDraw(lotId: $lotId) {\n      lotId seed size categoryCode candidateIds drawnAt\n      drawn { expertId name seat }\n      excluded { expertId name reason supplierName }\n    }\n  }\n"): typeof import('./graphql').LotPanelDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawEvaluationPanel($lotId: ID!, $size: Int) {\n    drawEvaluationPanel(lotId: $lotId, size: $size) { lotId seed size }\n  }\n"): typeof import('./graphql').DrawEvaluationPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyPanelDraw($lotId: ID!) {\n    verifyPanelDraw(lotId: $lotId) { pickMatches candidatesMatch drawnExpertIds recomputedExpertIds }\n  }\n"): typeof import('./graphql').VerifyPanelDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationProgress($lotId: ID!) {\n    evaluationProgress(lotId: $lotId) {\n      lotId lotState\n      members { expertId name seat submittedAt }\n      bids { bidId supplierName supplierIntegrityBand state stateReason }\n      deviations { id bidId expertName criterion score panelMean maximum beyondThreshold beyondZ reason }\n    }\n  }\n"): typeof import('./graphql').EvaluationProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotEvaluationSummary($lotId: ID!) {\n    evaluationSummary(lotId: $lotId) {\n      lotId lotState evaluationMethod smeDeductionBp\n      ranking { bidId supplierId supplierName supplierIntegrityBand rank price evaluatedPrice smeDeducted priceScore total criteria { criterion mean expertScores { expertId score } } }\n    }\n  }\n"): typeof import('./graphql').LotEvaluationSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishEvaluation($lotId: ID!) {\n    finishEvaluation(lotId: $lotId) { lotId lotState }\n  }\n"): typeof import('./graphql').FinishEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTenderAward($input: ConfirmTenderAwardInput!) {\n    confirmTenderAward(input: $input) { id lotId }\n  }\n"): typeof import('./graphql').ConfirmTenderAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId winnerName winnerOrganisationId price rank scoreHundredths againstRankingReason publishedAt noticeUntil challengeUntil contractDueAt lotState\n      ranking { supplierName price rank scoreHundredths }\n    }\n  }\n"): typeof import('./graphql').LotAwardNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotChallenges($lotId: ID!) {\n    tenderChallenges(lotId: $lotId) { id subject content state supplierName createdAt answerDueAt answer outcome answeredAt overdue }\n  }\n"): typeof import('./graphql').LotChallengesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerTenderChallenge($id: ID!, $answer: String!, $outcome: TenderChallengeOutcome!) {\n    answerTenderChallenge(id: $id, answer: $answer, outcome: $outcome) { id state answer outcome answeredAt }\n  }\n"): typeof import('./graphql').AnswerTenderChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotContract($lotId: ID!) {\n    tenderContract(lotId: $lotId) {\n      id contractNo state amount buyerName supplierName paymentTerms deliveryTerms digest canonicalText dueAt\n      buyerSignature buyerSignedAt supplierSignature supplierSignedAt signedAt signedLate publishedAt publicationDueAt\n    }\n    tenderChallenges(lotId: $lotId) { id state }\n    mySigningKey { active { fingerprint publicKey } }\n  }\n"): typeof import('./graphql').LotContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenderContractTerms($id: ID!, $input: TenderContractTermsInput!) {\n    updateTenderContractTerms(id: $id, input: $input) { id paymentTerms deliveryTerms digest }\n  }\n"): typeof import('./graphql').UpdateTenderContractTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuyerSignTenderContract($id: ID!, $signature: String!) {\n    signTenderContract(id: $id, signature: $signature) { id state buyerSignedAt supplierSignedAt publishedAt }\n  }\n"): typeof import('./graphql').BuyerSignTenderContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotDeposits($lotId: ID!) {\n    deposits(lotId: $lotId) { id supplierOrganisationId amount state paidAt paidVia forfeitReason challengeGrounds challengeDecision }\n    guarantees(lotId: $lotId) { id guaranteeNo issuerName supplierOrganisationId amount state validUntil claimReason claimEvidence }\n  }\n"): typeof import('./graphql').LotDepositsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForfeitDeposit($id: ID!, $reason: String!) {\n    forfeitDeposit(id: $id, reason: $reason) { id state forfeitReason }\n  }\n"): typeof import('./graphql').ForfeitDepositDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimGuarantee($id: ID!, $reason: String!, $evidence: [String!]!) {\n    claimGuarantee(id: $id, reason: $reason, evidence: $evidence) { id state claimReason claimEvidence }\n  }\n"): typeof import('./graphql').ClaimGuaranteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderAnnouncements($method: ProcurementMethod, $categoryCode: String, $first: Int, $after: String) {\n    tenderAnnouncements(method: $method, categoryCode: $categoryCode, first: $first, after: $after) {\n      nodes { id projectNo title method kind categoryCode buyerName agencyName budget state publishedAt bidDeadline }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').TenderAnnouncementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderAwardNotices($first: Int!) {\n    tenderAwardNotices(first: $first) { id lotId lotNo lotTitle projectId projectNo projectTitle winnerName price publishedAt }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').TenderAwardNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderNotice($id: ID!) {\n    tenderNotice(id: $id) {\n      id projectNo title description method kind categoryCode buyerName agencyName budget state publishedAt cancelReason\n      documentsFrom documentsUntil bidDeadline evaluationMethod smeDeductionBp qualification\n      criteria { key name kind weight }\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n    }\n    tenderClarifications(projectId: $id) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').TenderNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicLotAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) { id winnerName price publishedAt challengeUntil againstRankingReason }\n  }\n"): typeof import('./graphql').PublicLotAwardNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotPublishedContract($lotId: ID!) {\n    publishedTenderContract(lotId: $lotId) { id contractNo supplierName amount signedAt publishedAt }\n  }\n"): typeof import('./graphql').LotPublishedContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTenderProjects($first: Int, $after: String) {\n    myTenderProjects(first: $first, after: $after) {\n      nodes { id projectNo title method state budget bidDeadline createdAt buyerName agencyName }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').MyTenderProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderProject($id: ID!) {\n    tenderProject(id: $id) {\n      id projectNo title description method kind categoryCode buyerId buyerName agencyId agencyName budgetLineId budget state\n      createdAt publishedAt cancelReason documentsFrom documentsUntil bidDeadline evaluationMethod smeDeductionBp qualification\n      registrations documentDownloads\n      criteria { key name kind weight }\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n      documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n      questions { id body askedAt answeredById }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').TenderProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectClarifications($projectId: ID!) {\n    tenderClarifications(projectId: $projectId) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n  }\n"): typeof import('./graphql').ProjectClarificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFormContext($loadLines: Boolean!) {\n    categoryTree { id code name parentCode level energySavingMandatory }\n    budgetLines(first: 100) @include(if: $loadLines) { nodes { id code name fiscalYear available } }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').ProjectFormContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenderProject($input: TenderProjectInput!) {\n    createTenderProject(input: $input) { id state }\n  }\n"): typeof import('./graphql').CreateTenderProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenderProject($id: ID!, $input: TenderProjectInput!) {\n    updateTenderProject(id: $id, input: $input) { id state }\n  }\n"): typeof import('./graphql').UpdateTenderProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTenderProject($id: ID!) {\n    publishTenderProject(id: $id) { id state publishedAt documentsFrom }\n  }\n"): typeof import('./graphql').PublishTenderProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTenderProject($id: ID!, $reason: String!) {\n    cancelTenderProject(id: $id, reason: $reason) { id state cancelReason }\n  }\n"): typeof import('./graphql').CancelTenderProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachTenderDocument($projectId: ID!, $fileName: String!, $contentBase64: String!) {\n    attachTenderDocument(projectId: $projectId, fileName: $fileName, contentBase64: $contentBase64) { id fileName sm3 sizeBytes }\n  }\n"): typeof import('./graphql').AttachTenderDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnerDownloadTenderDocument($id: ID!) {\n    downloadTenderDocument(id: $id) { fileName mimeType contentBase64 sm3 }\n  }\n"): typeof import('./graphql').OwnerDownloadTenderDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTenderClarification($projectId: ID!, $input: TenderClarificationInput!) {\n    publishTenderClarification(projectId: $projectId, input: $input) { id title affectsBids oldBidDeadline newBidDeadline }\n  }\n"): typeof import('./graphql').PublishTenderClarificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotChallengeAnswers($lotId: ID!) {\n    tenderChallengeAnswers(lotId: $lotId) { id subject content answer outcome answeredAt }\n  }\n"): typeof import('./graphql').LotChallengeAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierProject($projectId: ID!) {\n    tenderNotice(id: $projectId) {\n      id projectNo title description state method kind categoryCode buyerName agencyName budget qualification\n      documentsFrom documentsUntil bidDeadline publishedAt cancelReason evaluationMethod smeDeductionBp\n      lots { id lotNo title scope budget deposit minBidders state failureReason }\n    }\n    tenderClarifications(projectId: $projectId) { id title body affectsBids oldBidDeadline newBidDeadline publishedAt }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').SupplierProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTenderRegistrations($first: Int, $after: String) {\n    myTenderRegistrations(first: $first, after: $after) {\n      nodes {\n        id registeredAt\n        notice { id projectNo title state buyerName bidDeadline }\n        documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').MyTenderRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForTenderProject($projectId: ID!) {\n    registerForTenderProject(projectId: $projectId) {\n      id registeredAt\n      notice { id projectNo title state buyerName bidDeadline }\n      documents { id fileName mimeType sizeBytes sm3 uploadedAt }\n    }\n  }\n"): typeof import('./graphql').RegisterForTenderProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DownloadTenderDocument($id: ID!) {\n    downloadTenderDocument(id: $id) { fileName mimeType contentBase64 sm3 }\n  }\n"): typeof import('./graphql').DownloadTenderDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskTenderQuestion($projectId: ID!, $body: String!) {\n    askTenderQuestion(projectId: $projectId, body: $body) { id body askedAt }\n  }\n"): typeof import('./graphql').AskTenderQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLotBids($lotId: ID!) {\n    myBids(lotId: $lotId) { id version state price stateReason submittedAt }\n  }\n"): typeof import('./graphql').MyLotBidsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderAwardNotice($lotId: ID!) {\n    tenderAwardNotice(lotId: $lotId) {\n      id lotId lotNo lotTitle lotState projectNo projectTitle winnerName winnerOrganisationId price rank scoreHundredths\n      againstRankingReason publishedAt noticeUntil challengeUntil contractDueAt\n      ranking { supplierName price rank scoreHundredths }\n    }\n  }\n"): typeof import('./graphql').TenderAwardNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileTenderChallenge($input: FileTenderChallengeInput!) {\n    fileTenderChallenge(input: $input) { id lotId subject state createdAt answerDueAt }\n  }\n"): typeof import('./graphql').FileTenderChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTenderChallenges {\n    myTenderChallenges {\n      id lotId lotTitle projectNo subject content state createdAt answerDueAt answer outcome answeredAt overdue\n      complaint { id content state createdAt decisionDueAt decidedAt decisionReason remedy overdue }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').MyTenderChallengesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileTenderComplaint($challengeId: ID!, $content: String!) {\n    fileTenderComplaint(challengeId: $challengeId, content: $content) { id challengeId state createdAt decisionDueAt }\n  }\n"): typeof import('./graphql').FileTenderComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierContract($lotId: ID!) {\n    tenderContract(lotId: $lotId) {\n      id contractNo state projectId projectTitle lotId lotTitle buyerName supplierName supplierOrganisationId amount\n      paymentTerms deliveryTerms canonicalText digest dueAt signedAt signedLate publishedAt\n      buyerSignature buyerSignedAt supplierSignature supplierSignedAt\n    }\n    mySigningKey { active { fingerprint publicKey } }\n    tenderAwardNotice(lotId: $lotId) { id lotState declinedAt declineReason }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').SupplierContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierDeclineTenderAward($lotId: ID!, $reason: String!) {\n    declineTenderAward(lotId: $lotId, reason: $reason) { id lotState declinedAt declineReason }\n  }\n"): typeof import('./graphql').SupplierDeclineTenderAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierSignTenderContract($id: ID!, $signature: String!) {\n    signTenderContract(id: $id, signature: $signature) { id state supplierSignature supplierSignedAt buyerSignature buyerSignedAt signedAt }\n  }\n"): typeof import('./graphql').SupplierSignTenderContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBidLots {\n    myBidLots { lotId lotNo lotTitle lotState projectId projectNo projectTitle won }\n  }\n"): typeof import('./graphql').MyBidLotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySigningKey {\n    mySigningKey { active { id fingerprint publicKey createdAt } }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').MySigningKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSigningKey($publicKey: String!) {\n    registerSigningKey(publicKey: $publicKey) { id fingerprint publicKey createdAt }\n  }\n"): typeof import('./graphql').RegisterSigningKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BidContext($lotId: ID!) {\n    openingRecord(lotId: $lotId) { lotId lotNo lotTitle projectNo projectTitle budget bidDeadline lotState }\n    myBids(lotId: $lotId) {\n      id lotId version state submittedAt digest price stateReason\n      receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }\n    }\n    mySigningKey { active { fingerprint publicKey } }\n    platformReceiptKey { fingerprint publicKey }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').BidContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBid($input: SubmitBidInput!) {\n    submitBid(input: $input) {\n      id lotId version state submittedAt digest\n      receipt { bidId lotId version digest serverTime platformKeyFingerprint signature }\n    }\n  }\n"): typeof import('./graphql').SubmitBidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawBid($bidId: ID!) {\n    withdrawBid(bidId: $bidId) { id state }\n  }\n"): typeof import('./graphql').WithdrawBidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBids {\n    myBids { id lotId version state submittedAt price stateReason }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').MyBidsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningRecord($lotId: ID!) {\n    openingRecord(lotId: $lotId) {\n      lotId lotNo lotTitle projectNo projectTitle budget bidDeadline decryptionEndsAt lotState failureReason\n      entries { bidId supplierName state submittedAt openedAt price discountBp deliveryDays warrantyMonths sme overBudget reason }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').OpeningRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpeningBids($lotId: ID!) {\n    myBids(lotId: $lotId) { id version state wrappedKey }\n    mySigningKey { active { fingerprint } }\n  }\n"): typeof import('./graphql').MyOpeningBidsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseBidKey($bidId: ID!, $key: String!) {\n    releaseBidKey(bidId: $bidId, key: $key) { id state stateReason price openedAt }\n  }\n"): typeof import('./graphql').ReleaseBidKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEvaluationPanels {\n    myEvaluationPanels { lotId lotState lotTitle projectNo projectTitle seat submittedAt }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').MyEvaluationPanelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreSheet($lotId: ID!) {\n    evaluationScoreSheet(lotId: $lotId) {\n      lotId lotState lotTitle evaluationMethod submittedAt\n      criteria { key name weight }\n      bids { bidId supplierId supplierName supplierIntegrityBand price state stateReason priceForm { key value } }\n      scores { bidId criterion score }\n      deviations { id bidId criterion score panelMean maximum beyondThreshold beyondZ reason reasonAt }\n    }\n    tenant { code timeZone }\n  }\n"): typeof import('./graphql').ScoreSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEvaluationScores($input: SaveEvaluationScoresInput!) {\n    saveEvaluationScores(input: $input) { lotId submittedAt }\n  }\n"): typeof import('./graphql').SaveEvaluationScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitScoreSheet($lotId: ID!) {\n    submitScoreSheet(lotId: $lotId) { lotId submittedAt }\n  }\n"): typeof import('./graphql').SubmitScoreSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDeviationReason($id: ID!, $reason: String!) {\n    recordDeviationReason(id: $id, reason: $reason) { id reason reasonAt }\n  }\n"): typeof import('./graphql').RecordDeviationReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisqualifyBid($bidId: ID!, $reason: String!) {\n    disqualifyBid(bidId: $bidId, reason: $reason) { bidId state lotState reason }\n  }\n"): typeof import('./graphql').DisqualifyBidDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
