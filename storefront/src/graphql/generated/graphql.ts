/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptOrderInput = {
  /** Every line of the order. */
  lines: Array<AcceptedLineInput>;
  note?: string | null | undefined;
};

export type AcceptedLineInput = {
  /** 0 to the quantity ordered. */
  acceptedQuantity: number;
  lineId: string | number;
};

export type ApplyForFinancingInput = {
  /** The amount requested, at most the contract amount. */
  amount: string;
  /** Must be true: the supplier consents to sending its contract data to the lender. */
  consent: boolean;
  lenderId: string | number;
  subjectId: string | number;
  subjectType: FinancingSubjectType;
};

/** REVERSE 反向竞价（采购，最低有效价成交）, FORWARD 公物处置拍卖（最高价成交）. */
export type AuctionDirection =
  | 'FORWARD'
  | 'REVERSE';

export type AuctionFilterInput = {
  direction?: AuctionDirection | null | undefined;
  /** Only the auctions the caller's unit runs or buys through. */
  mine?: boolean | null | undefined;
  state?: AuctionState | null | undefined;
};

/** SCHEDULED 未开始, LIVE 竞价中, ENDED 已结束, AWARDED 已成交, FAILED 流拍（无有效出价）, CANCELLED 已取消. */
export type AuctionState =
  | 'AWARDED'
  | 'CANCELLED'
  | 'ENDED'
  | 'FAILED'
  | 'LIVE'
  | 'SCHEDULED';

export type CartItemInput = {
  expectedUnitPrice: string;
  listingId: string | number;
  /** A whole number above 0 (Float so that 0, -1 and 1.5 are refused with their own reasons, QUANTITY_NOT_POSITIVE / QUANTITY_NOT_WHOLE). */
  quantity: number;
};

export type CheckoutCartInput = {
  budgetLineId: string | number;
  deliveryAddress: DeliveryAddressInput;
  idempotencyKey: string;
  /** The cart (kept by the client); at most 50 items, each listing once. */
  items: Array<CartItemInput>;
};

export type ConfirmTenderAwardInput = {
  /** Another valid bid than the first ranked; needs a reason. */
  bidId?: string | number | null | undefined;
  lotId: string | number;
  /** Why the award goes against the ranking (published with the notice). */
  reason?: string | null | undefined;
};

export type CreateAuctionInput = {
  appraisal?: string | null | undefined;
  /** Reverse (required): the buyer's budget line; the ceiling is frozen on it until the award, which becomes a mall order. */
  budgetLineId?: string | number | null | undefined;
  /** An agency names the purchasing unit it runs the auction for. */
  buyerOrganisationId?: string | number | null | undefined;
  categoryCode?: string | null | undefined;
  /** Reverse (required): where the awarded lot is delivered. */
  deliveryAddress?: DeliveryAddressInput | null | undefined;
  /** Forward: registration deposit. */
  deposit?: string | null | undefined;
  description: string;
  direction: AuctionDirection;
  durationMinutes: number;
  /** …extends it by this many minutes (default 5)… */
  extendByMinutes?: number | null | undefined;
  /** Anti-sniping: a bid this many minutes before the end… (default 5) */
  extendWindowMinutes?: number | null | undefined;
  /** Reverse: private floor; bids below it are flagged abnormally low. */
  floor?: string | null | undefined;
  invitedSupplierIds?: Array<string | number> | null | undefined;
  /** …at most this many times (default 10). */
  maxExtensions?: number | null | undefined;
  photoUrls?: Array<string> | null | undefined;
  quantity?: number | null | undefined;
  startPrice: string;
  startsAt: string;
  step: string;
  title: string;
  viewing?: string | null | undefined;
};

/** Who took the listing off sale: SUPPLIER, OPERATOR or INSPECTION (price inspection). */
export type DelistedBy =
  | 'INSPECTION'
  | 'OPERATOR'
  | 'SUPPLIER';

export type DeliveryAddressInput = {
  /** 2–200 characters. */
  address: string;
  phone: string;
  recipient: string;
  /** GB/T 2260 six-digit code; must be covered by the listing's delivery regions. */
  regionCode: string;
};

/** ALIPAY 支付宝, BANK_TRANSFER 银行转账（虚拟子账号）. */
export type DepositPaidVia =
  | 'ALIPAY'
  | 'BANK_TRANSFER';

/** PENDING 支付宝退款待答复 (the sweep repeats it), AWAITING_BANK 待财务确认银行转账, COMPLETED 已全部退还. */
export type DepositRefundState =
  | 'AWAITING_BANK'
  | 'COMPLETED'
  | 'PENDING';

/** DUE 待缴纳, HELD 已缴纳（在押）, REFUNDED 已退还（退款已发起）, FORFEITED 已没收, CHALLENGED 没收异议中, APPLIED 已抵作成交价款（公物拍卖的买受人）. */
export type DepositState =
  | 'APPLIED'
  | 'CHALLENGED'
  | 'DUE'
  | 'FORFEITED'
  | 'HELD'
  | 'REFUNDED';

/** Declared enterprise size (财库〔2020〕46号): LARGE, MEDIUM 中型, SMALL 小型, MICRO 微型. */
export type EnterpriseSize =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

/** COMPREHENSIVE_SCORING 综合评分法, LOWEST_PRICE 最低评标价法. */
export type EvaluationMethod =
  | 'COMPREHENSIVE_SCORING'
  | 'LOWEST_PRICE';

export type EvaluationScoreInput = {
  bidId: string | number;
  /** A criterion key of the project other than price. */
  criterion: string;
  /** Points from 0 to the weight, at most two decimals, e.g. "42.5". */
  score: string;
};

export type FileTenderChallengeInput = {
  content: string;
  lotId: string | number;
  subject: TenderChallengeSubject;
};

/** APPLIED 已申请, APPROVED 已批准（回款账户已锁定）, REJECTED 已拒绝, DISBURSED 已放款, REPAID 已还款（锁定解除）. */
export type FinancingState =
  | 'APPLIED'
  | 'APPROVED'
  | 'DISBURSED'
  | 'REJECTED'
  | 'REPAID';

/** TENDER_CONTRACT 政府采购合同（招标）, MALL_ORDER 网上超市订单（直购、询价或竞价）. */
export type FinancingSubjectType =
  | 'MALL_ORDER'
  | 'TENDER_CONTRACT';

/** BANK 银行, INSURER 保险公司, GUARANTEE_COMPANY 担保公司. */
export type GuaranteeIssuerKind =
  | 'BANK'
  | 'GUARANTEE_COMPANY'
  | 'INSURER';

/** SM2 (SM3 with user ID 1234567812345678; public key uncompressed hex; signature hex r‖s) or RSA (SHA-256; SPKI PEM; signature base64). */
export type GuaranteeSignatureAlgorithm =
  | 'RSA'
  | 'SM2';

/** ACCEPTED 已核验（有效）, RELEASED 已释放（通知出函机构）, CLAIMED 已索赔. */
export type GuaranteeState =
  | 'ACCEPTED'
  | 'CLAIMED'
  | 'RELEASED';

/** TOO_FEW_QUOTES 有效报价不足, ALL_PASSED_OVER 有效报价均被放弃. */
export type InquiryFailure =
  | 'ALL_PASSED_OVER'
  | 'TOO_FEW_QUOTES';

/** PUBLISHED 报价中, CLOSED 待确认成交, AWARDED 已成交, FAILED 询价失败, CANCELLED 已撤销. */
export type InquiryState =
  | 'AWARDED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'FAILED'
  | 'PUBLISHED';

/** OPEN waits for an operator; UPHELD removed the event; REJECTED kept it. */
export type IntegrityAppealState =
  | 'OPEN'
  | 'REJECTED'
  | 'UPHELD';

/** A supplier integrity band (诚信等级), A best, D worst. */
export type IntegrityBand =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

/** What moved a supplier integrity score; on-time confirmation and delivery and passed acceptance add points, the rest subtract. */
export type IntegrityEventKind =
  | 'ACCEPTANCE_FAILED'
  | 'ACCEPTANCE_PASSED'
  | 'ADMINISTRATIVE_PENALTY'
  | 'BLACKLIST_RECORD'
  | 'CHALLENGE_GROUNDLESS'
  | 'COMPLAINT_UPHELD'
  | 'DELIVERED_LATE'
  | 'DELIVERED_ON_TIME'
  | 'DEPOSIT_FORFEITED'
  | 'ORDER_CONFIRMED_LATE'
  | 'ORDER_CONFIRMED_ON_TIME'
  | 'PRICE_OFFENCE'
  | 'REFUSED_TO_SIGN'
  | 'WITHDRAWN_AFTER_WINNING';

/** EFFECTIVE counts; APPEALED counts until the appeal is decided; REMOVED no longer counts (appeal upheld or the source decision reversed). */
export type IntegrityEventState =
  | 'APPEALED'
  | 'EFFECTIVE'
  | 'REMOVED';

/** INVITED 待报价, QUOTED 已报价, WON 成交, LOST 未成交, ENDED 已结束（未报价、失败或撤销）. */
export type InvitationStatus =
  | 'ENDED'
  | 'INVITED'
  | 'LOST'
  | 'QUOTED'
  | 'WON';

export type InvoiceOrderInput = {
  /** Must equal the accepted amount. */
  amount: string;
  /** 发票代码, 10–12 digits; empty for a fully digital invoice. */
  invoiceCode?: string | null | undefined;
  /** 发票号码, 8–20 digits. */
  invoiceNo: string;
  /** YYYY-MM-DD, not after today. */
  issuedOn: string;
};

export type ListingInput = {
  brand?: string | null | undefined;
  categoryCode: string;
  deliveryRegionCodes: Array<string>;
  /** Plain text, up to 5,000 characters. */
  description: string;
  /** https addresses, at most 10. */
  imageUrls?: Array<string> | null | undefined;
  model?: string | null | undefined;
  policyTags?: Array<PolicyTagInput> | null | undefined;
  /** Above 0, at most two decimals. */
  price: string;
  /** The standard product offered; fixes brand and model. */
  standardProductId?: string | number | null | undefined;
  stock: number;
  title: string;
  warrantyMonths: number;
};

/** DRAFT 草稿, SUBMITTED 待审核, APPROVED 已上架, REJECTED 已驳回, DELISTED 已下架. */
export type ListingState =
  | 'APPROVED'
  | 'DELISTED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

/** PROCESSING (rows being imported), DONE, FAILED (stopped by a server error; imported rows stay). */
export type ListingUploadState =
  | 'DONE'
  | 'FAILED'
  | 'PROCESSING';

/** CONFIRM (supplier confirms), SHIP (supplier ships), ACCEPT (buyer accepts). */
export type OrderDeadlineKind =
  | 'ACCEPT'
  | 'CONFIRM'
  | 'SHIP';

export type OrderFilterInput = {
  /** The buying unit. */
  buyerId?: string | number | null | undefined;
  /** Placed at or after. */
  from?: string | null | undefined;
  state?: OrderState | null | undefined;
  supplierId?: string | number | null | undefined;
  /** Placed before. */
  to?: string | null | undefined;
};

/** PLACED 待确认, CONFIRMED 已确认, REJECTED 已拒单, SHIPPED 已发货, DELIVERED 已送达, ACCEPTED 已验收, INVOICED 已开票, PAID 已付款, CLOSED 已关闭, CANCELLED 已取消. */
export type OrderState =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'INVOICED'
  | 'PAID'
  | 'PLACED'
  | 'REJECTED'
  | 'SHIPPED';

/** BUYER_STAFF works for the buyer, BIDDER_EMPLOYEE employed by a bidder (USCC), DECLARED_RELATION a declared relation to a bidder. */
export type PanelExclusionReason =
  | 'BIDDER_EMPLOYEE'
  | 'BUYER_STAFF'
  | 'DECLARED_RELATION';

/** ALIPAY 支付宝 (page pay), TREASURY 国库集中支付 (finance approves with the bank transfer reference). */
export type PaymentProvider =
  | 'ALIPAY'
  | 'TREASURY';

/** PENDING 待支付 (alipay), AWAITING_APPROVAL 待财政审批 (treasury), SUCCEEDED 已支付, FAILED 支付失败, CLOSED 已关闭 (timed out or closed at Alipay), REJECTED 已驳回 (treasury). */
export type PaymentState =
  | 'AWAITING_APPROVAL'
  | 'CLOSED'
  | 'FAILED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUCCEEDED';

export type PlaceAuctionBidInput = {
  auctionId: string | number;
  /** Made by the client once per bid (a UUID fits); a resubmission on reconnect returns the first bid. */
  clientKey: string;
  price: string;
};

export type PlaceOrderInput = {
  /** One of the caller's unit's budget lines of the current fiscal year. */
  budgetLineId: string | number;
  deliveryAddress: DeliveryAddressInput;
  /** The unit price the buyer saw; a different current price is refused with PRICE_CHANGED (extensions.currentPrice). */
  expectedUnitPrice: string;
  /** A new random key per order attempt (e.g. a UUID), reused on retries: the same key and input return the same order. */
  idempotencyKey: string;
  listingId: string | number;
  /** A whole number above 0 (Float so that 0, -1 and 1.5 are refused with their own reasons, QUANTITY_NOT_POSITIVE / QUANTITY_NOT_WHOLE). */
  quantity: number;
};

/** ENERGY_SAVING 节能产品, ENVIRONMENTAL_LABEL 环境标志产品, FIRST_OF_KIND 首台套, SME 中小企业 (from the supplier's declared size), PRISON_ENTERPRISE 监狱企业, DISABILITY_WELFARE 残疾人福利性单位, RURAL_REVITALIZATION 乡村振兴/832. */
export type PolicyTag =
  | 'DISABILITY_WELFARE'
  | 'ENERGY_SAVING'
  | 'ENVIRONMENTAL_LABEL'
  | 'FIRST_OF_KIND'
  | 'PRISON_ENTERPRISE'
  | 'RURAL_REVITALIZATION'
  | 'SME';

export type PolicyTagInput = {
  /** Required for every tag but SME. */
  certificateNo?: string | null | undefined;
  issuer?: string | null | undefined;
  tag: PolicyTag;
  /** Last valid day, YYYY-MM-DD; not in the past. */
  validUntil?: string | null | undefined;
};

export type PresentGuaranteeInput = {
  amount: string;
  beneficiary: string;
  guaranteeNo: string;
  issuerId: string | number;
  lotId: string | number;
  /** The issuer's signature over the guarantee's terms (docs/tender.md, Deposits). */
  signature: string;
  validFrom: string;
  validUntil: string;
};

export type PriceFindingFilterInput = {
  listingId?: string | number | null | undefined;
  state?: PriceFindingState | null | undefined;
  /** The supplier's organisation. */
  supplierId?: string | number | null | undefined;
};

/** OPEN 待更正或说明, JUSTIFIED 供应商已说明（期限暂停，待运营审核）, DISMISSED 已驳回（不构成违规）, CORRECTED 已更正, DELISTED 逾期未更正已下架（确认违规）. */
export type PriceFindingState =
  | 'CORRECTED'
  | 'DELISTED'
  | 'DISMISSED'
  | 'JUSTIFIED'
  | 'OPEN';

/** IMPORTED 导入的参考价（电商等）, PEER 其他供应商同一标准商品的中位价, HISTORY 本商品近期最低价, TRANSACTIONS 近期成交（已验收）中位价. */
export type PriceReferenceSource =
  | 'HISTORY'
  | 'IMPORTED'
  | 'PEER'
  | 'TRANSACTIONS';

/** GOODS, SERVICES, WORKS: fixes the legal price-weight range. */
export type ProcurementKind =
  | 'GOODS'
  | 'SERVICES'
  | 'WORKS';

/** PUBLIC_TENDER 公开招标, INVITED_TENDER 邀请招标, COMPETITIVE_NEGOTIATION 竞争性谈判, COMPETITIVE_CONSULTATION 竞争性磋商, INQUIRY 询价, SINGLE_SOURCE 单一来源. */
export type ProcurementMethod =
  | 'COMPETITIVE_CONSULTATION'
  | 'COMPETITIVE_NEGOTIATION'
  | 'INQUIRY'
  | 'INVITED_TENDER'
  | 'PUBLIC_TENDER'
  | 'SINGLE_SOURCE';

