/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AdjustBudgetLineInput = {
  /** The new total; not below used + frozen. */
  amount?: string | null | undefined;
  name?: string | null | undefined;
  /** Why (e.g. the budget adjustment document number). */
  note?: string | null | undefined;
};

/** Whether an entry's stored change still hashes to the digest its chain link covers. */
export type AuditChangeCheck =
  | 'MATCHES'
  | 'MISMATCH'
  | 'NOT_RECORDED';

/** Every field narrows the trail; all are optional. */
export type AuditEntryFilterInput = {
  /** An action or its prefix: "order" matches order.confirm, order.ship, … */
  action?: string | null | undefined;
  actorOrganisationId?: string | number | null | undefined;
  actorUserId?: string | number | null | undefined;
  /** From this instant, inclusive. */
  from?: string | null | undefined;
  subjectId?: string | null | undefined;
  subjectType?: string | null | undefined;
  /** Up to this instant, inclusive. */
  to?: string | null | undefined;
};

/** What the verifier found wrong at the first broken link. */
export type AuditProblem =
  | 'ALTERED'
  | 'BROKEN_LINK'
  | 'FORGED'
  | 'HEAD_MISMATCH'
  | 'MISSING'
  | 'REORDERED'
  | 'TRUNCATED';

export type CalendarDayInput = {
  /** Local date, YYYY-MM-DD. */
  day: string;
  kind: CalendarDayKind;
  name: string;
};

/** HOLIDAY 法定节假日或调休放假; WORKDAY 调休上班 (a weekend day worked). */
export type CalendarDayKind =
  | 'HOLIDAY'
  | 'WORKDAY';

export type ChallengeRulesInput = {
  answerWorkingDays?: number | null | undefined;
  challengeWorkingDays?: number | null | undefined;
  complaintWorkingDays?: number | null | undefined;
};

export type ComplianceSignalFilterInput = {
  /** Raised at or after. */
  from?: string | null | undefined;
  kind?: ComplianceSignalKind | null | undefined;
  lotId?: string | number | null | undefined;
  state?: ComplianceSignalState | null | undefined;
  /** Raised before. */
  to?: string | null | undefined;
  /** The purchasing unit (order splitting). */
  unitId?: string | number | null | undefined;
};

/** ORDER_SPLITTING 化整为零, SAME_ORIGIN 同一IP或设备投标, IDENTICAL_DOCUMENTS 投标文件雷同, PRICE_PATTERN 报价呈规律, SHARED_PEOPLE 同一人员或签名密钥, EXPERT_DEVIATION 评委评分偏差, BID_TIMING 竞价出价时间异常（机器般规律或集中在最后几秒）. */
export type ComplianceSignalKind =
  | 'BID_TIMING'
  | 'EXPERT_DEVIATION'
  | 'IDENTICAL_DOCUMENTS'
  | 'ORDER_SPLITTING'
  | 'PRICE_PATTERN'
  | 'SAME_ORIGIN'
  | 'SHARED_PEOPLE';

/** LOW 低, MEDIUM 中, HIGH 高. */
export type ComplianceSignalSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** OPEN 待处理, DISMISSED 已排除（附理由）, REFERRED 已移交. */
export type ComplianceSignalState =
  | 'DISMISSED'
  | 'OPEN'
  | 'REFERRED';

export type CreateBudgetLineInput = {
  amount: string;
  code: string;
  fiscalYear: number;
  name: string;
  /** The purchasing unit. */
  unitId: string | number;
};

export type CreateCategoryInput = {
  /** The new code; its parent is the code without the last two digits, and must exist. */
  code: string;
  energySavingMandatory?: boolean | null | undefined;
  name: string;
};

export type CreateStandardProductInput = {
  brand: string;
  categoryCode: string;
  model: string;
  name: string;
  specs: Array<SpecAttributeInput>;
};

export type CreateUserInput = {
  displayName: string;
  /** Required with the EXPERT role, refused without it. */
  expertProfile?: ExpertProfileInput | null | undefined;
  /** 3–64 characters: letters, digits, . _ @ -; case-insensitive. */
  loginName: string;
  organisationId: string | number;
  /** Initial password: 8–128 characters with letters and digits. */
  password: string;
  /** Must fit the organisation kind. */
  roles: Array<Role>;
};

export type DecideTenderComplaintInput = {
  id: string | number;
  reason: string;
  remedy?: TenderComplaintRemedy;
  /** true: the complaint is upheld (投诉成立); false: dismissed. */
  upheld: boolean;
};

/** Who took the listing off sale: SUPPLIER, OPERATOR or INSPECTION (price inspection). */
export type DelistedBy =
  | 'INSPECTION'
  | 'OPERATOR'
  | 'SUPPLIER';

/** ALIPAY 支付宝, BANK_TRANSFER 银行转账（虚拟子账号）. */
export type DepositPaidVia =
  | 'ALIPAY'
  | 'BANK_TRANSFER';

/** PENDING 支付宝退款待答复 (the sweep repeats it), AWAITING_BANK 待财务确认银行转账, COMPLETED 已全部退还. */
export type DepositRefundState =
  | 'AWAITING_BANK'
  | 'COMPLETED'
  | 'PENDING';

export type DepositRulesInput = {
  /** Days in the interest year (360 by convention). */
  interestDayBasis?: number | null | undefined;
  interestRateBp?: number | null | undefined;
  lateChargeRateBp?: number | null | undefined;
  maxShareOfBudgetBp?: number | null | undefined;
  performanceGuaranteeMaxBp?: number | null | undefined;
  refundDeadlineWorkingDays?: number | null | undefined;
  refundTargetWorkingDays?: number | null | undefined;
};

/** DUE 待缴纳, HELD 已缴纳（在押）, REFUNDED 已退还（退款已发起）, FORFEITED 已没收, CHALLENGED 没收异议中, APPLIED 已抵作成交价款（公物拍卖的买受人）. */
export type DepositState =
  | 'APPLIED'
  | 'CHALLENGED'
  | 'DUE'
  | 'FORFEITED'
  | 'HELD'
  | 'REFUNDED';

/** UNKNOWN_REFERENCE 非本平台虚拟子账号, NO_OPEN_DEPOSIT 该供应商无待缴保证金, AMOUNT_OVER 多缴, AMOUNT_UNDER 少缴. */
export type DepositTransferFlag =
  | 'AMOUNT_OVER'
  | 'AMOUNT_UNDER'
  | 'NO_OPEN_DEPOSIT'
  | 'UNKNOWN_REFERENCE';

/** MATCHED 已匹配, FLAGGED 待核查, RETURNED 已退回（款项已退付款人）. */
export type DepositTransferState =
  | 'FLAGGED'
  | 'MATCHED'
  | 'RETURNED';

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

export type EvaluationRulesInput = {
  scoreDeviationBp?: number | null | undefined;
  smeDeductionBp?: number | null | undefined;
  smeReservedShareBp?: number | null | undefined;
};

export type ExpertProfileInput = {
  categoryCodes: Array<string>;
  employerName: string;
  employerUscc?: string | null | undefined;
  title: string;
};

/** FORMER_EMPLOYER worked for or held office in the supplier within 3 years, RELATIVE_OF_PRINCIPAL related to a principal of the supplier, OTHER_INTEREST another interest in the outcome. */
export type ExpertRelationKind =
  | 'FORMER_EMPLOYER'
  | 'OTHER_INTEREST'
  | 'RELATIVE_OF_PRINCIPAL';

export type FinancingRulesInput = {
  /** A mall order can be financed from this amount (default ¥50,000.00). */
  minOrder?: string | null | undefined;
};

/** APPLIED 已申请, APPROVED 已批准（回款账户已锁定）, REJECTED 已拒绝, DISBURSED 已放款, REPAID 已还款（锁定解除）. */
export type FinancingState =
  | 'APPLIED'
  | 'APPROVED'
  | 'DISBURSED'
  | 'REJECTED'
  | 'REPAID';

/** BANK 银行, INSURER 保险公司, GUARANTEE_COMPANY 担保公司. */
export type GuaranteeIssuerKind =
  | 'BANK'
  | 'GUARANTEE_COMPANY'
  | 'INSURER';

/** SM2 (SM3 with user ID 1234567812345678; public key uncompressed hex; signature hex r‖s) or RSA (SHA-256; SPKI PEM; signature base64). */
export type GuaranteeSignatureAlgorithm =
  | 'RSA'
  | 'SM2';

export type ImportBudgetLinesInput = {
  /** The file, base64-encoded; at most 700 KiB before encoding and 2,000 rows. */
  contentBase64: string;
  /** The file name; .xlsx (the template) or .csv (UTF-8, BOM allowed). */
  fileName: string;
};

export type ImportIntegrityPenaltiesInput = {
  /** The file, base64-encoded; at most 700 KiB before encoding and 1,000 rows. */
  contentBase64: string;
  /** The file name; .xlsx (the template) or .csv (UTF-8, BOM allowed). */
  fileName: string;
};

export type ImportPriceReferencesInput = {
  /** The file, base64-encoded; at most 700 KiB before encoding. */
  contentBase64: string;
  /** The file name; .xlsx or .csv (UTF-8, BOM allowed) with the columns 标准商品编号 or 商品编号, 来源, 参考价（元）, 采集日期 (YYYY-MM-DD), 链接. */
  fileName: string;
};

export type InspectionRulesInput = {
  /** Working days to correct or justify before the listing is delisted. */
  correctionWorkingDays?: number | null | undefined;
  /** The listing's own lowest price over these last days. */
  historyDays?: number | null | undefined;
  /** Imported references older than this do not count. */
  importedMaxAgeDays?: number | null | undefined;
  /** Fewest other suppliers' listings for the peer median to count. */
  minPeerSample?: number | null | undefined;
  /** Fewest accepted order lines for the transaction median to count. */
  minTransactionSample?: number | null | undefined;
  /** Tolerance above the reference; exactly at it is no finding. */
  priceAboveReferenceAlertBp?: number | null | undefined;
  /** A JSON price feed read before each nightly inspection ('' for none). */
  referenceFeedUrl?: string | null | undefined;
  /** Confirmed offences within repeatOffenceDays that make a repeat offence. */
  repeatOffenceCount?: number | null | undefined;
  repeatOffenceDays?: number | null | undefined;
  /** Sources that count; the lowest of their values is the reference. */
  sources?: Array<PriceReferenceSource> | null | undefined;
  /** Accepted order lines of these last days. */
  transactionDays?: number | null | undefined;
};

/** RUNNING 进行中, DONE 已完成. */
export type InspectionRunState =
  | 'DONE'
  | 'RUNNING';

/** SCHEDULE 夜间巡检, MANUAL 运营人员发起, PRICE_CHANGE 调价后单品巡检. */
export type InspectionTrigger =
  | 'MANUAL'
  | 'PRICE_CHANGE'
  | 'SCHEDULE';

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

/** An administrative penalty (行政处罚) or blacklist record (黑名单) with its deciding document. */
export type IntegrityPenaltyInput = {
  /** Deciding authority, 2–128 characters. */
  authority: string;
  /** Decision date, YYYY-MM-DD, not in the future. */
  decidedOn: string;
  /** Document number, 2–64 characters. */
  documentNo: string;
  /** ADMINISTRATIVE_PENALTY or BLACKLIST_RECORD. */
  kind: IntegrityEventKind;
  note?: string | null | undefined;
  /** Points to subtract, 1–100; the tenant suggested weight when omitted. */
  points?: number | null | undefined;
  supplierId: string | number;
};

export type IntegrityRulesInput = {
  acceptanceFailedPoints?: number | null | undefined;
  acceptancePassedPoints?: number | null | undefined;
  /** Suggested points of a manual administrative penalty. */
  administrativePenaltyPoints?: number | null | undefined;
  bandAMin?: number | null | undefined;
  bandBMin?: number | null | undefined;
  bandCMin?: number | null | undefined;
  /** The score every supplier starts from (0–100). */
  baseScore?: number | null | undefined;
  /** Suggested points of a manual blacklist record. */
  blacklistRecordPoints?: number | null | undefined;
  /** Suppliers in this band or a worse one cannot submit listings or bids. */
  blockBand?: IntegrityBand | null | undefined;
  challengeGroundlessPoints?: number | null | undefined;
  complaintUpheldPoints?: number | null | undefined;
  deliveredLatePoints?: number | null | undefined;
  deliveredOnTimePoints?: number | null | undefined;
  depositForfeitedPoints?: number | null | undefined;
  /** An event's weight halves every this many days. */
  halfLifeDays?: number | null | undefined;
  orderConfirmedLatePoints?: number | null | undefined;
  orderConfirmedOnTimePoints?: number | null | undefined;
  priceOffencePoints?: number | null | undefined;
  refusedToSignPoints?: number | null | undefined;
  /** Instead of priceOffencePoints for a repeat offence. */
  repeatPriceOffencePoints?: number | null | undefined;
  withdrawnAfterWinningPoints?: number | null | undefined;
};

export type IntegrityStandingFilterInput = {
  band?: IntegrityBand | null | undefined;
  /** Blocked by band or by an operator. */
  blocked?: boolean | null | undefined;
};

export type LenderInput = {
  name: string;
  publicKey: string;
  repaymentAccountName: string;
  repaymentAccountNo: string;
  repaymentBankName: string;
  uscc: string;
  webhookUrl: string;
};

/** DRAFT 草稿, SUBMITTED 待审核, APPROVED 已上架, REJECTED 已驳回, DELISTED 已下架. */
export type ListingState =
  | 'APPROVED'
  | 'DELISTED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

