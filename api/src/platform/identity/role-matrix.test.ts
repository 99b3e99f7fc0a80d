import { createECDH, randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { insertSearchDocument } from '../../../test/search/seed.js';
import {
  createPeople,
  createPlatformOperator,
  headers,
  login,
  operatorLogin,
  type PeopleFixture,
  type PersonKey,
  randomUscc,
  TEST_PASSWORD,
  type TestOperator,
} from '../../../test/identity.js';
import { deskInput, insertListing, oneRowCsvBase64, seedCategories } from '../../../test/catalog.js';
import { insertNotification } from '../../../test/notifications.js';
import { asOwner } from '../../../test/tenants.js';
import { insertAuditEntry } from '../../../test/audit.js';
import { AlipayGateway } from '../../../test/alipay-gateway/alipay-gateway.js';
import { configureAlipay, idempotencyKey, insertPayment, registerTestPayables, type TestPayables } from '../../../test/payments.js';
import { ADDRESS, insertBudgetLine, insertOrder, type OrderStateName } from '../../../test/mall.js';
import { newId } from '@zhengcai/schema';
import { insertEvaluation } from '../../../test/evaluation.js';
import { insertExpert } from '../../../test/tender.js';
import { insertTenderProject } from '../../../test/tender.js';
import { bidContent, insertSealedBid, insertSigningKey, sealing, submitInput } from '../../../test/sealed-bids.js';
import { type AwardedLot, insertAwardedLot, insertChallenge, insertComplaint, insertRecommendedLot, signContractAs } from '../../../test/tender.js';
import { insertAgencyProject, insertRegistration, insertTenderDocument, LAWFUL_DATES, registerForLot } from '../../../test/tender-notices.js';
import { insertFinding, insertInspectionRun, insertReferenceImport, referenceCsvBase64 } from '../../../test/oversight.js';
import { insertStatisticsReport } from '../../../test/statistics.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { insertIntegrityAppeal, insertIntegrityEvent } from '../../../test/integrity.js';
import { insertDeposit, insertFlaggedTransfer, insertGuarantee, insertIssuer, insertRefundAwaitingBank, issuerKeys, signedGuaranteeInput, transferInput } from '../../../test/deposits.js';
import { insertSignal } from '../../../test/signals.js';
import { insertAuction, insertSettledAuction } from '../../../test/auctions.js';
import { inquiryInput, insertInquiry, quoteDeadlineIn } from '../../../test/sourcing.js';
import { insertApplication, insertLender, insertLock, lenderKeys, type TestLender } from '../../../test/financing.js';

type Caller = PersonKey | 'platformOperator' | 'anonymous';
const TENANT_CALLERS: readonly PersonKey[] = ['purchaser', 'unitAdmin', 'supplier', 'agency', 'finance', 'operator', 'expert'];
const CALLERS: readonly Caller[] = [...TENANT_CALLERS, 'platformOperator', 'anonymous'];
const EVERYONE = 'everyone' as const;

interface World {
  people: PeopleFixture;
  operator: TestOperator;
  caller: Caller;
  /** A fresh refresh token of some user, for operations that spend one. */
  freshRefreshToken(): Promise<string>;
  /** Catalog rows that read operations look at. */
  catalog: { standardProductId: string; approvedListingId: string; uploadId: string };
  /** The test payable, the stand-in Alipay gateway and a payment every payment reader may see. */
  payments: { payables: TestPayables; gateway: AlipayGateway; visibleId: string };
}

/** A succeeded alipay payment the stand-in gateway knows as paid, so a refund can go through. */
async function paidAlipayPayment(w: World): Promise<string> {
  const p = await insertPayment(w.people, 'succeeded', { provider: 'alipay', amountFen: 10_000n });
  w.payments.gateway.pay(p.paymentNo, '100.00');
  return p.id;
}

interface Row {
  field: string;
  document: string;
  variables(w: World): Promise<object> | object;
  /** Who may call it; everyone else is refused (UNAUTHENTICATED without a token, FORBIDDEN with one). */
  allowed: readonly Caller[] | typeof EVERYONE;
}

/** An organisation that is not the caller's: the organiser of auctions the caller may bid in. */
const otherOrganisation = (w: World) => (w.caller === 'operator' ? w.people.organisations.purchasing_unit.id : w.people.organisations.operator.id);

const ownOrganisation = (w: World) => (w.caller in w.people.users ? w.people.users[w.caller as PersonKey].organisationId : w.people.organisations.supplier.id);

/** Operations × roles: each role can do its own operations and nothing else. */
/** One lender of the matrix tenant, made on first use. */
let lenderOfMatrix: Promise<TestLender> | undefined;
const matrixLender = (w: World) => (lenderOfMatrix ??= insertLender(w.people));
const matrixLenderInput = () => ({
  name: `矩阵银行${newId().slice(-8)}`, uscc: randomUscc(), webhookUrl: 'https://bank.example.cn/packages', publicKey: lenderKeys().publicKey,
  repaymentBankName: '矩阵银行', repaymentAccountName: '矩阵银行政采贷专户', repaymentAccountNo: '6222020200112233',
});

const MATRIX: readonly Row[] = [
  { field: 'tenants', document: `{ tenants { nodes { id } } }`, variables: () => ({}), allowed: EVERYONE },
  { field: 'tenant', document: `{ tenant { id } }`, variables: () => ({}), allowed: EVERYONE },
  {
    field: 'login',
    document: `mutation ($n: String!, $p: String!) { login(loginName: $n, password: $p) { accessToken } }`,
    variables: (w) => ({ n: w.people.users.agency.loginName, p: TEST_PASSWORD }),
    allowed: EVERYONE,
  },
  {
    field: 'refreshSession',
    document: `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
    variables: async (w) => ({ t: await w.freshRefreshToken() }),
    allowed: EVERYONE,
  },
  {
    field: 'logout',
    document: `mutation ($t: String!) { logout(refreshToken: $t) }`,
    variables: async (w) => ({ t: await w.freshRefreshToken() }),
    allowed: EVERYONE,
  },
  {
    field: 'operatorLogin',
    document: `mutation ($n: String!, $p: String!) { operatorLogin(loginName: $n, password: $p) { accessToken } }`,
    variables: (w) => ({ n: w.operator.loginName, p: TEST_PASSWORD }),
    allowed: EVERYONE,
  },
  { field: 'me', document: `{ me { id } }`, variables: () => ({}), allowed: TENANT_CALLERS },
  {
    field: 'organisation',
    document: `query ($id: ID!) { organisation(id: $id) { id } }`,
    variables: (w) => ({ id: ownOrganisation(w) }),
    allowed: TENANT_CALLERS,
  },
  { field: 'auditChainVerification', document: `{ auditChainVerification { ok checked } }`, variables: () => ({}), allowed: ['operator', 'finance'] },
  {
    field: 'updateTenantSettings',
    document: `mutation ($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { id } }`,
    variables: () => ({ input: { inspection: { priceAboveReferenceAlertBp: 1500 } } }),
    allowed: ['operator'],
  },
  { field: 'calendarDays', document: `{ calendarDays(year: 2026) { day } }`, variables: () => ({}), allowed: EVERYONE },
  {
    field: 'setCalendarDay',
    document: `mutation ($input: CalendarDayInput!) { setCalendarDay(input: $input) { day } }`,
    variables: () => ({ input: { day: '2032-01-01', kind: 'HOLIDAY', name: '元旦' } }),
    allowed: ['operator'],
  },
  {
    field: 'removeCalendarDay',
    document: `mutation ($day: String!) { removeCalendarDay(day: $day) }`,
    variables: () => ({ day: '2032-01-02' }),
    allowed: ['operator'],
  },
  { field: 'organisations', document: `{ organisations { nodes { id } } }`, variables: () => ({}), allowed: ['operator', 'finance'] },
  { field: 'supplierDirectory', document: `{ supplierDirectory(search: "") { id } }`, variables: () => ({}), allowed: ['purchaser', 'agency', 'finance', 'operator'] },
  {
    field: 'createOrganisation',
    document: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    variables: () => ({ input: { kind: 'SUPPLIER', name: `矩阵供应商${randomInt(1_000_000)}`, uscc: randomUscc() } }),
    allowed: ['operator'],
  },
  {
    field: 'createUser',
    document: `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    variables: (w) => ({
      input: { organisationId: w.people.organisations.supplier.id, loginName: `matrix-${randomInt(1_000_000_000)}`, displayName: '矩阵用户', password: 'Matrix2026x', roles: ['SUPPLIER'] },
    }),
    allowed: ['operator'],
  },
  { field: 'platformTenants', document: `{ platformTenants { id } }`, variables: () => ({}), allowed: ['platformOperator'] },
  { field: 'categoryTree', document: `{ categoryTree { code } }`, variables: () => ({}), allowed: EVERYONE },
  { field: 'categories', document: `{ categories { code } }`, variables: () => ({}), allowed: EVERYONE },
  {
    field: 'createCategory',
    document: `mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`,
    variables: () => ({ input: { code: `A0602${randomInt(10, 99)}`, name: '矩阵品目' } }),
    allowed: ['operator'],
  },
  { field: 'standardProducts', document: `{ standardProducts { nodes { id } } }`, variables: () => ({}), allowed: EVERYONE },
  {
    field: 'standardProduct',
    document: `query ($id: ID!) { standardProduct(id: $id) { id } }`,
    variables: (w) => ({ id: w.catalog.standardProductId }),
    allowed: EVERYONE,
  },
  {
    field: 'createStandardProduct',
    document: `mutation ($input: CreateStandardProductInput!) { createStandardProduct(input: $input) { id } }`,
    variables: () => ({ input: { categoryCode: 'A060201', brand: '矩阵', model: `M-${randomInt(1_000_000_000)}`, name: '矩阵办公桌', specs: [{ key: '尺寸', value: '1.4m' }] } }),
    allowed: ['operator'],
  },
  { field: 'listing', document: `query ($id: ID!) { listing(id: $id) { id } }`, variables: (w) => ({ id: w.catalog.approvedListingId }), allowed: EVERYONE },
  { field: 'myListings', document: `{ myListings { nodes { id } } }`, variables: () => ({}), allowed: ['supplier'] },
  {
    field: 'createListing',
    document: `mutation ($input: ListingInput!) { createListing(input: $input) { id } }`,
    variables: () => ({ input: deskInput() }),
    allowed: ['supplier'],
  },
  {
    field: 'updateListing',
    document: `mutation ($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { id } }`,
    variables: async (w) => ({ id: await insertListing(w.people, 'draft'), input: deskInput() }),
    allowed: ['supplier'],
  },
  { field: 'submitListing', document: `mutation ($id: ID!) { submitListing(id: $id) { id } }`, variables: async (w) => ({ id: await insertListing(w.people, 'draft') }), allowed: ['supplier'] },
  { field: 'resubmitListing', document: `mutation ($id: ID!) { resubmitListing(id: $id) { id } }`, variables: async (w) => ({ id: await insertListing(w.people, 'rejected') }), allowed: ['supplier'] },
  { field: 'delistListing', document: `mutation ($id: ID!) { delistListing(id: $id) { id } }`, variables: async (w) => ({ id: await insertListing(w.people, 'approved') }), allowed: ['supplier'] },
  {
    field: 'changeListingPrice',
    document: `mutation ($id: ID!) { changeListingPrice(id: $id, price: "99.90") { id } }`,
    variables: async (w) => ({ id: await insertListing(w.people, 'approved') }),
    allowed: ['supplier'],
  },
  {
    field: 'changeListingStock',
    document: `mutation ($id: ID!) { changeListingStock(id: $id, stock: 3) { id } }`,
    variables: async (w) => ({ id: await insertListing(w.people, 'approved') }),
    allowed: ['supplier'],
  },
  { field: 'listingApprovalQueue', document: `{ listingApprovalQueue { nodes { id } } }`, variables: () => ({}), allowed: ['operator'] },
  { field: 'approveListing', document: `mutation ($id: ID!) { approveListing(id: $id) { id } }`, variables: async (w) => ({ id: await insertListing(w.people, 'submitted') }), allowed: ['operator'] },
  {
    field: 'rejectListing',
    document: `mutation ($id: ID!) { rejectListing(id: $id, reason: "资料不全") { id } }`,
    variables: async (w) => ({ id: await insertListing(w.people, 'submitted') }),
    allowed: ['operator'],
  },
  {
    field: 'operatorDelistListing',
    document: `mutation ($id: ID!) { operatorDelistListing(id: $id, reason: "价格异常") { id } }`,
    variables: async (w) => ({ id: await insertListing(w.people, 'approved') }),
    allowed: ['operator'],
  },
  {
    field: 'setSupplierIntegrityBlocked',
    document: `mutation ($id: ID!) { setSupplierIntegrityBlocked(organisationId: $id, blocked: false, reason: "复核通过") { id } }`,
    variables: (w) => ({ id: w.people.organisations.supplier.id }),
    allowed: ['operator'],
  },
  { field: 'declareEnterpriseSize', document: `mutation { declareEnterpriseSize(size: SMALL) { id } }`, variables: () => ({}), allowed: ['supplier'] },
  { field: 'declareSupplierContacts', document: `mutation { declareSupplierContacts(input: { legalRepresentative: "张三", contactPhone: "13800138000" }) { id } }`, variables: () => ({}), allowed: ['supplier'] },
  { field: 'listingUploadTemplate', document: `{ listingUploadTemplate { fileName } }`, variables: () => ({}), allowed: ['supplier', 'operator'] },
  {
    field: 'uploadListings',
    document: `mutation ($input: UploadListingsInput!) { uploadListings(input: $input) { id } }`,
    variables: () => ({ input: { fileName: 'matrix.csv', contentBase64: oneRowCsvBase64() } }),
    allowed: ['supplier'],
  },
  { field: 'listingUpload', document: `query ($id: ID!) { listingUpload(id: $id) { id } }`, variables: (w) => ({ id: w.catalog.uploadId }), allowed: ['supplier'] },
  {
    field: 'listingUploadErrorReport',
    document: `query ($id: ID!) { listingUploadErrorReport(id: $id, format: CSV) { fileName } }`,
    variables: (w) => ({ id: w.catalog.uploadId }),
    allowed: ['supplier'],
  },
  { field: 'search', document: `query ($t: String) { search(text: $t, first: 5) { total { value } nodes { listingId } } }`, variables: () => ({ t: '台式计算机' }), allowed: EVERYONE },
  {
    field: 'searchExplanation',
    document: `query ($id: ID!, $t: String) { searchExplanation(listingId: $id, text: $t) { rank lines { component } } }`,
    variables: async (w) => ({ id: await insertSearchDocument(w.people.tenant.id, { title: '矩阵 台式计算机' }), t: '台式计算机' }),
    allowed: EVERYONE,
  },
  { field: 'rankingWeights', document: `{ rankingWeights { policyWeightBp } }`, variables: () => ({}), allowed: ['operator'] },
  {
    field: 'updateRankingWeights',
    document: `mutation ($input: RankingWeightsInput!) { updateRankingWeights(input: $input) { policyWeightBp } }`,
    variables: () => ({ input: { policyWeightBp: 6000, integrityWeightBp: 2000, priceWeightBp: 1000, salesWeightBp: 1000, policyTags: ['ENERGY_SAVING', 'SME'] } }),
    allowed: ['operator'],
  },
  {
    field: 'startPayment',
    document: `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { id } }`,
    variables: (w) => ({
      input: {
        subjectType: 'test-subject',
        subjectId: w.payments.payables.add({ amountFen: 100n, payerOrganisationId: ownOrganisation(w), payeeOrganisationId: w.people.organisations.supplier.id }),
        provider: 'TREASURY',
        idempotencyKey: idempotencyKey(),
      },
    }),
    allowed: ['purchaser', 'unitAdmin', 'supplier'],
  },
  { field: 'payment', document: `query ($id: ID!) { payment(id: $id) { id } }`, variables: (w) => ({ id: w.payments.visibleId }), allowed: ['purchaser', 'unitAdmin', 'supplier', 'finance', 'operator'] },
  { field: 'payments', document: `{ payments { nodes { id } } }`, variables: () => ({}), allowed: ['purchaser', 'unitAdmin', 'supplier', 'finance', 'operator'] },
  {
    field: 'refreshPayment',
    document: `mutation ($id: ID!) { refreshPayment(id: $id) { id } }`,
    variables: (w) => ({ id: w.payments.visibleId }),
    allowed: ['purchaser', 'unitAdmin', 'supplier', 'finance', 'operator'],
  },
  { field: 'paymentRequests', document: `{ paymentRequests { nodes { id } } }`, variables: () => ({}), allowed: ['finance'] },
  {
    field: 'approvePaymentRequest',
    document: `mutation ($id: ID!) { approvePaymentRequest(id: $id, bankReference: "MATRIX-0001") { id } }`,
    variables: async (w) => ({ id: (await insertPayment(w.people, 'awaiting_approval')).id }),
    allowed: ['finance'],
  },
  {
    field: 'rejectPaymentRequest',
    document: `mutation ($id: ID!) { rejectPaymentRequest(id: $id, reason: "预算不足") { id } }`,
    variables: async (w) => ({ id: (await insertPayment(w.people, 'awaiting_approval')).id }),
    allowed: ['finance'],
  },
  {
    field: 'clearPaymentReview',
    document: `mutation ($id: ID!) { clearPaymentReview(id: $id, note: "已与支付宝对账") { id } }`,
    variables: async (w) => ({ id: (await insertPayment(w.people, 'pending', { flagged: true })).id }),
    allowed: ['finance'],
  },
  {
    field: 'refundPayment',
    document: `mutation ($id: ID!, $key: String!) { refundPayment(id: $id, amount: "1.00", reason: "矩阵退款", idempotencyKey: $key) { id } }`,
    variables: async (w) => ({ id: await paidAlipayPayment(w), key: idempotencyKey() }),
    allowed: ['finance', 'operator'],
  },
  { field: 'paymentProviders', document: `{ paymentProviders { enabled default } }`, variables: () => ({}), allowed: ['purchaser', 'unitAdmin', 'supplier'] },
  { field: 'paymentSettings', document: `{ paymentSettings { defaultProvider } }`, variables: () => ({}), allowed: ['finance'] },
  {
    field: 'updatePaymentSettings',
    document: `mutation { updatePaymentSettings(input: { defaultProvider: TREASURY }) { defaultProvider } }`,
    variables: () => ({}),
    allowed: ['finance'],
  },
  {
    field: 'budgetLines',
    document: `{ budgetLines { nodes { id available } } }`,
    variables: () => ({}),
    allowed: ['finance', 'purchaser', 'unitAdmin'],
  },
  {
    field: 'createBudgetLine',
    document: `mutation ($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { id } }`,
    variables: (w) => ({ input: { unitId: w.people.organisations.purchasing_unit.id, fiscalYear: 2026, code: `M${randomInt(1_000_000_000)}`, name: '矩阵预算', amount: '10000.00' } }),
    allowed: ['finance'],
  },
  {
    field: 'adjustBudgetLine',
    document: `mutation ($id: ID!) { adjustBudgetLine(id: $id, input: { amount: "20000.00" }) { id } }`,
    variables: async (w) => ({ id: await insertBudgetLine(w.people.tenant.id, w.people.organisations.purchasing_unit.id, 10_000_00n) }),
    allowed: ['finance'],
  },
  { field: 'budgetLineImportTemplate', document: `{ budgetLineImportTemplate { fileName } }`, variables: () => ({}), allowed: ['finance'] },
  {
    field: 'importBudgetLines',
    document: `mutation ($input: ImportBudgetLinesInput!) { importBudgetLines(input: $input) { total } }`,
    variables: (w) => ({
      input: {
        fileName: 'm.csv',
        contentBase64: Buffer.from(`采购单位统一社会信用代码,预算年度,预算项目编码,预算项目名称,指标金额（元）\r\n${w.people.organisations.purchasing_unit.uscc},2026,M${randomInt(1_000_000_000)},矩阵,1.00\r\n`).toString('base64'),
      },
    }),
    allowed: ['finance'],
  },
  { field: 'orders', document: `{ orders { nodes { id } } }`, variables: () => ({}), allowed: ['purchaser', 'unitAdmin', 'supplier', 'finance'] },
  {
    field: 'order',
    document: `query ($id: ID!) { order(id: $id) { id } }`,
    variables: async (w) => ({ id: (await matrixOrder(w, 'placed')).orderId }),
    allowed: ['purchaser', 'unitAdmin', 'supplier', 'finance'],
  },
  { field: 'ordersExport', document: `{ ordersExport { contentBase64 } }`, variables: () => ({}), allowed: ['finance'] },
  {
    field: 'placeOrder',
    document: `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
    variables: async (w) => ({
      input: {
        listingId: await insertListing(w.people, 'approved'), quantity: 1, expectedUnitPrice: '1280.00', deliveryAddress: ADDRESS, idempotencyKey: newId(),
        budgetLineId: await insertBudgetLine(w.people.tenant.id, w.people.organisations.purchasing_unit.id, 10_000_00n),
      },
    }),
    allowed: ['purchaser'],
  },
  {
    field: 'checkoutCart',
    document: `mutation ($input: CheckoutCartInput!) { checkoutCart(input: $input) { id } }`,
    variables: async (w) => ({
      input: {
        items: [{ listingId: await insertListing(w.people, 'approved'), quantity: 1, expectedUnitPrice: '1280.00' }], deliveryAddress: ADDRESS, idempotencyKey: newId(),
        budgetLineId: await insertBudgetLine(w.people.tenant.id, w.people.organisations.purchasing_unit.id, 10_000_00n),
      },
    }),
    allowed: ['purchaser'],
  },
  orderRow('cancelOrder', 'cancelOrder(id: $id)', 'placed', ['purchaser']),
  orderRow('confirmOrder', 'confirmOrder(id: $id)', 'placed', ['supplier']),
  orderRow('rejectOrder', 'rejectOrder(id: $id, reason: "无货")', 'placed', ['supplier']),
  orderRow('shipOrder', 'shipOrder(id: $id, input: { logisticsCompany: "顺丰速运", trackingNo: "SF0001" })', 'confirmed', ['supplier']),
  orderRow('markOrderDelivered', 'markOrderDelivered(id: $id)', 'shipped', ['supplier', 'purchaser']),
  {
    field: 'acceptOrder',
    document: `mutation ($id: ID!, $input: AcceptOrderInput!) { acceptOrder(id: $id, input: $input) { id } }`,
    variables: async (w) => {
      const { orderId, lineId } = await matrixOrder(w, 'delivered');
      return { id: orderId, input: { lines: [{ lineId, acceptedQuantity: 1 }] } };
    },
    allowed: ['purchaser'],
  },
  {
    field: 'declareExpertRelation',
    document: `mutation ($input: DeclareExpertRelationInput!) { declareExpertRelation(input: $input) { id } }`,
    variables: (w) => ({ input: { expertId: w.people.users.expert.id, supplierId: w.people.organisations.supplier.id, kind: 'OTHER_INTEREST', note: '曾参与该公司项目咨询' } }),
    allowed: ['expert', 'finance'],
  },
  { field: 'expertRelations', document: `{ expertRelations { id } }`, variables: () => ({}), allowed: ['expert', 'finance'] },
  {
    field: 'drawEvaluationPanel',
    document: `mutation ($lotId: ID!) { drawEvaluationPanel(lotId: $lotId) { seed } }`,
    variables: async (w) => {
      await matrixExpertPool(w);
      return { lotId: (await insertEvaluation(w.people, { agency: w.caller === 'agency', members: [] })).lotId };
    },
    allowed: ['agency', 'purchaser', 'unitAdmin'],
  },
  ...(['panelDraw', 'verifyPanelDraw'] as const).map((field): Row => ({
    field,
    document: `query ($lotId: ID!) { ${field}(lotId: $lotId) { __typename } }`,
    variables: async (w) => ({ lotId: (await insertEvaluation(w.people, { agency: w.caller === 'agency' })).lotId }),
    allowed: ['agency', 'purchaser', 'unitAdmin', 'finance'],
  })),
  {
    field: 'disqualifyBid',
    document: `mutation ($bidId: ID!) { disqualifyBid(bidId: $bidId, reason: "资格性审查不通过") { bidId } }`,
    variables: async (w) => ({ bidId: (await insertEvaluation(w.people)).bidIds[0] }),
    allowed: ['expert'],
  },
  { field: 'myEvaluationPanels', document: `{ myEvaluationPanels { lotId } }`, variables: () => ({}), allowed: ['expert'] },
  {
    field: 'evaluationScoreSheet',
    document: `query ($lotId: ID!) { evaluationScoreSheet(lotId: $lotId) { lotId } }`,
    variables: async (w) => ({ lotId: (await insertEvaluation(w.people)).lotId }),
    allowed: ['expert'],
  },
  {
    field: 'saveEvaluationScores',
    document: `mutation ($input: SaveEvaluationScoresInput!) { saveEvaluationScores(input: $input) { lotId } }`,
    variables: async (w) => {
      const { lotId, bidIds } = await insertEvaluation(w.people);
      return { input: { lotId, scores: [{ bidId: bidIds[0], criterion: 'technical', score: '40' }] } };
    },
    allowed: ['expert'],
  },
  {
    field: 'submitScoreSheet',
    document: `mutation ($lotId: ID!) { submitScoreSheet(lotId: $lotId) { lotId } }`,
    variables: async (w) => ({ lotId: (await insertEvaluation(w.people, { scored: true })).lotId }),
    allowed: ['expert'],
  },
  {
    field: 'recordDeviationReason',
    document: `mutation ($id: ID!) { recordDeviationReason(id: $id, reason: "该投标技术方案缺项") { id } }`,
    variables: async (w) => ({ id: (await insertEvaluation(w.people, { submitted: true, deviation: true })).deviationId }),
    allowed: ['expert'],
  },
  {
    field: 'finishEvaluation',
    document: `mutation ($lotId: ID!) { finishEvaluation(lotId: $lotId) { lotState } }`,
    variables: async (w) => ({ lotId: (await insertEvaluation(w.people, { agency: w.caller === 'agency', submitted: true })).lotId }),
    allowed: ['agency', 'purchaser', 'unitAdmin'],
  },
  {
    field: 'evaluationSummary',
    document: `query ($lotId: ID!) { evaluationSummary(lotId: $lotId) { lotState } }`,
    variables: async (w) => ({ lotId: (await insertEvaluation(w.people, { agency: w.caller === 'agency', submitted: true, lotState: 'recommended' })).lotId }),
    allowed: ['agency', 'purchaser', 'unitAdmin', 'finance'],
  },
  { field: 'scoreDeviations', document: `{ scoreDeviations { id } }`, variables: () => ({}), allowed: ['finance'] },
  orderRow('refuseOrderAcceptance', 'refuseOrderAcceptance(id: $id, reason: "型号不符")', 'delivered', ['purchaser']),
  orderRow('invoiceOrder', 'invoiceOrder(id: $id, input: { invoiceNo: "12345678", issuedOn: "2026-01-05", amount: "1280.00" })', 'accepted', ['supplier']),
  // Sealed bids and the opening.
  {
    field: 'mySigningKey',
    document: `{ mySigningKey { active { fingerprint } } }`,
    variables: () => ({}),
    allowed: TENANT_CALLERS,
  },
  { field: 'registerSigningKey', document: `mutation ($k: String!) { registerSigningKey(publicKey: $k) { fingerprint } }`, variables: () => ({ k: sealing.generateSigningKeyPair().publicKey }), allowed: TENANT_CALLERS },
  { field: 'myBids', document: `{ myBids { id } }`, variables: () => ({}), allowed: ['supplier'] },
  { field: 'platformReceiptKey', document: `{ platformReceiptKey { publicKey } }`, variables: () => ({}), allowed: EVERYONE },
  {
    field: 'submitBid',
    document: `mutation ($input: SubmitBidInput!) { submitBid(input: $input) { id } }`,
    variables: async (w) => {
      const { lotIds: [lotId] } = await insertTenderProject(w.people);
      const keys = await insertSigningKey(w.people.tenant.id, w.people.organisations.supplier.id, w.people.users.supplier.id);
      await registerForLot(w.people.tenant.id, lotId, w.people.organisations.supplier.id, w.people.users.supplier.id);
      return { input: submitInput(lotId, sealing.sealBid(bidContent('1000.00'), keys)) };
    },
    allowed: ['supplier'],
  },
  {
    field: 'withdrawBid',
    document: `mutation ($id: ID!) { withdrawBid(bidId: $id) { id } }`,
    variables: async (w) => {
      const { lotIds: [lotId] } = await insertTenderProject(w.people);
      return { id: (await insertSealedBid(w.people.tenant.id, lotId, w.people.organisations.supplier.id, w.people.users.supplier.id)).bidId };
    },
    allowed: ['supplier'],
  },
  {
    field: 'releaseBidKey',
    document: `mutation ($id: ID!, $key: String!) { releaseBidKey(bidId: $id, key: $key) { id } }`,
    variables: async (w) => {
      const { lotIds: [lotId] } = await insertTenderProject(w.people, { lots: [{ state: 'opening' }] });
      const { bidId, key } = await insertSealedBid(w.people.tenant.id, lotId, w.people.organisations.supplier.id, w.people.users.supplier.id);
      return { id: bidId, key };
    },
    allowed: ['supplier'],
  },
  { field: 'openingRecord', document: `query ($lotId: ID!) { openingRecord(lotId: $lotId) { lotId } }`, variables: async (w) => ({ lotId: (await insertTenderProject(w.people)).lotIds[0] }), allowed: EVERYONE },
  {
    field: 'concludeOpening',
    document: `mutation ($lotId: ID!) { concludeOpening(lotId: $lotId) { lotState } }`,
    variables: async (w) => {
      const { projectId, lotIds: [lotId] } = await insertTenderProject(w.people, { lots: [{ state: 'opening' }] });
      await asOwner(w.people.tenant.id, (c) => c.query(`update tender_project set agency_id = $2 where id = $1`, [projectId, w.people.organisations.agency.id]));
      return { lotId };
    },
    allowed: ['agency', 'purchaser'],
  },
  // Award, challenges, complaints, contracts, OCDS.
  {
    field: 'confirmTenderAward',
    document: `mutation ($input: ConfirmTenderAwardInput!) { confirmTenderAward(input: $input) { id } }`,
    variables: async (w) => ({ input: { lotId: (await insertRecommendedLot(w.people)).lotId } }),
    allowed: ['purchaser', 'unitAdmin'],
  },
  {
    field: 'declineTenderAward',
    document: `mutation ($lotId: ID!) { declineTenderAward(lotId: $lotId, reason: "产能不足，无法履约。") { id } }`,
    variables: async (w) => ({ lotId: (await insertAwardedLot(w.people)).lotId }),
    allowed: ['supplier'],
  },
  { field: 'tenderAwardNotices', document: `{ tenderAwardNotices { id } }`, variables: () => ({}), allowed: EVERYONE },
  { field: 'tenderAwardNotice', document: `query ($id: ID!) { tenderAwardNotice(lotId: $id) { id } }`, variables: async (w) => ({ id: (await sharedAward(w)).lotId }), allowed: EVERYONE },
  { field: 'tenderDeadlineFlags', document: `{ tenderDeadlineFlags { id } }`, variables: () => ({}), allowed: ['finance'] },
  {
    field: 'fileTenderChallenge',
    document: `mutation ($input: FileTenderChallengeInput!) { fileTenderChallenge(input: $input) { id } }`,
    variables: async (w) => ({ input: { lotId: (await insertAwardedLot(w.people)).lotId, subject: 'RESULT', content: '评分有误，请复核。' } }),
    allowed: ['supplier'],
  },
  {
    field: 'answerTenderChallenge',
    document: `mutation ($id: ID!) { answerTenderChallenge(id: $id, answer: "经复核，评分无误。", outcome: GROUNDLESS) { id outcome } }`,
    variables: async (w) => {
      const lot = await insertAwardedLot(w.people, { agency: true });
      return { id: await insertChallenge(w.people.tenant.id, lot.lotId, lot.bids[1].organisationId, lot.bids[1].userId) };
    },
    allowed: ['purchaser', 'unitAdmin', 'agency'],
  },
  {
    field: 'fileTenderComplaint',
    document: `mutation ($id: ID!) { fileTenderComplaint(challengeId: $id, content: "对答复不满意。") { id } }`,
    variables: async (w) => {
      const lot = await insertAwardedLot(w.people);
      return { id: await insertChallenge(w.people.tenant.id, lot.lotId, w.people.organisations.supplier.id, w.people.users.supplier.id, 'answered') };
    },
    allowed: ['supplier'],
  },
  {
    field: 'decideTenderComplaint',
    document: `mutation ($input: DecideTenderComplaintInput!) { decideTenderComplaint(input: $input) { id } }`,
    variables: async (w) => {
      const lot = await insertAwardedLot(w.people);
      const challenge = await insertChallenge(w.people.tenant.id, lot.lotId, lot.bids[1].organisationId, lot.bids[1].userId, 'answered');
      return { input: { id: await insertComplaint(w.people.tenant.id, challenge), upheld: false, reason: '投诉缺乏事实依据。', remedy: 'NONE' } };
    },
    allowed: ['finance'],
  },
  {
    field: 'suspendTenderLot',
    document: `mutation ($id: ID!) { suspendTenderLot(lotId: $id, reason: "收到举报") { id } }`,
    variables: async (w) => ({ id: (await insertRecommendedLot(w.people)).lotId }),
    allowed: ['finance'],
  },
  {
    field: 'resumeTenderLot',
    document: `mutation ($id: ID!) { resumeTenderLot(lotId: $id) { id } }`,
    variables: async (w) => {
      const { lotId } = await insertRecommendedLot(w.people);
      await asOwner(w.people.tenant.id, (c) => c.query(`insert into tender_lot_suspension (id, tenant_id, lot_id, reason, suspended_by) values ($1, $2, $3, '收到举报', $4)`, [newId(), w.people.tenant.id, lotId, w.people.users.finance.id]));
      return { id: lotId };
    },
    allowed: ['finance'],
  },
  { field: 'tenderChallenges', document: `{ tenderChallenges { id } }`, variables: () => ({}), allowed: ['purchaser', 'unitAdmin', 'agency'] },
  { field: 'tenderChallengeAnswers', document: `query ($id: ID!) { tenderChallengeAnswers(lotId: $id) { id } }`, variables: async (w) => ({ id: (await sharedAward(w)).lotId }), allowed: EVERYONE },
  { field: 'myTenderChallenges', document: `{ myTenderChallenges { id } }`, variables: () => ({}), allowed: ['supplier'] },
  { field: 'tenderComplaints', document: `{ tenderComplaints { id } }`, variables: () => ({}), allowed: ['finance'] },
  {
    field: 'updateTenderContractTerms',
    document: `mutation ($id: ID!) { updateTenderContractTerms(id: $id, input: { deliveryTerms: "签约后 20 日内交货。" }) { id } }`,
    variables: async (w) => ({ id: (await insertAwardedLot(w.people)).contractId }),
    allowed: ['purchaser', 'unitAdmin'],
  },
  {
    field: 'signTenderContract',
    document: `mutation ($id: ID!, $s: String!) { signTenderContract(id: $id, signature: $s) { id } }`,
    variables: async (w) => {
      const { contractId } = await insertAwardedLot(w.people);
      const signer = w.caller in w.people.users ? w.people.users[w.caller as PersonKey] : w.people.users.purchaser;
      return { id: contractId, s: await signContractAs(w.people.tenant.id, signer.organisationId, signer.id, contractId) };
    },
    allowed: ['purchaser', 'unitAdmin', 'supplier'],
  },
  { field: 'tenderContract', document: `query ($id: ID!) { tenderContract(lotId: $id) { id } }`, variables: async (w) => ({ id: (await sharedAward(w)).lotId }), allowed: ['purchaser', 'unitAdmin', 'supplier'] },
  { field: 'publishedTenderContract', document: `query ($id: ID!) { publishedTenderContract(lotId: $id) { id } }`, variables: async (w) => ({ id: (await sharedContract(w)).lotId }), allowed: EVERYONE },
  { field: 'tenderOcdsPackage', document: `query ($id: ID!) { tenderOcdsPackage(projectId: $id) }`, variables: async (w) => ({ id: (await sharedContract(w)).projectId }), allowed: EVERYONE },
  { field: 'tenderOcdsReleases', document: `{ tenderOcdsReleases(since: "2026-01-01T00:00:00Z") }`, variables: () => ({}), allowed: EVERYONE },

  { field: 'tenderAnnouncements', document: `{ tenderAnnouncements { nodes { id } } }`, variables: () => ({}), allowed: EVERYONE },
  { field: 'tenderNotice', document: `query ($id: ID!) { tenderNotice(id: $id) { id } }`, variables: async (w) => ({ id: await matrixProject(w, 'published') }), allowed: EVERYONE },
  { field: 'tenderClarifications', document: `query ($id: ID!) { tenderClarifications(projectId: $id) { id } }`, variables: async (w) => ({ id: await matrixProject(w, 'published') }), allowed: EVERYONE },
  { field: 'myTenderProjects', document: `{ myTenderProjects { nodes { id } } }`, variables: () => ({}), allowed: ['purchaser', 'agency'] },
  { field: 'tenderProject', document: `query ($id: ID!) { tenderProject(id: $id) { id } }`, variables: async (w) => ({ id: await matrixProject(w, 'draft') }), allowed: ['purchaser', 'agency'] },
  { field: 'myTenderRegistrations', document: `{ myTenderRegistrations { nodes { id } } }`, variables: () => ({}), allowed: ['supplier'] },
  {
    field: 'createTenderProject',
    document: `mutation ($input: TenderProjectInput!) { createTenderProject(input: $input) { id } }`,
    variables: async (w) => ({ input: await matrixProjectInput(w) }),
    allowed: ['purchaser', 'agency'],
  },
  {
    field: 'updateTenderProject',
    document: `mutation ($id: ID!, $input: TenderProjectInput!) { updateTenderProject(id: $id, input: $input) { id } }`,
    variables: async (w) => ({ id: await matrixProject(w, 'draft'), input: await matrixProjectInput(w) }),
    allowed: ['purchaser', 'agency'],
  },
  { field: 'publishTenderProject', document: `mutation ($id: ID!) { publishTenderProject(id: $id) { id } }`, variables: async (w) => ({ id: await matrixProject(w, 'draft') }), allowed: ['purchaser', 'agency'] },
  { field: 'cancelTenderProject', document: `mutation ($id: ID!) { cancelTenderProject(id: $id, reason: "矩阵终止") { id } }`, variables: async (w) => ({ id: await matrixProject(w, 'draft') }), allowed: ['purchaser', 'agency'] },
  {
    field: 'attachTenderDocument',
    document: `mutation ($id: ID!) { attachTenderDocument(projectId: $id, fileName: "招标文件.pdf", contentBase64: "JVBERg==") { id } }`,
    variables: async (w) => ({ id: await matrixProject(w, 'draft') }),
    allowed: ['purchaser', 'agency'],
  },
  {
    field: 'downloadTenderDocument',
    document: `mutation ($id: ID!) { downloadTenderDocument(id: $id) { contentBase64 } }`,
    variables: async (w) => {
      const projectId = await matrixProject(w, 'published');
      await insertRegistration(w.people.tenant.id, projectId, w.people.organisations.supplier.id, w.people.users.supplier.id);
      return { id: await insertTenderDocument(w.people.tenant.id, projectId, w.people.users.purchaser.id) };
    },
    allowed: ['supplier', 'purchaser', 'agency'],
  },
  { field: 'registerForTenderProject', document: `mutation ($id: ID!) { registerForTenderProject(projectId: $id) { id } }`, variables: async (w) => ({ id: await matrixProject(w, 'published') }), allowed: ['supplier'] },
  {
    field: 'askTenderQuestion',
    document: `mutation ($id: ID!) { askTenderQuestion(projectId: $id, body: "矩阵提问") { id } }`,
    variables: async (w) => {
      const id = await matrixProject(w, 'published');
      await insertRegistration(w.people.tenant.id, id, w.people.organisations.supplier.id, w.people.users.supplier.id);
      return { id };
    },
    allowed: ['supplier'],
  },
  {
    field: 'publishTenderClarification',
    document: `mutation ($id: ID!) { publishTenderClarification(projectId: $id, input: { title: "矩阵澄清", body: "矩阵", affectsBids: false }) { id } }`,
    variables: async (w) => ({ id: await matrixProject(w, 'published') }),
    allowed: ['purchaser', 'agency'],
  },
  { field: 'depositAccount', document: `{ depositAccount }`, variables: () => ({}), allowed: ['supplier'] },
  { field: 'deposits', document: `{ deposits { id } }`, variables: () => ({}), allowed: ['supplier', 'purchaser', 'finance', 'operator'] },
  { field: 'flaggedDepositTransfers', document: `{ flaggedDepositTransfers { id } }`, variables: () => ({}), allowed: ['finance'] },
  { field: 'depositReconciliation', document: `{ depositReconciliation { flaggedCount } }`, variables: () => ({}), allowed: ['finance'] },
  {
    field: 'openDeposit',
    document: `mutation ($lotId: ID!) { openDeposit(lotId: $lotId) { id } }`,
    variables: async (w) => ({ lotId: (await insertTenderProject(w.people, { lots: [{ depositFen: 100_000n }] })).lotIds[0] }),
    allowed: ['supplier'],
  },
  {
    field: 'recordDepositTransfer',
    document: `mutation ($input: RecordDepositTransferInput!) { recordDepositTransfer(input: $input) { id } }`,
    variables: () => ({ input: transferInput('ZC000000000000000000', '1000.00') }),
    allowed: ['finance'],
  },
  depositRow('forfeitDeposit', 'forfeitDeposit(id: $id, reason: "中标人拒绝签订合同")', 'held', ['purchaser']),
  depositRow('challengeDepositForfeiture', 'challengeDepositForfeiture(id: $id, grounds: "已按期签订合同")', 'forfeited', ['supplier']),
  depositRow('decideDepositChallenge', 'decideDepositChallenge(id: $id, uphold: true, note: "异议成立")', 'challenged', ['finance']),
  {
    field: 'confirmDepositRefund',
    document: `mutation ($id: ID!) { confirmDepositRefund(id: $id, bankSerialNo: "BK-MATRIX-1") { id } }`,
    variables: async (w) => ({ id: await insertRefundAwaitingBank(w.people.tenant.id, (await insertTenderProject(w.people, { lots: [{ depositFen: 100_000n }] })).lotIds[0], w.people.organisations.supplier.id) }),
    allowed: ['finance'],
  },
  { field: 'guaranteeIssuers', document: `{ guaranteeIssuers { id } }`, variables: () => ({}), allowed: ['supplier', 'finance', 'operator'] },
  { field: 'guarantees', document: `{ guarantees { id } }`, variables: () => ({}), allowed: ['supplier', 'purchaser', 'finance', 'operator'] },
  {
    field: 'registerGuaranteeIssuer',
    document: `mutation ($input: RegisterGuaranteeIssuerInput!) { registerGuaranteeIssuer(input: $input) { id } }`,
    variables: () => ({ input: { name: `矩阵担保${newId().slice(-12)}`, kind: 'GUARANTEE_COMPANY', algorithm: 'SM2', publicKey: issuerKeys('sm2').publicKey } }),
    allowed: ['operator'],
  },
  {
    field: 'presentGuarantee',
    document: `mutation ($input: PresentGuaranteeInput!) { presentGuarantee(input: $input) { id } }`,
    variables: async (w) => ({ input: (await signedGuaranteeInput(w.people, w.people.organisations.supplier.id)).input }),
    allowed: ['supplier'],
  },
  {
    field: 'claimGuarantee',
    document: `mutation ($id: ID!) { claimGuarantee(id: $id, reason: "中标人拒绝签订合同", evidence: ["中标通知书"]) { id } }`,
    variables: async (w) => {
      const issuer = await insertIssuer(w.people.tenant.id, w.people.users.operator.id, issuerKeys('sm2'));
      const { lotIds: [lotId] } = await insertTenderProject(w.people, { lots: [{ depositFen: 100_000n }] });
      return { id: await insertGuarantee(w.people.tenant.id, issuer.id, lotId, w.people.organisations.supplier.id) };
    },
    allowed: ['purchaser'],
  },
  // The regulator's oversight of tendering.
  { field: 'tenderProjects', document: `{ tenderProjects { nodes { id } } }`, variables: () => ({}), allowed: ['finance', 'operator'] },
  {
    field: 'supervisedTenderProject',
    document: `query ($id: ID!) { supervisedTenderProject(id: $id) { id } }`,
    variables: async (w) => ({ id: (await insertTenderProject(w.people)).projectId }),
    allowed: ['finance', 'operator'],
  },
  {
    field: 'tenderLotOversight',
    document: `query ($lotId: ID!) { tenderLotOversight(lotId: $lotId) { lotId } }`,
    variables: async (w) => ({ lotId: (await insertTenderProject(w.people)).lotIds[0] }),
    allowed: ['finance'],
  },
  { field: 'evaluationExperts', document: `{ evaluationExperts { id } }`, variables: () => ({}), allowed: ['finance', 'operator'] },
  {
    field: 'evaluationProgress',
    document: `query ($lotId: ID!) { evaluationProgress(lotId: $lotId) { lotState members { seat } } }`,
    variables: async (w) => ({ lotId: (await insertEvaluation(w.people, { agency: w.caller === 'agency' })).lotId }),
    allowed: ['agency', 'purchaser', 'unitAdmin', 'finance'],
  },
  { field: 'myBidLots', document: `{ myBidLots { lotId } }`, variables: () => ({}), allowed: ['supplier'] },
  {
    field: 'returnDepositTransfer',
    document: `mutation ($id: ID!) { returnDepositTransfer(id: $id, bankSerialNo: "BKRET-MATRIX-1", note: "已原路退回") { id } }`,
    variables: async (w) => ({ id: await insertFlaggedTransfer(w.people.tenant.id, w.people.users.finance.id) }),
    allowed: ['finance'],
  },
  { field: 'inspectionRuns', document: `{ inspectionRuns { nodes { id } } }`, variables: () => ({}), allowed: ['operator', 'finance'] },
  {
    field: 'inspectionRun',
    document: `query ($id: ID!) { inspectionRun(id: $id) { id done } }`,
    variables: async (w) => ({ id: await insertInspectionRun(w.people.tenant.id) }),
    allowed: ['operator', 'finance'],
  },
  { field: 'startInspectionRun', document: `mutation { startInspectionRun { id } }`, variables: () => ({}), allowed: ['operator'] },
  {
    field: 'listingPriceBand',
    document: `query ($id: ID!) { listingPriceBand(listingId: $id) { price sampleSize } }`,
    variables: (w) => ({ id: w.catalog.approvedListingId }),
    allowed: EVERYONE,
  },
  { field: 'priceFindings', document: `{ priceFindings { nodes { id } } }`, variables: () => ({}), allowed: ['operator', 'finance'] },
  { field: 'myPriceFindings', document: `{ myPriceFindings { nodes { id } } }`, variables: () => ({}), allowed: ['supplier'] },
  findingRow('priceFinding', `query ($id: ID!) { priceFinding(id: $id) { id } }`, 'open', ['operator', 'finance', 'supplier']),
  findingRow('justifyPriceFinding', `mutation ($id: ID!) { justifyPriceFinding(id: $id, reason: "定制配色") { id } }`, 'open', ['supplier']),
  findingRow('dismissPriceFinding', `mutation ($id: ID!) { dismissPriceFinding(id: $id, reason: "参考价不可比") { id } }`, 'open', ['operator']),
  findingRow('reopenPriceFinding', `mutation ($id: ID!) { reopenPriceFinding(id: $id, note: "说明不充分") { id } }`, 'justified', ['operator']),
  {
    field: 'importPriceReferences',
    document: `mutation ($input: ImportPriceReferencesInput!) { importPriceReferences(input: $input) { id } }`,
    variables: (w) => ({ input: { fileName: '参考价.csv', contentBase64: referenceCsvBase64([`${w.catalog.standardProductId},,京东,999.00,2026-01-05,`]) } }),
    allowed: ['operator'],
  },
  { field: 'priceReferenceTemplate', document: `{ priceReferenceTemplate { fileName } }`, variables: () => ({}), allowed: ['operator', 'finance'] },
  { field: 'importPriceReferenceFeed', document: `mutation { importPriceReferenceFeed { id } }`, variables: () => ({}), allowed: ['operator'] },
  {
    field: 'priceReferenceImport',
    document: `query ($id: ID!) { priceReferenceImport(id: $id) { id } }`,
    variables: async (w) => ({ id: await insertReferenceImport(w.people.tenant.id) }),
    allowed: ['operator', 'finance'],
  },
  {
    field: 'priceReferenceImportErrorReport',
    document: `query ($id: ID!) { priceReferenceImportErrorReport(id: $id, format: CSV) { fileName } }`,
    variables: async (w) => ({ id: await insertReferenceImport(w.people.tenant.id) }),
    allowed: ['operator', 'finance'],
  },
  {
    field: 'auditEntries',
    document: `{ auditEntries(first: 1) { nodes { id } pageInfo { hasNextPage } } }`,
    variables: () => ({}),
    allowed: ['operator', 'finance'],
  },
  {
    field: 'auditEntry',
    document: `query ($id: ID!) { auditEntry(id: $id) { id } }`,
    variables: async (w) => ({ id: await insertAuditEntry(w.people.tenant.id, 'matrix') }),
    allowed: ['operator', 'finance'],
  },
  { field: 'complianceSignals', document: `{ complianceSignals { nodes { id } } }`, variables: () => ({}), allowed: ['finance', 'operator'] },
  { field: 'complianceSignal', document: `query ($id: ID!) { complianceSignal(id: $id) { id } }`, variables: async (w) => ({ id: await insertSignal(w.people.tenant.id) }), allowed: ['finance', 'operator'] },
  { field: 'dismissComplianceSignal', document: `mutation ($id: ID!) { dismissComplianceSignal(id: $id, reason: "共用网络") { id } }`, variables: async (w) => ({ id: await insertSignal(w.people.tenant.id) }), allowed: ['finance'] },
  { field: 'referComplianceSignal', document: `mutation ($id: ID!) { referComplianceSignal(id: $id, to: "监督检查处", note: "请核查") { id } }`, variables: async (w) => ({ id: await insertSignal(w.people.tenant.id) }), allowed: ['finance'] },
  { field: 'runComplianceChecks', document: `mutation { runComplianceChecks { raised } }`, variables: () => ({}), allowed: ['finance'] },
  ...['spendingStatistics(by: METHOD, ', 'savingsStatistics(', 'policyShareStatistics(', 'concentrationStatistics(', 'competitionStatistics(', 'inspectionStatistics('].map((call): Row => ({
    field: call.slice(0, call.indexOf('(')),
    document: `{ ${call}period: { from: "2025-01", to: "2025-12" }) { __typename } }`,
    variables: () => ({}),
    allowed: ['finance', 'operator'],
  })),
  {
    field: 'statisticsExport',
    document: `{ statisticsExport(figure: SAVINGS, period: { from: "2025-01", to: "2025-12" }) { fileName } }`,
    variables: () => ({}),
    allowed: ['finance', 'operator'],
  },
  { field: 'statisticsReports', document: `{ statisticsReports { id } }`, variables: () => ({}), allowed: ['finance', 'operator'] },
  {
    field: 'requestStatisticsReport',
    document: `mutation { requestStatisticsReport(input: { kind: MONTH, period: "2025-01" }) { id } }`,
    variables: () => ({}),
    allowed: ['finance'],
  },
  {
    field: 'statisticsReportFile',
    document: `query ($id: ID!) { statisticsReportFile(id: $id) { fileName } }`,
    variables: async (w) => ({ id: await insertStatisticsReport(w.people.tenant.id, '2025-02') }),
    allowed: ['finance', 'operator'],
  },
  { field: 'myIntegrity', document: `{ myIntegrity { standing { score band } } }`, variables: () => ({}), allowed: ['supplier'] },
  {
    field: 'supplierIntegrity',
    document: `query ($id: ID!) { supplierIntegrity(supplierId: $id) { standing { score } } }`,
    variables: (w) => ({ id: w.people.organisations.supplier.id }),
    allowed: ['operator', 'finance'],
  },
  { field: 'integrityStandings', document: `{ integrityStandings { nodes { supplierId } } }`, variables: () => ({}), allowed: ['operator', 'finance'] },
  { field: 'integrityAppeals', document: `{ integrityAppeals { nodes { id } } }`, variables: () => ({}), allowed: ['operator', 'finance'] },
  {
    field: 'appealIntegrityEvent',
    document: `mutation ($id: ID!) { appealIntegrityEvent(eventId: $id, reason: "已按时发货") { appealId } }`,
    variables: async (w) => ({ id: await insertIntegrityEvent(w.people.tenant.id, w.people.organisations.supplier.id) }),
    allowed: ['supplier'],
  },
  {
    field: 'decideIntegrityAppeal',
    document: `mutation ($id: ID!) { decideIntegrityAppeal(appealId: $id, uphold: false, reason: "证据不足") { state } }`,
    variables: async (w) => ({ id: (await insertIntegrityAppeal(w.people.tenant.id, w.people.organisations.supplier.id, w.people.users.supplier.id)).appealId }),
    allowed: ['operator'],
  },
  {
    field: 'recordIntegrityPenalty',
    document: `mutation ($input: IntegrityPenaltyInput!) { recordIntegrityPenalty(input: $input) { eventId } }`,
    variables: (w) => ({ input: { supplierId: w.people.organisations.supplier.id, kind: 'ADMINISTRATIVE_PENALTY', documentNo: '浙财采罚〔2026〕1号', authority: '浙江省财政厅', decidedOn: '2026-01-05', points: 1 } }),
    allowed: ['operator', 'finance'],
  },
  ...['integrityBandStatistics(', 'signalStatistics('].map((call): Row => ({
    field: call.slice(0, call.indexOf('(')),
    document: `{ ${call}period: { from: "2025-01", to: "2025-12" }) { __typename } }`,
    variables: () => ({}),
    allowed: ['finance', 'operator'],
  })),
  { field: 'integrityPenaltyImportTemplate', document: `{ integrityPenaltyImportTemplate { fileName } }`, variables: () => ({}), allowed: ['operator', 'finance'] },
  {
    field: 'importIntegrityPenalties',
    document: `mutation ($input: ImportIntegrityPenaltiesInput!) { importIntegrityPenalties(input: $input) { total } }`,
    variables: (w) => ({
      input: { fileName: 'p.csv', contentBase64: Buffer.from(`供应商统一社会信用代码,类别,决定书文号,决定机关,决定日期\r\n${w.people.organisations.supplier.uscc},行政处罚,矩阵罚〔2026〕${randomInt(1_000_000_000)}号,矩阵机关,2026-01-05\r\n`).toString('base64') },
    }),
    allowed: ['operator', 'finance'],
  },
  // Auctions (docs/sourcing.md): public asset auctions are public; bidding and registering are for any tenant user.
  { field: 'auction', document: `query ($id: ID!) { auction(id: $id) { id } }`, variables: async (w) => ({ id: await insertAuction(w.people, { direction: 'forward' }) }), allowed: EVERYONE },
  { field: 'auctions', document: `{ auctions(first: 5) { nodes { id } } }`, variables: () => ({}), allowed: EVERYONE },
  {
    field: 'auctionLog',
    document: `query ($id: ID!) { auctionLog(auctionId: $id) { sequence } }`,
    variables: async (w) => ({ id: await insertSettledAuction(w.people, w.people.organisations.supplier.id, w.people.users.supplier.id) }),
    allowed: EVERYONE,
  },
  {
    field: 'auctionSettlement',
    document: `query ($id: ID!) { auctionSettlement(auctionId: $id) { id } }`,
    variables: async (w) => ({ id: await insertSettledAuction(w.people, w.people.organisations.supplier.id, w.people.users.supplier.id) }),
    allowed: EVERYONE,
  },
  {
    field: 'myAuctionBids',
    document: `query ($id: ID!) { myAuctionBids(auctionId: $id) { id } }`,
    variables: async (w) => ({ id: await insertAuction(w.people, { direction: 'forward' }) }),
    allowed: TENANT_CALLERS,
  },
  {
    field: 'createAuction',
    document: `mutation ($input: CreateAuctionInput!) { createAuction(input: $input) { id } }`,
    variables: async (w) => ({
      input: {
        direction: w.caller === 'agency' ? 'REVERSE' : 'FORWARD', title: '矩阵竞价', description: '矩阵竞价说明', startPrice: '1000.00', step: '10.00', startsAt: new Date().toISOString(), durationMinutes: 30,
        ...(w.caller === 'agency' ? {
          buyerOrganisationId: w.people.organisations.purchasing_unit.id, deliveryAddress: ADDRESS,
          budgetLineId: await insertBudgetLine(w.people.tenant.id, w.people.organisations.purchasing_unit.id, 10_000_00n),
        } : {}),
      },
    }),
    allowed: ['purchaser', 'agency', 'finance'],
  },
  {
    field: 'cancelAuction',
    document: `mutation ($id: ID!) { cancelAuction(auctionId: $id, reason: "矩阵取消") { id } }`,
    variables: async (w) => ({ id: await insertAuction(w.people, { state: 'scheduled', startsAt: new Date(Date.now() + 3_600_000), endsAt: new Date(Date.now() + 7_200_000), organiserId: ownOrganisation(w), buyerId: w.people.organisations.purchasing_unit.id }) }),
    allowed: ['purchaser', 'agency', 'finance'],
  },
  {
    field: 'registerForAuction',
    document: `mutation ($id: ID!) { registerForAuction(auctionId: $id) { id } }`,
    variables: async (w) => ({ id: await insertAuction(w.people, { direction: 'forward', depositFen: 100_000n, organiserId: otherOrganisation(w) }) }),
    allowed: TENANT_CALLERS,
  },
  {
    field: 'placeAuctionBid',
    document: `mutation ($input: PlaceAuctionBidInput!) { placeAuctionBid(input: $input) { bid { id } } }`,
    variables: async (w) => ({ input: { auctionId: await insertAuction(w.people, { direction: 'forward', startPriceFen: 100_000n, organiserId: otherOrganisation(w) }), price: '1000.00', clientKey: `matrix-${newId()}` } }),
    allowed: TENANT_CALLERS,
  },
  // Online inquiry (docs/sourcing.md).
  { field: 'inquiries', document: `{ inquiries { id } }`, variables: () => ({}), allowed: ['purchaser', 'unitAdmin', 'finance'] },
  {
    field: 'inquiry',
    document: `query ($id: ID!) { inquiry(id: $id) { id } }`,
    variables: async (w) => ({ id: (await insertInquiry(w.people, 'published')).inquiryId }),
    allowed: ['purchaser', 'unitAdmin', 'finance', 'supplier'],
  },
  {
    field: 'inquiryQuotes',
    document: `query ($id: ID!) { inquiryQuotes(inquiryId: $id) { id } }`,
    variables: async (w) => ({ id: (await insertInquiry(w.people, 'closed', { quotes: [{ supplierId: w.people.organisations.supplier.id, unitPriceFen: 2500_00n }] })).inquiryId }),
    allowed: ['purchaser', 'unitAdmin', 'finance', 'supplier'],
  },
  {
    field: 'myInquiryQuote',
    document: `query ($id: ID!) { myInquiryQuote(inquiryId: $id) { id } }`,
    variables: async (w) => ({ id: (await insertInquiry(w.people, 'published', { quotes: [{ supplierId: w.people.organisations.supplier.id, unitPriceFen: 2500_00n }] })).inquiryId }),
    allowed: ['supplier'],
  },
  { field: 'inquiryInvitations', document: `{ inquiryInvitations { id } }`, variables: () => ({}), allowed: ['supplier'] },
  {
    field: 'publishInquiry',
    document: `mutation ($input: PublishInquiryInput!) { publishInquiry(input: $input) { id } }`,
    variables: async (w) => ({ input: inquiryInput(await insertBudgetLine(w.people.tenant.id, w.people.organisations.purchasing_unit.id, 100_000_00n)) }),
    allowed: ['purchaser'],
  },
  {
    field: 'cancelInquiry',
    document: `mutation ($id: ID!) { cancelInquiry(id: $id, reason: "需求变更") { id } }`,
    variables: async (w) => ({ id: (await insertInquiry(w.people, 'published')).inquiryId }),
    allowed: ['purchaser'],
  },
  {
    field: 'closeInquiry',
    document: `mutation ($id: ID!) { closeInquiry(id: $id) { id } }`,
    variables: async (w) => ({ id: (await insertInquiry(w.people, 'published', { deadline: new Date(Date.now() - 1000) })).inquiryId }),
    allowed: ['purchaser'],
  },
  {
    field: 'awardInquiry',
    document: `mutation ($id: ID!, $q: ID!) { awardInquiry(id: $id, quoteId: $q) { id } }`,
    variables: async (w) => {
      const i = await insertInquiry(w.people, 'closed', { quotes: [{ supplierId: w.people.organisations.supplier.id, unitPriceFen: 2500_00n }] });
      return { id: i.inquiryId, q: i.quoteIds[0] };
    },
    allowed: ['purchaser'],
  },
  {
    field: 'passOverInquiryQuote',
    document: `mutation ($id: ID!, $q: ID!) { passOverInquiryQuote(id: $id, quoteId: $q, reason: "样品不符") { id } }`,
    variables: async (w) => {
      const i = await insertInquiry(w.people, 'closed', { quotes: [{ supplierId: w.people.organisations.supplier.id, unitPriceFen: 2500_00n }] });
      return { id: i.inquiryId, q: i.quoteIds[0] };
    },
    allowed: ['purchaser'],
  },
  {
    field: 'relaunchInquiry',
    document: `mutation ($id: ID!, $d: DateTime!, $k: String!) { relaunchInquiry(id: $id, quoteDeadline: $d, idempotencyKey: $k) { id } }`,
    variables: async (w) => ({ id: (await insertInquiry(w.people, 'failed')).inquiryId, d: quoteDeadlineIn(), k: newId() }),
    allowed: ['purchaser'],
  },
  {
    field: 'submitInquiryQuote',
    document: `mutation ($input: SubmitInquiryQuoteInput!) { submitInquiryQuote(input: $input) { id } }`,
    variables: async (w) => {
      // Earlier rows (integrity) may have barred the matrix supplier; quoting needs it in good standing.
      await asOwner(w.people.tenant.id, (c) => c.query(`update organisation set integrity_blocked = false, integrity_band_blocked = false where id = $1`, [w.people.organisations.supplier.id]));
      return { input: { inquiryId: (await insertInquiry(w.people, 'published')).inquiryId, unitPrice: '2500.00', offer: '某品牌办公桌', idempotencyKey: newId() } };
    },
    allowed: ['supplier'],
  },
  // Notifications: every tenant user has a centre of their own; operators see deliveries.
  { field: 'myNotifications', document: `{ myNotifications(first: 5) { nodes { id } } }`, variables: () => ({}), allowed: TENANT_CALLERS },
  { field: 'unreadNotificationCount', document: `{ unreadNotificationCount }`, variables: () => ({}), allowed: TENANT_CALLERS },
  { field: 'markNotificationsRead', document: `mutation { markNotificationsRead(input: { all: true }) }`, variables: () => ({}), allowed: TENANT_CALLERS },
  { field: 'myNotificationPreferences', document: `{ myNotificationPreferences { eventType } }`, variables: () => ({}), allowed: TENANT_CALLERS },
  {
    field: 'setNotificationPreference',
    document: `mutation { setNotificationPreference(eventType: "deposits.deposit.refunded", channel: EMAIL, enabled: true) { enabled } }`,
    variables: () => ({}),
    allowed: TENANT_CALLERS,
  },
  {
    field: 'registerPushSubscription',
    document: `mutation ($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) { id } }`,
    variables: () => {
      const ecdh = createECDH('prime256v1');
      return { input: { endpoint: `https://push.example.cn/${randomInt(1_000_000_000)}`, p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
    },
    allowed: TENANT_CALLERS,
  },
  { field: 'myNotificationSettings', document: `{ myNotificationSettings { emailAvailable } }`, variables: () => ({}), allowed: TENANT_CALLERS },
  { field: 'setMyNotificationEmail', document: `mutation { setMyNotificationEmail(email: "matrix@example.cn") { email } }`, variables: () => ({}), allowed: TENANT_CALLERS },
  { field: 'notificationDeliveries', document: `{ notificationDeliveries(state: FAILED) { nodes { id } } }`, variables: () => ({}), allowed: ['operator'] },
  {
    field: 'resendNotificationDelivery',
    document: `mutation ($id: ID!) { resendNotificationDelivery(id: $id) { id } }`,
    variables: async (w) => ({ id: (await insertNotification(w.people.tenant.id, w.people.users.supplier.id, 'failed')).deliveryId }),
    allowed: ['operator'],
  },
  // Contract financing (docs/financing.md).
  { field: 'lenders', document: `{ lenders { id } }`, variables: () => ({}), allowed: ['supplier', 'finance', 'operator'] },
  {
    field: 'registerLender',
    document: `mutation ($input: LenderInput!) { registerLender(input: $input) { id } }`,
    variables: () => ({ input: matrixLenderInput() }),
    allowed: ['operator'],
  },
  {
    field: 'updateLender',
    document: `mutation ($id: ID!, $input: LenderInput!) { updateLender(id: $id, input: $input) { id } }`,
    variables: async (w) => ({ id: (await matrixLender(w)).id, input: matrixLenderInput() }),
    allowed: ['operator'],
  },
  { field: 'setLenderActive', document: `mutation ($id: ID!) { setLenderActive(id: $id, active: true) { id } }`, variables: async (w) => ({ id: (await matrixLender(w)).id }), allowed: ['operator'] },
  { field: 'financeableContracts', document: `{ financeableContracts { subjectId } }`, variables: () => ({}), allowed: ['supplier'] },
  { field: 'financingApplications', document: `{ financingApplications { id } }`, variables: () => ({}), allowed: ['supplier', 'finance', 'operator'] },
  {
    field: 'financingApplication',
    document: `query ($id: ID!) { financingApplication(id: $id) { id } }`,
    variables: async (w) => ({ id: await insertApplication(w.people, await matrixLender(w), newId()) }),
    allowed: ['supplier', 'finance', 'operator'],
  },
  {
    field: 'applyForFinancing',
    document: `mutation ($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) { id } }`,
    variables: async (w) => {
      const { orderId } = await insertOrder(w.people, 'confirmed', w.catalog.approvedListingId);
      // Above the default financing threshold of ¥50,000.00.
      await asOwner(w.people.tenant.id, (c) => c.query(`update mall_order set total_fen = 6000000 where id = $1`, [orderId]));
      return { input: { subjectType: 'MALL_ORDER', subjectId: orderId, lenderId: (await matrixLender(w)).id, amount: '50000.00', consent: true } };
    },
    allowed: ['supplier'],
  },
  {
    field: 'subjectPayeeAccount',
    document: `query ($id: ID!) { subjectPayeeAccount(subjectType: MALL_ORDER, subjectId: $id) { locked lock { id } } }`,
    variables: async (w) => {
      const { orderId } = await insertOrder(w.people, 'invoiced', w.catalog.approvedListingId);
      await insertLock(w.people, await matrixLender(w), orderId);
      return { id: orderId };
    },
    allowed: ['supplier', 'purchaser', 'unitAdmin', 'finance', 'operator'],
  },
  { field: 'financingPlatformKey', document: `{ financingPlatformKey { publicKey } }`, variables: () => ({}), allowed: EVERYONE },
  { field: 'financingStatistics', document: `{ financingStatistics(period: { from: "2026-01", to: "2026-03" }) { month } }`, variables: () => ({}), allowed: ['finance', 'operator'] },
];
/** An operation on a fresh price finding of the matrix supplier (on a listing of its own), in `state`. */
function findingRow(field: string, document: string, state: 'open' | 'justified', allowed: readonly Caller[]): Row {
  return {
    field,
    document,
    variables: async (w) => ({ id: await insertFinding(w.people.tenant.id, await insertListing(w.people, 'approved'), w.people.organisations.supplier.id, { state }) }),
    allowed,
  };
}