export type PublishInquiryInput = {
  /** Above the one-click limit, up to the mall sourcing limit (purchaseRoutes); frozen on the budget line. */
  budget: string;
  /** One of the caller's unit's budget lines of the current fiscal year. */
  budgetLineId: string | number;
  /** A category code of the province (政府采购品目). */
  categoryCode: string;
  deliveryAddress: DeliveryAddressInput;
  /** Delivery within these calendar days of the order (1–365). */
  deliveryDays: number;
  /** A new random key per publication attempt, reused on retries. */
  idempotencyKey: string;
  /** Defaults to sourcing.minQuotes; may only be higher. */
  minQuotes?: number | null | undefined;
  /** A whole number above 0. */
  quantity: number;
  /** At least sourcing.quoteMinWorkingDays working days away (province calendar). */
  quoteDeadline: string;
  /** What is needed: 10–5,000 characters. */
  specification: string;
  /** 4–120 characters. */
  title: string;
  /** 计量单位, e.g. 台. */
  unit: string;
};

/** A component of the stored rank. */
export type RankComponent =
  | 'INTEGRITY'
  | 'POLICY'
  | 'PRICE'
  | 'SALES';

/** CSV (UTF-8 with BOM) or XLSX. */
export type ReportFormat =
  | 'CSV'
  | 'XLSX';

export type SaveEvaluationScoresInput = {
  lotId: string | number;
  scores: Array<EvaluationScoreInput>;
};

/** Narrows a search; every given filter must hold. */
export type SearchFiltersInput = {
  brands?: Array<string> | null | undefined;
  /** A category code: the category and everything below it. */
  categoryCode?: string | null | undefined;
  inStock?: boolean | null | undefined;
  /** Listings holding all of these tags, valid today. */
  policyTags?: Array<PolicyTag> | null | undefined;
  priceMax?: string | null | undefined;
  priceMin?: string | null | undefined;
  /** GB/T 2260 codes; a province or city code takes in everything below it. */
  supplierRegions?: Array<string> | null | undefined;
};

/** RELEVANCE (text relevance with the stored rank; the rank alone without text), PRICE_ASC, PRICE_DESC, SALES. */
export type SearchSort =
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'RELEVANCE'
  | 'SALES';

export type ShipOrderInput = {
  logisticsCompany: string;
  trackingNo: string;
};

export type StartPaymentInput = {
  /** Made by the client per intended payment (8–64 of A–Z a–z 0–9 - _); a retry with the same key returns the same payment. */
  idempotencyKey: string;
  /** One of the province's enabled providers; its default when omitted. */
  provider?: PaymentProvider | null | undefined;
  subjectId: string;
  /** The subject's type, e.g. 'order'. */
  subjectType: string;
};

/** A bid sealed in the browser (format sm4-cbc+hmac-sm3/v1, web-kit/src/tender/sealed-bid.ts). */
export type SubmitBidInput = {
  /** SM4-CBC ciphertext of the canonical content, base64. */
  ciphertext: string;
  /** SM3 of the canonical plaintext, hex. */
  digest: string;
  /** A client-made key (8–64 of A-Z a-z 0-9 _ -): the same key again returns the same bid. */
  idempotencyKey: string;
  /** SM4 IV, 16 bytes hex. */
  iv: string;
  /** SM3 of the bid key, hex: tells a wrong released key from tampering. */
  keyCheck: string;
  lotId: string | number;
  /** HMAC-SM3 over IV ‖ ciphertext with the second half of the bid key, hex. */
  mac: string;
  /** Your SM2 signature (r ‖ s, hex) of the digest, user ID 1234567812345678. */
  signature: string;
  /** The 32-byte bid key wrapped with SM2 (C1C3C2) to your registered public key, hex. */
  wrappedKey: string;
};

export type SubmitInquiryQuoteInput = {
  /** A new key per change, reused when a submission is retried (e.g. after a reconnect): the retry returns the same quote. */
  idempotencyKey: string;
  inquiryId: string | number;
  /** Brand, model and what is offered: 2–2,000 characters. */
  offer: string;
  /** Unit price; the total (× quantity) may not exceed the budget. */
  unitPrice: string;
};

export type SupplierContactsInputType = {
  /** A mobile number or a landline with its area code; spaces, dashes and +86 are ignored. */
  contactPhone: string;
  /** 单位负责人 (legal representative), 2–32 characters. */
  legalRepresentative: string;
};

/** A sealed bid's life: SUBMITTED (sealed), WITHDRAWN, REPLACED, OPENED, NOT_DECRYPTED, INVALID, DISQUALIFIED. */
export type TenderBidState =
  | 'DISQUALIFIED'
  | 'INVALID'
  | 'NOT_DECRYPTED'
  | 'OPENED'
  | 'REPLACED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** The verdict of a challenge answer: UPHELD 质疑成立, PARTLY_UPHELD 部分成立, GROUNDLESS 质疑不成立 (counts against the challenger's integrity). */
export type TenderChallengeOutcome =
  | 'GROUNDLESS'
  | 'PARTLY_UPHELD'
  | 'UPHELD';

/** PENDING 待答复 (answer due in 7 working days), ANSWERED 已答复. */
export type TenderChallengeState =
  | 'ANSWERED'
  | 'PENDING';

/** What a challenge (质疑) is about: DOCUMENTS 采购文件, PROCESS 采购过程, RESULT 中标结果. */
export type TenderChallengeSubject =
  | 'DOCUMENTS'
  | 'PROCESS'
  | 'RESULT';

export type TenderClarificationInput = {
  /** May affect bid preparation: with under 15 days left, the bid deadline moves so that 15 remain. */
  affectsBids: boolean;
  body: string;
  /** Questions this clarification answers. */
  questionIds?: Array<string | number> | null | undefined;
  title: string;
};

/** What an upheld complaint orders: NONE (recorded; the buyer corrects what the decision names), FAIL_LOT (the award is void and the lot fails). */
export type TenderComplaintRemedy =
  | 'FAIL_LOT'
  | 'NONE';

/** PENDING 待处理 (decision due in 30 working days), UPHELD 投诉成立, DISMISSED 驳回. */
export type TenderComplaintState =
  | 'DISMISSED'
  | 'PENDING'
  | 'UPHELD';

/** DRAFT 待签订 (terms editable until the first signature), SIGNED 已签订 (both parties signed; published). */
export type TenderContractState =
  | 'DRAFT'
  | 'SIGNED';

export type TenderContractTermsInput = {
  deliveryTerms?: string | null | undefined;
  paymentTerms?: string | null | undefined;
};

export type TenderCriterionInput = {
  key: string;
  kind: TenderCriterionKind;
  name: string;
  weight: number;
};

/** PRICE (scored by the system), TECHNICAL, COMMERCIAL. */
export type TenderCriterionKind =
  | 'COMMERCIAL'
  | 'PRICE'
  | 'TECHNICAL';

export type TenderLotInput = {
  /** 最高限价, > 0. */
  budget: string;
  /** 投标保证金: 0 = none; at most 2 % of the budget. */
  deposit: string;
  scope: string;
  title: string;
};

/** A lot's life: DRAFT, BIDDING, OPENING, EVALUATING, RECOMMENDED, AWARDED, CONTRACTED, FAILED (流标/废标), CANCELLED. */
export type TenderLotState =
  | 'AWARDED'
  | 'BIDDING'
  | 'CANCELLED'
  | 'CONTRACTED'
  | 'DRAFT'
  | 'EVALUATING'
  | 'FAILED'
  | 'OPENING'
  | 'RECOMMENDED';

export type TenderProjectInput = {
  bidDeadline: string;
  /** A budget line of the buying unit; the project's total is frozen on it at publication. */
  budgetLineId: string | number;
  /** Agencies: the purchasing unit they act for. Purchasers buy for their own unit. */
  buyerId?: string | number | null | undefined;
  /** A code of the tenant’s 品目 tree. */
  categoryCode: string;
  /** Comprehensive scoring: weights sum to 100, one PRICE criterion. Lowest price: none. */
  criteria: Array<TenderCriterionInput>;
  description: string;
  documentsFrom: string;
  documentsUntil: string;
  evaluationMethod: EvaluationMethod;
  kind: ProcurementKind;
  lots: Array<TenderLotInput>;
  method: ProcurementMethod;
  qualification: string;
  /** SME price deduction in basis points, 1000–2000. */
  smeDeductionBp: number;
  title: string;
};

/** DRAFT, PUBLISHED, COMPLETED (every lot final), CANCELLED. */
export type TenderProjectState =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

export type UploadListingsInput = {
  /** The file, base64-encoded; at most 700 KiB before encoding. */
  contentBase64: string;
  /** The file name; .xlsx (the template) or .csv (UTF-8, BOM allowed). */
  fileName: string;
};

export type AuctionQueryVariables = Exact<{
  id: string | number;
}>;


export type AuctionQuery = { auction: { id: string, direction: AuctionDirection, state: AuctionState, title: string, description: string, categoryCode: string | null, quantity: number, startPrice: string, step: string, floor: string | null, deposit: string, appraisal: string | null, photoUrls: Array<string>, viewing: string | null, startsAt: string, scheduledEndAt: string, endsAt: string, extendWindowMinutes: number, extendByMinutes: number, maxExtensions: number, extensions: number, bidCount: number, bestPrice: string | null, endedAt: string | null, stateReason: string | null, createdAt: string, serverTime: string, orderId: string | null, organiser: { id: string, name: string }, buyer: { id: string, name: string }, winner: { id: string, name: string } | null, myDeposit: { id: string, amount: string, state: DepositState, virtualAccountRef: string, paidAt: string | null } | null }, tenant: { timeZone: string } };