export type MallRulesInput = {
  /** Buyer accepts within, from delivery. */
  acceptWorkingDays?: number | null | undefined;
  /** Supplier confirms an order within (else it is cancelled). */
  confirmWorkingDays?: number | null | undefined;
  /** Supplier ships within, from confirmation. */
  shipWorkingDays?: number | null | undefined;
};

/** IN_APP 站内通知 (always on), EMAIL 邮件, PUSH 浏览器推送. */
export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'PUSH';

/** PENDING 待发送, SENT 已发送, FAILED 发送失败（重试已用尽）, SKIPPED 未发送（已关闭、无地址或未开通）. */
export type NotificationDeliveryState =
  | 'FAILED'
  | 'PENDING'
  | 'SENT'
  | 'SKIPPED';

export type NotificationRulesInput = {
  /** Remind this many hours before the deadline. */
  reminderHoursBefore?: number | null | undefined;
  /** Remind once the deadline is this many working days away (from 08:00). */
  reminderWorkingDaysBefore?: number | null | undefined;
};

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

/** PURCHASING_UNIT 采购单位, SUPPLIER 供应商, AGENCY 代理机构, FINANCE_DEPARTMENT 财政部门, OPERATOR 平台运营方. */
export type OrganisationKind =
  | 'AGENCY'
  | 'FINANCE_DEPARTMENT'
  | 'OPERATOR'
  | 'PURCHASING_UNIT'
  | 'SUPPLIER';

/** ALIPAY 支付宝 (page pay), TREASURY 国库集中支付 (finance approves with the bank transfer reference). */
export type PaymentProvider =
  | 'ALIPAY'
  | 'TREASURY';

/** Why finance must review a payment: AMOUNT_MISMATCH (the provider reported another amount), APP_MISMATCH (a notify for another Alipay app), PAID_AFTER_CLOSE (paid at the provider after it was closed here). */
export type PaymentReviewReason =
  | 'AMOUNT_MISMATCH'
  | 'APP_MISMATCH'
  | 'PAID_AFTER_CLOSE';

/** A change to the payment set-up; omitted fields keep their value. */
export type PaymentSettingsInput = {
  alipayAppId?: string | null | undefined;
  /** https://openapi.alipay.com/gateway.do in production. */
  alipayGatewayUrl?: string | null | undefined;
  /** The API's public https origin, e.g. https://api.mall.example.cn. */
  alipayNotifyUrlBase?: string | null | undefined;
  /** PEM PKCS8 (BEGIN PRIVATE KEY); stored encrypted, never read back. */
  alipayPrivateKey?: string | null | undefined;
  alipayPublicKey?: string | null | undefined;
  defaultProvider?: PaymentProvider | null | undefined;
  enabledProviders?: Array<PaymentProvider> | null | undefined;
};

/** PENDING 待支付 (alipay), AWAITING_APPROVAL 待财政审批 (treasury), SUCCEEDED 已支付, FAILED 支付失败, CLOSED 已关闭 (timed out or closed at Alipay), REJECTED 已驳回 (treasury). */
export type PaymentState =
  | 'AWAITING_APPROVAL'
  | 'CLOSED'
  | 'FAILED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUCCEEDED';

/** ENERGY_SAVING 节能产品, ENVIRONMENTAL_LABEL 环境标志产品, FIRST_OF_KIND 首台套, SME 中小企业 (from the supplier's declared size), PRISON_ENTERPRISE 监狱企业, DISABILITY_WELFARE 残疾人福利性单位, RURAL_REVITALIZATION 乡村振兴/832. */
export type PolicyTag =
  | 'DISABILITY_WELFARE'
  | 'ENERGY_SAVING'
  | 'ENVIRONMENTAL_LABEL'
  | 'FIRST_OF_KIND'
  | 'PRISON_ENTERPRISE'
  | 'RURAL_REVITALIZATION'
  | 'SME';

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

/** FILE 文件导入, FEED 价格接口读取. */
export type PriceReferenceOrigin =
  | 'FEED'
  | 'FILE';

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

export type PurchaseRouteRulesInput = {
  /** One-click order (直购) up to this amount per order. */
  directOrderMax?: string | null | undefined;
  /** Online inquiry or reverse auction in the mall up to this amount. */
  mallSourcingMax?: string | null | undefined;
  /** A public tender is required from this amount. */
  publicTenderMin?: string | null | undefined;
};

/** Weights sum to 10,000 bp; the policy weight must exceed the others together. */
export type RankingWeightsInput = {
  integrityWeightBp: number;
  policyTags: Array<PolicyTag>;
  policyWeightBp: number;
  priceWeightBp: number;
  salesWeightBp: number;
};

export type RecordDepositTransferInput = {
  amount: string;
  arrivedAt: string;
  /** The bank serial number (unique). */
  bankSerialNo: string;
  payerAccountName: string;
  /** The virtual account reference the payer quoted. */
  reference: string;
};

export type RegisterGuaranteeIssuerInput = {
  algorithm: GuaranteeSignatureAlgorithm;
  /** Release notices are posted here; without it they are kept as files. */
  callbackUrl?: string | null | undefined;
  kind: GuaranteeIssuerKind;
  name: string;
  publicKey: string;
};

/** CSV (UTF-8 with BOM) or XLSX. */
export type ReportFormat =
  | 'CSV'
  | 'XLSX';

export type RequestStatisticsReportInput = {
  kind: StatisticsReportKind;
  /** YYYY-MM for a month, YYYY for a year; the period must have begun. */
  period: string;
};

/** PURCHASER and UNIT_ADMIN (采购单位), SUPPLIER (供应商), AGENCY (代理机构), FINANCE (财政部门, regulator), TENANT_OPERATOR (平台运营方), EXPERT (评审专家). */
export type Role =
  | 'AGENCY'
  | 'EXPERT'
  | 'FINANCE'
  | 'PURCHASER'
  | 'SUPPLIER'
  | 'TENANT_OPERATOR'
  | 'UNIT_ADMIN';

export type SignalRulesInput = {
  /** Category level orders are grouped at (2 = A02 … 5 = A02010104; 4 = A020101). */
  splittingCategoryLevel?: number | null | undefined;
  /** Order splitting sums a unit's one-click orders per calendar quarter or year. */
  splittingPeriod?: SplittingPeriod | null | undefined;
};

export type SourcingRulesInput = {
  /** Valid quotes an inquiry needs at its deadline (3–20). */
  minQuotes?: number | null | undefined;
  /** Shortest quote period, in working days (3–30). */
  quoteMinWorkingDays?: number | null | undefined;
};

export type SpecAttributeInput = {
  key: string;
  value: string;
};

/** METHOD 采购方式, CATEGORY 品目（如 A02）, SUBCATEGORY 二级品目（如 A0201）, UNIT 采购单位, SUPPLIER 供应商. */
export type SpendingDimension =
  | 'CATEGORY'
  | 'METHOD'
  | 'SUBCATEGORY'
  | 'SUPPLIER'
  | 'UNIT';

/** QUARTER 自然季度, YEAR 自然年度（预算年度）. */
export type SplittingPeriod =
  | 'QUARTER'
  | 'YEAR';

/** SPENDING 采购金额, SAVINGS 节支率, POLICY 政策功能, CONCENTRATION 市场集中度, COMPETITION 竞争与参与, INSPECTION 价格巡检, INTEGRITY 诚信等级分布, SIGNALS 合规预警. */
export type StatisticsFigure =
  | 'COMPETITION'
  | 'CONCENTRATION'
  | 'INSPECTION'
  | 'INTEGRITY'
  | 'POLICY'
  | 'SAVINGS'
  | 'SIGNALS'
  | 'SPENDING';

export type StatisticsFilterInput = {
  /** Only this 品目 and what is under it, e.g. A02. */
  categoryCode?: string | null | undefined;
  /** Only this purchasing unit. */
  unitId?: string | number | null | undefined;
};

/** Calendar months, both included, in the tenant's time zone; at most 36. */
export type StatisticsPeriodInput = {
  /** First month, YYYY-MM. */
  from: string;
  /** Last month, YYYY-MM. */
  to: string;
};

/** MONTH 月报, YEAR 年报. */
export type StatisticsReportKind =
  | 'MONTH'
  | 'YEAR';

/** PENDING 生成中, READY 可下载. */
export type StatisticsReportState =
  | 'PENDING'
  | 'READY';

/** A sealed bid's life: SUBMITTED (sealed), WITHDRAWN, REPLACED, OPENED, NOT_DECRYPTED, INVALID, DISQUALIFIED. */
export type TenderBidState =
  | 'DISQUALIFIED'
  | 'INVALID'
  | 'NOT_DECRYPTED'
  | 'OPENED'
  | 'REPLACED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** PENDING 待答复 (answer due in 7 working days), ANSWERED 已答复. */
export type TenderChallengeState =
  | 'ANSWERED'
  | 'PENDING';

/** What a challenge (质疑) is about: DOCUMENTS 采购文件, PROCESS 采购过程, RESULT 中标结果. */
export type TenderChallengeSubject =
  | 'DOCUMENTS'
  | 'PROCESS'
  | 'RESULT';

/** What an upheld complaint orders: NONE (recorded; the buyer corrects what the decision names), FAIL_LOT (the award is void and the lot fails). */
export type TenderComplaintRemedy =
  | 'FAIL_LOT'
  | 'NONE';

/** PENDING 待处理 (decision due in 30 working days), UPHELD 投诉成立, DISMISSED 驳回. */
export type TenderComplaintState =
  | 'DISMISSED'
  | 'PENDING'
  | 'UPHELD';

/** AWARD_NOTICE (the buyer did not confirm and publish within 5 + 2 working days of the recommendation), CHALLENGE_ANSWER (7 working days), COMPLAINT_DECISION (30 working days), CONTRACT_SIGNING (30 days after the award letter). */
export type TenderDeadlineKind =
  | 'AWARD_NOTICE'
  | 'CHALLENGE_ANSWER'
  | 'COMPLAINT_DECISION'
  | 'CONTRACT_SIGNING';

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

/** DRAFT, PUBLISHED, COMPLETED (every lot final), CANCELLED. */
export type TenderProjectState =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

export type TenderRulesInput = {
  amendmentMinCalendarDays?: number | null | undefined;
  bidMinCalendarDays?: number | null | undefined;
  contractSignCalendarDays?: number | null | undefined;
  documentsMinWorkingDays?: number | null | undefined;
  minBidders?: number | null | undefined;
};

/** A change to this province's name and rules; omitted fields keep their value. */
export type UpdateTenantSettingsInput = {
  challenges?: ChallengeRulesInput | null | undefined;
  deposits?: DepositRulesInput | null | undefined;
  evaluation?: EvaluationRulesInput | null | undefined;
  financing?: FinancingRulesInput | null | undefined;
  inspection?: InspectionRulesInput | null | undefined;
  integrity?: IntegrityRulesInput | null | undefined;
  mall?: MallRulesInput | null | undefined;
  name?: string | null | undefined;
  notifications?: NotificationRulesInput | null | undefined;
  purchaseRoutes?: PurchaseRouteRulesInput | null | undefined;
  signals?: SignalRulesInput | null | undefined;
  sourcing?: SourcingRulesInput | null | undefined;
  tender?: TenderRulesInput | null | undefined;
};