const pools = new Map<string, Promise<unknown>>();
/** Four experts beside the fixture's: a panel of five can be drawn. */
function matrixExpertPool(w: World): Promise<unknown> {
  const id = w.people.tenant.id;
  if (!pools.has(id)) pools.set(id, Promise.all([1, 2, 3, 4].map((i) => insertExpert(id, `m${i}`, w.people.organisations.finance_department.id))));
  return pools.get(id)!;
}

/** Award rows read one awarded lot and one published contract, made on first use. */
let awardShared: Promise<AwardedLot> | undefined;
let contractShared: Promise<AwardedLot> | undefined;
const sharedAward = (w: World) => (awardShared ??= insertAwardedLot(w.people));
const sharedContract = (w: World) => (contractShared ??= insertAwardedLot(w.people, { published: true }));

/** A project of the matrix unit, run by the matrix agency too, in a state. */
async function matrixProject(w: World, state: 'draft' | 'published'): Promise<string> {
  return (await insertAgencyProject(w.people, { state })).projectId;
}

/** A project input that passes every check, for the unit (agencies name it). */
async function matrixProjectInput(w: World) {
  return {
    buyerId: w.people.organisations.purchasing_unit.id, budgetLineId: await insertBudgetLine(w.people.tenant.id, w.people.organisations.purchasing_unit.id, 10_000_00n),
    title: '矩阵项目', description: '矩阵', method: 'PUBLIC_TENDER', kind: 'GOODS', categoryCode: 'A02010104', evaluationMethod: 'LOWEST_PRICE', criteria: [],
    smeDeductionBp: 1000, qualification: '无特殊要求', ...LAWFUL_DATES, lots: [{ title: '一包', scope: '若干', budget: '100.00', deposit: '0.00' }],
  };
}