export type AuctionsQueryVariables = Exact<{
  filter?: AuctionFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuctionsQuery = { auctions: { nodes: Array<{ id: string, direction: AuctionDirection, state: AuctionState, title: string, quantity: number, startPrice: string, bestPrice: string | null, bidCount: number, startsAt: string, endsAt: string, deposit: string, photoUrls: Array<string>, organiser: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { timeZone: string } };

export type MyAuctionBidsQueryVariables = Exact<{
  auctionId: string | number;
}>;


export type MyAuctionBidsQuery = { myAuctionBids: Array<{ id: string, sequence: number, bidder: string, price: string, at: string, abnormallyLow: boolean, extended: boolean }> };

export type AuctionLogQueryVariables = Exact<{
  auctionId: string | number;
}>;


export type AuctionLogQuery = { auctionLog: Array<{ id: string, sequence: number, bidder: string, price: string, at: string, abnormallyLow: boolean, extended: boolean, winning: boolean, bidderOrganisation: { id: string, name: string } }> };

export type AuctionSettlementQueryVariables = Exact<{
  auctionId: string | number;
}>;


export type AuctionSettlementQuery = { auctionSettlement: { id: string, auctionId: string, price: string, depositCredited: string, balanceDue: string, text: string, issuedAt: string, winner: { id: string, name: string } } };

export type CreateAuctionMutationVariables = Exact<{
  input: CreateAuctionInput;
}>;


export type CreateAuctionMutation = { createAuction: { id: string, state: AuctionState } };

export type CancelAuctionMutationVariables = Exact<{
  auctionId: string | number;
  reason: string;
}>;


export type CancelAuctionMutation = { cancelAuction: { id: string, state: AuctionState, stateReason: string | null } };

export type PlaceAuctionBidMutationVariables = Exact<{
  input: PlaceAuctionBidInput;
}>;


export type PlaceAuctionBidMutation = { placeAuctionBid: { duplicate: boolean, bestPrice: string | null, endsAt: string, serverTime: string, bid: { id: string, sequence: number, bidder: string, price: string, abnormallyLow: boolean, extended: boolean } } };

export type RegisterForAuctionMutationVariables = Exact<{
  auctionId: string | number;
}>;


export type RegisterForAuctionMutation = { registerForAuction: { id: string, amount: string, state: DepositState, virtualAccountRef: string, paidAt: string | null } };

export type CategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoryTreeQuery = { categoryTree: Array<{ id: string, code: string, name: string, parentCode: string | null, level: number, energySavingMandatory: boolean }> };

export type StandardProductsOfCategoryQueryVariables = Exact<{
  categoryCode?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type StandardProductsOfCategoryQuery = { standardProducts: { nodes: Array<{ id: string, brand: string, model: string, name: string, categoryCode: string, specs: Array<{ key: string, value: string }> }> } };

export type StandardProductQueryVariables = Exact<{
  id: string | number;
}>;


export type StandardProductQuery = { standardProduct: { id: string, brand: string, model: string, name: string, specs: Array<{ key: string, value: string }> } };

export type MyListingsQueryVariables = Exact<{
  state?: ListingState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyListingsQuery = { myListings: { nodes: Array<{ id: string, state: ListingState, title: string, categoryCode: string, categoryName: string, price: string, stock: number, updatedAt: string, submittedAt: string | null, rejectionReason: string | null, delistedBy: DelistedBy | null, delistReason: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListingQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingQuery = { listing: { id: string, state: ListingState, title: string, description: string, brand: string | null, model: string | null, price: string, stock: number, warrantyMonths: number, categoryCode: string, categoryName: string, standardProductId: string | null, deliveryRegionCodes: Array<string>, imageUrls: Array<string>, supplierId: string, supplierName: string, supplierRegionCode: string | null, supplierIntegrityBlocked: boolean, supplierIntegrityBand: IntegrityBand | null, approvedAt: string | null, submittedAt: string | null, updatedAt: string, rejectionReason: string | null, delistedBy: DelistedBy | null, delistReason: string | null, policyTags: Array<{ tag: PolicyTag, certificateNo: string | null, issuer: string | null, validUntil: string | null, valid: boolean }>, priceHistory: Array<{ price: string, previousPrice: string | null, changedAt: string }> } };

export type CreateListingMutationVariables = Exact<{
  input: ListingInput;
}>;


export type CreateListingMutation = { createListing: { id: string, state: ListingState } };

export type UpdateListingMutationVariables = Exact<{
  id: string | number;
  input: ListingInput;
}>;


export type UpdateListingMutation = { updateListing: { id: string, state: ListingState } };

export type SubmitListingMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitListingMutation = { submitListing: { id: string, state: ListingState } };

export type ResubmitListingMutationVariables = Exact<{
  id: string | number;
}>;


export type ResubmitListingMutation = { resubmitListing: { id: string, state: ListingState } };

export type DelistListingMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type DelistListingMutation = { delistListing: { id: string, state: ListingState } };

export type ChangeListingPriceMutationVariables = Exact<{
  id: string | number;
  price: string;
}>;


export type ChangeListingPriceMutation = { changeListingPrice: { id: string, price: string } };

export type ChangeListingStockMutationVariables = Exact<{
  id: string | number;
  stock: number;
}>;


export type ChangeListingStockMutation = { changeListingStock: { id: string, stock: number } };

export type MyEnterpriseQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseQuery = { me: { id: string, organisation: { id: string, name: string, enterpriseSize: EnterpriseSize | null, integrityBlocked: boolean } } };

export type MySupplierContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySupplierContactsQuery = { me: { id: string, organisation: { id: string, legalRepresentative: string | null, contactPhone: string | null } } };

export type DeclareSupplierContactsMutationVariables = Exact<{
  input: SupplierContactsInputType;
}>;


export type DeclareSupplierContactsMutation = { declareSupplierContacts: { id: string, legalRepresentative: string | null, contactPhone: string | null } };

export type DeclareEnterpriseSizeMutationVariables = Exact<{
  size: EnterpriseSize;
}>;


export type DeclareEnterpriseSizeMutation = { declareEnterpriseSize: { id: string, enterpriseSize: EnterpriseSize | null } };

export type ListingUploadTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type ListingUploadTemplateQuery = { listingUploadTemplate: { contentBase64: string, fileName: string, mimeType: string } };

export type UploadListingsMutationVariables = Exact<{
  input: UploadListingsInput;
}>;


export type UploadListingsMutation = { uploadListings: { id: string, fileName: string, state: ListingUploadState, total: number, processed: number, imported: number, failed: number, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, field: string, reason: string, message: string }> } };

export type ListingUploadQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingUploadQuery = { listingUpload: { id: string, fileName: string, state: ListingUploadState, total: number, processed: number, imported: number, failed: number, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string, field: string, reason: string, message: string }> } };

export type ListingUploadErrorReportQueryVariables = Exact<{
  id: string | number;
  format: ReportFormat;
}>;


export type ListingUploadErrorReportQuery = { listingUploadErrorReport: { contentBase64: string, fileName: string, mimeType: string } };

export type MyDepositsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDepositsQuery = { depositAccount: string, deposits: Array<{ id: string, lotId: string, lotNo: number, lotTitle: string, projectNo: string, projectTitle: string, amount: string, state: DepositState, virtualAccountRef: string, paidVia: DepositPaidVia | null, paymentReference: string | null, paidAt: string | null, forfeitReason: string | null, challengeGrounds: string | null, challengeDecision: string | null, createdAt: string, refund: { id: string, trigger: string, triggeredAt: string, dueBy: string, method: DepositPaidVia, principal: string, interest: string, lateCharge: string, total: string, bankTransfer: string, daysHeld: number, lateDays: number, formula: string, state: DepositRefundState, bankSerialNo: string | null, completedAt: string | null } | null }>, guarantees: Array<{ id: string, guaranteeNo: string, issuerName: string, lotId: string, lotNo: number, lotTitle: string, projectNo: string, projectTitle: string, amount: string, validFrom: string, validUntil: string, state: GuaranteeState, releasedAt: string | null, claimReason: string | null }>, tenant: { timeZone: string } };

export type DepositLotQueryVariables = Exact<{
  lotId: string | number;
}>;


export type DepositLotQuery = { openingRecord: { lotId: string, lotNo: number, lotTitle: string, projectNo: string, projectTitle: string, lotState: TenderLotState, bidDeadline: string | null } };

export type GuaranteeIssuersQueryVariables = Exact<{ [key: string]: never; }>;


export type GuaranteeIssuersQuery = { guaranteeIssuers: Array<{ id: string, name: string, kind: GuaranteeIssuerKind, algorithm: GuaranteeSignatureAlgorithm }> };

export type DepositPaymentsQueryVariables = Exact<{
  subjectId: string;
}>;


export type DepositPaymentsQuery = { payments: { nodes: Array<{ id: string, paymentNo: string, provider: PaymentProvider, state: PaymentState, amount: string, payUrl: string | null, createdAt: string }> }, paymentProviders: { enabled: Array<PaymentProvider>, default: PaymentProvider } };

export type OpenDepositMutationVariables = Exact<{
  lotId: string | number;
}>;


export type OpenDepositMutation = { openDeposit: { id: string, lotId: string, lotNo: number, lotTitle: string, projectNo: string, projectTitle: string, amount: string, state: DepositState, virtualAccountRef: string } };

export type PresentGuaranteeMutationVariables = Exact<{
  input: PresentGuaranteeInput;
}>;


export type PresentGuaranteeMutation = { presentGuarantee: { id: string, guaranteeNo: string, state: GuaranteeState } };

export type ChallengeDepositForfeitureMutationVariables = Exact<{
  id: string | number;
  grounds: string;
}>;


export type ChallengeDepositForfeitureMutation = { challengeDepositForfeiture: { id: string, state: DepositState, challengeGrounds: string | null } };

export type StartDepositPaymentMutationVariables = Exact<{
  input: StartPaymentInput;
}>;


export type StartDepositPaymentMutation = { startPayment: { id: string, paymentNo: string, provider: PaymentProvider, state: PaymentState, amount: string, payUrl: string | null } };

export type FinancingOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type FinancingOverviewQuery = { financeableContracts: Array<{ subjectType: FinancingSubjectType, subjectId: string, contractNo: string, title: string, amount: string, buyerName: string, acceptanceStatus: string, openApplicationId: string | null, lock: { id: string, bankName: string, accountName: string, accountNo: string, lockedAt: string } | null }>, financingApplications: Array<{ id: string, subjectType: FinancingSubjectType, subjectId: string, contractNo: string, contractAmount: string, lenderName: string, amount: string, state: FinancingState, createdAt: string, deliveredAt: string | null, deliveryAttempts: number, lastDeliveryError: string | null, lenderAmount: string | null, lenderReason: string | null, decidedAt: string | null, package: string, packageSignature: string, platformKeyId: string }>, lenders: Array<{ id: string, name: string }>, tenant: { timeZone: string } };

export type ApplyForFinancingMutationVariables = Exact<{
  input: ApplyForFinancingInput;
}>;


export type ApplyForFinancingMutation = { applyForFinancing: { id: string, state: FinancingState, contractNo: string } };

export type SubjectPayeeAccountQueryVariables = Exact<{
  subjectType: FinancingSubjectType;
  subjectId: string | number;
}>;


export type SubjectPayeeAccountQuery = { subjectPayeeAccount: { locked: boolean, lock: { bankName: string, accountName: string, accountNo: string, lockedAt: string } | null } };

export type MyPriceFindingsQueryVariables = Exact<{
  filter?: PriceFindingFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyPriceFindingsQuery = { myPriceFindings: { nodes: Array<{ id: string, listingId: string, state: PriceFindingState, price: string, reference: string, referenceSource: PriceReferenceSource, deviationBp: number, toleranceBp: number, dueAt: string, createdAt: string, justification: string | null, justifiedAt: string | null, dismissalReason: string | null, closedAt: string | null, closeNote: string | null, evidence: Array<{ source: PriceReferenceSource, value: string, sample: number, counted: boolean, detail: Array<{ key: string, value: string }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { id: string, timeZone: string } };

export type JustifyPriceFindingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type JustifyPriceFindingMutation = { justifyPriceFinding: { id: string, state: PriceFindingState, justification: string | null, justifiedAt: string | null } };

export type ListingPriceBandQueryVariables = Exact<{
  listingId: string | number;
}>;


export type ListingPriceBandQuery = { listingPriceBand: { listingId: string, price: string, q1: string | null, median: string | null, q3: string | null, sampleSize: number, importedLowest: string | null, reference: string | null, alertAbove: string | null } };

export type MyIntegrityQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyIntegrityQuery = { myIntegrity: { standing: { score: number, band: IntegrityBand, blockedByBand: boolean, operatorBlocked: boolean, eventCount: number, computedAt: string | null }, events: { nodes: Array<{ id: string, kind: IntegrityEventKind, occurredAt: string, points: number, pointsNow: number, state: IntegrityEventState, manual: boolean, evidence: { orderId: string | null, orderNo: string | null, findingId: string | null, listingId: string | null, lotId: string | null, depositId: string | null, documentNo: string | null, authority: string | null, decidedOn: string | null, note: string | null, offences: number | null, repeat: boolean | null }, appeal: { id: string, state: IntegrityAppealState, reason: string, decisionReason: string | null, createdAt: string, decidedAt: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }, tenant: { id: string, timeZone: string } };

export type AppealIntegrityEventMutationVariables = Exact<{
  eventId: string | number;
  reason: string;
}>;


export type AppealIntegrityEventMutation = { appealIntegrityEvent: { appealId: string, eventId: string, state: IntegrityAppealState } };

export type BuyContextQueryVariables = Exact<{
  fiscalYear?: number | null | undefined;
}>;


export type BuyContextQuery = { budgetLines: { nodes: Array<{ id: string, code: string, name: string, amount: string, available: string, fiscalYear: number }> }, tenant: { code: string, timeZone: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string } } } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { id: string, orderNo: string, state: OrderState, total: string } };

export type CheckoutCartMutationVariables = Exact<{
  input: CheckoutCartInput;
}>;


export type CheckoutCartMutation = { checkoutCart: Array<{ id: string, orderNo: string, state: OrderState, total: string, supplierName: string }> };

export type OrdersQueryVariables = Exact<{
  filter?: OrderFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrdersQuery = { orders: { nodes: Array<{ id: string, orderNo: string, state: OrderState, total: string, acceptedAmount: string | null, buyerName: string, supplierName: string, placedAt: string, dueKind: OrderDeadlineKind | null, dueAt: string | null, overdue: Array<OrderDeadlineKind> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, orderNo: string, state: OrderState, total: string, acceptedAmount: string | null, buyerId: string, buyerName: string, supplierId: string, supplierName: string, budgetLineId: string, budgetLineCode: string, placedAt: string, updatedAt: string, reason: string | null, logisticsCompany: string | null, trackingNo: string | null, dueKind: OrderDeadlineKind | null, dueAt: string | null, overdue: Array<OrderDeadlineKind>, deliveryAddress: { recipient: string, phone: string, regionCode: string, address: string }, invoice: { invoiceNo: string, invoiceCode: string, issuedOn: string, amount: string } | null, lines: Array<{ id: string, listingId: string | null, title: string, unitPrice: string, quantity: number, acceptedQuantity: number | null, amount: string }>, timeline: Array<{ action: string, fromState: OrderState | null, toState: OrderState, actorUserId: string | null, actorOrganisationId: string | null, note: string | null, at: string }> }, tenant: { code: string, timeZone: string } };

export type OrderPaymentsQueryVariables = Exact<{
  subjectId: string;
}>;


export type OrderPaymentsQuery = { payments: { nodes: Array<{ id: string, paymentNo: string, provider: PaymentProvider, state: PaymentState, amount: string, payUrl: string | null, createdAt: string, succeededAt: string | null, rejectionReason: string | null, bankReference: string | null }> }, paymentProviders: { enabled: Array<PaymentProvider>, default: PaymentProvider } };

export type CancelOrderMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelOrderMutation = { cancelOrder: { id: string, state: OrderState } };

export type ConfirmOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmOrderMutation = { confirmOrder: { id: string, state: OrderState } };

export type RejectOrderMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectOrderMutation = { rejectOrder: { id: string, state: OrderState } };

export type ShipOrderMutationVariables = Exact<{
  id: string | number;
  input: ShipOrderInput;
}>;


export type ShipOrderMutation = { shipOrder: { id: string, state: OrderState } };

export type MarkOrderDeliveredMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkOrderDeliveredMutation = { markOrderDelivered: { id: string, state: OrderState } };

export type AcceptOrderMutationVariables = Exact<{
  id: string | number;
  input: AcceptOrderInput;
}>;


export type AcceptOrderMutation = { acceptOrder: { id: string, state: OrderState } };

export type RefuseOrderAcceptanceMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RefuseOrderAcceptanceMutation = { refuseOrderAcceptance: { id: string, state: OrderState } };

export type InvoiceOrderMutationVariables = Exact<{
  id: string | number;
  input: InvoiceOrderInput;
}>;


export type InvoiceOrderMutation = { invoiceOrder: { id: string, state: OrderState } };

export type StartPaymentMutationVariables = Exact<{
  input: StartPaymentInput;
}>;


export type StartPaymentMutation = { startPayment: { id: string, paymentNo: string, provider: PaymentProvider, state: PaymentState, amount: string, payUrl: string | null } };

export type RefreshPaymentMutationVariables = Exact<{
  id: string | number;
}>;


export type RefreshPaymentMutation = { refreshPayment: { id: string, state: PaymentState } };

export type MallHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type MallHomeQuery = { me: { id: string, displayName: string, organisation: { id: string, name: string, uscc: string | null, active: boolean } }, tenant: { code: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string } } } };

export type SupplierHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierHomeQuery = { me: { id: string, displayName: string, organisation: { id: string, name: string, uscc: string | null, active: boolean, createdAt: string } } };

export type SearchQueryVariables = Exact<{
  text?: string | null | undefined;
  filters?: SearchFiltersInput | null | undefined;
  sort?: SearchSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { nodes: Array<{ listingId: string, title: string, brand: string, model: string, price: string, stock: number, salesCount: number, policyTags: Array<PolicyTag>, supplierId: string, supplierName: string, supplierRegion: string, categoryPath: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, total: { value: number, exact: boolean }, corrections: Array<{ asked: string, matched: Array<string> }>, facets: { categories: Array<{ value: string, count: number }>, brands: Array<{ value: string, count: number }>, policyTags: Array<{ value: PolicyTag, count: number }>, regions: Array<{ value: string, count: number }>, priceBuckets: Array<{ min: string | null, max: string | null, count: number }> } } };

export type SearchExplanationQueryVariables = Exact<{
  listingId: string | number;
  text?: string | null | undefined;
}>;


export type SearchExplanationQuery = { searchExplanation: { listingId: string, formula: string, matched: boolean, pendingRecompute: boolean, rank: number, relevance: number, score: number, lines: Array<{ component: RankComponent, label: string, detail: string, value: number, weightBp: number, contribution: number }> } };

export type CategoryListingsQueryVariables = Exact<{
  categoryCode: string;
  first?: number | null | undefined;
}>;


export type CategoryListingsQuery = { search: { nodes: Array<{ listingId: string, title: string, price: string, policyTags: Array<PolicyTag>, supplierName: string }> } };

export type InquiriesQueryVariables = Exact<{ [key: string]: never; }>;


export type InquiriesQuery = { inquiries: Array<{ id: string, title: string, state: InquiryState, budget: string, quantity: number, unit: string, quoteDeadline: string, validQuotes: number | null, createdAt: string }> };

export type InquiryQueryVariables = Exact<{
  id: string | number;
}>;


export type InquiryQuery = { inquiry: { id: string, title: string, categoryCode: string, specification: string, quantity: number, unit: string, deliveryDays: number, budget: string, budgetLineId: string | null, buyerId: string, buyerName: string, quoteDeadline: string, minQuotes: number, tieRule: string, state: InquiryState, failure: InquiryFailure | null, validQuotes: number | null, closedAt: string | null, awardedQuoteId: string | null, orderId: string | null, relaunchOf: string | null, cancelReason: string | null, createdAt: string, deliveryAddress: { regionCode: string, address: string, recipient: string, phone: string } }, tenant: { timeZone: string } };

export type InquiryQuotesQueryVariables = Exact<{
  inquiryId: string | number;
}>;


export type InquiryQuotesQuery = { inquiryQuotes: Array<{ id: string, supplierId: string, supplierName: string, unitPrice: string, total: string, offer: string, revision: number, submittedAt: string, rank: number | null, invalidReason: string | null, passedOverReason: string | null, recommended: boolean }> };

export type MyInquiryQuoteQueryVariables = Exact<{
  inquiryId: string | number;
}>;


export type MyInquiryQuoteQuery = { myInquiryQuote: { id: string, unitPrice: string, total: string, offer: string, revision: number, submittedAt: string } };

export type InquiryInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InquiryInvitationsQuery = { inquiryInvitations: Array<{ id: string, status: InvitationStatus, invitedAt: string, inquiry: { id: string, title: string, buyerName: string, state: InquiryState, budget: string, quantity: number, unit: string, quoteDeadline: string } }> };

export type InquiryContextQueryVariables = Exact<{
  fiscalYear?: number | null | undefined;
}>;


export type InquiryContextQuery = { budgetLines: { nodes: Array<{ id: string, code: string, name: string, amount: string, available: string, fiscalYear: number }> }, tenant: { code: string, timeZone: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string } } } };

export type PublishInquiryMutationVariables = Exact<{
  input: PublishInquiryInput;
}>;


export type PublishInquiryMutation = { publishInquiry: { id: string, state: InquiryState } };

export type CancelInquiryMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelInquiryMutation = { cancelInquiry: { id: string, state: InquiryState } };

export type CloseInquiryMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseInquiryMutation = { closeInquiry: { id: string, state: InquiryState } };

export type AwardInquiryMutationVariables = Exact<{
  id: string | number;
  quoteId: string | number;
}>;


export type AwardInquiryMutation = { awardInquiry: { id: string, state: InquiryState, orderId: string | null } };

export type PassOverInquiryQuoteMutationVariables = Exact<{
  id: string | number;
  quoteId: string | number;
  reason: string;
}>;


export type PassOverInquiryQuoteMutation = { passOverInquiryQuote: { id: string, state: InquiryState } };

export type RelaunchInquiryMutationVariables = Exact<{
  id: string | number;
  quoteDeadline: string;
  idempotencyKey: string;
}>;


export type RelaunchInquiryMutation = { relaunchInquiry: { id: string, state: InquiryState } };

export type SubmitInquiryQuoteMutationVariables = Exact<{
  input: SubmitInquiryQuoteInput;
}>;


export type SubmitInquiryQuoteMutation = { submitInquiryQuote: { id: string, unitPrice: string, total: string, offer: string, revision: number, submittedAt: string } };

export type SupplierDirectoryQueryVariables = Exact<{
  search: string;
}>;


export type SupplierDirectoryQuery = { supplierDirectory: Array<{ id: string, name: string, uscc: string | null }> };

export type HomeThresholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeThresholdsQuery = { tenant: { code: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string } } } };

export type PublicRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRulesQuery = { tenant: { code: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number }, mall: { confirmWorkingDays: number, shipWorkingDays: number, acceptWorkingDays: number } } } };

export type LotFrameQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotFrameQuery = { openingRecord: { lotId: string, lotNo: number, lotTitle: string, projectNo: string, projectTitle: string, budget: string, bidDeadline: string | null, decryptionEndsAt: string | null, lotState: TenderLotState, failureReason: string | null, entries: Array<{ bidId: string, supplierName: string, state: TenderBidState, submittedAt: string, openedAt: string | null, price: string | null, discountBp: number | null, deliveryDays: number | null, warrantyMonths: number | null, sme: string | null, overBudget: boolean | null, reason: string | null }> }, tenant: { code: string, timeZone: string } };

export type ConcludeOpeningMutationVariables = Exact<{
  lotId: string | number;
}>;


export type ConcludeOpeningMutation = { concludeOpening: { lotId: string, lotState: TenderLotState, failureReason: string | null } };

export type LotPanelDrawQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotPanelDrawQuery = { panelDraw: { lotId: string, seed: string, size: number, categoryCode: string, candidateIds: Array<string>, drawnAt: string, drawn: Array<{ expertId: string, name: string, seat: number }>, excluded: Array<{ expertId: string, name: string, reason: PanelExclusionReason, supplierName: string | null }> } };

export type DrawEvaluationPanelMutationVariables = Exact<{
  lotId: string | number;
  size?: number | null | undefined;
}>;


export type DrawEvaluationPanelMutation = { drawEvaluationPanel: { lotId: string, seed: string, size: number } };

export type VerifyPanelDrawQueryVariables = Exact<{
  lotId: string | number;
}>;


export type VerifyPanelDrawQuery = { verifyPanelDraw: { pickMatches: boolean, candidatesMatch: boolean, drawnExpertIds: Array<string>, recomputedExpertIds: Array<string> } };

export type EvaluationProgressQueryVariables = Exact<{
  lotId: string | number;
}>;


export type EvaluationProgressQuery = { evaluationProgress: { lotId: string, lotState: string, members: Array<{ expertId: string, name: string, seat: number, submittedAt: string | null }>, bids: Array<{ bidId: string, supplierName: string, supplierIntegrityBand: IntegrityBand | null, state: string, stateReason: string | null }>, deviations: Array<{ id: string, bidId: string, expertName: string | null, criterion: string, score: string, panelMean: string, maximum: string, beyondThreshold: boolean, beyondZ: boolean, reason: string | null }> } };

export type LotEvaluationSummaryQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotEvaluationSummaryQuery = { evaluationSummary: { lotId: string, lotState: string, evaluationMethod: string, smeDeductionBp: number, ranking: Array<{ bidId: string, supplierId: string, supplierName: string, supplierIntegrityBand: IntegrityBand | null, rank: number, price: string, evaluatedPrice: string, smeDeducted: boolean, priceScore: string | null, total: string | null, criteria: Array<{ criterion: string, mean: string, expertScores: Array<{ expertId: string, score: string }> }> }> } };

export type FinishEvaluationMutationVariables = Exact<{
  lotId: string | number;
}>;


export type FinishEvaluationMutation = { finishEvaluation: { lotId: string, lotState: string } };

export type ConfirmTenderAwardMutationVariables = Exact<{
  input: ConfirmTenderAwardInput;
}>;


export type ConfirmTenderAwardMutation = { confirmTenderAward: { id: string, lotId: string } };

export type LotAwardNoticeQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotAwardNoticeQuery = { tenderAwardNotice: { id: string, lotId: string, winnerName: string, winnerOrganisationId: string, price: string, rank: number | null, scoreHundredths: number | null, againstRankingReason: string | null, publishedAt: string, noticeUntil: string, challengeUntil: string, contractDueAt: string, lotState: string, ranking: Array<{ supplierName: string, price: string, rank: number | null, scoreHundredths: number | null }> } };

export type LotChallengesQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotChallengesQuery = { tenderChallenges: Array<{ id: string, subject: TenderChallengeSubject, content: string, state: TenderChallengeState, supplierName: string, createdAt: string, answerDueAt: string, answer: string | null, outcome: TenderChallengeOutcome | null, answeredAt: string | null, overdue: boolean }> };

export type AnswerTenderChallengeMutationVariables = Exact<{
  id: string | number;
  answer: string;
  outcome: TenderChallengeOutcome;
}>;


export type AnswerTenderChallengeMutation = { answerTenderChallenge: { id: string, state: TenderChallengeState, answer: string | null, outcome: TenderChallengeOutcome | null, answeredAt: string | null } };

export type LotContractQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotContractQuery = { tenderContract: { id: string, contractNo: string, state: TenderContractState, amount: string, buyerName: string, supplierName: string, paymentTerms: string, deliveryTerms: string, digest: string, canonicalText: string, dueAt: string, buyerSignature: string | null, buyerSignedAt: string | null, supplierSignature: string | null, supplierSignedAt: string | null, signedAt: string | null, signedLate: boolean, publishedAt: string | null, publicationDueAt: string | null }, tenderChallenges: Array<{ id: string, state: TenderChallengeState }>, mySigningKey: { active: { fingerprint: string, publicKey: string } | null } };

export type UpdateTenderContractTermsMutationVariables = Exact<{
  id: string | number;
  input: TenderContractTermsInput;
}>;


export type UpdateTenderContractTermsMutation = { updateTenderContractTerms: { id: string, paymentTerms: string, deliveryTerms: string, digest: string } };

export type BuyerSignTenderContractMutationVariables = Exact<{
  id: string | number;
  signature: string;
}>;


export type BuyerSignTenderContractMutation = { signTenderContract: { id: string, state: TenderContractState, buyerSignedAt: string | null, supplierSignedAt: string | null, publishedAt: string | null } };

export type LotDepositsQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotDepositsQuery = { deposits: Array<{ id: string, supplierOrganisationId: string, amount: string, state: DepositState, paidAt: string | null, paidVia: DepositPaidVia | null, forfeitReason: string | null, challengeGrounds: string | null, challengeDecision: string | null }>, guarantees: Array<{ id: string, guaranteeNo: string, issuerName: string, supplierOrganisationId: string, amount: string, state: GuaranteeState, validUntil: string, claimReason: string | null, claimEvidence: Array<string> | null }> };

export type ForfeitDepositMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ForfeitDepositMutation = { forfeitDeposit: { id: string, state: DepositState, forfeitReason: string | null } };

export type ClaimGuaranteeMutationVariables = Exact<{
  id: string | number;
  reason: string;
  evidence: Array<string> | string;
}>;


export type ClaimGuaranteeMutation = { claimGuarantee: { id: string, state: GuaranteeState, claimReason: string | null, claimEvidence: Array<string> | null } };

export type TenderAnnouncementsQueryVariables = Exact<{
  method?: ProcurementMethod | null | undefined;
  categoryCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TenderAnnouncementsQuery = { tenderAnnouncements: { nodes: Array<{ id: string, projectNo: string, title: string, method: ProcurementMethod, kind: ProcurementKind, categoryCode: string, buyerName: string, agencyName: string | null, budget: string, state: TenderProjectState, publishedAt: string | null, bidDeadline: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { code: string, timeZone: string } };

export type TenderAwardNoticesQueryVariables = Exact<{
  first: number;
}>;


export type TenderAwardNoticesQuery = { tenderAwardNotices: Array<{ id: string, lotId: string, lotNo: number, lotTitle: string, projectId: string, projectNo: string, projectTitle: string, winnerName: string, price: string, publishedAt: string }>, tenant: { code: string, timeZone: string } };

export type TenderNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type TenderNoticeQuery = { tenderNotice: { id: string, projectNo: string, title: string, description: string, method: ProcurementMethod, kind: ProcurementKind, categoryCode: string, buyerName: string, agencyName: string | null, budget: string, state: TenderProjectState, publishedAt: string | null, cancelReason: string | null, documentsFrom: string | null, documentsUntil: string | null, bidDeadline: string | null, evaluationMethod: EvaluationMethod, smeDeductionBp: number, qualification: string, criteria: Array<{ key: string, name: string, kind: TenderCriterionKind, weight: number }>, lots: Array<{ id: string, lotNo: number, title: string, scope: string, budget: string, deposit: string, minBidders: number, state: TenderLotState, failureReason: string | null }> }, tenderClarifications: Array<{ id: string, title: string, body: string, affectsBids: boolean, oldBidDeadline: string | null, newBidDeadline: string | null, publishedAt: string }>, tenant: { code: string, timeZone: string } };

export type PublicLotAwardNoticeQueryVariables = Exact<{
  lotId: string | number;
}>;


export type PublicLotAwardNoticeQuery = { tenderAwardNotice: { id: string, winnerName: string, price: string, publishedAt: string, challengeUntil: string, againstRankingReason: string | null } };

export type LotPublishedContractQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotPublishedContractQuery = { publishedTenderContract: { id: string, contractNo: string, supplierName: string, amount: string, signedAt: string | null, publishedAt: string | null } };

export type MyTenderProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyTenderProjectsQuery = { myTenderProjects: { nodes: Array<{ id: string, projectNo: string, title: string, method: ProcurementMethod, state: TenderProjectState, budget: string, bidDeadline: string | null, createdAt: string, buyerName: string, agencyName: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { code: string, timeZone: string } };

export type TenderProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type TenderProjectQuery = { tenderProject: { id: string, projectNo: string, title: string, description: string, method: ProcurementMethod, kind: ProcurementKind, categoryCode: string, buyerId: string, buyerName: string, agencyId: string | null, agencyName: string | null, budgetLineId: string, budget: string, state: TenderProjectState, createdAt: string, publishedAt: string | null, cancelReason: string | null, documentsFrom: string | null, documentsUntil: string | null, bidDeadline: string | null, evaluationMethod: EvaluationMethod, smeDeductionBp: number, qualification: string, registrations: number, documentDownloads: number, criteria: Array<{ key: string, name: string, kind: TenderCriterionKind, weight: number }>, lots: Array<{ id: string, lotNo: number, title: string, scope: string, budget: string, deposit: string, minBidders: number, state: TenderLotState, failureReason: string | null }>, documents: Array<{ id: string, fileName: string, mimeType: string, sizeBytes: number, sm3: string, uploadedAt: string }>, questions: Array<{ id: string, body: string, askedAt: string, answeredById: string | null }> }, tenant: { code: string, timeZone: string } };

export type ProjectClarificationsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectClarificationsQuery = { tenderClarifications: Array<{ id: string, title: string, body: string, affectsBids: boolean, oldBidDeadline: string | null, newBidDeadline: string | null, publishedAt: string }> };

export type ProjectFormContextQueryVariables = Exact<{
  loadLines: boolean;
}>;


export type ProjectFormContextQuery = { categoryTree: Array<{ id: string, code: string, name: string, parentCode: string | null, level: number, energySavingMandatory: boolean }>, budgetLines?: { nodes: Array<{ id: string, code: string, name: string, fiscalYear: number, available: string }> }, tenant: { code: string, timeZone: string } };

export type CreateTenderProjectMutationVariables = Exact<{
  input: TenderProjectInput;
}>;


export type CreateTenderProjectMutation = { createTenderProject: { id: string, state: TenderProjectState } };

export type UpdateTenderProjectMutationVariables = Exact<{
  id: string | number;
  input: TenderProjectInput;
}>;


export type UpdateTenderProjectMutation = { updateTenderProject: { id: string, state: TenderProjectState } };

export type PublishTenderProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishTenderProjectMutation = { publishTenderProject: { id: string, state: TenderProjectState, publishedAt: string | null, documentsFrom: string | null } };

export type CancelTenderProjectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelTenderProjectMutation = { cancelTenderProject: { id: string, state: TenderProjectState, cancelReason: string | null } };

export type AttachTenderDocumentMutationVariables = Exact<{
  projectId: string | number;
  fileName: string;
  contentBase64: string;
}>;


export type AttachTenderDocumentMutation = { attachTenderDocument: { id: string, fileName: string, sm3: string, sizeBytes: number } };

export type OwnerDownloadTenderDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type OwnerDownloadTenderDocumentMutation = { downloadTenderDocument: { fileName: string, mimeType: string, contentBase64: string, sm3: string } };

export type PublishTenderClarificationMutationVariables = Exact<{
  projectId: string | number;
  input: TenderClarificationInput;
}>;


export type PublishTenderClarificationMutation = { publishTenderClarification: { id: string, title: string, affectsBids: boolean, oldBidDeadline: string | null, newBidDeadline: string | null } };

export type LotChallengeAnswersQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotChallengeAnswersQuery = { tenderChallengeAnswers: Array<{ id: string, subject: TenderChallengeSubject, content: string, answer: string, outcome: TenderChallengeOutcome | null, answeredAt: string }> };

export type SupplierProjectQueryVariables = Exact<{
  projectId: string | number;
}>;


export type SupplierProjectQuery = { tenderNotice: { id: string, projectNo: string, title: string, description: string, state: TenderProjectState, method: ProcurementMethod, kind: ProcurementKind, categoryCode: string, buyerName: string, agencyName: string | null, budget: string, qualification: string, documentsFrom: string | null, documentsUntil: string | null, bidDeadline: string | null, publishedAt: string | null, cancelReason: string | null, evaluationMethod: EvaluationMethod, smeDeductionBp: number, lots: Array<{ id: string, lotNo: number, title: string, scope: string, budget: string, deposit: string, minBidders: number, state: TenderLotState, failureReason: string | null }> }, tenderClarifications: Array<{ id: string, title: string, body: string, affectsBids: boolean, oldBidDeadline: string | null, newBidDeadline: string | null, publishedAt: string }>, tenant: { code: string, timeZone: string } };

export type MyTenderRegistrationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyTenderRegistrationsQuery = { myTenderRegistrations: { nodes: Array<{ id: string, registeredAt: string, notice: { id: string, projectNo: string, title: string, state: TenderProjectState, buyerName: string, bidDeadline: string | null }, documents: Array<{ id: string, fileName: string, mimeType: string, sizeBytes: number, sm3: string, uploadedAt: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { code: string, timeZone: string } };

export type RegisterForTenderProjectMutationVariables = Exact<{
  projectId: string | number;
}>;


export type RegisterForTenderProjectMutation = { registerForTenderProject: { id: string, registeredAt: string, notice: { id: string, projectNo: string, title: string, state: TenderProjectState, buyerName: string, bidDeadline: string | null }, documents: Array<{ id: string, fileName: string, mimeType: string, sizeBytes: number, sm3: string, uploadedAt: string }> } };

export type DownloadTenderDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type DownloadTenderDocumentMutation = { downloadTenderDocument: { fileName: string, mimeType: string, contentBase64: string, sm3: string } };

export type AskTenderQuestionMutationVariables = Exact<{
  projectId: string | number;
  body: string;
}>;


export type AskTenderQuestionMutation = { askTenderQuestion: { id: string, body: string, askedAt: string } };

export type MyLotBidsQueryVariables = Exact<{
  lotId: string | number;
}>;


export type MyLotBidsQuery = { myBids: Array<{ id: string, version: number, state: TenderBidState, price: string | null, stateReason: string | null, submittedAt: string }> };

export type TenderAwardNoticeQueryVariables = Exact<{
  lotId: string | number;
}>;


export type TenderAwardNoticeQuery = { tenderAwardNotice: { id: string, lotId: string, lotNo: number, lotTitle: string, lotState: string, projectNo: string, projectTitle: string, winnerName: string, winnerOrganisationId: string, price: string, rank: number | null, scoreHundredths: number | null, againstRankingReason: string | null, publishedAt: string, noticeUntil: string, challengeUntil: string, contractDueAt: string, ranking: Array<{ supplierName: string, price: string, rank: number | null, scoreHundredths: number | null }> } };

export type FileTenderChallengeMutationVariables = Exact<{
  input: FileTenderChallengeInput;
}>;


export type FileTenderChallengeMutation = { fileTenderChallenge: { id: string, lotId: string, subject: TenderChallengeSubject, state: TenderChallengeState, createdAt: string, answerDueAt: string } };

export type MyTenderChallengesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTenderChallengesQuery = { myTenderChallenges: Array<{ id: string, lotId: string, lotTitle: string, projectNo: string, subject: TenderChallengeSubject, content: string, state: TenderChallengeState, createdAt: string, answerDueAt: string, answer: string | null, outcome: TenderChallengeOutcome | null, answeredAt: string | null, overdue: boolean, complaint: { id: string, content: string, state: TenderComplaintState, createdAt: string, decisionDueAt: string, decidedAt: string | null, decisionReason: string | null, remedy: TenderComplaintRemedy | null, overdue: boolean } | null }>, tenant: { code: string, timeZone: string } };

export type FileTenderComplaintMutationVariables = Exact<{
  challengeId: string | number;
  content: string;
}>;


export type FileTenderComplaintMutation = { fileTenderComplaint: { id: string, challengeId: string, state: TenderComplaintState, createdAt: string, decisionDueAt: string } };

export type SupplierContractQueryVariables = Exact<{
  lotId: string | number;
}>;


export type SupplierContractQuery = { tenderContract: { id: string, contractNo: string, state: TenderContractState, projectId: string, projectTitle: string, lotId: string, lotTitle: string, buyerName: string, supplierName: string, supplierOrganisationId: string, amount: string, paymentTerms: string, deliveryTerms: string, canonicalText: string, digest: string, dueAt: string, signedAt: string | null, signedLate: boolean, publishedAt: string | null, buyerSignature: string | null, buyerSignedAt: string | null, supplierSignature: string | null, supplierSignedAt: string | null }, mySigningKey: { active: { fingerprint: string, publicKey: string } | null }, tenderAwardNotice: { id: string, lotState: string, declinedAt: string | null, declineReason: string | null }, tenant: { code: string, timeZone: string } };

export type SupplierDeclineTenderAwardMutationVariables = Exact<{
  lotId: string | number;
  reason: string;
}>;


export type SupplierDeclineTenderAwardMutation = { declineTenderAward: { id: string, lotState: string, declinedAt: string | null, declineReason: string | null } };

export type SupplierSignTenderContractMutationVariables = Exact<{
  id: string | number;
  signature: string;
}>;


export type SupplierSignTenderContractMutation = { signTenderContract: { id: string, state: TenderContractState, supplierSignature: string | null, supplierSignedAt: string | null, buyerSignature: string | null, buyerSignedAt: string | null, signedAt: string | null } };

export type MyBidLotsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBidLotsQuery = { myBidLots: Array<{ lotId: string, lotNo: number, lotTitle: string, lotState: TenderLotState, projectId: string, projectNo: string, projectTitle: string, won: boolean }> };

export type MySigningKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type MySigningKeyQuery = { mySigningKey: { active: { id: string, fingerprint: string, publicKey: string, createdAt: string } | null }, tenant: { code: string, timeZone: string } };

export type RegisterSigningKeyMutationVariables = Exact<{
  publicKey: string;
}>;


export type RegisterSigningKeyMutation = { registerSigningKey: { id: string, fingerprint: string, publicKey: string, createdAt: string } };

export type BidContextQueryVariables = Exact<{
  lotId: string | number;
}>;


export type BidContextQuery = { openingRecord: { lotId: string, lotNo: number, lotTitle: string, projectNo: string, projectTitle: string, budget: string, bidDeadline: string | null, lotState: TenderLotState }, myBids: Array<{ id: string, lotId: string, version: number, state: TenderBidState, submittedAt: string, digest: string, price: string | null, stateReason: string | null, receipt: { bidId: string, lotId: string, version: number, digest: string, serverTime: string, platformKeyFingerprint: string, signature: string } }>, mySigningKey: { active: { fingerprint: string, publicKey: string } | null }, platformReceiptKey: { fingerprint: string, publicKey: string }, tenant: { code: string, timeZone: string } };

export type SubmitBidMutationVariables = Exact<{
  input: SubmitBidInput;
}>;


export type SubmitBidMutation = { submitBid: { id: string, lotId: string, version: number, state: TenderBidState, submittedAt: string, digest: string, receipt: { bidId: string, lotId: string, version: number, digest: string, serverTime: string, platformKeyFingerprint: string, signature: string } } };

export type WithdrawBidMutationVariables = Exact<{
  bidId: string | number;
}>;


export type WithdrawBidMutation = { withdrawBid: { id: string, state: TenderBidState } };

export type MyBidsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBidsQuery = { myBids: Array<{ id: string, lotId: string, version: number, state: TenderBidState, submittedAt: string, price: string | null, stateReason: string | null }>, tenant: { code: string, timeZone: string } };

export type OpeningRecordQueryVariables = Exact<{
  lotId: string | number;
}>;


export type OpeningRecordQuery = { openingRecord: { lotId: string, lotNo: number, lotTitle: string, projectNo: string, projectTitle: string, budget: string, bidDeadline: string | null, decryptionEndsAt: string | null, lotState: TenderLotState, failureReason: string | null, entries: Array<{ bidId: string, supplierName: string, state: TenderBidState, submittedAt: string, openedAt: string | null, price: string | null, discountBp: number | null, deliveryDays: number | null, warrantyMonths: number | null, sme: string | null, overBudget: boolean | null, reason: string | null }> }, tenant: { code: string, timeZone: string } };

export type MyOpeningBidsQueryVariables = Exact<{
  lotId: string | number;
}>;


export type MyOpeningBidsQuery = { myBids: Array<{ id: string, version: number, state: TenderBidState, wrappedKey: string }>, mySigningKey: { active: { fingerprint: string } | null } };

export type ReleaseBidKeyMutationVariables = Exact<{
  bidId: string | number;
  key: string;
}>;


export type ReleaseBidKeyMutation = { releaseBidKey: { id: string, state: TenderBidState, stateReason: string | null, price: string | null, openedAt: string | null } };

export type MyEvaluationPanelsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEvaluationPanelsQuery = { myEvaluationPanels: Array<{ lotId: string, lotState: string, lotTitle: string, projectNo: string, projectTitle: string, seat: number, submittedAt: string | null }>, tenant: { code: string, timeZone: string } };

export type ScoreSheetQueryVariables = Exact<{
  lotId: string | number;
}>;


export type ScoreSheetQuery = { evaluationScoreSheet: { lotId: string, lotState: string, lotTitle: string, evaluationMethod: string, submittedAt: string | null, criteria: Array<{ key: string, name: string, weight: number }>, bids: Array<{ bidId: string, supplierId: string, supplierName: string, supplierIntegrityBand: IntegrityBand | null, price: string, state: string, stateReason: string | null, priceForm: Array<{ key: string, value: string }> }>, scores: Array<{ bidId: string, criterion: string, score: string }>, deviations: Array<{ id: string, bidId: string, criterion: string, score: string, panelMean: string, maximum: string, beyondThreshold: boolean, beyondZ: boolean, reason: string | null, reasonAt: string | null }> }, tenant: { code: string, timeZone: string } };

export type SaveEvaluationScoresMutationVariables = Exact<{
  input: SaveEvaluationScoresInput;
}>;


export type SaveEvaluationScoresMutation = { saveEvaluationScores: { lotId: string, submittedAt: string | null } };

export type SubmitScoreSheetMutationVariables = Exact<{
  lotId: string | number;
}>;


export type SubmitScoreSheetMutation = { submitScoreSheet: { lotId: string, submittedAt: string | null } };

export type RecordDeviationReasonMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RecordDeviationReasonMutation = { recordDeviationReason: { id: string, reason: string | null, reasonAt: string | null } };

export type DisqualifyBidMutationVariables = Exact<{
  bidId: string | number;
  reason: string;
}>;


export type DisqualifyBidMutation = { disqualifyBid: { bidId: string, state: string, lotState: string, reason: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AuctionDocument = new TypedDocumentString(`
    query Auction($id: ID!) {
  auction(id: $id) {
    id
    direction
    state
    title
    description
    categoryCode
    quantity
    startPrice
    step
    floor
    deposit
    appraisal
    photoUrls
    viewing
    startsAt
    scheduledEndAt
    endsAt
    extendWindowMinutes
    extendByMinutes
    maxExtensions
    extensions
    bidCount
    bestPrice
    endedAt
    stateReason
    createdAt
    serverTime
    orderId
    organiser {
      id
      name
    }
    buyer {
      id
      name
    }
    winner {
      id
      name
    }
    myDeposit {
      id
      amount
      state
      virtualAccountRef
      paidAt
    }
  }
  tenant {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<AuctionQuery, AuctionQueryVariables>;
export const AuctionsDocument = new TypedDocumentString(`
    query Auctions($filter: AuctionFilterInput, $first: Int, $after: String) {
  auctions(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      direction
      state
      title
      quantity
      startPrice
      bestPrice
      bidCount
      startsAt
      endsAt
      deposit
      photoUrls
      organiser {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  tenant {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<AuctionsQuery, AuctionsQueryVariables>;
export const MyAuctionBidsDocument = new TypedDocumentString(`
    query MyAuctionBids($auctionId: ID!) {
  myAuctionBids(auctionId: $auctionId) {
    id
    sequence
    bidder
    price
    at
    abnormallyLow
    extended
  }
}
    `) as unknown as TypedDocumentString<MyAuctionBidsQuery, MyAuctionBidsQueryVariables>;
export const AuctionLogDocument = new TypedDocumentString(`
    query AuctionLog($auctionId: ID!) {
  auctionLog(auctionId: $auctionId) {
    id
    sequence
    bidder
    price
    at
    abnormallyLow
    extended
    winning
    bidderOrganisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuctionLogQuery, AuctionLogQueryVariables>;
export const AuctionSettlementDocument = new TypedDocumentString(`
    query AuctionSettlement($auctionId: ID!) {
  auctionSettlement(auctionId: $auctionId) {
    id
    auctionId
    winner {
      id
      name
    }
    price
    depositCredited
    balanceDue
    text
    issuedAt
  }
}
    `) as unknown as TypedDocumentString<AuctionSettlementQuery, AuctionSettlementQueryVariables>;
export const CreateAuctionDocument = new TypedDocumentString(`
    mutation CreateAuction($input: CreateAuctionInput!) {
  createAuction(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CreateAuctionMutation, CreateAuctionMutationVariables>;
export const CancelAuctionDocument = new TypedDocumentString(`
    mutation CancelAuction($auctionId: ID!, $reason: String!) {
  cancelAuction(auctionId: $auctionId, reason: $reason) {
    id
    state
    stateReason
  }
}
    `) as unknown as TypedDocumentString<CancelAuctionMutation, CancelAuctionMutationVariables>;
export const PlaceAuctionBidDocument = new TypedDocumentString(`
    mutation PlaceAuctionBid($input: PlaceAuctionBidInput!) {
  placeAuctionBid(input: $input) {
    duplicate
    bestPrice
    endsAt
    serverTime
    bid {
      id
      sequence
      bidder
      price
      abnormallyLow
      extended
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceAuctionBidMutation, PlaceAuctionBidMutationVariables>;
export const RegisterForAuctionDocument = new TypedDocumentString(`
    mutation RegisterForAuction($auctionId: ID!) {
  registerForAuction(auctionId: $auctionId) {
    id
    amount
    state
    virtualAccountRef
    paidAt
  }
}
    `) as unknown as TypedDocumentString<RegisterForAuctionMutation, RegisterForAuctionMutationVariables>;
export const CategoryTreeDocument = new TypedDocumentString(`
    query CategoryTree {
  categoryTree {
    id
    code
    name
    parentCode
    level
    energySavingMandatory
  }
}
    `) as unknown as TypedDocumentString<CategoryTreeQuery, CategoryTreeQueryVariables>;
export const StandardProductsOfCategoryDocument = new TypedDocumentString(`
    query StandardProductsOfCategory($categoryCode: String, $first: Int) {
  standardProducts(categoryCode: $categoryCode, first: $first) {
    nodes {
      id
      brand
      model
      name
      categoryCode
      specs {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StandardProductsOfCategoryQuery, StandardProductsOfCategoryQueryVariables>;
export const StandardProductDocument = new TypedDocumentString(`
    query StandardProduct($id: ID!) {
  standardProduct(id: $id) {
    id
    brand
    model
    name
    specs {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<StandardProductQuery, StandardProductQueryVariables>;
export const MyListingsDocument = new TypedDocumentString(`
    query MyListings($state: ListingState, $first: Int, $after: String) {
  myListings(state: $state, first: $first, after: $after) {
    nodes {
      id
      state
      title
      categoryCode
      categoryName
      price
      stock
      updatedAt
      submittedAt
      rejectionReason
      delistedBy
      delistReason
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyListingsQuery, MyListingsQueryVariables>;
export const ListingDocument = new TypedDocumentString(`
    query Listing($id: ID!) {
  listing(id: $id) {
    id
    state
    title
    description
    brand
    model
    price
    stock
    warrantyMonths
    categoryCode
    categoryName
    standardProductId
    deliveryRegionCodes
    imageUrls
    policyTags {
      tag
      certificateNo
      issuer
      validUntil
      valid
    }
    supplierId
    supplierName
    supplierRegionCode
    supplierIntegrityBlocked
    supplierIntegrityBand
    approvedAt
    submittedAt
    updatedAt
    rejectionReason
    delistedBy
    delistReason
    priceHistory {
      price
      previousPrice
      changedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ListingQuery, ListingQueryVariables>;
export const CreateListingDocument = new TypedDocumentString(`
    mutation CreateListing($input: ListingInput!) {
  createListing(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CreateListingMutation, CreateListingMutationVariables>;
export const UpdateListingDocument = new TypedDocumentString(`
    mutation UpdateListing($id: ID!, $input: ListingInput!) {
  updateListing(id: $id, input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<UpdateListingMutation, UpdateListingMutationVariables>;
export const SubmitListingDocument = new TypedDocumentString(`
    mutation SubmitListing($id: ID!) {
  submitListing(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<SubmitListingMutation, SubmitListingMutationVariables>;
export const ResubmitListingDocument = new TypedDocumentString(`
    mutation ResubmitListing($id: ID!) {
  resubmitListing(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ResubmitListingMutation, ResubmitListingMutationVariables>;
export const DelistListingDocument = new TypedDocumentString(`
    mutation DelistListing($id: ID!, $reason: String) {
  delistListing(id: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<DelistListingMutation, DelistListingMutationVariables>;
export const ChangeListingPriceDocument = new TypedDocumentString(`
    mutation ChangeListingPrice($id: ID!, $price: Money!) {
  changeListingPrice(id: $id, price: $price) {
    id
    price
  }
}
    `) as unknown as TypedDocumentString<ChangeListingPriceMutation, ChangeListingPriceMutationVariables>;
export const ChangeListingStockDocument = new TypedDocumentString(`
    mutation ChangeListingStock($id: ID!, $stock: Int!) {
  changeListingStock(id: $id, stock: $stock) {
    id
    stock
  }
}
    `) as unknown as TypedDocumentString<ChangeListingStockMutation, ChangeListingStockMutationVariables>;
export const MyEnterpriseDocument = new TypedDocumentString(`
    query MyEnterprise {
  me {
    id
    organisation {
      id
      name
      enterpriseSize
      integrityBlocked
    }
  }
}
    `) as unknown as TypedDocumentString<MyEnterpriseQuery, MyEnterpriseQueryVariables>;
export const MySupplierContactsDocument = new TypedDocumentString(`
    query MySupplierContacts {
  me {
    id
    organisation {
      id
      legalRepresentative
      contactPhone
    }
  }
}
    `) as unknown as TypedDocumentString<MySupplierContactsQuery, MySupplierContactsQueryVariables>;
export const DeclareSupplierContactsDocument = new TypedDocumentString(`
    mutation DeclareSupplierContacts($input: SupplierContactsInputType!) {
  declareSupplierContacts(input: $input) {
    id
    legalRepresentative
    contactPhone
  }
}
    `) as unknown as TypedDocumentString<DeclareSupplierContactsMutation, DeclareSupplierContactsMutationVariables>;
export const DeclareEnterpriseSizeDocument = new TypedDocumentString(`
    mutation DeclareEnterpriseSize($size: EnterpriseSize!) {
  declareEnterpriseSize(size: $size) {
    id
    enterpriseSize
  }
}
    `) as unknown as TypedDocumentString<DeclareEnterpriseSizeMutation, DeclareEnterpriseSizeMutationVariables>;
export const ListingUploadTemplateDocument = new TypedDocumentString(`
    query ListingUploadTemplate {
  listingUploadTemplate {
    contentBase64
    fileName
    mimeType
  }
}
    `) as unknown as TypedDocumentString<ListingUploadTemplateQuery, ListingUploadTemplateQueryVariables>;
export const UploadListingsDocument = new TypedDocumentString(`
    mutation UploadListings($input: UploadListingsInput!) {
  uploadListings(input: $input) {
    id
    fileName
    state
    total
    processed
    imported
    failed
    createdAt
    finishedAt
    errors {
      row
      column
      field
      reason
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UploadListingsMutation, UploadListingsMutationVariables>;
export const ListingUploadDocument = new TypedDocumentString(`
    query ListingUpload($id: ID!) {
  listingUpload(id: $id) {
    id
    fileName
    state
    total
    processed
    imported
    failed
    createdAt
    finishedAt
    errors {
      row
      column
      field
      reason
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ListingUploadQuery, ListingUploadQueryVariables>;
export const ListingUploadErrorReportDocument = new TypedDocumentString(`
    query ListingUploadErrorReport($id: ID!, $format: ReportFormat!) {
  listingUploadErrorReport(id: $id, format: $format) {
    contentBase64
    fileName
    mimeType
  }
}
    `) as unknown as TypedDocumentString<ListingUploadErrorReportQuery, ListingUploadErrorReportQueryVariables>;
export const MyDepositsDocument = new TypedDocumentString(`
    query MyDeposits {
  deposits {
    id
    lotId
    lotNo
    lotTitle
    projectNo
    projectTitle
    amount
    state
    virtualAccountRef
    paidVia
    paymentReference
    paidAt
    forfeitReason
    challengeGrounds
    challengeDecision
    createdAt
    refund {
      id
      trigger
      triggeredAt
      dueBy
      method
      principal
      interest
      lateCharge
      total
      bankTransfer
      daysHeld
      lateDays
      formula
      state
      bankSerialNo
      completedAt
    }
  }
  guarantees {
    id
    guaranteeNo
    issuerName
    lotId
    lotNo
    lotTitle
    projectNo
    projectTitle
    amount
    validFrom
    validUntil
    state
    releasedAt
    claimReason
  }
  depositAccount
  tenant {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyDepositsQuery, MyDepositsQueryVariables>;
export const DepositLotDocument = new TypedDocumentString(`
    query DepositLot($lotId: ID!) {
  openingRecord(lotId: $lotId) {
    lotId
    lotNo
    lotTitle
    projectNo
    projectTitle
    lotState
    bidDeadline
  }
}
    `) as unknown as TypedDocumentString<DepositLotQuery, DepositLotQueryVariables>;
export const GuaranteeIssuersDocument = new TypedDocumentString(`
    query GuaranteeIssuers {
  guaranteeIssuers {
    id
    name
    kind
    algorithm
  }
}
    `) as unknown as TypedDocumentString<GuaranteeIssuersQuery, GuaranteeIssuersQueryVariables>;
export const DepositPaymentsDocument = new TypedDocumentString(`
    query DepositPayments($subjectId: String!) {
  payments(subjectType: "deposit", subjectId: $subjectId, first: 10) {
    nodes {
      id
      paymentNo
      provider
      state
      amount
      payUrl
      createdAt
    }
  }
  paymentProviders {
    enabled
    default
  }
}
    `) as unknown as TypedDocumentString<DepositPaymentsQuery, DepositPaymentsQueryVariables>;
export const OpenDepositDocument = new TypedDocumentString(`
    mutation OpenDeposit($lotId: ID!) {
  openDeposit(lotId: $lotId) {
    id
    lotId
    lotNo
    lotTitle
    projectNo
    projectTitle
    amount
    state
    virtualAccountRef
  }
}
    `) as unknown as TypedDocumentString<OpenDepositMutation, OpenDepositMutationVariables>;
export const PresentGuaranteeDocument = new TypedDocumentString(`
    mutation PresentGuarantee($input: PresentGuaranteeInput!) {
  presentGuarantee(input: $input) {
    id
    guaranteeNo
    state
  }
}
    `) as unknown as TypedDocumentString<PresentGuaranteeMutation, PresentGuaranteeMutationVariables>;
export const ChallengeDepositForfeitureDocument = new TypedDocumentString(`
    mutation ChallengeDepositForfeiture($id: ID!, $grounds: String!) {
  challengeDepositForfeiture(id: $id, grounds: $grounds) {
    id
    state
    challengeGrounds
  }
}
    `) as unknown as TypedDocumentString<ChallengeDepositForfeitureMutation, ChallengeDepositForfeitureMutationVariables>;
export const StartDepositPaymentDocument = new TypedDocumentString(`
    mutation StartDepositPayment($input: StartPaymentInput!) {
  startPayment(input: $input) {
    id
    paymentNo
    provider
    state
    amount
    payUrl
  }
}
    `) as unknown as TypedDocumentString<StartDepositPaymentMutation, StartDepositPaymentMutationVariables>;
export const FinancingOverviewDocument = new TypedDocumentString(`
    query FinancingOverview {
  financeableContracts {
    subjectType
    subjectId
    contractNo
    title
    amount
    buyerName
    acceptanceStatus
    openApplicationId
    lock {
      id
      bankName
      accountName
      accountNo
      lockedAt
    }
  }
  financingApplications {
    id
    subjectType
    subjectId
    contractNo
    contractAmount
    lenderName
    amount
    state
    createdAt
    deliveredAt
    deliveryAttempts
    lastDeliveryError
    lenderAmount
    lenderReason
    decidedAt
    package
    packageSignature
    platformKeyId
  }
  lenders {
    id
    name
  }
  tenant {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<FinancingOverviewQuery, FinancingOverviewQueryVariables>;
export const ApplyForFinancingDocument = new TypedDocumentString(`
    mutation ApplyForFinancing($input: ApplyForFinancingInput!) {
  applyForFinancing(input: $input) {
    id
    state
    contractNo
  }
}
    `) as unknown as TypedDocumentString<ApplyForFinancingMutation, ApplyForFinancingMutationVariables>;
export const SubjectPayeeAccountDocument = new TypedDocumentString(`
    query SubjectPayeeAccount($subjectType: FinancingSubjectType!, $subjectId: ID!) {
  subjectPayeeAccount(subjectType: $subjectType, subjectId: $subjectId) {
    locked
    lock {
      bankName
      accountName
      accountNo
      lockedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SubjectPayeeAccountQuery, SubjectPayeeAccountQueryVariables>;
export const MyPriceFindingsDocument = new TypedDocumentString(`
    query MyPriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {
  myPriceFindings(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      listingId
      state
      price
      reference
      referenceSource
      deviationBp
      toleranceBp
      dueAt
      createdAt
      justification
      justifiedAt
      dismissalReason
      closedAt
      closeNote
      evidence {
        source
        value
        sample
        counted
        detail {
          key
          value
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  tenant {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyPriceFindingsQuery, MyPriceFindingsQueryVariables>;
export const JustifyPriceFindingDocument = new TypedDocumentString(`
    mutation JustifyPriceFinding($id: ID!, $reason: String!) {
  justifyPriceFinding(id: $id, reason: $reason) {
    id
    state
    justification
    justifiedAt
  }
}
    `) as unknown as TypedDocumentString<JustifyPriceFindingMutation, JustifyPriceFindingMutationVariables>;
export const ListingPriceBandDocument = new TypedDocumentString(`
    query ListingPriceBand($listingId: ID!) {
  listingPriceBand(listingId: $listingId) {
    listingId
    price
    q1
    median
    q3
    sampleSize
    importedLowest
    reference
    alertAbove
  }
}
    `) as unknown as TypedDocumentString<ListingPriceBandQuery, ListingPriceBandQueryVariables>;
export const MyIntegrityDocument = new TypedDocumentString(`
    query MyIntegrity($first: Int, $after: String) {
  myIntegrity(first: $first, after: $after) {
    standing {
      score
      band
      blockedByBand
      operatorBlocked
      eventCount
      computedAt
    }
    events {
      nodes {
        id
        kind
        occurredAt
        points
        pointsNow
        state
        manual
        evidence {
          orderId
          orderNo
          findingId
          listingId
          lotId
          depositId
          documentNo
          authority
          decidedOn
          note
          offences
          repeat
        }
        appeal {
          id
          state
          reason
          decisionReason
          createdAt
          decidedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  tenant {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyIntegrityQuery, MyIntegrityQueryVariables>;
export const AppealIntegrityEventDocument = new TypedDocumentString(`
    mutation AppealIntegrityEvent($eventId: ID!, $reason: String!) {
  appealIntegrityEvent(eventId: $eventId, reason: $reason) {
    appealId
    eventId
    state
  }
}
    `) as unknown as TypedDocumentString<AppealIntegrityEventMutation, AppealIntegrityEventMutationVariables>;
export const BuyContextDocument = new TypedDocumentString(`
    query BuyContext($fiscalYear: Int) {
  budgetLines(fiscalYear: $fiscalYear, first: 100) {
    nodes {
      id
      code
      name
      amount
      available
      fiscalYear
    }
  }
  tenant {
    code
    timeZone
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
        publicTenderMin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuyContextQuery, BuyContextQueryVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
    mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    id
    orderNo
    state
    total
  }
}
    `) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const CheckoutCartDocument = new TypedDocumentString(`
    mutation CheckoutCart($input: CheckoutCartInput!) {
  checkoutCart(input: $input) {
    id
    orderNo
    state
    total
    supplierName
  }
}
    `) as unknown as TypedDocumentString<CheckoutCartMutation, CheckoutCartMutationVariables>;
export const OrdersDocument = new TypedDocumentString(`
    query Orders($filter: OrderFilterInput, $first: Int, $after: String) {
  orders(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      orderNo
      state
      total
      acceptedAmount
      buyerName
      supplierName
      placedAt
      dueKind
      dueAt
      overdue
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersQuery, OrdersQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID!) {
  order(id: $id) {
    id
    orderNo
    state
    total
    acceptedAmount
    buyerId
    buyerName
    supplierId
    supplierName
    budgetLineId
    budgetLineCode
    placedAt
    updatedAt
    reason
    deliveryAddress {
      recipient
      phone
      regionCode
      address
    }
    logisticsCompany
    trackingNo
    invoice {
      invoiceNo
      invoiceCode
      issuedOn
      amount
    }
    dueKind
    dueAt
    overdue
    lines {
      id
      listingId
      title
      unitPrice
      quantity
      acceptedQuantity
      amount
    }
    timeline {
      action
      fromState
      toState
      actorUserId
      actorOrganisationId
      note
      at
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const OrderPaymentsDocument = new TypedDocumentString(`
    query OrderPayments($subjectId: String!) {
  payments(subjectType: "order", subjectId: $subjectId, first: 20) {
    nodes {
      id
      paymentNo
      provider
      state
      amount
      payUrl
      createdAt
      succeededAt
      rejectionReason
      bankReference
    }
  }
  paymentProviders {
    enabled
    default
  }
}
    `) as unknown as TypedDocumentString<OrderPaymentsQuery, OrderPaymentsQueryVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($id: ID!, $reason: String) {
  cancelOrder(id: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const ConfirmOrderDocument = new TypedDocumentString(`
    mutation ConfirmOrder($id: ID!) {
  confirmOrder(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const RejectOrderDocument = new TypedDocumentString(`
    mutation RejectOrder($id: ID!, $reason: String!) {
  rejectOrder(id: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RejectOrderMutation, RejectOrderMutationVariables>;
export const ShipOrderDocument = new TypedDocumentString(`
    mutation ShipOrder($id: ID!, $input: ShipOrderInput!) {
  shipOrder(id: $id, input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ShipOrderMutation, ShipOrderMutationVariables>;
export const MarkOrderDeliveredDocument = new TypedDocumentString(`
    mutation MarkOrderDelivered($id: ID!) {
  markOrderDelivered(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<MarkOrderDeliveredMutation, MarkOrderDeliveredMutationVariables>;
export const AcceptOrderDocument = new TypedDocumentString(`
    mutation AcceptOrder($id: ID!, $input: AcceptOrderInput!) {
  acceptOrder(id: $id, input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AcceptOrderMutation, AcceptOrderMutationVariables>;
export const RefuseOrderAcceptanceDocument = new TypedDocumentString(`
    mutation RefuseOrderAcceptance($id: ID!, $reason: String!) {
  refuseOrderAcceptance(id: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RefuseOrderAcceptanceMutation, RefuseOrderAcceptanceMutationVariables>;
export const InvoiceOrderDocument = new TypedDocumentString(`
    mutation InvoiceOrder($id: ID!, $input: InvoiceOrderInput!) {
  invoiceOrder(id: $id, input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<InvoiceOrderMutation, InvoiceOrderMutationVariables>;
export const StartPaymentDocument = new TypedDocumentString(`
    mutation StartPayment($input: StartPaymentInput!) {
  startPayment(input: $input) {
    id
    paymentNo
    provider
    state
    amount
    payUrl
  }
}
    `) as unknown as TypedDocumentString<StartPaymentMutation, StartPaymentMutationVariables>;
export const RefreshPaymentDocument = new TypedDocumentString(`
    mutation RefreshPayment($id: ID!) {
  refreshPayment(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RefreshPaymentMutation, RefreshPaymentMutationVariables>;
export const MallHomeDocument = new TypedDocumentString(`
    query MallHome {
  me {
    id
    displayName
    organisation {
      id
      name
      uscc
      active
    }
  }
  tenant {
    code
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
        publicTenderMin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MallHomeQuery, MallHomeQueryVariables>;
export const SupplierHomeDocument = new TypedDocumentString(`
    query SupplierHome {
  me {
    id
    displayName
    organisation {
      id
      name
      uscc
      active
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierHomeQuery, SupplierHomeQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String, $filters: SearchFiltersInput, $sort: SearchSort, $first: Int, $after: String) {
  search(
    text: $text
    filters: $filters
    sort: $sort
    first: $first
    after: $after
  ) {
    nodes {
      listingId
      title
      brand
      model
      price
      stock
      salesCount
      policyTags
      supplierId
      supplierName
      supplierRegion
      categoryPath
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    total {
      value
      exact
    }
    corrections {
      asked
      matched
    }
    facets {
      categories {
        value
        count
      }
      brands {
        value
        count
      }
      policyTags {
        value
        count
      }
      regions {
        value
        count
      }
      priceBuckets {
        min
        max
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchExplanationDocument = new TypedDocumentString(`
    query SearchExplanation($listingId: ID!, $text: String) {
  searchExplanation(listingId: $listingId, text: $text) {
    listingId
    formula
    matched
    pendingRecompute
    rank
    relevance
    score
    lines {
      component
      label
      detail
      value
      weightBp
      contribution
    }
  }
}
    `) as unknown as TypedDocumentString<SearchExplanationQuery, SearchExplanationQueryVariables>;
export const CategoryListingsDocument = new TypedDocumentString(`
    query CategoryListings($categoryCode: String!, $first: Int) {
  search(filters: {categoryCode: $categoryCode}, first: $first) {
    nodes {
      listingId
      title
      price
      policyTags
      supplierName
    }
  }
}
    `) as unknown as TypedDocumentString<CategoryListingsQuery, CategoryListingsQueryVariables>;
export const InquiriesDocument = new TypedDocumentString(`
    query Inquiries {
  inquiries {
    id
    title
    state
    budget
    quantity
    unit
    quoteDeadline
    validQuotes
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InquiriesQuery, InquiriesQueryVariables>;
export const InquiryDocument = new TypedDocumentString(`
    query Inquiry($id: ID!) {
  inquiry(id: $id) {
    id
    title
    categoryCode
    specification
    quantity
    unit
    deliveryDays
    budget
    budgetLineId
    buyerId
    buyerName
    quoteDeadline
    minQuotes
    tieRule
    state
    failure
    validQuotes
    closedAt
    awardedQuoteId
    orderId
    relaunchOf
    cancelReason
    createdAt
    deliveryAddress {
      regionCode
      address
      recipient
      phone
    }
  }
  tenant {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<InquiryQuery, InquiryQueryVariables>;
export const InquiryQuotesDocument = new TypedDocumentString(`
    query InquiryQuotes($inquiryId: ID!) {
  inquiryQuotes(inquiryId: $inquiryId) {
    id
    supplierId
    supplierName
    unitPrice
    total
    offer
    revision
    submittedAt
    rank
    invalidReason
    passedOverReason
    recommended
  }
}
    `) as unknown as TypedDocumentString<InquiryQuotesQuery, InquiryQuotesQueryVariables>;
export const MyInquiryQuoteDocument = new TypedDocumentString(`
    query MyInquiryQuote($inquiryId: ID!) {
  myInquiryQuote(inquiryId: $inquiryId) {
    id
    unitPrice
    total
    offer
    revision
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<MyInquiryQuoteQuery, MyInquiryQuoteQueryVariables>;
export const InquiryInvitationsDocument = new TypedDocumentString(`
    query InquiryInvitations {
  inquiryInvitations {
    id
    status
    invitedAt
    inquiry {
      id
      title
      buyerName
      state
      budget
      quantity
      unit
      quoteDeadline
    }
  }
}
    `) as unknown as TypedDocumentString<InquiryInvitationsQuery, InquiryInvitationsQueryVariables>;
export const InquiryContextDocument = new TypedDocumentString(`
    query InquiryContext($fiscalYear: Int) {
  budgetLines(fiscalYear: $fiscalYear, first: 100) {
    nodes {
      id
      code
      name
      amount
      available
      fiscalYear
    }
  }
  tenant {
    code
    timeZone
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InquiryContextQuery, InquiryContextQueryVariables>;
export const PublishInquiryDocument = new TypedDocumentString(`
    mutation PublishInquiry($input: PublishInquiryInput!) {
  publishInquiry(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<PublishInquiryMutation, PublishInquiryMutationVariables>;
export const CancelInquiryDocument = new TypedDocumentString(`
    mutation CancelInquiry($id: ID!, $reason: String!) {
  cancelInquiry(id: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CancelInquiryMutation, CancelInquiryMutationVariables>;
export const CloseInquiryDocument = new TypedDocumentString(`
    mutation CloseInquiry($id: ID!) {
  closeInquiry(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CloseInquiryMutation, CloseInquiryMutationVariables>;
export const AwardInquiryDocument = new TypedDocumentString(`
    mutation AwardInquiry($id: ID!, $quoteId: ID!) {
  awardInquiry(id: $id, quoteId: $quoteId) {
    id
    state
    orderId
  }
}
    `) as unknown as TypedDocumentString<AwardInquiryMutation, AwardInquiryMutationVariables>;
export const PassOverInquiryQuoteDocument = new TypedDocumentString(`
    mutation PassOverInquiryQuote($id: ID!, $quoteId: ID!, $reason: String!) {
  passOverInquiryQuote(id: $id, quoteId: $quoteId, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<PassOverInquiryQuoteMutation, PassOverInquiryQuoteMutationVariables>;
export const RelaunchInquiryDocument = new TypedDocumentString(`
    mutation RelaunchInquiry($id: ID!, $quoteDeadline: DateTime!, $idempotencyKey: String!) {
  relaunchInquiry(
    id: $id
    quoteDeadline: $quoteDeadline
    idempotencyKey: $idempotencyKey
  ) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RelaunchInquiryMutation, RelaunchInquiryMutationVariables>;
export const SubmitInquiryQuoteDocument = new TypedDocumentString(`
    mutation SubmitInquiryQuote($input: SubmitInquiryQuoteInput!) {
  submitInquiryQuote(input: $input) {
    id
    unitPrice
    total
    offer
    revision
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitInquiryQuoteMutation, SubmitInquiryQuoteMutationVariables>;
export const SupplierDirectoryDocument = new TypedDocumentString(`
    query SupplierDirectory($search: String!) {
  supplierDirectory(search: $search) {
    id
    name
    uscc
  }
}
    `) as unknown as TypedDocumentString<SupplierDirectoryQuery, SupplierDirectoryQueryVariables>;
export const HomeThresholdsDocument = new TypedDocumentString(`
    query HomeThresholds {
  tenant {
    code
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
        publicTenderMin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeThresholdsQuery, HomeThresholdsQueryVariables>;
export const PublicRulesDocument = new TypedDocumentString(`
    query PublicRules {
  tenant {
    code
    settings {
      purchaseRoutes {
        directOrderMax
        mallSourcingMax
        publicTenderMin
      }
      tender {
        documentsMinWorkingDays
        bidMinCalendarDays
        amendmentMinCalendarDays
        minBidders
        contractSignCalendarDays
      }
      challenges {
        challengeWorkingDays
        answerWorkingDays
        complaintWorkingDays
      }
      deposits {
        maxShareOfBudgetBp
        refundDeadlineWorkingDays
        refundTargetWorkingDays
        interestRateBp
        lateChargeRateBp
        performanceGuaranteeMaxBp
      }
      mall {
        confirmWorkingDays
        shipWorkingDays
        acceptWorkingDays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRulesQuery, PublicRulesQueryVariables>;
export const LotFrameDocument = new TypedDocumentString(`
    query LotFrame($lotId: ID!) {
  openingRecord(lotId: $lotId) {
    lotId
    lotNo
    lotTitle
    projectNo
    projectTitle
    budget
    bidDeadline
    decryptionEndsAt
    lotState
    failureReason
    entries {
      bidId
      supplierName
      state
      submittedAt
      openedAt
      price
      discountBp
      deliveryDays
      warrantyMonths
      sme
      overBudget
      reason
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<LotFrameQuery, LotFrameQueryVariables>;
export const ConcludeOpeningDocument = new TypedDocumentString(`
    mutation ConcludeOpening($lotId: ID!) {
  concludeOpening(lotId: $lotId) {
    lotId
    lotState
    failureReason
  }
}
    `) as unknown as TypedDocumentString<ConcludeOpeningMutation, ConcludeOpeningMutationVariables>;
export const LotPanelDrawDocument = new TypedDocumentString(`
    query LotPanelDraw($lotId: ID!) {
  panelDraw(lotId: $lotId) {
    lotId
    seed
    size
    categoryCode
    candidateIds
    drawnAt
    drawn {
      expertId
      name
      seat
    }
    excluded {
      expertId
      name
      reason
      supplierName
    }
  }
}
    `) as unknown as TypedDocumentString<LotPanelDrawQuery, LotPanelDrawQueryVariables>;
export const DrawEvaluationPanelDocument = new TypedDocumentString(`
    mutation DrawEvaluationPanel($lotId: ID!, $size: Int) {
  drawEvaluationPanel(lotId: $lotId, size: $size) {
    lotId
    seed
    size
  }
}
    `) as unknown as TypedDocumentString<DrawEvaluationPanelMutation, DrawEvaluationPanelMutationVariables>;
export const VerifyPanelDrawDocument = new TypedDocumentString(`
    query VerifyPanelDraw($lotId: ID!) {
  verifyPanelDraw(lotId: $lotId) {
    pickMatches
    candidatesMatch
    drawnExpertIds
    recomputedExpertIds
  }
}
    `) as unknown as TypedDocumentString<VerifyPanelDrawQuery, VerifyPanelDrawQueryVariables>;
export const EvaluationProgressDocument = new TypedDocumentString(`
    query EvaluationProgress($lotId: ID!) {
  evaluationProgress(lotId: $lotId) {
    lotId
    lotState
    members {
      expertId
      name
      seat
      submittedAt
    }
    bids {
      bidId
      supplierName
      supplierIntegrityBand
      state
      stateReason
    }
    deviations {
      id
      bidId
      expertName
      criterion
      score
      panelMean
      maximum
      beyondThreshold
      beyondZ
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationProgressQuery, EvaluationProgressQueryVariables>;
export const LotEvaluationSummaryDocument = new TypedDocumentString(`
    query LotEvaluationSummary($lotId: ID!) {
  evaluationSummary(lotId: $lotId) {
    lotId
    lotState
    evaluationMethod
    smeDeductionBp
    ranking {
      bidId
      supplierId
      supplierName
      supplierIntegrityBand
      rank
      price
      evaluatedPrice
      smeDeducted
      priceScore
      total
      criteria {
        criterion
        mean
        expertScores {
          expertId
          score
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotEvaluationSummaryQuery, LotEvaluationSummaryQueryVariables>;
export const FinishEvaluationDocument = new TypedDocumentString(`
    mutation FinishEvaluation($lotId: ID!) {
  finishEvaluation(lotId: $lotId) {
    lotId
    lotState
  }
}
    `) as unknown as TypedDocumentString<FinishEvaluationMutation, FinishEvaluationMutationVariables>;
export const ConfirmTenderAwardDocument = new TypedDocumentString(`
    mutation ConfirmTenderAward($input: ConfirmTenderAwardInput!) {
  confirmTenderAward(input: $input) {
    id
    lotId
  }
}
    `) as unknown as TypedDocumentString<ConfirmTenderAwardMutation, ConfirmTenderAwardMutationVariables>;
export const LotAwardNoticeDocument = new TypedDocumentString(`
    query LotAwardNotice($lotId: ID!) {
  tenderAwardNotice(lotId: $lotId) {
    id
    lotId
    winnerName
    winnerOrganisationId
    price
    rank
    scoreHundredths
    againstRankingReason
    publishedAt
    noticeUntil
    challengeUntil
    contractDueAt
    lotState
    ranking {
      supplierName
      price
      rank
      scoreHundredths
    }
  }
}
    `) as unknown as TypedDocumentString<LotAwardNoticeQuery, LotAwardNoticeQueryVariables>;
export const LotChallengesDocument = new TypedDocumentString(`
    query LotChallenges($lotId: ID!) {
  tenderChallenges(lotId: $lotId) {
    id
    subject
    content
    state
    supplierName
    createdAt
    answerDueAt
    answer
    outcome
    answeredAt
    overdue
  }
}
    `) as unknown as TypedDocumentString<LotChallengesQuery, LotChallengesQueryVariables>;
export const AnswerTenderChallengeDocument = new TypedDocumentString(`
    mutation AnswerTenderChallenge($id: ID!, $answer: String!, $outcome: TenderChallengeOutcome!) {
  answerTenderChallenge(id: $id, answer: $answer, outcome: $outcome) {
    id
    state
    answer
    outcome
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<AnswerTenderChallengeMutation, AnswerTenderChallengeMutationVariables>;
export const LotContractDocument = new TypedDocumentString(`
    query LotContract($lotId: ID!) {
  tenderContract(lotId: $lotId) {
    id
    contractNo
    state
    amount
    buyerName
    supplierName
    paymentTerms
    deliveryTerms
    digest
    canonicalText
    dueAt
    buyerSignature
    buyerSignedAt
    supplierSignature
    supplierSignedAt
    signedAt
    signedLate
    publishedAt
    publicationDueAt
  }
  tenderChallenges(lotId: $lotId) {
    id
    state
  }
  mySigningKey {
    active {
      fingerprint
      publicKey
    }
  }
}
    `) as unknown as TypedDocumentString<LotContractQuery, LotContractQueryVariables>;
export const UpdateTenderContractTermsDocument = new TypedDocumentString(`
    mutation UpdateTenderContractTerms($id: ID!, $input: TenderContractTermsInput!) {
  updateTenderContractTerms(id: $id, input: $input) {
    id
    paymentTerms
    deliveryTerms
    digest
  }
}
    `) as unknown as TypedDocumentString<UpdateTenderContractTermsMutation, UpdateTenderContractTermsMutationVariables>;
export const BuyerSignTenderContractDocument = new TypedDocumentString(`
    mutation BuyerSignTenderContract($id: ID!, $signature: String!) {
  signTenderContract(id: $id, signature: $signature) {
    id
    state
    buyerSignedAt
    supplierSignedAt
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<BuyerSignTenderContractMutation, BuyerSignTenderContractMutationVariables>;
export const LotDepositsDocument = new TypedDocumentString(`
    query LotDeposits($lotId: ID!) {
  deposits(lotId: $lotId) {
    id
    supplierOrganisationId
    amount
    state
    paidAt
    paidVia
    forfeitReason
    challengeGrounds
    challengeDecision
  }
  guarantees(lotId: $lotId) {
    id
    guaranteeNo
    issuerName
    supplierOrganisationId
    amount
    state
    validUntil
    claimReason
    claimEvidence
  }
}
    `) as unknown as TypedDocumentString<LotDepositsQuery, LotDepositsQueryVariables>;
export const ForfeitDepositDocument = new TypedDocumentString(`
    mutation ForfeitDeposit($id: ID!, $reason: String!) {
  forfeitDeposit(id: $id, reason: $reason) {
    id
    state
    forfeitReason
  }
}
    `) as unknown as TypedDocumentString<ForfeitDepositMutation, ForfeitDepositMutationVariables>;
export const ClaimGuaranteeDocument = new TypedDocumentString(`
    mutation ClaimGuarantee($id: ID!, $reason: String!, $evidence: [String!]!) {
  claimGuarantee(id: $id, reason: $reason, evidence: $evidence) {
    id
    state
    claimReason
    claimEvidence
  }
}
    `) as unknown as TypedDocumentString<ClaimGuaranteeMutation, ClaimGuaranteeMutationVariables>;
export const TenderAnnouncementsDocument = new TypedDocumentString(`
    query TenderAnnouncements($method: ProcurementMethod, $categoryCode: String, $first: Int, $after: String) {
  tenderAnnouncements(
    method: $method
    categoryCode: $categoryCode
    first: $first
    after: $after
  ) {
    nodes {
      id
      projectNo
      title
      method
      kind
      categoryCode
      buyerName
      agencyName
      budget
      state
      publishedAt
      bidDeadline
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<TenderAnnouncementsQuery, TenderAnnouncementsQueryVariables>;
export const TenderAwardNoticesDocument = new TypedDocumentString(`
    query TenderAwardNotices($first: Int!) {
  tenderAwardNotices(first: $first) {
    id
    lotId
    lotNo
    lotTitle
    projectId
    projectNo
    projectTitle
    winnerName
    price
    publishedAt
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<TenderAwardNoticesQuery, TenderAwardNoticesQueryVariables>;
export const TenderNoticeDocument = new TypedDocumentString(`
    query TenderNotice($id: ID!) {
  tenderNotice(id: $id) {
    id
    projectNo
    title
    description
    method
    kind
    categoryCode
    buyerName
    agencyName
    budget
    state
    publishedAt
    cancelReason
    documentsFrom
    documentsUntil
    bidDeadline
    evaluationMethod
    smeDeductionBp
    qualification
    criteria {
      key
      name
      kind
      weight
    }
    lots {
      id
      lotNo
      title
      scope
      budget
      deposit
      minBidders
      state
      failureReason
    }
  }
  tenderClarifications(projectId: $id) {
    id
    title
    body
    affectsBids
    oldBidDeadline
    newBidDeadline
    publishedAt
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<TenderNoticeQuery, TenderNoticeQueryVariables>;
export const PublicLotAwardNoticeDocument = new TypedDocumentString(`
    query PublicLotAwardNotice($lotId: ID!) {
  tenderAwardNotice(lotId: $lotId) {
    id
    winnerName
    price
    publishedAt
    challengeUntil
    againstRankingReason
  }
}
    `) as unknown as TypedDocumentString<PublicLotAwardNoticeQuery, PublicLotAwardNoticeQueryVariables>;
export const LotPublishedContractDocument = new TypedDocumentString(`
    query LotPublishedContract($lotId: ID!) {
  publishedTenderContract(lotId: $lotId) {
    id
    contractNo
    supplierName
    amount
    signedAt
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<LotPublishedContractQuery, LotPublishedContractQueryVariables>;
export const MyTenderProjectsDocument = new TypedDocumentString(`
    query MyTenderProjects($first: Int, $after: String) {
  myTenderProjects(first: $first, after: $after) {
    nodes {
      id
      projectNo
      title
      method
      state
      budget
      bidDeadline
      createdAt
      buyerName
      agencyName
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyTenderProjectsQuery, MyTenderProjectsQueryVariables>;
export const TenderProjectDocument = new TypedDocumentString(`
    query TenderProject($id: ID!) {
  tenderProject(id: $id) {
    id
    projectNo
    title
    description
    method
    kind
    categoryCode
    buyerId
    buyerName
    agencyId
    agencyName
    budgetLineId
    budget
    state
    createdAt
    publishedAt
    cancelReason
    documentsFrom
    documentsUntil
    bidDeadline
    evaluationMethod
    smeDeductionBp
    qualification
    registrations
    documentDownloads
    criteria {
      key
      name
      kind
      weight
    }
    lots {
      id
      lotNo
      title
      scope
      budget
      deposit
      minBidders
      state
      failureReason
    }
    documents {
      id
      fileName
      mimeType
      sizeBytes
      sm3
      uploadedAt
    }
    questions {
      id
      body
      askedAt
      answeredById
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<TenderProjectQuery, TenderProjectQueryVariables>;
export const ProjectClarificationsDocument = new TypedDocumentString(`
    query ProjectClarifications($projectId: ID!) {
  tenderClarifications(projectId: $projectId) {
    id
    title
    body
    affectsBids
    oldBidDeadline
    newBidDeadline
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<ProjectClarificationsQuery, ProjectClarificationsQueryVariables>;
export const ProjectFormContextDocument = new TypedDocumentString(`
    query ProjectFormContext($loadLines: Boolean!) {
  categoryTree {
    id
    code
    name
    parentCode
    level
    energySavingMandatory
  }
  budgetLines(first: 100) @include(if: $loadLines) {
    nodes {
      id
      code
      name
      fiscalYear
      available
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<ProjectFormContextQuery, ProjectFormContextQueryVariables>;
export const CreateTenderProjectDocument = new TypedDocumentString(`
    mutation CreateTenderProject($input: TenderProjectInput!) {
  createTenderProject(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CreateTenderProjectMutation, CreateTenderProjectMutationVariables>;
export const UpdateTenderProjectDocument = new TypedDocumentString(`
    mutation UpdateTenderProject($id: ID!, $input: TenderProjectInput!) {
  updateTenderProject(id: $id, input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<UpdateTenderProjectMutation, UpdateTenderProjectMutationVariables>;
export const PublishTenderProjectDocument = new TypedDocumentString(`
    mutation PublishTenderProject($id: ID!) {
  publishTenderProject(id: $id) {
    id
    state
    publishedAt
    documentsFrom
  }
}
    `) as unknown as TypedDocumentString<PublishTenderProjectMutation, PublishTenderProjectMutationVariables>;
export const CancelTenderProjectDocument = new TypedDocumentString(`
    mutation CancelTenderProject($id: ID!, $reason: String!) {
  cancelTenderProject(id: $id, reason: $reason) {
    id
    state
    cancelReason
  }
}
    `) as unknown as TypedDocumentString<CancelTenderProjectMutation, CancelTenderProjectMutationVariables>;
export const AttachTenderDocumentDocument = new TypedDocumentString(`
    mutation AttachTenderDocument($projectId: ID!, $fileName: String!, $contentBase64: String!) {
  attachTenderDocument(
    projectId: $projectId
    fileName: $fileName
    contentBase64: $contentBase64
  ) {
    id
    fileName
    sm3
    sizeBytes
  }
}
    `) as unknown as TypedDocumentString<AttachTenderDocumentMutation, AttachTenderDocumentMutationVariables>;
export const OwnerDownloadTenderDocumentDocument = new TypedDocumentString(`
    mutation OwnerDownloadTenderDocument($id: ID!) {
  downloadTenderDocument(id: $id) {
    fileName
    mimeType
    contentBase64
    sm3
  }
}
    `) as unknown as TypedDocumentString<OwnerDownloadTenderDocumentMutation, OwnerDownloadTenderDocumentMutationVariables>;
export const PublishTenderClarificationDocument = new TypedDocumentString(`
    mutation PublishTenderClarification($projectId: ID!, $input: TenderClarificationInput!) {
  publishTenderClarification(projectId: $projectId, input: $input) {
    id
    title
    affectsBids
    oldBidDeadline
    newBidDeadline
  }
}
    `) as unknown as TypedDocumentString<PublishTenderClarificationMutation, PublishTenderClarificationMutationVariables>;
export const LotChallengeAnswersDocument = new TypedDocumentString(`
    query LotChallengeAnswers($lotId: ID!) {
  tenderChallengeAnswers(lotId: $lotId) {
    id
    subject
    content
    answer
    outcome
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<LotChallengeAnswersQuery, LotChallengeAnswersQueryVariables>;
export const SupplierProjectDocument = new TypedDocumentString(`
    query SupplierProject($projectId: ID!) {
  tenderNotice(id: $projectId) {
    id
    projectNo
    title
    description
    state
    method
    kind
    categoryCode
    buyerName
    agencyName
    budget
    qualification
    documentsFrom
    documentsUntil
    bidDeadline
    publishedAt
    cancelReason
    evaluationMethod
    smeDeductionBp
    lots {
      id
      lotNo
      title
      scope
      budget
      deposit
      minBidders
      state
      failureReason
    }
  }
  tenderClarifications(projectId: $projectId) {
    id
    title
    body
    affectsBids
    oldBidDeadline
    newBidDeadline
    publishedAt
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<SupplierProjectQuery, SupplierProjectQueryVariables>;
export const MyTenderRegistrationsDocument = new TypedDocumentString(`
    query MyTenderRegistrations($first: Int, $after: String) {
  myTenderRegistrations(first: $first, after: $after) {
    nodes {
      id
      registeredAt
      notice {
        id
        projectNo
        title
        state
        buyerName
        bidDeadline
      }
      documents {
        id
        fileName
        mimeType
        sizeBytes
        sm3
        uploadedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyTenderRegistrationsQuery, MyTenderRegistrationsQueryVariables>;
export const RegisterForTenderProjectDocument = new TypedDocumentString(`
    mutation RegisterForTenderProject($projectId: ID!) {
  registerForTenderProject(projectId: $projectId) {
    id
    registeredAt
    notice {
      id
      projectNo
      title
      state
      buyerName
      bidDeadline
    }
    documents {
      id
      fileName
      mimeType
      sizeBytes
      sm3
      uploadedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterForTenderProjectMutation, RegisterForTenderProjectMutationVariables>;
export const DownloadTenderDocumentDocument = new TypedDocumentString(`
    mutation DownloadTenderDocument($id: ID!) {
  downloadTenderDocument(id: $id) {
    fileName
    mimeType
    contentBase64
    sm3
  }
}
    `) as unknown as TypedDocumentString<DownloadTenderDocumentMutation, DownloadTenderDocumentMutationVariables>;
export const AskTenderQuestionDocument = new TypedDocumentString(`
    mutation AskTenderQuestion($projectId: ID!, $body: String!) {
  askTenderQuestion(projectId: $projectId, body: $body) {
    id
    body
    askedAt
  }
}
    `) as unknown as TypedDocumentString<AskTenderQuestionMutation, AskTenderQuestionMutationVariables>;
export const MyLotBidsDocument = new TypedDocumentString(`
    query MyLotBids($lotId: ID!) {
  myBids(lotId: $lotId) {
    id
    version
    state
    price
    stateReason
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<MyLotBidsQuery, MyLotBidsQueryVariables>;
export const TenderAwardNoticeDocument = new TypedDocumentString(`
    query TenderAwardNotice($lotId: ID!) {
  tenderAwardNotice(lotId: $lotId) {
    id
    lotId
    lotNo
    lotTitle
    lotState
    projectNo
    projectTitle
    winnerName
    winnerOrganisationId
    price
    rank
    scoreHundredths
    againstRankingReason
    publishedAt
    noticeUntil
    challengeUntil
    contractDueAt
    ranking {
      supplierName
      price
      rank
      scoreHundredths
    }
  }
}
    `) as unknown as TypedDocumentString<TenderAwardNoticeQuery, TenderAwardNoticeQueryVariables>;
export const FileTenderChallengeDocument = new TypedDocumentString(`
    mutation FileTenderChallenge($input: FileTenderChallengeInput!) {
  fileTenderChallenge(input: $input) {
    id
    lotId
    subject
    state
    createdAt
    answerDueAt
  }
}
    `) as unknown as TypedDocumentString<FileTenderChallengeMutation, FileTenderChallengeMutationVariables>;
export const MyTenderChallengesDocument = new TypedDocumentString(`
    query MyTenderChallenges {
  myTenderChallenges {
    id
    lotId
    lotTitle
    projectNo
    subject
    content
    state
    createdAt
    answerDueAt
    answer
    outcome
    answeredAt
    overdue
    complaint {
      id
      content
      state
      createdAt
      decisionDueAt
      decidedAt
      decisionReason
      remedy
      overdue
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyTenderChallengesQuery, MyTenderChallengesQueryVariables>;
export const FileTenderComplaintDocument = new TypedDocumentString(`
    mutation FileTenderComplaint($challengeId: ID!, $content: String!) {
  fileTenderComplaint(challengeId: $challengeId, content: $content) {
    id
    challengeId
    state
    createdAt
    decisionDueAt
  }
}
    `) as unknown as TypedDocumentString<FileTenderComplaintMutation, FileTenderComplaintMutationVariables>;
export const SupplierContractDocument = new TypedDocumentString(`
    query SupplierContract($lotId: ID!) {
  tenderContract(lotId: $lotId) {
    id
    contractNo
    state
    projectId
    projectTitle
    lotId
    lotTitle
    buyerName
    supplierName
    supplierOrganisationId
    amount
    paymentTerms
    deliveryTerms
    canonicalText
    digest
    dueAt
    signedAt
    signedLate
    publishedAt
    buyerSignature
    buyerSignedAt
    supplierSignature
    supplierSignedAt
  }
  mySigningKey {
    active {
      fingerprint
      publicKey
    }
  }
  tenderAwardNotice(lotId: $lotId) {
    id
    lotState
    declinedAt
    declineReason
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<SupplierContractQuery, SupplierContractQueryVariables>;
export const SupplierDeclineTenderAwardDocument = new TypedDocumentString(`
    mutation SupplierDeclineTenderAward($lotId: ID!, $reason: String!) {
  declineTenderAward(lotId: $lotId, reason: $reason) {
    id
    lotState
    declinedAt
    declineReason
  }
}
    `) as unknown as TypedDocumentString<SupplierDeclineTenderAwardMutation, SupplierDeclineTenderAwardMutationVariables>;
export const SupplierSignTenderContractDocument = new TypedDocumentString(`
    mutation SupplierSignTenderContract($id: ID!, $signature: String!) {
  signTenderContract(id: $id, signature: $signature) {
    id
    state
    supplierSignature
    supplierSignedAt
    buyerSignature
    buyerSignedAt
    signedAt
  }
}
    `) as unknown as TypedDocumentString<SupplierSignTenderContractMutation, SupplierSignTenderContractMutationVariables>;
export const MyBidLotsDocument = new TypedDocumentString(`
    query MyBidLots {
  myBidLots {
    lotId
    lotNo
    lotTitle
    lotState
    projectId
    projectNo
    projectTitle
    won
  }
}
    `) as unknown as TypedDocumentString<MyBidLotsQuery, MyBidLotsQueryVariables>;
export const MySigningKeyDocument = new TypedDocumentString(`
    query MySigningKey {
  mySigningKey {
    active {
      id
      fingerprint
      publicKey
      createdAt
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MySigningKeyQuery, MySigningKeyQueryVariables>;
export const RegisterSigningKeyDocument = new TypedDocumentString(`
    mutation RegisterSigningKey($publicKey: String!) {
  registerSigningKey(publicKey: $publicKey) {
    id
    fingerprint
    publicKey
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RegisterSigningKeyMutation, RegisterSigningKeyMutationVariables>;
export const BidContextDocument = new TypedDocumentString(`
    query BidContext($lotId: ID!) {
  openingRecord(lotId: $lotId) {
    lotId
    lotNo
    lotTitle
    projectNo
    projectTitle
    budget
    bidDeadline
    lotState
  }
  myBids(lotId: $lotId) {
    id
    lotId
    version
    state
    submittedAt
    digest
    price
    stateReason
    receipt {
      bidId
      lotId
      version
      digest
      serverTime
      platformKeyFingerprint
      signature
    }
  }
  mySigningKey {
    active {
      fingerprint
      publicKey
    }
  }
  platformReceiptKey {
    fingerprint
    publicKey
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<BidContextQuery, BidContextQueryVariables>;
export const SubmitBidDocument = new TypedDocumentString(`
    mutation SubmitBid($input: SubmitBidInput!) {
  submitBid(input: $input) {
    id
    lotId
    version
    state
    submittedAt
    digest
    receipt {
      bidId
      lotId
      version
      digest
      serverTime
      platformKeyFingerprint
      signature
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitBidMutation, SubmitBidMutationVariables>;
export const WithdrawBidDocument = new TypedDocumentString(`
    mutation WithdrawBid($bidId: ID!) {
  withdrawBid(bidId: $bidId) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<WithdrawBidMutation, WithdrawBidMutationVariables>;
export const MyBidsDocument = new TypedDocumentString(`
    query MyBids {
  myBids {
    id
    lotId
    version
    state
    submittedAt
    price
    stateReason
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyBidsQuery, MyBidsQueryVariables>;
export const OpeningRecordDocument = new TypedDocumentString(`
    query OpeningRecord($lotId: ID!) {
  openingRecord(lotId: $lotId) {
    lotId
    lotNo
    lotTitle
    projectNo
    projectTitle
    budget
    bidDeadline
    decryptionEndsAt
    lotState
    failureReason
    entries {
      bidId
      supplierName
      state
      submittedAt
      openedAt
      price
      discountBp
      deliveryDays
      warrantyMonths
      sme
      overBudget
      reason
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<OpeningRecordQuery, OpeningRecordQueryVariables>;
export const MyOpeningBidsDocument = new TypedDocumentString(`
    query MyOpeningBids($lotId: ID!) {
  myBids(lotId: $lotId) {
    id
    version
    state
    wrappedKey
  }
  mySigningKey {
    active {
      fingerprint
    }
  }
}
    `) as unknown as TypedDocumentString<MyOpeningBidsQuery, MyOpeningBidsQueryVariables>;
export const ReleaseBidKeyDocument = new TypedDocumentString(`
    mutation ReleaseBidKey($bidId: ID!, $key: String!) {
  releaseBidKey(bidId: $bidId, key: $key) {
    id
    state
    stateReason
    price
    openedAt
  }
}
    `) as unknown as TypedDocumentString<ReleaseBidKeyMutation, ReleaseBidKeyMutationVariables>;
export const MyEvaluationPanelsDocument = new TypedDocumentString(`
    query MyEvaluationPanels {
  myEvaluationPanels {
    lotId
    lotState
    lotTitle
    projectNo
    projectTitle
    seat
    submittedAt
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyEvaluationPanelsQuery, MyEvaluationPanelsQueryVariables>;
export const ScoreSheetDocument = new TypedDocumentString(`
    query ScoreSheet($lotId: ID!) {
  evaluationScoreSheet(lotId: $lotId) {
    lotId
    lotState
    lotTitle
    evaluationMethod
    submittedAt
    criteria {
      key
      name
      weight
    }
    bids {
      bidId
      supplierId
      supplierName
      supplierIntegrityBand
      price
      state
      stateReason
      priceForm {
        key
        value
      }
    }
    scores {
      bidId
      criterion
      score
    }
    deviations {
      id
      bidId
      criterion
      score
      panelMean
      maximum
      beyondThreshold
      beyondZ
      reason
      reasonAt
    }
  }
  tenant {
    code
    timeZone
  }
}
    `) as unknown as TypedDocumentString<ScoreSheetQuery, ScoreSheetQueryVariables>;
export const SaveEvaluationScoresDocument = new TypedDocumentString(`
    mutation SaveEvaluationScores($input: SaveEvaluationScoresInput!) {
  saveEvaluationScores(input: $input) {
    lotId
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SaveEvaluationScoresMutation, SaveEvaluationScoresMutationVariables>;
export const SubmitScoreSheetDocument = new TypedDocumentString(`
    mutation SubmitScoreSheet($lotId: ID!) {
  submitScoreSheet(lotId: $lotId) {
    lotId
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitScoreSheetMutation, SubmitScoreSheetMutationVariables>;
export const RecordDeviationReasonDocument = new TypedDocumentString(`
    mutation RecordDeviationReason($id: ID!, $reason: String!) {
  recordDeviationReason(id: $id, reason: $reason) {
    id
    reason
    reasonAt
  }
}
    `) as unknown as TypedDocumentString<RecordDeviationReasonMutation, RecordDeviationReasonMutationVariables>;
export const DisqualifyBidDocument = new TypedDocumentString(`
    mutation DisqualifyBid($bidId: ID!, $reason: String!) {
  disqualifyBid(bidId: $bidId, reason: $reason) {
    bidId
    state
    lotState
    reason
  }
}
    `) as unknown as TypedDocumentString<DisqualifyBidMutation, DisqualifyBidMutationVariables>;