export type AuditChainVerificationQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainVerificationQuery = { auditChainVerification: { ok: boolean, checked: number, firstBroken: { seq: number, entryId: string | null, problem: AuditProblem } | null } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditEntryFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { nodes: Array<{ id: string, seq: number, occurredAt: string, actorUserId: string | null, actorName: string | null, actorOrganisationId: string | null, actorOrganisationName: string | null, action: string, subjectType: string, subjectId: string, requestId: string, change: string | null, changeDigest: string, changeCheck: AuditChangeCheck, entryIntact: boolean, hash: string, prevHash: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { id: string, timeZone: string } };

export type AuditOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditOrganisationsQuery = { organisations: { nodes: Array<{ id: string, name: string }> } };

export type ApprovalQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApprovalQueueQuery = { listingApprovalQueue: { nodes: Array<{ id: string, state: ListingState, title: string, description: string, brand: string | null, model: string | null, price: string, stock: number, warrantyMonths: number, categoryCode: string, categoryName: string, standardProductId: string | null, deliveryRegionCodes: Array<string>, imageUrls: Array<string>, supplierId: string, supplierName: string, supplierRegionCode: string | null, supplierIntegrityBlocked: boolean, submittedAt: string | null, policyTags: Array<{ tag: PolicyTag, certificateNo: string | null, issuer: string | null, validUntil: string | null, valid: boolean }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminListingQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminListingQuery = { listing: { id: string, state: ListingState, title: string, price: string, stock: number, categoryCode: string, categoryName: string, supplierId: string, supplierName: string, supplierRegionCode: string | null, supplierIntegrityBlocked: boolean, submittedAt: string | null, approvedAt: string | null, updatedAt: string, rejectionReason: string | null, delistedBy: DelistedBy | null, delistReason: string | null, policyTags: Array<{ tag: PolicyTag, certificateNo: string | null, issuer: string | null, validUntil: string | null, valid: boolean }>, priceHistory: Array<{ price: string, changedAt: string }> } };

export type ApproveListingMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveListingMutation = { approveListing: { id: string, state: ListingState } };

export type RejectListingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectListingMutation = { rejectListing: { id: string, state: ListingState, rejectionReason: string | null } };

export type OperatorDelistListingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type OperatorDelistListingMutation = { operatorDelistListing: { id: string, state: ListingState, delistedBy: DelistedBy | null, delistReason: string | null } };

export type AdminCategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoryTreeQuery = { categoryTree: Array<{ id: string, code: string, name: string, parentCode: string | null, level: number, energySavingMandatory: boolean }> };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { id: string, code: string, name: string, parentCode: string | null, level: number, energySavingMandatory: boolean } };

export type AdminStandardProductsQueryVariables = Exact<{
  categoryCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminStandardProductsQuery = { standardProducts: { nodes: Array<{ id: string, brand: string, model: string, name: string, categoryCode: string, specs: Array<{ key: string, value: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateStandardProductMutationVariables = Exact<{
  input: CreateStandardProductInput;
}>;


export type CreateStandardProductMutation = { createStandardProduct: { id: string, brand: string, model: string, name: string, categoryCode: string } };

export type SuppliersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SuppliersQuery = { organisations: { nodes: Array<{ id: string, name: string, uscc: string | null, active: boolean, enterpriseSize: EnterpriseSize | null, integrityBlocked: boolean, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetSupplierIntegrityBlockedMutationVariables = Exact<{
  organisationId: string | number;
  blocked: boolean;
  reason: string;
}>;


export type SetSupplierIntegrityBlockedMutation = { setSupplierIntegrityBlocked: { id: string, integrityBlocked: boolean } };

export type DepositLedgerQueryVariables = Exact<{
  lotId?: string | number | null | undefined;
  state?: DepositState | null | undefined;
}>;


export type DepositLedgerQuery = { deposits: Array<{ id: string, lotId: string, lotNo: number, lotTitle: string, projectId: string, projectNo: string, projectTitle: string, supplierOrganisationId: string, amount: string, state: DepositState, virtualAccountRef: string, paidVia: DepositPaidVia | null, paymentReference: string | null, paidAt: string | null, forfeitReason: string | null, challengeGrounds: string | null, challengeDecision: string | null, createdAt: string, refund: { id: string, trigger: string, triggeredAt: string, dueBy: string, method: DepositPaidVia, principal: string, interest: string, lateCharge: string, total: string, bankTransfer: string, daysHeld: number, lateDays: number, formula: string, state: DepositRefundState, bankSerialNo: string | null, completedAt: string | null } | null }> };

export type FlaggedDepositTransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type FlaggedDepositTransfersQuery = { flaggedDepositTransfers: Array<{ id: string, bankSerialNo: string, reference: string, amount: string, payerAccountName: string, arrivedAt: string, state: DepositTransferState, flag: DepositTransferFlag | null, depositId: string | null }> };

export type RecordDepositTransferMutationVariables = Exact<{
  input: RecordDepositTransferInput;
}>;


export type RecordDepositTransferMutation = { recordDepositTransfer: { id: string, bankSerialNo: string, reference: string, amount: string, payerAccountName: string, arrivedAt: string, state: DepositTransferState, flag: DepositTransferFlag | null, depositId: string | null } };

export type ReturnDepositTransferMutationVariables = Exact<{
  id: string | number;
  bankSerialNo: string;
  note: string;
}>;


export type ReturnDepositTransferMutation = { returnDepositTransfer: { id: string, state: DepositTransferState, bankSerialNo: string, returnSerialNo: string | null, returnNote: string | null, returnedAt: string | null } };

export type ConfirmDepositRefundMutationVariables = Exact<{
  id: string | number;
  bankSerialNo: string;
}>;


export type ConfirmDepositRefundMutation = { confirmDepositRefund: { id: string, state: DepositRefundState, bankSerialNo: string | null, completedAt: string | null } };

export type DecideDepositChallengeMutationVariables = Exact<{
  id: string | number;
  uphold: boolean;
  note: string;
}>;


export type DecideDepositChallengeMutation = { decideDepositChallenge: { id: string, state: DepositState, challengeDecision: string | null } };

export type DepositReconciliationQueryVariables = Exact<{
  xlsx?: boolean | null | undefined;
}>;


export type DepositReconciliationQuery = { depositReconciliation: { flaggedCount: number, xlsxBase64: string | null, rows: Array<{ depositId: string, lotId: string, lotNo: number, lotTitle: string, projectId: string, projectNo: string, projectTitle: string, supplierName: string, state: DepositState, paid: string, refundedPrincipal: string, interest: string, lateCharge: string, forfeited: string, held: string, refundState: DepositRefundState | null, difference: string, flagged: boolean }> } };

export type GuaranteeIssuerListQueryVariables = Exact<{ [key: string]: never; }>;


export type GuaranteeIssuerListQuery = { guaranteeIssuers: Array<{ id: string, name: string, kind: GuaranteeIssuerKind, algorithm: GuaranteeSignatureAlgorithm, publicKey: string, callbackUrl: string | null }> };

export type RegisterGuaranteeIssuerMutationVariables = Exact<{
  input: RegisterGuaranteeIssuerInput;
}>;


export type RegisterGuaranteeIssuerMutation = { registerGuaranteeIssuer: { id: string, name: string, kind: GuaranteeIssuerKind, algorithm: GuaranteeSignatureAlgorithm, publicKey: string, callbackUrl: string | null } };

export type DepositTenantZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type DepositTenantZoneQuery = { tenant: { timeZone: string } };

export type BudgetLinesQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  fiscalYear?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BudgetLinesQuery = { budgetLines: { nodes: Array<{ id: string, code: string, name: string, unitId: string, unitName: string, fiscalYear: number, amount: string, used: string, frozen: string, available: string, updatedAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganisationPickerQueryVariables = Exact<{
  kind?: OrganisationKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationPickerQuery = { organisations: { nodes: Array<{ id: string, name: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateBudgetLineMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type CreateBudgetLineMutation = { createBudgetLine: { id: string, code: string, name: string, unitId: string, unitName: string, fiscalYear: number, amount: string, used: string, frozen: string, available: string, updatedAt: string } };

export type AdjustBudgetLineMutationVariables = Exact<{
  id: string | number;
  input: AdjustBudgetLineInput;
}>;


export type AdjustBudgetLineMutation = { adjustBudgetLine: { id: string, code: string, name: string, unitId: string, unitName: string, fiscalYear: number, amount: string, used: string, frozen: string, available: string, updatedAt: string } };

export type BudgetLineImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetLineImportTemplateQuery = { budgetLineImportTemplate: { fileName: string, mimeType: string, contentBase64: string } };

export type ImportBudgetLinesMutationVariables = Exact<{
  input: ImportBudgetLinesInput;
}>;


export type ImportBudgetLinesMutation = { importBudgetLines: { imported: number, total: number, errors: Array<{ row: number, field: string, message: string, reason: string }> } };

export type PaymentRequestsQueryVariables = Exact<{
  state?: PaymentState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentRequestsQuery = { paymentRequests: { nodes: Array<{ id: string, paymentNo: string, title: string, amount: string, state: PaymentState, provider: PaymentProvider, subjectType: string, subjectId: string, payerOrganisationId: string, payeeOrganisationId: string, createdAt: string, bankReference: string | null, rejectionReason: string | null, reviewReason: PaymentReviewReason | null, reviewDetail: Array<{ key: string, value: string }>, payeeAccount: { bankName: string, accountName: string, accountNo: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PaymentsForReviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PaymentsForReviewQuery = { payments: { nodes: Array<{ id: string, paymentNo: string, title: string, amount: string, state: PaymentState, provider: PaymentProvider, subjectType: string, subjectId: string, payerOrganisationId: string, payeeOrganisationId: string, createdAt: string, reviewReason: PaymentReviewReason | null, reviewDetail: Array<{ key: string, value: string }> }> } };

export type OrganisationNameQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationNameQuery = { organisation: { id: string, name: string } };

export type ApprovePaymentRequestMutationVariables = Exact<{
  id: string | number;
  bankReference: string;
}>;


export type ApprovePaymentRequestMutation = { approvePaymentRequest: { id: string, state: PaymentState, bankReference: string | null } };

export type RejectPaymentRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectPaymentRequestMutation = { rejectPaymentRequest: { id: string, state: PaymentState, rejectionReason: string | null } };

export type ClearPaymentReviewMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ClearPaymentReviewMutation = { clearPaymentReview: { id: string, reviewReason: PaymentReviewReason | null } };

export type AdminOrdersQueryVariables = Exact<{
  filter?: OrderFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOrdersQuery = { orders: { nodes: Array<{ id: string, orderNo: string, buyerId: string, buyerName: string, supplierId: string, supplierName: string, total: string, acceptedAmount: string | null, state: OrderState, placedAt: string, dueAt: string | null, dueKind: OrderDeadlineKind | null, overdue: Array<OrderDeadlineKind> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrderQuery = { order: { id: string, orderNo: string, buyerName: string, supplierName: string, total: string, acceptedAmount: string | null, state: OrderState, placedAt: string, dueAt: string | null, dueKind: OrderDeadlineKind | null, overdue: Array<OrderDeadlineKind>, budgetLineCode: string, reason: string | null, logisticsCompany: string | null, trackingNo: string | null, deliveryAddress: { recipient: string, phone: string, regionCode: string, address: string }, invoice: { invoiceCode: string, invoiceNo: string, amount: string, issuedOn: string } | null, lines: Array<{ id: string, title: string, quantity: number, unitPrice: string, amount: string, acceptedQuantity: number | null }>, timeline: Array<{ action: string, fromState: OrderState | null, toState: OrderState, at: string, note: string | null, actorUserId: string | null }> } };

export type OrdersExportQueryVariables = Exact<{
  filter?: OrderFilterInput | null | undefined;
}>;


export type OrdersExportQuery = { ordersExport: { fileName: string, mimeType: string, contentBase64: string } };

export type PaymentSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentSettingsQuery = { paymentSettings: { enabledProviders: Array<PaymentProvider>, defaultProvider: PaymentProvider, alipayAppId: string | null, alipayGatewayUrl: string | null, alipayNotifyUrlBase: string | null, alipayNotifyUrl: string | null, alipayPrivateKeyConfigured: boolean, alipayPublicKey: string | null, updatedAt: string | null } };

export type UpdatePaymentSettingsMutationVariables = Exact<{
  input: PaymentSettingsInput;
}>;


export type UpdatePaymentSettingsMutation = { updatePaymentSettings: { enabledProviders: Array<PaymentProvider>, defaultProvider: PaymentProvider, alipayAppId: string | null, alipayGatewayUrl: string | null, alipayNotifyUrlBase: string | null, alipayNotifyUrl: string | null, alipayPrivateKeyConfigured: boolean, alipayPublicKey: string | null, updatedAt: string | null } };

export type AdminOrderNoQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrderNoQuery = { order: { id: string, orderNo: string } };

export type LenderListQueryVariables = Exact<{ [key: string]: never; }>;


export type LenderListQuery = { lenders: Array<{ id: string, name: string, uscc: string, webhookUrl: string, publicKey: string, repaymentBankName: string, repaymentAccountName: string, repaymentAccountNo: string, active: boolean }>, financingApplications: Array<{ id: string, contractNo: string, supplierName: string, lenderName: string, amount: string, state: FinancingState, createdAt: string, deliveredAt: string | null }>, financingPlatformKey: { publicKey: string, keyId: string }, tenant: { timeZone: string } };

export type RegisterLenderMutationVariables = Exact<{
  input: LenderInput;
}>;


export type RegisterLenderMutation = { registerLender: { id: string, name: string, uscc: string, webhookUrl: string, publicKey: string, repaymentBankName: string, repaymentAccountName: string, repaymentAccountNo: string, active: boolean } };

export type UpdateLenderMutationVariables = Exact<{
  id: string | number;
  input: LenderInput;
}>;


export type UpdateLenderMutation = { updateLender: { id: string, name: string, uscc: string, webhookUrl: string, publicKey: string, repaymentBankName: string, repaymentAccountName: string, repaymentAccountNo: string, active: boolean } };

export type SetLenderActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetLenderActiveMutation = { setLenderActive: { id: string, active: boolean } };

export type PriceFindingsQueryVariables = Exact<{
  filter?: PriceFindingFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PriceFindingsQuery = { priceFindings: { nodes: Array<{ id: string, listingId: string, supplierOrganisationId: string, state: PriceFindingState, price: string, reference: string, referenceSource: PriceReferenceSource, deviationBp: number, toleranceBp: number, dueAt: string, createdAt: string, justification: string | null, justifiedAt: string | null, dismissalReason: string | null, closedAt: string | null, closeNote: string | null, evidence: Array<{ source: PriceReferenceSource, value: string, sample: number, counted: boolean, detail: Array<{ key: string, value: string }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { id: string, timeZone: string } };

export type InspectionSuppliersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InspectionSuppliersQuery = { organisations: { nodes: Array<{ id: string, name: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DismissPriceFindingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DismissPriceFindingMutation = { dismissPriceFinding: { id: string, state: PriceFindingState, dismissalReason: string | null, closedAt: string | null } };

export type ReopenPriceFindingMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ReopenPriceFindingMutation = { reopenPriceFinding: { id: string, state: PriceFindingState, dueAt: string } };

export type InspectionRunsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectionRunsQuery = { inspectionRuns: { nodes: Array<{ id: string, trigger: InspectionTrigger, state: InspectionRunState, total: number, done: number, findings: number, corrected: number, asOf: string, startedAt: string, finishedAt: string | null, listingId: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { id: string, timeZone: string } };

export type InspectionRunQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionRunQuery = { inspectionRun: { id: string, trigger: InspectionTrigger, state: InspectionRunState, total: number, done: number, findings: number, corrected: number, asOf: string, startedAt: string, finishedAt: string | null, listingId: string | null } };

export type StartInspectionRunMutationVariables = Exact<{ [key: string]: never; }>;


export type StartInspectionRunMutation = { startInspectionRun: { id: string, trigger: InspectionTrigger, state: InspectionRunState, total: number, done: number, findings: number, corrected: number, asOf: string, startedAt: string, finishedAt: string | null, listingId: string | null } };

export type PriceReferenceTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type PriceReferenceTemplateQuery = { priceReferenceTemplate: { fileName: string, mimeType: string, contentBase64: string } };

export type ImportPriceReferencesMutationVariables = Exact<{
  input: ImportPriceReferencesInput;
}>;


export type ImportPriceReferencesMutation = { importPriceReferences: { id: string, name: string, origin: PriceReferenceOrigin, total: number, imported: number, failed: number, createdAt: string, errors: Array<{ row: number, field: string, column: string, reason: string, message: string }> } };

export type PriceReferenceImportErrorReportQueryVariables = Exact<{
  id: string | number;
  format: ReportFormat;
}>;


export type PriceReferenceImportErrorReportQuery = { priceReferenceImportErrorReport: { fileName: string, mimeType: string, contentBase64: string } };

export type PriceReferenceImportQueryVariables = Exact<{
  id: string | number;
}>;


export type PriceReferenceImportQuery = { priceReferenceImport: { id: string, name: string, origin: PriceReferenceOrigin, total: number, imported: number, failed: number, createdAt: string, errors: Array<{ row: number, field: string, column: string, reason: string, message: string }> } };

export type IntegrityPenaltyImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrityPenaltyImportTemplateQuery = { integrityPenaltyImportTemplate: { fileName: string, mimeType: string, contentBase64: string } };

export type ImportIntegrityPenaltiesMutationVariables = Exact<{
  input: ImportIntegrityPenaltiesInput;
}>;


export type ImportIntegrityPenaltiesMutation = { importIntegrityPenalties: { imported: number, total: number, errors: Array<{ row: number, field: string, message: string, reason: string }> } };

export type IntegrityStandingsQueryVariables = Exact<{
  filter?: IntegrityStandingFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IntegrityStandingsQuery = { integrityStandings: { nodes: Array<{ supplierId: string, supplierName: string, score: number, band: IntegrityBand, blockedByBand: boolean, operatorBlocked: boolean, eventCount: number, computedAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { id: string, timeZone: string } };

export type IntegrityAppealsQueryVariables = Exact<{
  state?: IntegrityAppealState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IntegrityAppealsQuery = { integrityAppeals: { nodes: Array<{ id: string, supplierId: string, supplierName: string, reason: string, state: IntegrityAppealState, decisionReason: string | null, createdAt: string, decidedAt: string | null, event: { id: string, kind: IntegrityEventKind, occurredAt: string, points: number, pointsNow: number, evidence: { orderNo: string | null, listingId: string | null, documentNo: string | null, authority: string | null, decidedOn: string | null } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { id: string, timeZone: string } };

export type DecideIntegrityAppealMutationVariables = Exact<{
  appealId: string | number;
  uphold: boolean;
  reason: string;
}>;


export type DecideIntegrityAppealMutation = { decideIntegrityAppeal: { appealId: string, eventId: string, state: IntegrityAppealState } };

export type SupplierIntegrityQueryVariables = Exact<{
  supplierId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupplierIntegrityQuery = { supplierIntegrity: { standing: { supplierId: string, supplierName: string, score: number, band: IntegrityBand, blockedByBand: boolean, operatorBlocked: boolean, eventCount: number, computedAt: string | null }, events: { nodes: Array<{ id: string, kind: IntegrityEventKind, occurredAt: string, points: number, pointsNow: number, state: IntegrityEventState, manual: boolean, evidence: { orderId: string | null, orderNo: string | null, findingId: string | null, listingId: string | null, lotId: string | null, depositId: string | null, documentNo: string | null, authority: string | null, decidedOn: string | null, note: string | null, offences: number | null, repeat: boolean | null }, appeal: { id: string, state: IntegrityAppealState, reason: string, decisionReason: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }, tenant: { id: string, timeZone: string } };

export type RecordIntegrityPenaltyMutationVariables = Exact<{
  input: IntegrityPenaltyInput;
}>;


export type RecordIntegrityPenaltyMutation = { recordIntegrityPenalty: { eventId: string, standing: { score: number, band: IntegrityBand, blockedByBand: boolean } } };

export type NotificationDeliveriesQueryVariables = Exact<{
  state: NotificationDeliveryState;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationDeliveriesQuery = { notificationDeliveries: { nodes: Array<{ id: string, eventType: string, userName: string, channel: NotificationChannel, state: NotificationDeliveryState, attempts: number, lastError: string | null, skipReason: string | null, createdAt: string, updatedAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { timeZone: string } };

export type ResendNotificationDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendNotificationDeliveryMutation = { resendNotificationDelivery: { id: string, state: NotificationDeliveryState } };

export type RankingWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type RankingWeightsQuery = { rankingWeights: { policyWeightBp: number, integrityWeightBp: number, priceWeightBp: number, salesWeightBp: number, policyTags: Array<PolicyTag> } };

export type UpdateRankingWeightsMutationVariables = Exact<{
  input: RankingWeightsInput;
}>;


export type UpdateRankingWeightsMutation = { updateRankingWeights: { policyWeightBp: number, integrityWeightBp: number, priceWeightBp: number, salesWeightBp: number, policyTags: Array<PolicyTag> } };

export type ComplianceSignalsQueryVariables = Exact<{
  filter?: ComplianceSignalFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ComplianceSignalsQuery = { complianceSignals: { nodes: Array<{ id: string, kind: ComplianceSignalKind, state: ComplianceSignalState, severity: ComplianceSignalSeverity, createdAt: string, period: string | null, categoryCode: string | null, categoryName: string | null, amount: string | null, threshold: string | null, unit: { id: string, name: string } | null, lot: { id: string, title: string, projectNo: string, projectTitle: string } | null, expert: { id: string, name: string } | null, shared: { kind: string, value: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { id: string, timeZone: string } };

export type ComplianceSignalQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplianceSignalQuery = { complianceSignal: { id: string, kind: ComplianceSignalKind, state: ComplianceSignalState, severity: ComplianceSignalSeverity, createdAt: string, updatedAt: string, period: string | null, periodFrom: string | null, periodTo: string | null, categoryCode: string | null, categoryName: string | null, amount: string | null, threshold: string | null, directOrderMax: string | null, reviewedAt: string | null, dismissalReason: string | null, referredTo: string | null, referralNote: string | null, unit: { id: string, name: string } | null, lot: { id: string, title: string, projectNo: string, projectTitle: string, budget: string } | null, expert: { id: string, name: string } | null, shared: { kind: string, value: string } | null, orders: Array<{ orderId: string, orderNo: string, amount: string, total: string, placedAt: string, supplier: { id: string, name: string } }>, bids: Array<{ bidId: string, price: string | null, value: string | null, supplier: { id: string, name: string } }>, deviations: Array<{ bidId: string, criterionKey: string, scoreHundredths: number, meanHundredths: number, maxHundredths: number, beyondThreshold: boolean, beyondZ: boolean, reason: string | null, supplier: { id: string, name: string } }>, reviewer: { id: string, name: string } | null }, tenant: { id: string, timeZone: string } };

export type DismissComplianceSignalMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DismissComplianceSignalMutation = { dismissComplianceSignal: { id: string, state: ComplianceSignalState, dismissalReason: string | null, reviewedAt: string | null, reviewer: { id: string, name: string } | null } };

export type ReferComplianceSignalMutationVariables = Exact<{
  id: string | number;
  to: string;
  note: string;
}>;


export type ReferComplianceSignalMutation = { referComplianceSignal: { id: string, state: ComplianceSignalState, referredTo: string | null, referralNote: string | null, reviewedAt: string | null, reviewer: { id: string, name: string } | null } };

export type RunComplianceChecksMutationVariables = Exact<{ [key: string]: never; }>;


export type RunComplianceChecksMutation = { runComplianceChecks: { raised: number, refreshed: number } };

export type StatisticsDashboardQueryVariables = Exact<{
  period: StatisticsPeriodInput;
  by: SpendingDimension;
  filter?: StatisticsFilterInput | null | undefined;
}>;


export type StatisticsDashboardQuery = { spendingStatistics: { by: SpendingDimension, total: string, rows: Array<{ month: string, key: string, label: string, amount: string, records: number }>, totals: Array<{ key: string, label: string, amount: string, records: number, shareBp: number }> }, savingsStatistics: { rows: Array<{ month: string | null, lots: number, budget: string, price: string, savings: string, rateBp: number }>, total: { lots: number, budget: string, price: string, savings: string, rateBp: number } }, policyShareStatistics: { smeTargetBp: number, rows: Array<{ month: string | null, total: string, green: string, sme: string, firstOfKind: string, rural: string, greenBp: number, smeBp: number, firstOfKindBp: number, ruralBp: number }>, total: { total: string, green: string, sme: string, firstOfKind: string, rural: string, greenBp: number, smeBp: number, firstOfKindBp: number, ruralBp: number } }, concentrationStatistics: { rows: Array<{ categoryCode: string, label: string, total: string, suppliers: number, hhi: number, topSupplier: string, topShareBp: number }> }, competitionStatistics: { rows: Array<{ month: string | null, lots: number, validBids: number, bidsPerLotHundredths: number, bidders: number | null, sellers: number | null, suppliers: number | null }>, total: { lots: number, validBids: number, bidsPerLotHundredths: number } }, inspectionStatistics: { rows: Array<{ month: string | null, total: number, open: number, justified: number, dismissed: number, corrected: number, delisted: number }>, total: { total: number, open: number, justified: number, dismissed: number, corrected: number, delisted: number } }, integrityBandStatistics: { now: { a: number, b: number, c: number, d: number, unscored: number | null, total: number }, rows: Array<{ month: string | null, a: number, b: number, c: number, d: number, total: number }> }, signalStatistics: { rows: Array<{ month: string | null, total: number, open: number, dismissed: number, referred: number, orderSplitting: number, sameOrigin: number, identicalDocuments: number, pricePattern: number, sharedPeople: number, expertDeviation: number }>, total: { total: number, open: number, dismissed: number, referred: number, orderSplitting: number, sameOrigin: number, identicalDocuments: number, pricePattern: number, sharedPeople: number, expertDeviation: number }, now: { open: number, dismissed: number, referred: number } }, financingStatistics: Array<{ month: string, byState: Array<{ state: FinancingState, count: number, amount: string, lenderAmount: string }> }> };

export type StatisticsExportQueryVariables = Exact<{
  figure: StatisticsFigure;
  period: StatisticsPeriodInput;
  by?: SpendingDimension | null | undefined;
  filter?: StatisticsFilterInput | null | undefined;
}>;


export type StatisticsExportQuery = { statisticsExport: { fileName: string, mimeType: string, contentBase64: string } };

export type StatisticsReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsReportsQuery = { statisticsReports: Array<{ id: string, kind: StatisticsReportKind, period: string, state: StatisticsReportState, generatedAt: string | null, fileName: string | null, createdAt: string }>, tenant: { id: string, timeZone: string } };

export type RequestStatisticsReportMutationVariables = Exact<{
  input: RequestStatisticsReportInput;
}>;


export type RequestStatisticsReportMutation = { requestStatisticsReport: { id: string, kind: StatisticsReportKind, period: string, state: StatisticsReportState, generatedAt: string | null, fileName: string | null, createdAt: string } };

export type StatisticsReportFileQueryVariables = Exact<{
  id: string | number;
}>;


export type StatisticsReportFileQuery = { statisticsReportFile: { fileName: string, mimeType: string, contentBase64: string } };

export type TenantSettingsFieldsFragment = { id: string, code: string, slug: string, name: string, timeZone: string, currency: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number }, evaluation: { smeDeductionBp: number, scoreDeviationBp: number, smeReservedShareBp: number }, inspection: { priceAboveReferenceAlertBp: number, correctionWorkingDays: number, sources: Array<PriceReferenceSource>, historyDays: number, importedMaxAgeDays: number, minPeerSample: number, transactionDays: number, minTransactionSample: number, repeatOffenceCount: number, repeatOffenceDays: number, referenceFeedUrl: string }, mall: { confirmWorkingDays: number, shipWorkingDays: number, acceptWorkingDays: number }, integrity: { orderConfirmedOnTimePoints: number, orderConfirmedLatePoints: number, deliveredOnTimePoints: number, deliveredLatePoints: number, acceptancePassedPoints: number, acceptanceFailedPoints: number, priceOffencePoints: number, repeatPriceOffencePoints: number, withdrawnAfterWinningPoints: number, refusedToSignPoints: number, depositForfeitedPoints: number, challengeGroundlessPoints: number, complaintUpheldPoints: number, administrativePenaltyPoints: number, blacklistRecordPoints: number, halfLifeDays: number, baseScore: number, bandAMin: number, bandBMin: number, bandCMin: number, blockBand: IntegrityBand }, signals: { splittingPeriod: SplittingPeriod, splittingCategoryLevel: number }, sourcing: { minQuotes: number, quoteMinWorkingDays: number }, notifications: { reminderHoursBefore: number, reminderWorkingDaysBefore: number }, financing: { minOrder: string } } };

export type TenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsQuery = { tenant: { id: string, code: string, slug: string, name: string, timeZone: string, currency: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number }, evaluation: { smeDeductionBp: number, scoreDeviationBp: number, smeReservedShareBp: number }, inspection: { priceAboveReferenceAlertBp: number, correctionWorkingDays: number, sources: Array<PriceReferenceSource>, historyDays: number, importedMaxAgeDays: number, minPeerSample: number, transactionDays: number, minTransactionSample: number, repeatOffenceCount: number, repeatOffenceDays: number, referenceFeedUrl: string }, mall: { confirmWorkingDays: number, shipWorkingDays: number, acceptWorkingDays: number }, integrity: { orderConfirmedOnTimePoints: number, orderConfirmedLatePoints: number, deliveredOnTimePoints: number, deliveredLatePoints: number, acceptancePassedPoints: number, acceptanceFailedPoints: number, priceOffencePoints: number, repeatPriceOffencePoints: number, withdrawnAfterWinningPoints: number, refusedToSignPoints: number, depositForfeitedPoints: number, challengeGroundlessPoints: number, complaintUpheldPoints: number, administrativePenaltyPoints: number, blacklistRecordPoints: number, halfLifeDays: number, baseScore: number, bandAMin: number, bandBMin: number, bandCMin: number, blockBand: IntegrityBand }, signals: { splittingPeriod: SplittingPeriod, splittingCategoryLevel: number }, sourcing: { minQuotes: number, quoteMinWorkingDays: number }, notifications: { reminderHoursBefore: number, reminderWorkingDaysBefore: number }, financing: { minOrder: string } } } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { updateTenantSettings: { id: string, code: string, slug: string, name: string, timeZone: string, currency: string, settings: { purchaseRoutes: { directOrderMax: string, mallSourcingMax: string, publicTenderMin: string }, tender: { documentsMinWorkingDays: number, bidMinCalendarDays: number, amendmentMinCalendarDays: number, minBidders: number, contractSignCalendarDays: number }, challenges: { challengeWorkingDays: number, answerWorkingDays: number, complaintWorkingDays: number }, deposits: { maxShareOfBudgetBp: number, refundDeadlineWorkingDays: number, refundTargetWorkingDays: number, interestRateBp: number, lateChargeRateBp: number, performanceGuaranteeMaxBp: number }, evaluation: { smeDeductionBp: number, scoreDeviationBp: number, smeReservedShareBp: number }, inspection: { priceAboveReferenceAlertBp: number, correctionWorkingDays: number, sources: Array<PriceReferenceSource>, historyDays: number, importedMaxAgeDays: number, minPeerSample: number, transactionDays: number, minTransactionSample: number, repeatOffenceCount: number, repeatOffenceDays: number, referenceFeedUrl: string }, mall: { confirmWorkingDays: number, shipWorkingDays: number, acceptWorkingDays: number }, integrity: { orderConfirmedOnTimePoints: number, orderConfirmedLatePoints: number, deliveredOnTimePoints: number, deliveredLatePoints: number, acceptancePassedPoints: number, acceptanceFailedPoints: number, priceOffencePoints: number, repeatPriceOffencePoints: number, withdrawnAfterWinningPoints: number, refusedToSignPoints: number, depositForfeitedPoints: number, challengeGroundlessPoints: number, complaintUpheldPoints: number, administrativePenaltyPoints: number, blacklistRecordPoints: number, halfLifeDays: number, baseScore: number, bandAMin: number, bandBMin: number, bandCMin: number, blockBand: IntegrityBand }, signals: { splittingPeriod: SplittingPeriod, splittingCategoryLevel: number }, sourcing: { minQuotes: number, quoteMinWorkingDays: number }, notifications: { reminderHoursBefore: number, reminderWorkingDaysBefore: number }, financing: { minOrder: string } } } };

export type CalendarDaysQueryVariables = Exact<{
  year: number;
}>;


export type CalendarDaysQuery = { calendarDays: Array<{ day: string, kind: CalendarDayKind, name: string }> };

export type SetCalendarDayMutationVariables = Exact<{
  input: CalendarDayInput;
}>;


export type SetCalendarDayMutation = { setCalendarDay: { day: string, kind: CalendarDayKind, name: string } };

export type RemoveCalendarDayMutationVariables = Exact<{
  day: string;
}>;


export type RemoveCalendarDayMutation = { removeCalendarDay: boolean };

export type TenderTimeZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type TenderTimeZoneQuery = { tenant: { id: string, timeZone: string } };

export type OversightProjectsQueryVariables = Exact<{
  state?: TenderProjectState | null | undefined;
  method?: ProcurementMethod | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OversightProjectsQuery = { tenderProjects: { nodes: Array<{ id: string, projectNo: string, title: string, state: TenderProjectState, method: ProcurementMethod, budget: string, buyerName: string, agencyName: string | null, bidDeadline: string | null, publishedAt: string | null, createdAt: string, lots: Array<{ id: string, lotNo: number, title: string, state: TenderLotState }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OversightProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type OversightProjectQuery = { supervisedTenderProject: { id: string, projectNo: string, title: string, description: string, state: TenderProjectState, method: ProcurementMethod, kind: ProcurementKind, categoryCode: string, evaluationMethod: EvaluationMethod, budget: string, buyerName: string, agencyName: string | null, documentsFrom: string | null, documentsUntil: string | null, bidDeadline: string | null, publishedAt: string | null, cancelReason: string | null, registrations: number, documentDownloads: number, lots: Array<{ id: string, lotNo: number, title: string, scope: string, state: TenderLotState, budget: string, deposit: string, minBidders: number, failureReason: string | null }> } };

export type LotOpeningQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotOpeningQuery = { openingRecord: { lotId: string, lotState: TenderLotState, bidDeadline: string | null, decryptionEndsAt: string | null, failureReason: string | null, entries: Array<{ bidId: string, supplierName: string, state: TenderBidState, price: string | null, overBudget: boolean | null, submittedAt: string, reason: string | null }> } };

export type LotEvaluationQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotEvaluationQuery = { evaluationSummary: { lotId: string, evaluationMethod: string, ranking: Array<{ bidId: string, rank: number, supplierName: string, price: string, evaluatedPrice: string, priceScore: string | null, total: string | null, smeDeducted: boolean }> } };

export type LotAwardQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotAwardQuery = { tenderAwardNotice: { id: string, lotId: string, winnerName: string, price: string, rank: number | null, againstRankingReason: string | null, publishedAt: string, challengeUntil: string, contractDueAt: string } };

export type LotOversightQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotOversightQuery = { tenderLotOversight: { lotId: string, lotNo: number, lotTitle: string, lotState: TenderLotState, projectId: string, projectNo: string, projectTitle: string, suspended: boolean, challenges: Array<{ id: string, subject: TenderChallengeSubject, content: string, state: TenderChallengeState, supplierName: string, createdAt: string, answerDueAt: string, answer: string | null, answeredAt: string | null, overdue: boolean, complaint: { id: string, state: TenderComplaintState, content: string, createdAt: string, decisionDueAt: string, overdue: boolean, decisionReason: string | null, remedy: TenderComplaintRemedy | null, decidedAt: string | null } | null }>, suspensions: Array<{ id: string, reason: string, suspendedAt: string, liftedAt: string | null }> } };

export type TenderComplaintsQueryVariables = Exact<{
  state?: TenderComplaintState | null | undefined;
}>;


export type TenderComplaintsQuery = { tenderComplaints: Array<{ id: string, challengeId: string, lotId: string, supplierName: string, content: string, state: TenderComplaintState, createdAt: string, decisionDueAt: string, overdue: boolean, decisionReason: string | null, remedy: TenderComplaintRemedy | null, decidedAt: string | null }> };

export type DecideTenderComplaintMutationVariables = Exact<{
  input: DecideTenderComplaintInput;
}>;


export type DecideTenderComplaintMutation = { decideTenderComplaint: { id: string, state: TenderComplaintState, remedy: TenderComplaintRemedy | null, decisionReason: string | null, decidedAt: string | null } };

export type SuspendTenderLotMutationVariables = Exact<{
  lotId: string | number;
  reason: string;
}>;


export type SuspendTenderLotMutation = { suspendTenderLot: { id: string, lotId: string, reason: string, suspendedAt: string, liftedAt: string | null } };

export type ResumeTenderLotMutationVariables = Exact<{
  lotId: string | number;
}>;


export type ResumeTenderLotMutation = { resumeTenderLot: { id: string, lotId: string, liftedAt: string | null } };

export type ScoreDeviationsQueryVariables = Exact<{
  lotId?: string | number | null | undefined;
}>;


export type ScoreDeviationsQuery = { scoreDeviations: Array<{ id: string, lotId: string, projectNo: string | null, bidId: string, expertId: string, expertName: string | null, criterion: string, score: string, panelMean: string, maximum: string, beyondThreshold: boolean, beyondZ: boolean, reason: string | null, reasonAt: string | null, createdAt: string }> };

export type TenderDeadlineFlagsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenderDeadlineFlagsQuery = { tenderDeadlineFlags: Array<{ id: string, kind: TenderDeadlineKind, lotId: string, subjectId: string, dueAt: string, flaggedAt: string }> };

export type EvaluationExpertsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationExpertsQuery = { evaluationExperts: Array<{ id: string, loginName: string, displayName: string, active: boolean, organisationId: string, organisationName: string, createdAt: string, profile: { title: string, employerName: string, employerUscc: string | null, categoryCodes: Array<string> } }> };

export type ExpertRelationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertRelationsQuery = { expertRelations: Array<{ id: string, expertId: string, supplierId: string, supplierName: string, kind: ExpertRelationKind, note: string, createdAt: string }> };

export type ExpertOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertOrganisationsQuery = { organisations: { nodes: Array<{ id: string, name: string }> } };

export type CreateExpertMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateExpertMutation = { createUser: { id: string, loginName: string, displayName: string } };

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
export const TenantSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment TenantSettingsFields on TenantDetail {
  id
  code
  slug
  name
  timeZone
  currency
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
    evaluation {
      smeDeductionBp
      scoreDeviationBp
      smeReservedShareBp
    }
    inspection {
      priceAboveReferenceAlertBp
      correctionWorkingDays
      sources
      historyDays
      importedMaxAgeDays
      minPeerSample
      transactionDays
      minTransactionSample
      repeatOffenceCount
      repeatOffenceDays
      referenceFeedUrl
    }
    mall {
      confirmWorkingDays
      shipWorkingDays
      acceptWorkingDays
    }
    integrity {
      orderConfirmedOnTimePoints
      orderConfirmedLatePoints
      deliveredOnTimePoints
      deliveredLatePoints
      acceptancePassedPoints
      acceptanceFailedPoints
      priceOffencePoints
      repeatPriceOffencePoints
      withdrawnAfterWinningPoints
      refusedToSignPoints
      depositForfeitedPoints
      challengeGroundlessPoints
      complaintUpheldPoints
      administrativePenaltyPoints
      blacklistRecordPoints
      halfLifeDays
      baseScore
      bandAMin
      bandBMin
      bandCMin
      blockBand
    }
    signals {
      splittingPeriod
      splittingCategoryLevel
    }
    sourcing {
      minQuotes
      quoteMinWorkingDays
    }
    notifications {
      reminderHoursBefore
      reminderWorkingDaysBefore
    }
    financing {
      minOrder
    }
  }
}
    `, {"fragmentName":"TenantSettingsFields"}) as unknown as TypedDocumentString<TenantSettingsFieldsFragment, unknown>;
export const AuditChainVerificationDocument = new TypedDocumentString(`
    query AuditChainVerification {
  auditChainVerification {
    ok
    checked
    firstBroken {
      seq
      entryId
      problem
    }
  }
}
    `) as unknown as TypedDocumentString<AuditChainVerificationQuery, AuditChainVerificationQueryVariables>;
export const AuditEntriesDocument = new TypedDocumentString(`
    query AuditEntries($filter: AuditEntryFilterInput, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      seq
      occurredAt
      actorUserId
      actorName
      actorOrganisationId
      actorOrganisationName
      action
      subjectType
      subjectId
      requestId
      change
      changeDigest
      changeCheck
      entryIntact
      hash
      prevHash
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
    `) as unknown as TypedDocumentString<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AuditOrganisationsDocument = new TypedDocumentString(`
    query AuditOrganisations {
  organisations(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuditOrganisationsQuery, AuditOrganisationsQueryVariables>;
export const ApprovalQueueDocument = new TypedDocumentString(`
    query ApprovalQueue($first: Int, $after: String) {
  listingApprovalQueue(first: $first, after: $after) {
    nodes {
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
      submittedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const AdminListingDocument = new TypedDocumentString(`
    query AdminListing($id: ID!) {
  listing(id: $id) {
    id
    state
    title
    price
    stock
    categoryCode
    categoryName
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
    submittedAt
    approvedAt
    updatedAt
    rejectionReason
    delistedBy
    delistReason
    priceHistory {
      price
      changedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminListingQuery, AdminListingQueryVariables>;
export const ApproveListingDocument = new TypedDocumentString(`
    mutation ApproveListing($id: ID!) {
  approveListing(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ApproveListingMutation, ApproveListingMutationVariables>;
export const RejectListingDocument = new TypedDocumentString(`
    mutation RejectListing($id: ID!, $reason: String!) {
  rejectListing(id: $id, reason: $reason) {
    id
    state
    rejectionReason
  }
}
    `) as unknown as TypedDocumentString<RejectListingMutation, RejectListingMutationVariables>;
export const OperatorDelistListingDocument = new TypedDocumentString(`
    mutation OperatorDelistListing($id: ID!, $reason: String!) {
  operatorDelistListing(id: $id, reason: $reason) {
    id
    state
    delistedBy
    delistReason
  }
}
    `) as unknown as TypedDocumentString<OperatorDelistListingMutation, OperatorDelistListingMutationVariables>;
export const AdminCategoryTreeDocument = new TypedDocumentString(`
    query AdminCategoryTree {
  categoryTree {
    id
    code
    name
    parentCode
    level
    energySavingMandatory
  }
}
    `) as unknown as TypedDocumentString<AdminCategoryTreeQuery, AdminCategoryTreeQueryVariables>;
export const CreateCategoryDocument = new TypedDocumentString(`
    mutation CreateCategory($input: CreateCategoryInput!) {
  createCategory(input: $input) {
    id
    code
    name
    parentCode
    level
    energySavingMandatory
  }
}
    `) as unknown as TypedDocumentString<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const AdminStandardProductsDocument = new TypedDocumentString(`
    query AdminStandardProducts($categoryCode: String, $first: Int, $after: String) {
  standardProducts(categoryCode: $categoryCode, first: $first, after: $after) {
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
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminStandardProductsQuery, AdminStandardProductsQueryVariables>;
export const CreateStandardProductDocument = new TypedDocumentString(`
    mutation CreateStandardProduct($input: CreateStandardProductInput!) {
  createStandardProduct(input: $input) {
    id
    brand
    model
    name
    categoryCode
  }
}
    `) as unknown as TypedDocumentString<CreateStandardProductMutation, CreateStandardProductMutationVariables>;
export const SuppliersDocument = new TypedDocumentString(`
    query Suppliers($first: Int, $after: String) {
  organisations(kind: SUPPLIER, first: $first, after: $after) {
    nodes {
      id
      name
      uscc
      active
      enterpriseSize
      integrityBlocked
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SuppliersQuery, SuppliersQueryVariables>;
export const SetSupplierIntegrityBlockedDocument = new TypedDocumentString(`
    mutation SetSupplierIntegrityBlocked($organisationId: ID!, $blocked: Boolean!, $reason: String!) {
  setSupplierIntegrityBlocked(
    organisationId: $organisationId
    blocked: $blocked
    reason: $reason
  ) {
    id
    integrityBlocked
  }
}
    `) as unknown as TypedDocumentString<SetSupplierIntegrityBlockedMutation, SetSupplierIntegrityBlockedMutationVariables>;
export const DepositLedgerDocument = new TypedDocumentString(`
    query DepositLedger($lotId: ID, $state: DepositState) {
  deposits(lotId: $lotId, state: $state) {
    id
    lotId
    lotNo
    lotTitle
    projectId
    projectNo
    projectTitle
    supplierOrganisationId
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
}
    `) as unknown as TypedDocumentString<DepositLedgerQuery, DepositLedgerQueryVariables>;
export const FlaggedDepositTransfersDocument = new TypedDocumentString(`
    query FlaggedDepositTransfers {
  flaggedDepositTransfers {
    id
    bankSerialNo
    reference
    amount
    payerAccountName
    arrivedAt
    state
    flag
    depositId
  }
}
    `) as unknown as TypedDocumentString<FlaggedDepositTransfersQuery, FlaggedDepositTransfersQueryVariables>;
export const RecordDepositTransferDocument = new TypedDocumentString(`
    mutation RecordDepositTransfer($input: RecordDepositTransferInput!) {
  recordDepositTransfer(input: $input) {
    id
    bankSerialNo
    reference
    amount
    payerAccountName
    arrivedAt
    state
    flag
    depositId
  }
}
    `) as unknown as TypedDocumentString<RecordDepositTransferMutation, RecordDepositTransferMutationVariables>;
export const ReturnDepositTransferDocument = new TypedDocumentString(`
    mutation ReturnDepositTransfer($id: ID!, $bankSerialNo: String!, $note: String!) {
  returnDepositTransfer(id: $id, bankSerialNo: $bankSerialNo, note: $note) {
    id
    state
    bankSerialNo
    returnSerialNo
    returnNote
    returnedAt
  }
}
    `) as unknown as TypedDocumentString<ReturnDepositTransferMutation, ReturnDepositTransferMutationVariables>;
export const ConfirmDepositRefundDocument = new TypedDocumentString(`
    mutation ConfirmDepositRefund($id: ID!, $bankSerialNo: String!) {
  confirmDepositRefund(id: $id, bankSerialNo: $bankSerialNo) {
    id
    state
    bankSerialNo
    completedAt
  }
}
    `) as unknown as TypedDocumentString<ConfirmDepositRefundMutation, ConfirmDepositRefundMutationVariables>;
export const DecideDepositChallengeDocument = new TypedDocumentString(`
    mutation DecideDepositChallenge($id: ID!, $uphold: Boolean!, $note: String!) {
  decideDepositChallenge(id: $id, uphold: $uphold, note: $note) {
    id
    state
    challengeDecision
  }
}
    `) as unknown as TypedDocumentString<DecideDepositChallengeMutation, DecideDepositChallengeMutationVariables>;
export const DepositReconciliationDocument = new TypedDocumentString(`
    query DepositReconciliation($xlsx: Boolean) {
  depositReconciliation(xlsx: $xlsx) {
    rows {
      depositId
      lotId
      lotNo
      lotTitle
      projectId
      projectNo
      projectTitle
      supplierName
      state
      paid
      refundedPrincipal
      interest
      lateCharge
      forfeited
      held
      refundState
      difference
      flagged
    }
    flaggedCount
    xlsxBase64
  }
}
    `) as unknown as TypedDocumentString<DepositReconciliationQuery, DepositReconciliationQueryVariables>;
export const GuaranteeIssuerListDocument = new TypedDocumentString(`
    query GuaranteeIssuerList {
  guaranteeIssuers {
    id
    name
    kind
    algorithm
    publicKey
    callbackUrl
  }
}
    `) as unknown as TypedDocumentString<GuaranteeIssuerListQuery, GuaranteeIssuerListQueryVariables>;
export const RegisterGuaranteeIssuerDocument = new TypedDocumentString(`
    mutation RegisterGuaranteeIssuer($input: RegisterGuaranteeIssuerInput!) {
  registerGuaranteeIssuer(input: $input) {
    id
    name
    kind
    algorithm
    publicKey
    callbackUrl
  }
}
    `) as unknown as TypedDocumentString<RegisterGuaranteeIssuerMutation, RegisterGuaranteeIssuerMutationVariables>;
export const DepositTenantZoneDocument = new TypedDocumentString(`
    query DepositTenantZone {
  tenant {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<DepositTenantZoneQuery, DepositTenantZoneQueryVariables>;
export const BudgetLinesDocument = new TypedDocumentString(`
    query BudgetLines($unitId: ID, $fiscalYear: Int, $first: Int, $after: String) {
  budgetLines(
    unitId: $unitId
    fiscalYear: $fiscalYear
    first: $first
    after: $after
  ) {
    nodes {
      id
      code
      name
      unitId
      unitName
      fiscalYear
      amount
      used
      frozen
      available
      updatedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetLinesQuery, BudgetLinesQueryVariables>;
export const OrganisationPickerDocument = new TypedDocumentString(`
    query OrganisationPicker($kind: OrganisationKind, $first: Int, $after: String) {
  organisations(kind: $kind, first: $first, after: $after) {
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationPickerQuery, OrganisationPickerQueryVariables>;
export const CreateBudgetLineDocument = new TypedDocumentString(`
    mutation CreateBudgetLine($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) {
    id
    code
    name
    unitId
    unitName
    fiscalYear
    amount
    used
    frozen
    available
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<CreateBudgetLineMutation, CreateBudgetLineMutationVariables>;
export const AdjustBudgetLineDocument = new TypedDocumentString(`
    mutation AdjustBudgetLine($id: ID!, $input: AdjustBudgetLineInput!) {
  adjustBudgetLine(id: $id, input: $input) {
    id
    code
    name
    unitId
    unitName
    fiscalYear
    amount
    used
    frozen
    available
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<AdjustBudgetLineMutation, AdjustBudgetLineMutationVariables>;
export const BudgetLineImportTemplateDocument = new TypedDocumentString(`
    query BudgetLineImportTemplate {
  budgetLineImportTemplate {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<BudgetLineImportTemplateQuery, BudgetLineImportTemplateQueryVariables>;
export const ImportBudgetLinesDocument = new TypedDocumentString(`
    mutation ImportBudgetLines($input: ImportBudgetLinesInput!) {
  importBudgetLines(input: $input) {
    imported
    total
    errors {
      row
      field
      message
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportBudgetLinesMutation, ImportBudgetLinesMutationVariables>;
export const PaymentRequestsDocument = new TypedDocumentString(`
    query PaymentRequests($state: PaymentState, $first: Int, $after: String) {
  paymentRequests(state: $state, first: $first, after: $after) {
    nodes {
      id
      paymentNo
      title
      amount
      state
      provider
      subjectType
      subjectId
      payerOrganisationId
      payeeOrganisationId
      createdAt
      bankReference
      rejectionReason
      reviewReason
      reviewDetail {
        key
        value
      }
      payeeAccount {
        bankName
        accountName
        accountNo
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PaymentRequestsQuery, PaymentRequestsQueryVariables>;
export const PaymentsForReviewDocument = new TypedDocumentString(`
    query PaymentsForReview($first: Int) {
  payments(needsReview: true, first: $first) {
    nodes {
      id
      paymentNo
      title
      amount
      state
      provider
      subjectType
      subjectId
      payerOrganisationId
      payeeOrganisationId
      createdAt
      reviewReason
      reviewDetail {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaymentsForReviewQuery, PaymentsForReviewQueryVariables>;
export const OrganisationNameDocument = new TypedDocumentString(`
    query OrganisationName($id: ID!) {
  organisation(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OrganisationNameQuery, OrganisationNameQueryVariables>;
export const ApprovePaymentRequestDocument = new TypedDocumentString(`
    mutation ApprovePaymentRequest($id: ID!, $bankReference: String!) {
  approvePaymentRequest(id: $id, bankReference: $bankReference) {
    id
    state
    bankReference
  }
}
    `) as unknown as TypedDocumentString<ApprovePaymentRequestMutation, ApprovePaymentRequestMutationVariables>;
export const RejectPaymentRequestDocument = new TypedDocumentString(`
    mutation RejectPaymentRequest($id: ID!, $reason: String!) {
  rejectPaymentRequest(id: $id, reason: $reason) {
    id
    state
    rejectionReason
  }
}
    `) as unknown as TypedDocumentString<RejectPaymentRequestMutation, RejectPaymentRequestMutationVariables>;
export const ClearPaymentReviewDocument = new TypedDocumentString(`
    mutation ClearPaymentReview($id: ID!, $note: String!) {
  clearPaymentReview(id: $id, note: $note) {
    id
    reviewReason
  }
}
    `) as unknown as TypedDocumentString<ClearPaymentReviewMutation, ClearPaymentReviewMutationVariables>;
export const AdminOrdersDocument = new TypedDocumentString(`
    query AdminOrders($filter: OrderFilterInput, $first: Int, $after: String) {
  orders(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      orderNo
      buyerId
      buyerName
      supplierId
      supplierName
      total
      acceptedAmount
      state
      placedAt
      dueAt
      dueKind
      overdue
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const AdminOrderDocument = new TypedDocumentString(`
    query AdminOrder($id: ID!) {
  order(id: $id) {
    id
    orderNo
    buyerName
    supplierName
    total
    acceptedAmount
    state
    placedAt
    dueAt
    dueKind
    overdue
    budgetLineCode
    reason
    logisticsCompany
    trackingNo
    deliveryAddress {
      recipient
      phone
      regionCode
      address
    }
    invoice {
      invoiceCode
      invoiceNo
      amount
      issuedOn
    }
    lines {
      id
      title
      quantity
      unitPrice
      amount
      acceptedQuantity
    }
    timeline {
      action
      fromState
      toState
      at
      note
      actorUserId
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrderQuery, AdminOrderQueryVariables>;
export const OrdersExportDocument = new TypedDocumentString(`
    query OrdersExport($filter: OrderFilterInput) {
  ordersExport(filter: $filter) {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<OrdersExportQuery, OrdersExportQueryVariables>;
export const PaymentSettingsDocument = new TypedDocumentString(`
    query PaymentSettings {
  paymentSettings {
    enabledProviders
    defaultProvider
    alipayAppId
    alipayGatewayUrl
    alipayNotifyUrlBase
    alipayNotifyUrl
    alipayPrivateKeyConfigured
    alipayPublicKey
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<PaymentSettingsQuery, PaymentSettingsQueryVariables>;
export const UpdatePaymentSettingsDocument = new TypedDocumentString(`
    mutation UpdatePaymentSettings($input: PaymentSettingsInput!) {
  updatePaymentSettings(input: $input) {
    enabledProviders
    defaultProvider
    alipayAppId
    alipayGatewayUrl
    alipayNotifyUrlBase
    alipayNotifyUrl
    alipayPrivateKeyConfigured
    alipayPublicKey
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdatePaymentSettingsMutation, UpdatePaymentSettingsMutationVariables>;
export const AdminOrderNoDocument = new TypedDocumentString(`
    query AdminOrderNo($id: ID!) {
  order(id: $id) {
    id
    orderNo
  }
}
    `) as unknown as TypedDocumentString<AdminOrderNoQuery, AdminOrderNoQueryVariables>;
export const LenderListDocument = new TypedDocumentString(`
    query LenderList {
  lenders {
    id
    name
    uscc
    webhookUrl
    publicKey
    repaymentBankName
    repaymentAccountName
    repaymentAccountNo
    active
  }
  financingApplications {
    id
    contractNo
    supplierName
    lenderName
    amount
    state
    createdAt
    deliveredAt
  }
  financingPlatformKey {
    publicKey
    keyId
  }
  tenant {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<LenderListQuery, LenderListQueryVariables>;
export const RegisterLenderDocument = new TypedDocumentString(`
    mutation RegisterLender($input: LenderInput!) {
  registerLender(input: $input) {
    id
    name
    uscc
    webhookUrl
    publicKey
    repaymentBankName
    repaymentAccountName
    repaymentAccountNo
    active
  }
}
    `) as unknown as TypedDocumentString<RegisterLenderMutation, RegisterLenderMutationVariables>;
export const UpdateLenderDocument = new TypedDocumentString(`
    mutation UpdateLender($id: ID!, $input: LenderInput!) {
  updateLender(id: $id, input: $input) {
    id
    name
    uscc
    webhookUrl
    publicKey
    repaymentBankName
    repaymentAccountName
    repaymentAccountNo
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateLenderMutation, UpdateLenderMutationVariables>;
export const SetLenderActiveDocument = new TypedDocumentString(`
    mutation SetLenderActive($id: ID!, $active: Boolean!) {
  setLenderActive(id: $id, active: $active) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<SetLenderActiveMutation, SetLenderActiveMutationVariables>;
export const PriceFindingsDocument = new TypedDocumentString(`
    query PriceFindings($filter: PriceFindingFilterInput, $first: Int, $after: String) {
  priceFindings(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      listingId
      supplierOrganisationId
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
    `) as unknown as TypedDocumentString<PriceFindingsQuery, PriceFindingsQueryVariables>;
export const InspectionSuppliersDocument = new TypedDocumentString(`
    query InspectionSuppliers($after: String) {
  organisations(kind: SUPPLIER, first: 100, after: $after) {
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionSuppliersQuery, InspectionSuppliersQueryVariables>;
export const DismissPriceFindingDocument = new TypedDocumentString(`
    mutation DismissPriceFinding($id: ID!, $reason: String!) {
  dismissPriceFinding(id: $id, reason: $reason) {
    id
    state
    dismissalReason
    closedAt
  }
}
    `) as unknown as TypedDocumentString<DismissPriceFindingMutation, DismissPriceFindingMutationVariables>;
export const ReopenPriceFindingDocument = new TypedDocumentString(`
    mutation ReopenPriceFinding($id: ID!, $note: String!) {
  reopenPriceFinding(id: $id, note: $note) {
    id
    state
    dueAt
  }
}
    `) as unknown as TypedDocumentString<ReopenPriceFindingMutation, ReopenPriceFindingMutationVariables>;
export const InspectionRunsDocument = new TypedDocumentString(`
    query InspectionRuns($first: Int, $after: String) {
  inspectionRuns(first: $first, after: $after) {
    nodes {
      id
      trigger
      state
      total
      done
      findings
      corrected
      asOf
      startedAt
      finishedAt
      listingId
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
    `) as unknown as TypedDocumentString<InspectionRunsQuery, InspectionRunsQueryVariables>;
export const InspectionRunDocument = new TypedDocumentString(`
    query InspectionRun($id: ID!) {
  inspectionRun(id: $id) {
    id
    trigger
    state
    total
    done
    findings
    corrected
    asOf
    startedAt
    finishedAt
    listingId
  }
}
    `) as unknown as TypedDocumentString<InspectionRunQuery, InspectionRunQueryVariables>;
export const StartInspectionRunDocument = new TypedDocumentString(`
    mutation StartInspectionRun {
  startInspectionRun {
    id
    trigger
    state
    total
    done
    findings
    corrected
    asOf
    startedAt
    finishedAt
    listingId
  }
}
    `) as unknown as TypedDocumentString<StartInspectionRunMutation, StartInspectionRunMutationVariables>;
export const PriceReferenceTemplateDocument = new TypedDocumentString(`
    query PriceReferenceTemplate {
  priceReferenceTemplate {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<PriceReferenceTemplateQuery, PriceReferenceTemplateQueryVariables>;
export const ImportPriceReferencesDocument = new TypedDocumentString(`
    mutation ImportPriceReferences($input: ImportPriceReferencesInput!) {
  importPriceReferences(input: $input) {
    id
    name
    origin
    total
    imported
    failed
    createdAt
    errors {
      row
      field
      column
      reason
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPriceReferencesMutation, ImportPriceReferencesMutationVariables>;
export const PriceReferenceImportErrorReportDocument = new TypedDocumentString(`
    query PriceReferenceImportErrorReport($id: ID!, $format: ReportFormat!) {
  priceReferenceImportErrorReport(id: $id, format: $format) {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<PriceReferenceImportErrorReportQuery, PriceReferenceImportErrorReportQueryVariables>;
export const PriceReferenceImportDocument = new TypedDocumentString(`
    query PriceReferenceImport($id: ID!) {
  priceReferenceImport(id: $id) {
    id
    name
    origin
    total
    imported
    failed
    createdAt
    errors {
      row
      field
      column
      reason
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PriceReferenceImportQuery, PriceReferenceImportQueryVariables>;
export const IntegrityPenaltyImportTemplateDocument = new TypedDocumentString(`
    query IntegrityPenaltyImportTemplate {
  integrityPenaltyImportTemplate {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<IntegrityPenaltyImportTemplateQuery, IntegrityPenaltyImportTemplateQueryVariables>;
export const ImportIntegrityPenaltiesDocument = new TypedDocumentString(`
    mutation ImportIntegrityPenalties($input: ImportIntegrityPenaltiesInput!) {
  importIntegrityPenalties(input: $input) {
    imported
    total
    errors {
      row
      field
      message
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportIntegrityPenaltiesMutation, ImportIntegrityPenaltiesMutationVariables>;
export const IntegrityStandingsDocument = new TypedDocumentString(`
    query IntegrityStandings($filter: IntegrityStandingFilterInput, $first: Int, $after: String) {
  integrityStandings(filter: $filter, first: $first, after: $after) {
    nodes {
      supplierId
      supplierName
      score
      band
      blockedByBand
      operatorBlocked
      eventCount
      computedAt
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
    `) as unknown as TypedDocumentString<IntegrityStandingsQuery, IntegrityStandingsQueryVariables>;
export const IntegrityAppealsDocument = new TypedDocumentString(`
    query IntegrityAppeals($state: IntegrityAppealState, $first: Int, $after: String) {
  integrityAppeals(state: $state, first: $first, after: $after) {
    nodes {
      id
      supplierId
      supplierName
      reason
      state
      decisionReason
      createdAt
      decidedAt
      event {
        id
        kind
        occurredAt
        points
        pointsNow
        evidence {
          orderNo
          listingId
          documentNo
          authority
          decidedOn
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
    `) as unknown as TypedDocumentString<IntegrityAppealsQuery, IntegrityAppealsQueryVariables>;
export const DecideIntegrityAppealDocument = new TypedDocumentString(`
    mutation DecideIntegrityAppeal($appealId: ID!, $uphold: Boolean!, $reason: String!) {
  decideIntegrityAppeal(appealId: $appealId, uphold: $uphold, reason: $reason) {
    appealId
    eventId
    state
  }
}
    `) as unknown as TypedDocumentString<DecideIntegrityAppealMutation, DecideIntegrityAppealMutationVariables>;
export const SupplierIntegrityDocument = new TypedDocumentString(`
    query SupplierIntegrity($supplierId: ID!, $first: Int, $after: String) {
  supplierIntegrity(supplierId: $supplierId, first: $first, after: $after) {
    standing {
      supplierId
      supplierName
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
    `) as unknown as TypedDocumentString<SupplierIntegrityQuery, SupplierIntegrityQueryVariables>;
export const RecordIntegrityPenaltyDocument = new TypedDocumentString(`
    mutation RecordIntegrityPenalty($input: IntegrityPenaltyInput!) {
  recordIntegrityPenalty(input: $input) {
    eventId
    standing {
      score
      band
      blockedByBand
    }
  }
}
    `) as unknown as TypedDocumentString<RecordIntegrityPenaltyMutation, RecordIntegrityPenaltyMutationVariables>;
export const NotificationDeliveriesDocument = new TypedDocumentString(`
    query NotificationDeliveries($state: NotificationDeliveryState!, $first: Int, $after: String) {
  notificationDeliveries(state: $state, first: $first, after: $after) {
    nodes {
      id
      eventType
      userName
      channel
      state
      attempts
      lastError
      skipReason
      createdAt
      updatedAt
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
    `) as unknown as TypedDocumentString<NotificationDeliveriesQuery, NotificationDeliveriesQueryVariables>;
export const ResendNotificationDeliveryDocument = new TypedDocumentString(`
    mutation ResendNotificationDelivery($id: ID!) {
  resendNotificationDelivery(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ResendNotificationDeliveryMutation, ResendNotificationDeliveryMutationVariables>;
export const RankingWeightsDocument = new TypedDocumentString(`
    query RankingWeights {
  rankingWeights {
    policyWeightBp
    integrityWeightBp
    priceWeightBp
    salesWeightBp
    policyTags
  }
}
    `) as unknown as TypedDocumentString<RankingWeightsQuery, RankingWeightsQueryVariables>;
export const UpdateRankingWeightsDocument = new TypedDocumentString(`
    mutation UpdateRankingWeights($input: RankingWeightsInput!) {
  updateRankingWeights(input: $input) {
    policyWeightBp
    integrityWeightBp
    priceWeightBp
    salesWeightBp
    policyTags
  }
}
    `) as unknown as TypedDocumentString<UpdateRankingWeightsMutation, UpdateRankingWeightsMutationVariables>;
export const ComplianceSignalsDocument = new TypedDocumentString(`
    query ComplianceSignals($filter: ComplianceSignalFilterInput, $first: Int, $after: String) {
  complianceSignals(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      kind
      state
      severity
      createdAt
      period
      categoryCode
      categoryName
      amount
      threshold
      unit {
        id
        name
      }
      lot {
        id
        title
        projectNo
        projectTitle
      }
      expert {
        id
        name
      }
      shared {
        kind
        value
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
    `) as unknown as TypedDocumentString<ComplianceSignalsQuery, ComplianceSignalsQueryVariables>;
export const ComplianceSignalDocument = new TypedDocumentString(`
    query ComplianceSignal($id: ID!) {
  complianceSignal(id: $id) {
    id
    kind
    state
    severity
    createdAt
    updatedAt
    period
    periodFrom
    periodTo
    categoryCode
    categoryName
    amount
    threshold
    directOrderMax
    unit {
      id
      name
    }
    lot {
      id
      title
      projectNo
      projectTitle
      budget
    }
    expert {
      id
      name
    }
    shared {
      kind
      value
    }
    orders {
      orderId
      orderNo
      supplier {
        id
        name
      }
      amount
      total
      placedAt
    }
    bids {
      bidId
      supplier {
        id
        name
      }
      price
      value
    }
    deviations {
      bidId
      supplier {
        id
        name
      }
      criterionKey
      scoreHundredths
      meanHundredths
      maxHundredths
      beyondThreshold
      beyondZ
      reason
    }
    reviewer {
      id
      name
    }
    reviewedAt
    dismissalReason
    referredTo
    referralNote
  }
  tenant {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<ComplianceSignalQuery, ComplianceSignalQueryVariables>;
export const DismissComplianceSignalDocument = new TypedDocumentString(`
    mutation DismissComplianceSignal($id: ID!, $reason: String!) {
  dismissComplianceSignal(id: $id, reason: $reason) {
    id
    state
    dismissalReason
    reviewedAt
    reviewer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DismissComplianceSignalMutation, DismissComplianceSignalMutationVariables>;
export const ReferComplianceSignalDocument = new TypedDocumentString(`
    mutation ReferComplianceSignal($id: ID!, $to: String!, $note: String!) {
  referComplianceSignal(id: $id, to: $to, note: $note) {
    id
    state
    referredTo
    referralNote
    reviewedAt
    reviewer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReferComplianceSignalMutation, ReferComplianceSignalMutationVariables>;
export const RunComplianceChecksDocument = new TypedDocumentString(`
    mutation RunComplianceChecks {
  runComplianceChecks {
    raised
    refreshed
  }
}
    `) as unknown as TypedDocumentString<RunComplianceChecksMutation, RunComplianceChecksMutationVariables>;
export const StatisticsDashboardDocument = new TypedDocumentString(`
    query StatisticsDashboard($period: StatisticsPeriodInput!, $by: SpendingDimension!, $filter: StatisticsFilterInput) {
  spendingStatistics(period: $period, by: $by, filter: $filter) {
    by
    total
    rows {
      month
      key
      label
      amount
      records
    }
    totals {
      key
      label
      amount
      records
      shareBp
    }
  }
  savingsStatistics(period: $period, filter: $filter) {
    rows {
      month
      lots
      budget
      price
      savings
      rateBp
    }
    total {
      lots
      budget
      price
      savings
      rateBp
    }
  }
  policyShareStatistics(period: $period, filter: $filter) {
    smeTargetBp
    rows {
      month
      total
      green
      sme
      firstOfKind
      rural
      greenBp
      smeBp
      firstOfKindBp
      ruralBp
    }
    total {
      total
      green
      sme
      firstOfKind
      rural
      greenBp
      smeBp
      firstOfKindBp
      ruralBp
    }
  }
  concentrationStatistics(period: $period, filter: $filter) {
    rows {
      categoryCode
      label
      total
      suppliers
      hhi
      topSupplier
      topShareBp
    }
  }
  competitionStatistics(period: $period, filter: $filter) {
    rows {
      month
      lots
      validBids
      bidsPerLotHundredths
      bidders
      sellers
      suppliers
    }
    total {
      lots
      validBids
      bidsPerLotHundredths
    }
  }
  inspectionStatistics(period: $period, filter: $filter) {
    rows {
      month
      total
      open
      justified
      dismissed
      corrected
      delisted
    }
    total {
      total
      open
      justified
      dismissed
      corrected
      delisted
    }
  }
  integrityBandStatistics(period: $period) {
    now {
      a
      b
      c
      d
      unscored
      total
    }
    rows {
      month
      a
      b
      c
      d
      total
    }
  }
  signalStatistics(period: $period) {
    rows {
      month
      total
      open
      dismissed
      referred
      orderSplitting
      sameOrigin
      identicalDocuments
      pricePattern
      sharedPeople
      expertDeviation
    }
    total {
      total
      open
      dismissed
      referred
      orderSplitting
      sameOrigin
      identicalDocuments
      pricePattern
      sharedPeople
      expertDeviation
    }
    now {
      open
      dismissed
      referred
    }
  }
  financingStatistics(period: $period) {
    month
    byState {
      state
      count
      amount
      lenderAmount
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsDashboardQuery, StatisticsDashboardQueryVariables>;
export const StatisticsExportDocument = new TypedDocumentString(`
    query StatisticsExport($figure: StatisticsFigure!, $period: StatisticsPeriodInput!, $by: SpendingDimension, $filter: StatisticsFilterInput) {
  statisticsExport(figure: $figure, period: $period, by: $by, filter: $filter) {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<StatisticsExportQuery, StatisticsExportQueryVariables>;
export const StatisticsReportsDocument = new TypedDocumentString(`
    query StatisticsReports {
  statisticsReports {
    id
    kind
    period
    state
    generatedAt
    fileName
    createdAt
  }
  tenant {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<StatisticsReportsQuery, StatisticsReportsQueryVariables>;
export const RequestStatisticsReportDocument = new TypedDocumentString(`
    mutation RequestStatisticsReport($input: RequestStatisticsReportInput!) {
  requestStatisticsReport(input: $input) {
    id
    kind
    period
    state
    generatedAt
    fileName
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RequestStatisticsReportMutation, RequestStatisticsReportMutationVariables>;
export const StatisticsReportFileDocument = new TypedDocumentString(`
    query StatisticsReportFile($id: ID!) {
  statisticsReportFile(id: $id) {
    fileName
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<StatisticsReportFileQuery, StatisticsReportFileQueryVariables>;
export const TenantSettingsDocument = new TypedDocumentString(`
    query TenantSettings {
  tenant {
    ...TenantSettingsFields
  }
}
    fragment TenantSettingsFields on TenantDetail {
  id
  code
  slug
  name
  timeZone
  currency
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
    evaluation {
      smeDeductionBp
      scoreDeviationBp
      smeReservedShareBp
    }
    inspection {
      priceAboveReferenceAlertBp
      correctionWorkingDays
      sources
      historyDays
      importedMaxAgeDays
      minPeerSample
      transactionDays
      minTransactionSample
      repeatOffenceCount
      repeatOffenceDays
      referenceFeedUrl
    }
    mall {
      confirmWorkingDays
      shipWorkingDays
      acceptWorkingDays
    }
    integrity {
      orderConfirmedOnTimePoints
      orderConfirmedLatePoints
      deliveredOnTimePoints
      deliveredLatePoints
      acceptancePassedPoints
      acceptanceFailedPoints
      priceOffencePoints
      repeatPriceOffencePoints
      withdrawnAfterWinningPoints
      refusedToSignPoints
      depositForfeitedPoints
      challengeGroundlessPoints
      complaintUpheldPoints
      administrativePenaltyPoints
      blacklistRecordPoints
      halfLifeDays
      baseScore
      bandAMin
      bandBMin
      bandCMin
      blockBand
    }
    signals {
      splittingPeriod
      splittingCategoryLevel
    }
    sourcing {
      minQuotes
      quoteMinWorkingDays
    }
    notifications {
      reminderHoursBefore
      reminderWorkingDaysBefore
    }
    financing {
      minOrder
    }
  }
}`) as unknown as TypedDocumentString<TenantSettingsQuery, TenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = new TypedDocumentString(`
    mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    ...TenantSettingsFields
  }
}
    fragment TenantSettingsFields on TenantDetail {
  id
  code
  slug
  name
  timeZone
  currency
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
    evaluation {
      smeDeductionBp
      scoreDeviationBp
      smeReservedShareBp
    }
    inspection {
      priceAboveReferenceAlertBp
      correctionWorkingDays
      sources
      historyDays
      importedMaxAgeDays
      minPeerSample
      transactionDays
      minTransactionSample
      repeatOffenceCount
      repeatOffenceDays
      referenceFeedUrl
    }
    mall {
      confirmWorkingDays
      shipWorkingDays
      acceptWorkingDays
    }
    integrity {
      orderConfirmedOnTimePoints
      orderConfirmedLatePoints
      deliveredOnTimePoints
      deliveredLatePoints
      acceptancePassedPoints
      acceptanceFailedPoints
      priceOffencePoints
      repeatPriceOffencePoints
      withdrawnAfterWinningPoints
      refusedToSignPoints
      depositForfeitedPoints
      challengeGroundlessPoints
      complaintUpheldPoints
      administrativePenaltyPoints
      blacklistRecordPoints
      halfLifeDays
      baseScore
      bandAMin
      bandBMin
      bandCMin
      blockBand
    }
    signals {
      splittingPeriod
      splittingCategoryLevel
    }
    sourcing {
      minQuotes
      quoteMinWorkingDays
    }
    notifications {
      reminderHoursBefore
      reminderWorkingDaysBefore
    }
    financing {
      minOrder
    }
  }
}`) as unknown as TypedDocumentString<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const CalendarDaysDocument = new TypedDocumentString(`
    query CalendarDays($year: Int!) {
  calendarDays(year: $year) {
    day
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<CalendarDaysQuery, CalendarDaysQueryVariables>;
export const SetCalendarDayDocument = new TypedDocumentString(`
    mutation SetCalendarDay($input: CalendarDayInput!) {
  setCalendarDay(input: $input) {
    day
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const RemoveCalendarDayDocument = new TypedDocumentString(`
    mutation RemoveCalendarDay($day: String!) {
  removeCalendarDay(day: $day)
}
    `) as unknown as TypedDocumentString<RemoveCalendarDayMutation, RemoveCalendarDayMutationVariables>;
export const TenderTimeZoneDocument = new TypedDocumentString(`
    query TenderTimeZone {
  tenant {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<TenderTimeZoneQuery, TenderTimeZoneQueryVariables>;
export const OversightProjectsDocument = new TypedDocumentString(`
    query OversightProjects($state: TenderProjectState, $method: ProcurementMethod, $first: Int, $after: String) {
  tenderProjects(state: $state, method: $method, first: $first, after: $after) {
    nodes {
      id
      projectNo
      title
      state
      method
      budget
      buyerName
      agencyName
      bidDeadline
      publishedAt
      createdAt
      lots {
        id
        lotNo
        title
        state
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OversightProjectsQuery, OversightProjectsQueryVariables>;
export const OversightProjectDocument = new TypedDocumentString(`
    query OversightProject($id: ID!) {
  supervisedTenderProject(id: $id) {
    id
    projectNo
    title
    description
    state
    method
    kind
    categoryCode
    evaluationMethod
    budget
    buyerName
    agencyName
    documentsFrom
    documentsUntil
    bidDeadline
    publishedAt
    cancelReason
    registrations
    documentDownloads
    lots {
      id
      lotNo
      title
      scope
      state
      budget
      deposit
      minBidders
      failureReason
    }
  }
}
    `) as unknown as TypedDocumentString<OversightProjectQuery, OversightProjectQueryVariables>;
export const LotOpeningDocument = new TypedDocumentString(`
    query LotOpening($lotId: ID!) {
  openingRecord(lotId: $lotId) {
    lotId
    lotState
    bidDeadline
    decryptionEndsAt
    failureReason
    entries {
      bidId
      supplierName
      state
      price
      overBudget
      submittedAt
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<LotOpeningQuery, LotOpeningQueryVariables>;
export const LotEvaluationDocument = new TypedDocumentString(`
    query LotEvaluation($lotId: ID!) {
  evaluationSummary(lotId: $lotId) {
    lotId
    evaluationMethod
    ranking {
      bidId
      rank
      supplierName
      price
      evaluatedPrice
      priceScore
      total
      smeDeducted
    }
  }
}
    `) as unknown as TypedDocumentString<LotEvaluationQuery, LotEvaluationQueryVariables>;
export const LotAwardDocument = new TypedDocumentString(`
    query LotAward($lotId: ID!) {
  tenderAwardNotice(lotId: $lotId) {
    id
    lotId
    winnerName
    price
    rank
    againstRankingReason
    publishedAt
    challengeUntil
    contractDueAt
  }
}
    `) as unknown as TypedDocumentString<LotAwardQuery, LotAwardQueryVariables>;
export const LotOversightDocument = new TypedDocumentString(`
    query LotOversight($lotId: ID!) {
  tenderLotOversight(lotId: $lotId) {
    lotId
    lotNo
    lotTitle
    lotState
    projectId
    projectNo
    projectTitle
    suspended
    challenges {
      id
      subject
      content
      state
      supplierName
      createdAt
      answerDueAt
      answer
      answeredAt
      overdue
      complaint {
        id
        state
        content
        createdAt
        decisionDueAt
        overdue
        decisionReason
        remedy
        decidedAt
      }
    }
    suspensions {
      id
      reason
      suspendedAt
      liftedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LotOversightQuery, LotOversightQueryVariables>;
export const TenderComplaintsDocument = new TypedDocumentString(`
    query TenderComplaints($state: TenderComplaintState) {
  tenderComplaints(state: $state) {
    id
    challengeId
    lotId
    supplierName
    content
    state
    createdAt
    decisionDueAt
    overdue
    decisionReason
    remedy
    decidedAt
  }
}
    `) as unknown as TypedDocumentString<TenderComplaintsQuery, TenderComplaintsQueryVariables>;
export const DecideTenderComplaintDocument = new TypedDocumentString(`
    mutation DecideTenderComplaint($input: DecideTenderComplaintInput!) {
  decideTenderComplaint(input: $input) {
    id
    state
    remedy
    decisionReason
    decidedAt
  }
}
    `) as unknown as TypedDocumentString<DecideTenderComplaintMutation, DecideTenderComplaintMutationVariables>;
export const SuspendTenderLotDocument = new TypedDocumentString(`
    mutation SuspendTenderLot($lotId: ID!, $reason: String!) {
  suspendTenderLot(lotId: $lotId, reason: $reason) {
    id
    lotId
    reason
    suspendedAt
    liftedAt
  }
}
    `) as unknown as TypedDocumentString<SuspendTenderLotMutation, SuspendTenderLotMutationVariables>;
export const ResumeTenderLotDocument = new TypedDocumentString(`
    mutation ResumeTenderLot($lotId: ID!) {
  resumeTenderLot(lotId: $lotId) {
    id
    lotId
    liftedAt
  }
}
    `) as unknown as TypedDocumentString<ResumeTenderLotMutation, ResumeTenderLotMutationVariables>;
export const ScoreDeviationsDocument = new TypedDocumentString(`
    query ScoreDeviations($lotId: ID) {
  scoreDeviations(first: 200, lotId: $lotId) {
    id
    lotId
    projectNo
    bidId
    expertId
    expertName
    criterion
    score
    panelMean
    maximum
    beyondThreshold
    beyondZ
    reason
    reasonAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ScoreDeviationsQuery, ScoreDeviationsQueryVariables>;
export const TenderDeadlineFlagsDocument = new TypedDocumentString(`
    query TenderDeadlineFlags {
  tenderDeadlineFlags {
    id
    kind
    lotId
    subjectId
    dueAt
    flaggedAt
  }
}
    `) as unknown as TypedDocumentString<TenderDeadlineFlagsQuery, TenderDeadlineFlagsQueryVariables>;
export const EvaluationExpertsDocument = new TypedDocumentString(`
    query EvaluationExperts {
  evaluationExperts {
    id
    loginName
    displayName
    active
    organisationId
    organisationName
    createdAt
    profile {
      title
      employerName
      employerUscc
      categoryCodes
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationExpertsQuery, EvaluationExpertsQueryVariables>;
export const ExpertRelationsDocument = new TypedDocumentString(`
    query ExpertRelations {
  expertRelations {
    id
    expertId
    supplierId
    supplierName
    kind
    note
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ExpertRelationsQuery, ExpertRelationsQueryVariables>;
export const ExpertOrganisationsDocument = new TypedDocumentString(`
    query ExpertOrganisations {
  organisations(kind: FINANCE_DEPARTMENT, first: 50) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExpertOrganisationsQuery, ExpertOrganisationsQueryVariables>;
export const CreateExpertDocument = new TypedDocumentString(`
    mutation CreateExpert($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    loginName
    displayName
  }
}
    `) as unknown as TypedDocumentString<CreateExpertMutation, CreateExpertMutationVariables>;