/** A mutation on a fresh deposit of the matrix supplier, on a lot of the matrix unit, in `state`. */
function depositRow(field: string, call: string, state: 'held' | 'forfeited' | 'challenged', allowed: readonly Caller[]): Row {
  return {
    field,
    document: `mutation ($id: ID!) { ${call} { id } }`,
    variables: async (w) => {
      const { lotIds: [lotId] } = await insertTenderProject(w.people, { lots: [{ depositFen: 100_000n }] });
      return { id: await insertDeposit(w.people.tenant.id, lotId, w.people.organisations.supplier.id, { state }) };
    },
    allowed,
  };
}

/** An order of the matrix tenant's unit with its supplier, in a state. */
async function matrixOrder(w: World, state: OrderStateName) {
  return insertOrder(w.people, state, w.catalog.approvedListingId);
}

/** A mutation on a fresh order in `state`. */
function orderRow(field: string, call: string, state: OrderStateName, allowed: readonly Caller[]): Row {
  return { field, document: `mutation ($id: ID!) { ${call} { id } }`, variables: async (w) => ({ id: (await matrixOrder(w, state)).orderId }), allowed };
}

describe('role matrix: every operation × every role, over HTTP with real tokens', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let operator: TestOperator;
  const tokens = new Map<Caller, string | undefined>();
  let catalog: World['catalog'];
  let payments: World['payments'];

  beforeAll(async () => {
    api = await startApi();
    [people, operator] = await Promise.all([createPeople(), createPlatformOperator()]);
    for (const k of TENANT_CALLERS) tokens.set(k, (await login(api, people.tenant, people.users[k].loginName)).accessToken);
    tokens.set('platformOperator', await operatorLogin(api, operator.loginName));
    tokens.set('anonymous', undefined);
    await seedCategories(people.tenant.id);
    catalog = { standardProductId: newId(), approvedListingId: await insertListing(people, 'approved'), uploadId: newId() };
    await asOwner(people.tenant.id, async (c) => {
      await c.query(`insert into standard_product (id, tenant_id, category_id, brand, model, name, specs) select $1, tenant_id, id, '矩阵', 'S-1', '矩阵桌', '[]' from category where code = 'A060201'`, [catalog.standardProductId]);
      await c.query(`insert into listing_upload (id, tenant_id, supplier_id, uploaded_by, file_name, state, total, row_errors) values ($1, $2, $3, $4, 'x.csv', 'done', 0, '[]')`, [catalog.uploadId, people.tenant.id, people.organisations.supplier.id, people.users.supplier.id]);
    });
  });
  beforeAll(async () => {
    const gateway = await new AlipayGateway().start();
    await configureAlipay(api, people, await login(api, people.tenant, people.users.finance.loginName), gateway);
    payments = { payables: registerTestPayables(api), gateway, visibleId: (await insertPayment(people, 'awaiting_approval')).id };
  });
  // A price feed that answers with no prices, so that reading it succeeds for whoever may.
  let feed: Server;
  beforeAll(async () => {
    feed = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"prices":[]}'));
    await new Promise<void>((r) => feed.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/prices.json`;
    await asOwner(people.tenant.id, (c) => c.query(`update tenant set settings = jsonb_set(settings, '{inspection}', jsonb_build_object('referenceFeedUrl', $2::text)) where id = $1`, [people.tenant.id, url]));
  });
  afterAll(async () => {
    await api.close();
    await payments?.gateway.close();
    await new Promise<void>((r) => (feed ? feed.close(() => r()) : r()));
  });

  const cells = MATRIX.flatMap((row) => CALLERS.map((caller) => ({ row, caller, allowed: row.allowed === EVERYONE || row.allowed.includes(caller) })));

  it.each(cells.map((c) => [c.row.field, c.caller, c.allowed ? 'allowed' : 'refused', c] as const))('%s by %s: %s', async (_f, caller, _e, cell) => {
    const world: World = {
      people,
      operator,
      caller,
      freshRefreshToken: async () => (await login(api, people.tenant, people.users.expert.loginName)).refreshToken,
      catalog,
      payments,
    };
    const { body } = await api.gql(cell.row.document, { variables: await cell.row.variables(world), headers: headers(people.tenant, tokens.get(caller)) });
    if (cell.allowed) {
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data?.[cell.row.field]).not.toBeNull();
    } else {
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0].extensions?.code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  it('covers every Query and Mutation field of the schema', async () => {
    const { body } = await api.gql(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    const schema = body.data?.__schema as { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    const fields = [...schema.queryType.fields, ...schema.mutationType.fields].map((f) => f.name).sort();
    expect(MATRIX.map((r) => r.field).sort(), 'add a row to the role matrix for each new operation').toEqual(fields);
  });
});
