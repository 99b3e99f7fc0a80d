import type { PeopleFixture, PersonKey, TestSession } from '../identity.js';
import { newId } from '@zhengcai/schema';
import { randomUscc, TEST_PASSWORD } from '../identity.js';
import { asOwner } from '../tenants.js';
import { insertSearchDocument } from '../search/seed.js';
import { deskInput, insertListing, listingState, oneRowCsvBase64, seedCategories } from '../catalog.js';
import { insertPayment, paymentRow, paymentSettingsRow } from '../payments.js';
import { depositState, guaranteeState, insertDeposit, insertFlaggedTransfer, insertGuarantee, insertIssuer, insertRefundAwaitingBank, issuerKeys, refundState, signedGuaranteeInput, transferInput } from '../deposits.js';
import { insertTenderProject } from '../tender.js';
import { insertIntegrityAppeal, insertIntegrityEvent, integrityAppealState, integrityEventState, penaltyCount } from '../integrity.js';
import { findingState, insertFinding, insertInspectionRun, insertReferenceImport, insertStandardProduct, referenceCsvBase64 } from '../oversight.js';
import { bidContent, bidCount, bidState, insertSealedBid, insertSigningKey, sealing, submitInput } from '../sealed-bids.js';
import { ADDRESS, budgetLineState, insertBudgetLine, insertOrder, orderState, type OrderStateName } from '../mall.js';
import { insertLotBid, insertSignal, signalsOf, signalState } from '../signals.js';
import { type EvaluationSpec, evaluationCounts, insertEvaluation, lotState } from '../evaluation.js';
import { insertExpert } from '../tender.js';
import { insertNotification, insertPushSubscription, notificationRow, preferenceCount, pushSubscriptionRow } from '../notifications.js';
import { type AwardedLot, insertAwardedLot, insertChallenge, insertComplaint, insertRecommendedLot, type RecommendedLot, signContractAs } from '../tender.js';
import { insertAuditEntry } from '../audit.js';
import { auctionRow, insertAuction, insertSettledAuction } from '../auctions.js';
import { insertAgencyProject, insertRegistration, insertTenderDocument, LAWFUL_DATES, projectFootprint } from '../tender-notices.js';
import { inquiryInput, inquiryState, insertInquiry, quoteDeadlineIn } from '../sourcing.js';
import { insertApplication, insertLender, insertLock, lenderKeys, type TestLender } from '../financing.js';
import { currentMonthPeriod, insertContractAt, insertOrderAt, insertStatisticsReport, insertTaggedListing, statisticsReportState } from '../statistics.js';

/** The victim's catalog: categories seeded once per victim, listings made per case. */
const seeded = new Set<string>();
async function victimCatalog(victim: TenantSide): Promise<void> {
  if (seeded.has(victim.people.tenant.id)) return;
  seeded.add(victim.people.tenant.id);
  await seedCategories(victim.people.tenant.id);
}

/**
 * Ids (and other identifying strings) of every record the cases create for the victim: the
 * suite looks for them in every answer, so a case that leaks a record other than the one it
 * named is caught too. Helpers that make victim records add to it.
 */
export const victimRecords = new Set<string>();
function remember<T extends string>(value: T): T {
  victimRecords.add(value);
  return value;
}

async function victimListing(victim: TenantSide, state: Parameters<typeof insertListing>[1]): Promise<string> {
  await victimCatalog(victim);
  return remember(await insertListing(victim.people, state));
}

/** A listing case: the victim's listing must keep its state. */
function listingCase(field: string, document: string, caller: PersonKey, state: Parameters<typeof insertListing>[1]): CrossTenantCase {
  return {
    field,
    type: 'mutation',
    document,
    caller,
    variables: async (victim) => ({ id: await victimListing(victim, state) }),
    async victimUnharmed(victim, vars) {
      if ((await listingState(victim.people.tenant.id, String(vars.id))) !== state) throw new Error(`the victim's listing was changed by ${field}`);
    },
  };
}

async function victimUpload(victim: TenantSide): Promise<string> {
  const id = newId();
  await asOwner(victim.people.tenant.id, (c) =>
    c.query(`insert into listing_upload (id, tenant_id, supplier_id, uploaded_by, file_name, state, total, row_errors) values ($1, $2, $3, $4, '受害者.csv', 'done', 1, '[{"row":2,"field":"price","reason":"PRICE_FORMAT","params":{"value":"受害者价格"}}]')`,
      [id, victim.people.tenant.id, victim.people.organisations.supplier.id, victim.people.users.supplier.id]),
  );
  return remember(id);
}

/** A listing of the victim's supplier in the victim's search index. */
const victimSearchDocument = async (victim: TenantSide) =>
  remember(await insertSearchDocument(victim.people.tenant.id, {
    title: remember('受害省 台式计算机'),
    supplierId: victim.people.organisations.supplier.id,
    supplierName: victim.people.organisations.supplier.name,
  }));

/** The victim's order in a state, with its supplier and unit. */
async function victimOrder(victim: TenantSide, state: OrderStateName) {
  return insertOrder(victim.people, state, await victimListing(victim, 'approved'));
}

/** An order case: the attacker's role acts on the victim's order, which must keep its state. */
function orderCase(field: string, call: string, caller: PersonKey, state: OrderStateName): CrossTenantCase {
  return {
    field,
    type: 'mutation',
    document: `mutation ($id: ID!) { ${call} { id state orderNo } }`,
    caller,
    variables: async (victim) => ({ id: (await victimOrder(victim, state)).orderId }),
    async victimUnharmed(victim, vars) {
      if ((await orderState(victim.people.tenant.id, String(vars.id))) !== state) throw new Error(`the victim's order was changed by ${field}`);
    },
  };
}

const victimBudgetLine = (victim: TenantSide) => insertBudgetLine(victim.people.tenant.id, victim.people.organisations.purchasing_unit.id, 10_000_00n);

/** The victim's line must keep its amount and have nothing frozen. */
async function budgetUnharmed(victim: TenantSide, lineId: string) {
  const state = await budgetLineState(victim.people.tenant.id, lineId);
  if (state.amount !== 10_000_00n || state.frozen !== 0n) throw new Error("the victim's budget line was changed by the attack");
}

/** A project of the victim's unit, run by its agency, in a state (published: open for bids). */
async function victimProject(victim: TenantSide, state: 'draft' | 'published'): Promise<string> {
  const { projectId, lotIds } = await insertAgencyProject(victim.people, { state });
  lotIds.forEach(remember);
  return remember(projectId);
}

/** A project case: the victim's project keeps its state, lots, title, and gains no clarification, document, registration or question. */
function projectCase(field: string, state: 'draft' | 'published', caller: PersonKey): CrossTenantCase {
  const expected = { state, title: '办公计算机采购项目', lots: [state === 'draft' ? 'draft' : 'bidding'], clarifications: 0, documents: 0, registrations: 0, questions: 0 };
  return {
    field,
    type: 'mutation',
    document: '',
    caller,
    variables: async (victim) => ({ id: await victimProject(victim, state) }),
    async victimUnharmed(victim, vars) {
      const { bid_deadline: _deadline, ...after } = await projectFootprint(victim.people.tenant.id, String(vars.id));
      if (JSON.stringify(after) !== JSON.stringify(expected)) throw new Error(`the victim's project was changed by ${field}: ${JSON.stringify(after)}`);
    },
  };
}

/** One tenant's side of the cross-tenant suite: its people, and sessions made on demand. */
export interface TenantSide {
  readonly people: PeopleFixture;
  /** A new login session of that person (so a test may spend or end it). */
  session(person: PersonKey): Promise<TestSession>;
}

/** Kinds of a tenant's identifiers the suite looks for in responses. */
export type MarkerKind = 'tenant' | 'organisation' | 'user' | 'session' | 'record';

/**
 * One GraphQL root field, attacked from another tenant. Every Query and Mutation field must
 * have an entry: the suite fails on a field without one, so each issue that adds an operation
 * adds its entry here too.
 */
/** A sealed bid of the victim's supplier on a fresh lot of the victim, in bidding or opening. */
async function victimBid(victim: TenantSide, state: 'bidding' | 'opening' = 'bidding') {
  const { lotIds: [lotId] } = await insertTenderProject(victim.people, { lots: [{ state }] });
  const { bidId, key } = await insertSealedBid(victim.people.tenant.id, lotId, victim.people.organisations.supplier.id, victim.people.users.supplier.id);
  return { lotId: remember(lotId), bidId: remember(bidId), key };
}

/** A bid case: the attacker's supplier acts on the victim's sealed bid, which must stay sealed. */
function bidCase(field: string, document: string, lot: 'bidding' | 'opening'): CrossTenantCase {
  return {
    field,
    type: 'mutation',
    document,
    caller: 'supplier',
    variables: async (victim) => {
      const { bidId, key } = await victimBid(victim, lot);
      return { id: bidId, key };
    },
    async victimUnharmed(victim, vars) {
      if ((await bidState(victim.people.tenant.id, String(vars.id))) !== 'submitted') throw new Error(`the victim's bid was changed by ${field}`);
    },
  };
}

export interface CrossTenantCase {
  /** Root field name, e.g. `organisation`. */
  readonly field: string;
  readonly type: 'query' | 'mutation';
  readonly document: string;
  /** Whose token of the attacking tenant is used: the role that may legitimately call it. */
  readonly caller: PersonKey;
  /** Variables aimed at the victim tenant: its ids, tokens, login names. */
  variables(victim: TenantSide, attacker: TenantSide): Promise<Record<string, unknown>>;
  /** Identifiers this operation shows publicly by design (with the reason in a comment). */
  readonly publicMarkers?: readonly MarkerKind[];
  /** After the attack: the victim's data must be as it was. */
  victimUnharmed?(victim: TenantSide, variables: Record<string, unknown>, check: { refreshWorks(token: string): Promise<boolean> }): Promise<void>;
}

/** A payment case: the victim's payment must keep its state, gain no refund and no sibling. */
function paymentCase(field: string, document: string, caller: PersonKey, state: Parameters<typeof insertPayment>[1], extra: Record<string, unknown> = {}): CrossTenantCase {
  return {
    field,
    type: 'mutation',
    document,
    caller,
    variables: async (victim) => ({ id: (await insertPayment(victim.people, state)).id, ...extra }),
    async victimUnharmed(victim, vars) {
      const row = await paymentRow(victim.people.tenant.id, String(vars.id));
      if (row?.state !== state || row.refunds !== 0 || row.subjectPayments !== 1) throw new Error(`the victim's payment was changed by ${field}: ${JSON.stringify(row)}`);
    },
  };
}

/** A lot of the victim in evaluation (its ids remembered). */
async function victimEvaluation(victim: TenantSide, spec: EvaluationSpec = {}) {
  const e = await insertEvaluation(victim.people, spec);
  [e.projectId, e.lotId, ...e.bidIds, ...(e.deviationId ? [e.deviationId] : [])].forEach((id) => remember(id));
  return e;
}

/** An evaluation case: the victim's lot must keep its state, scores, submissions and reasons. */
function evaluationCase(field: string, type: 'query' | 'mutation', document: string, caller: PersonKey, spec: EvaluationSpec, vars: (e: Awaited<ReturnType<typeof insertEvaluation>>) => Record<string, unknown>): CrossTenantCase {
  return {
    field,
    type,
    document,
    caller,
    variables: async (victim) => {
      const e = await victimEvaluation(victim, spec);
      return { ...vars(e), _lot: e.lotId };
    },
    async victimUnharmed(victim, v) {
      const lotId = String(v._lot);
      const before = { draws: (spec.members ?? [null]).length ? 1 : 0, scores: spec.scored || spec.submitted ? 6 : 0, submitted: spec.submitted ? 1 : 0, explained: 0 };
      const after = await evaluationCounts(victim.people.tenant.id, lotId);
      if (JSON.stringify(after) !== JSON.stringify(before) || (await lotState(victim.people.tenant.id, lotId)) !== (spec.lotState ?? 'evaluating')) {
        throw new Error(`the victim's evaluation was changed by ${field}: ${JSON.stringify(after)}`);
      }
    },
  };
}

const PAYMENT_READ = 'id paymentNo subjectId payerOrganisationId payeeOrganisationId title state refunds { outRequestNo }';

/** The victim's tender lots: every id they carry is a marker. */
function rememberLot<T extends RecommendedLot | AwardedLot>(lot: T): T {
  remember(lot.lotId);
  remember(lot.projectId);
  for (const b of lot.bids) [b.bidId, b.organisationId, b.userId, b.loginName].forEach(remember);
  if ('awardId' in lot) [lot.awardId, lot.contractId].forEach(remember);
  return lot;
}
const victimRecommended = async (victim: TenantSide) => rememberLot(await insertRecommendedLot(victim.people));
const victimAwarded = async (victim: TenantSide, options: { published?: boolean } = {}) => rememberLot(await insertAwardedLot(victim.people, options));
const tenderRow = async (victim: TenantSide, sql: string, params: unknown[]) => (await asOwner(victim.people.tenant.id, (c) => c.query(sql, params))).rows[0] as Record<string, unknown> | undefined;
async function victimChallenge(victim: TenantSide, state: 'pending' | 'answered') {
  const lot = await victimAwarded(victim);
  return { lot, challengeId: remember(await insertChallenge(victim.people.tenant.id, lot.lotId, victim.people.organisations.supplier.id, victim.people.users.supplier.id, state)) };
}
async function expectRow(victim: TenantSide, what: string, sql: string, params: unknown[], expected: Record<string, unknown>) {
  const row = await tenderRow(victim, sql, params);
  for (const [k, v] of Object.entries(expected)) if (row?.[k] !== v) throw new Error(`the victim's ${what} was changed: ${JSON.stringify(row)}`);
}
const AWARD_READ = 'id lotId projectId winnerOrganisationId winnerName ranking { supplierName }';
const CHALLENGE_READ = 'id lotId supplierOrganisationId supplierName content';
const CONTRACT_READ = 'id lotId buyerOrganisationId supplierOrganisationId buyerName supplierName canonicalText';

export const CROSS_TENANT_CASES: readonly CrossTenantCase[] = [
  {
    field: 'startPayment',
    type: 'mutation',
    document: `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { ${PAYMENT_READ} } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      const p = await insertPayment(victim.people, 'rejected');
      return { id: p.id, input: { subjectType: 'test-subject', subjectId: p.subjectId, provider: 'TREASURY', idempotencyKey: `attack-${p.id}` } };
    },
    async victimUnharmed(victim, vars) {
      const row = await paymentRow(victim.people.tenant.id, String(vars.id));
      if (row?.subjectPayments !== 1) throw new Error("a payment was started for the victim's subject");
    },
  },
  { field: 'payment', type: 'query', document: `query ($id: ID!) { payment(id: $id) { ${PAYMENT_READ} } }`, caller: 'finance', variables: async (victim) => ({ id: (await insertPayment(victim.people, 'succeeded')).id }) },
  {
    field: 'payments',
    type: 'query',
    document: `query ($s: String) { payments(first: 100, subjectId: $s) { nodes { ${PAYMENT_READ} } } }`,
    caller: 'finance',
    variables: async (victim) => {
      await insertPayment(victim.people, 'succeeded');
      return { s: null };
    },
  },
  {
    field: 'paymentRequests',
    type: 'query',
    document: `{ paymentRequests(first: 100) { nodes { ${PAYMENT_READ} } } }`,
    caller: 'finance',
    variables: async (victim) => {
      await insertPayment(victim.people, 'awaiting_approval');
      return {};
    },
  },
  paymentCase('refreshPayment', `mutation ($id: ID!) { refreshPayment(id: $id) { ${PAYMENT_READ} } }`, 'purchaser', 'pending'),
  paymentCase('approvePaymentRequest', `mutation ($id: ID!, $ref: String!) { approvePaymentRequest(id: $id, bankReference: $ref) { ${PAYMENT_READ} } }`, 'finance', 'awaiting_approval', { ref: 'ATTACK-0001' }),
  paymentCase('rejectPaymentRequest', `mutation ($id: ID!, $reason: String!) { rejectPaymentRequest(id: $id, reason: $reason) { ${PAYMENT_READ} } }`, 'finance', 'awaiting_approval', { reason: '越权驳回' }),
  {
    field: 'clearPaymentReview',
    type: 'mutation',
    document: `mutation ($id: ID!, $note: String!) { clearPaymentReview(id: $id, note: $note) { ${PAYMENT_READ} } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: remember((await insertPayment(victim.people, 'pending', { flagged: true })).id), note: '越权清除' }),
    async victimUnharmed(victim, vars) {
      const flagged = await asOwner(victim.people.tenant.id, async (c) => (await c.query('select review_reason from payment where id = $1', [vars.id])).rows[0]?.review_reason);
      if (flagged !== 'amount_mismatch') throw new Error(`the victim's review flag was cleared: ${flagged}`);
    },
  },
  paymentCase(
    'refundPayment',
    `mutation ($id: ID!, $amount: Money!, $reason: String!, $key: String!) { refundPayment(id: $id, amount: $amount, reason: $reason, idempotencyKey: $key) { ${PAYMENT_READ} } }`,
    'finance',
    'succeeded',
    { amount: '1.00', reason: '越权退款', key: 'attack-refund-1' },
  ),
  {
    field: 'paymentProviders',
    type: 'query',
    document: `{ paymentProviders { enabled default } }`,
    caller: 'purchaser',
    variables: async () => ({}),
  },
  {
    field: 'paymentSettings',
    type: 'query',
    document: `{ paymentSettings { enabledProviders defaultProvider alipayAppId alipayPublicKey alipayNotifyUrl alipayPrivateKeyConfigured } }`,
    caller: 'finance',
    variables: async () => ({}),
  },
  {
    field: 'updatePaymentSettings',
    type: 'mutation',
    document: `mutation ($input: PaymentSettingsInput!) { updatePaymentSettings(input: $input) { enabledProviders defaultProvider } }`,
    caller: 'finance',
    variables: async (victim) => ({ before: await paymentSettingsRow(victim.people.tenant.id), input: { enabledProviders: ['TREASURY'], defaultProvider: 'TREASURY' } }),
    async victimUnharmed(victim, vars) {
      if ((await paymentSettingsRow(victim.people.tenant.id)) !== vars.before) throw new Error("the victim's payment settings were changed");
    },
  },
  {
    field: 'tenants',
    type: 'query',
    document: `{ tenants(first: 100) { nodes { id code slug name } } }`,
    caller: 'purchaser',
    variables: async () => ({}),
    // The province list (code, name) is public: it is how a client finds its province.
    publicMarkers: ['tenant'],
  },
  {
    field: 'tenant',
    type: 'query',
    document: `{ tenant { id code name settings { purchaseRoutes { directOrderMax } } } }`,
    caller: 'purchaser',
    variables: async () => ({}),
  },
  {
    field: 'login',
    type: 'mutation',
    document: `mutation ($loginName: String!, $password: String!) { login(loginName: $loginName, password: $password) { accessToken refreshToken user { id organisationId } } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ loginName: victim.people.users.operator.loginName, password: TEST_PASSWORD }),
  },
  {
    field: 'refreshSession',
    type: 'mutation',
    document: `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { id } } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ t: (await victim.session('operator')).refreshToken }),
    async victimUnharmed(_victim, vars, check) {
      if (!(await check.refreshWorks(String(vars.t)))) throw new Error("the victim's refresh token was spent or revoked by the attack");
    },
  },
  {
    field: 'logout',
    type: 'mutation',
    document: `mutation ($t: String!) { logout(refreshToken: $t) }`,
    caller: 'purchaser',
    variables: async (victim) => ({ t: (await victim.session('finance')).refreshToken }),
    async victimUnharmed(_victim, vars, check) {
      if (!(await check.refreshWorks(String(vars.t)))) throw new Error("the victim's session was ended by the attack");
    },
  },
  {
    field: 'me',
    type: 'query',
    document: `{ me { id loginName organisation { id name uscc } } }`,
    caller: 'purchaser',
    variables: async () => ({}),
  },
  {
    field: 'auditChainVerification',
    type: 'query',
    document: `{ auditChainVerification { ok checked firstBroken { seq entryId problem } } }`,
    caller: 'finance',
    variables: async () => ({}),
  },
  {
    field: 'updateTenantSettings',
    type: 'mutation',
    document: `mutation ($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { id code name } }`,
    caller: 'operator',
    variables: async () => ({ input: { name: '被篡改的省份', deposits: { interestRateBp: 999 } } }),
    async victimUnharmed(victim) {
      const row = await asOwner(victim.people.tenant.id, async (c) => (await c.query<{ name: string; settings: object }>('select name, settings from tenant where id = $1', [victim.people.tenant.id])).rows[0]);
      if (row.name !== victim.people.tenant.name || JSON.stringify(row.settings).includes('999')) throw new Error("the victim's settings were changed by the attack");
    },
  },
  {
    field: 'calendarDays',
    type: 'query',
    document: `{ calendarDays(year: 2031) { day kind name } }`,
    caller: 'operator',
    variables: async (victim) => {
      await asOwner(victim.people.tenant.id, (c) => c.query(`insert into calendar_day (id, tenant_id, day, kind, name) values ($1, $2, '2031-05-01', 'holiday', '受害省假日') on conflict do nothing`, [newId(), victim.people.tenant.id]));
      return {};
    },
  },
  {
    field: 'setCalendarDay',
    type: 'mutation',
    document: `mutation ($input: CalendarDayInput!) { setCalendarDay(input: $input) { day kind name } }`,
    caller: 'operator',
    variables: async () => ({ input: { day: '2031-06-02', kind: 'HOLIDAY', name: '越权假日' } }),
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select 1 from calendar_day where day = '2031-06-02'`)).rowCount);
      if (n) throw new Error("a day was added to the victim's calendar");
    },
  },
  {
    field: 'removeCalendarDay',
    type: 'mutation',
    document: `mutation ($day: String!) { removeCalendarDay(day: $day) }`,
    caller: 'operator',
    variables: async (victim) => {
      await asOwner(victim.people.tenant.id, (c) => c.query(`insert into calendar_day (id, tenant_id, day, kind, name) values ($1, $2, '2031-10-01', 'holiday', '受害省国庆') on conflict do nothing`, [newId(), victim.people.tenant.id]));
      return { day: '2031-10-01' };
    },
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select 1 from calendar_day where day = '2031-10-01'`)).rowCount);
      if (n !== 1) throw new Error("the victim's calendar day was removed by the attack");
    },
  },
  {
    field: 'organisations',
    type: 'query',
    document: `query ($after: String) { organisations(first: 100, after: $after) { nodes { id name uscc } pageInfo { endCursor } } }`,
    caller: 'operator',
    // A cursor pointing into the victim's list must not open it.
    variables: async (victim) => ({ after: Buffer.from(JSON.stringify([victim.people.organisations.operator.id])).toString('base64url') }),
  },
  {
    field: 'supplierDirectory',
    type: 'query',
    document: `query ($s: String!) { supplierDirectory(search: $s) { id name uscc } }`,
    caller: 'purchaser',
    // The start of the victim supplier's credit code: a match would answer with all of it and its name.
    variables: async (victim) => ({ s: victim.people.organisations.supplier.uscc!.slice(0, 12) }),
  },
  {
    field: 'organisation',
    type: 'query',
    document: `query ($id: ID!) { organisation(id: $id) { id name uscc kind } }`,
    caller: 'operator',
    variables: async (victim) => ({ id: victim.people.organisations.supplier.id }),
  },
  {
    field: 'createOrganisation',
    type: 'mutation',
    document: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name uscc } }`,
    caller: 'operator',
    // Registering the victim's supplier code is allowed (one USCC, many provinces), and must
    // neither reveal nor touch the victim's registration.
    variables: async (victim) => ({ input: { kind: 'SUPPLIER', name: '跨省注册测试公司', uscc: victim.people.organisations.supplier.uscc ?? randomUscc() } }),
  },
  {
    field: 'createUser',
    type: 'mutation',
    document: `mutation ($input: CreateUserInput!) { createUser(input: $input) { id organisationId loginName } }`,
    caller: 'operator',
    variables: async (victim) => ({
      input: { organisationId: victim.people.organisations.supplier.id, loginName: `intruder-${Date.now()}`, displayName: '入侵者', password: 'Intrude2026x', roles: ['SUPPLIER'] },
    }),
  },
  {
    field: 'operatorLogin',
    type: 'mutation',
    document: `mutation ($loginName: String!, $password: String!) { operatorLogin(loginName: $loginName, password: $password) { accessToken } }`,
    caller: 'purchaser',
    // A tenant operator's credentials are no platform operator's.
    variables: async (victim) => ({ loginName: victim.people.users.operator.loginName, password: TEST_PASSWORD }),
  },
  {
    field: 'platformTenants',
    type: 'query',
    document: `{ platformTenants { id name organisations users } }`,
    caller: 'operator',
    variables: async () => ({}),
  },
  {
    field: 'categoryTree',
    type: 'query',
    document: `{ categoryTree { id code name } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      await victimCatalog(victim);
      await asOwner(victim.people.tenant.id, (c) => c.query(`insert into category (id, tenant_id, code, name, level) values ($1, $2, 'C99', '受害省专有品目', 2) on conflict do nothing`, [newId(), victim.people.tenant.id]));
      return {};
    },
  },
  {
    field: 'categories',
    type: 'query',
    document: `query ($p: String) { categories(parentCode: $p) { id code name } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      await victimCatalog(victim);
      return { p: 'C' };
    },
  },
  {
    field: 'createCategory',
    type: 'mutation',
    document: `mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { id code parentCode } }`,
    caller: 'operator',
    variables: async (victim) => {
      await victimCatalog(victim);
      return { input: { code: 'C0698', name: '越权品目' } };
    },
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select 1 from category where code = 'C0698'`)).rowCount);
      if (n) throw new Error("a category was added to the victim's tree");
    },
  },
  {
    field: 'standardProducts',
    type: 'query',
    document: `query ($after: String) { standardProducts(first: 100, after: $after) { nodes { id brand model } } }`,
    caller: 'purchaser',
    variables: async () => ({}),
  },
  {
    field: 'standardProduct',
    type: 'query',
    document: `query ($id: ID!) { standardProduct(id: $id) { id brand model } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      await victimCatalog(victim);
      const id = newId();
      await asOwner(victim.people.tenant.id, (c) => c.query(`insert into standard_product (id, tenant_id, category_id, brand, model, name, specs) select $1, tenant_id, id, '受害者品牌', $2, '受害者标品', '[]' from category where code = 'A060201'`, [id, `V-${id}`]));
      return { id };
    },
  },
  {
    field: 'createStandardProduct',
    type: 'mutation',
    document: `mutation ($input: CreateStandardProductInput!) { createStandardProduct(input: $input) { id categoryCode } }`,
    caller: 'operator',
    variables: async (victim) => {
      await victimCatalog(victim);
      return { input: { categoryCode: 'C99', brand: '越权', model: 'X-1', name: '越权标品', specs: [] } };
    },
  },
  {
    field: 'listing',
    type: 'query',
    document: `query ($id: ID!) { listing(id: $id) { id supplierId supplierName title priceHistory { price } } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ id: await victimListing(victim, 'approved') }),
  },
  {
    field: 'myListings',
    type: 'query',
    document: `query ($after: String) { myListings(first: 100, after: $after) { nodes { id supplierId } } }`,
    caller: 'supplier',
    variables: async (victim) => {
      const id = await victimListing(victim, 'draft');
      return { after: Buffer.from(JSON.stringify([id])).toString('base64url') };
    },
  },
  {
    field: 'createListing',
    type: 'mutation',
    document: `mutation ($input: ListingInput!) { createListing(input: $input) { id supplierId } }`,
    caller: 'supplier',
    variables: async (victim) => {
      await victimCatalog(victim);
      return { input: deskInput({ categoryCode: 'C99', title: '越权商品' }) };
    },
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select 1 from listing where title = '越权商品'`)).rowCount);
      if (n) throw new Error("a listing was added to the victim's tenant");
    },
  },
  {
    field: 'updateListing',
    type: 'mutation',
    document: `mutation ($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { id title } }`,
    caller: 'supplier',
    variables: async (victim) => ({ id: await victimListing(victim, 'draft'), input: deskInput({ title: '被篡改的商品' }) }),
    async victimUnharmed(victim, vars) {
      const title = await asOwner(victim.people.tenant.id, async (c) => (await c.query<{ title: string }>('select title from listing where id = $1', [vars.id])).rows[0]?.title);
      if (title !== '测试办公桌') throw new Error("the victim's listing was rewritten");
    },
  },
  listingCase('submitListing', `mutation ($id: ID!) { submitListing(id: $id) { id state } }`, 'supplier', 'draft'),
  listingCase('resubmitListing', `mutation ($id: ID!) { resubmitListing(id: $id) { id state } }`, 'supplier', 'rejected'),
  listingCase('delistListing', `mutation ($id: ID!) { delistListing(id: $id) { id state } }`, 'supplier', 'approved'),
  {
    ...listingCase('changeListingPrice', `mutation ($id: ID!) { changeListingPrice(id: $id, price: "1.00") { id price } }`, 'supplier', 'approved'),
    async victimUnharmed(victim, vars) {
      const price = await asOwner(victim.people.tenant.id, async (c) => (await c.query<{ price_fen: string }>('select price_fen from listing where id = $1', [vars.id])).rows[0]?.price_fen);
      if (price !== '128000') throw new Error("the victim's price was changed");
    },
  },
  {
    ...listingCase('changeListingStock', `mutation ($id: ID!) { changeListingStock(id: $id, stock: 0) { id stock } }`, 'supplier', 'approved'),
    async victimUnharmed(victim, vars) {
      const stock = await asOwner(victim.people.tenant.id, async (c) => (await c.query<{ stock: number }>('select stock from listing where id = $1', [vars.id])).rows[0]?.stock);
      if (stock !== 10) throw new Error("the victim's stock was changed");
    },
  },
  {
    field: 'listingApprovalQueue',
    type: 'query',
    document: `query ($after: String) { listingApprovalQueue(first: 100, after: $after) { nodes { id supplierId supplierName } } }`,
    caller: 'operator',
    variables: async (victim) => {
      const id = await victimListing(victim, 'submitted');
      return { after: Buffer.from(JSON.stringify(['2000-01-01T00:00:00.000Z', id])).toString('base64url') };
    },
  },
  listingCase('approveListing', `mutation ($id: ID!) { approveListing(id: $id) { id state } }`, 'operator', 'submitted'),
  listingCase('rejectListing', `mutation ($id: ID!) { rejectListing(id: $id, reason: "越权驳回") { id state } }`, 'operator', 'submitted'),
  listingCase('operatorDelistListing', `mutation ($id: ID!) { operatorDelistListing(id: $id, reason: "越权下架") { id state } }`, 'operator', 'approved'),
  {
    field: 'setSupplierIntegrityBlocked',
    type: 'mutation',
    document: `mutation ($id: ID!) { setSupplierIntegrityBlocked(organisationId: $id, blocked: true, reason: "越权限制") { id name integrityBlocked } }`,
    caller: 'operator',
    variables: async (victim) => ({ id: victim.people.organisations.supplier.id }),
    async victimUnharmed(victim) {
      const blocked = await asOwner(victim.people.tenant.id, async (c) => (await c.query<{ integrity_blocked: boolean }>('select integrity_blocked from organisation where id = $1', [victim.people.organisations.supplier.id])).rows[0]?.integrity_blocked);
      if (blocked) throw new Error("the victim's supplier was blocked");
    },
  },
  {
    field: 'declareEnterpriseSize',
    type: 'mutation',
    document: `mutation { declareEnterpriseSize(size: MICRO) { id name enterpriseSize } }`,
    caller: 'supplier',
    variables: async () => ({}),
    async victimUnharmed(victim) {
      const size = await asOwner(victim.people.tenant.id, async (c) => (await c.query<{ enterprise_size: string | null }>('select enterprise_size from organisation where id = $1', [victim.people.organisations.supplier.id])).rows[0]?.enterprise_size);
      if (size) throw new Error("the victim's supplier size was changed");
    },
  },
  {
    field: 'declareSupplierContacts',
    type: 'mutation',
    document: `mutation { declareSupplierContacts(input: { legalRepresentative: "越权", contactPhone: "13800138000" }) { id name legalRepresentative } }`,
    caller: 'supplier',
    variables: async () => ({}),
    async victimUnharmed(victim) {
      const row = await asOwner(victim.people.tenant.id, async (c) => (await c.query<{ legal_representative: string | null }>('select legal_representative from organisation where id = $1', [victim.people.organisations.supplier.id])).rows[0]);
      if (row?.legal_representative) throw new Error("the victim's supplier contacts were changed");
    },
  },
  {
    field: 'listingUploadTemplate',
    type: 'query',
    document: `{ listingUploadTemplate { fileName mimeType } }`,
    caller: 'supplier',
    variables: async () => ({}),
  },
  {
    field: 'uploadListings',
    type: 'mutation',
    document: `mutation ($input: UploadListingsInput!) { uploadListings(input: $input) { id total } }`,
    caller: 'supplier',
    variables: async () => ({ input: { fileName: 'cross.csv', contentBase64: oneRowCsvBase64() } }),
  },
  {
    field: 'listingUpload',
    type: 'query',
    document: `query ($id: ID!) { listingUpload(id: $id) { id fileName errors { message } } }`,
    caller: 'supplier',
    variables: async (victim) => ({ id: await victimUpload(victim) }),
  },
  {
    field: 'listingUploadErrorReport',
    type: 'query',
    document: `query ($id: ID!) { listingUploadErrorReport(id: $id, format: CSV) { fileName contentBase64 } }`,
    caller: 'supplier',
    variables: async (victim) => ({ id: await victimUpload(victim) }),
  },
  {
    field: 'search',
    type: 'query',
    document: `query ($t: String) { search(text: $t, first: 100) { total { value } nodes { listingId title supplierId supplierName } facets { brands { value count } } } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      await victimSearchDocument(victim);
      return { t: '台式计算机' };
    },
  },
  {
    field: 'searchExplanation',
    type: 'query',
    document: `query ($id: ID!, $t: String) { searchExplanation(listingId: $id, text: $t) { listingId title rank lines { detail } } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ id: await victimSearchDocument(victim), t: '台式计算机' }),
  },
  {
    field: 'rankingWeights',
    type: 'query',
    document: `{ rankingWeights { policyWeightBp integrityWeightBp policyTags } }`,
    caller: 'operator',
    variables: async () => ({}),
  },
  {
    field: 'updateRankingWeights',
    type: 'mutation',
    document: `mutation ($input: RankingWeightsInput!) { updateRankingWeights(input: $input) { policyWeightBp } }`,
    caller: 'operator',
    variables: async () => ({ input: { policyWeightBp: 9000, integrityWeightBp: 1000, priceWeightBp: 0, salesWeightBp: 0, policyTags: ['SME'] } }),
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select 1 from search_ranking_formula`)).rowCount);
      if (n) throw new Error("the victim's ranking formula was changed by the attack");
    },
  },
  {
    field: 'budgetLines',
    type: 'query',
    document: `query ($u: ID) { budgetLines(unitId: $u, first: 100) { nodes { id unitId unitName code } } }`,
    caller: 'finance',
    variables: async (victim) => {
      await victimBudgetLine(victim);
      return { u: victim.people.organisations.purchasing_unit.id };
    },
  },
  {
    field: 'createBudgetLine',
    type: 'mutation',
    document: `mutation ($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { id unitId } }`,
    caller: 'finance',
    variables: async (victim) => ({ input: { unitId: victim.people.organisations.purchasing_unit.id, fiscalYear: 2026, code: 'CROSS-1', name: '越权指标', amount: '1.00' } }),
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select 1 from budget_line where code = 'CROSS-1'`)).rowCount);
      if (n) throw new Error('a budget line was created for the victim');
    },
  },
  {
    field: 'adjustBudgetLine',
    type: 'mutation',
    document: `mutation ($id: ID!) { adjustBudgetLine(id: $id, input: { amount: "1.00", name: "越权" }) { id amount } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: await victimBudgetLine(victim) }),
    victimUnharmed: (victim, vars) => budgetUnharmed(victim, String(vars.id)),
  },
  {
    field: 'budgetLineImportTemplate',
    type: 'query',
    document: `{ budgetLineImportTemplate { fileName contentBase64 } }`,
    caller: 'finance',
    variables: async () => ({}),
  },
  {
    field: 'importBudgetLines',
    type: 'mutation',
    document: `mutation ($input: ImportBudgetLinesInput!) { importBudgetLines(input: $input) { total imported errors { reason } } }`,
    caller: 'finance',
    // The victim's unit named by its USCC: the attacker's tenant has no such unit.
    variables: async (victim) => ({
      input: {
        fileName: 'cross.csv',
        contentBase64: Buffer.from(`采购单位统一社会信用代码,预算年度,预算项目编码,预算项目名称,指标金额（元）\r\n${victim.people.organisations.purchasing_unit.uscc},2026,CROSS-2,越权导入,1.00\r\n`).toString('base64'),
      },
    }),
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select 1 from budget_line where code = 'CROSS-2'`)).rowCount);
      if (n) throw new Error('a budget line was imported for the victim');
    },
  },
  {
    field: 'orders',
    type: 'query',
    document: `query ($f: OrderFilterInput) { orders(filter: $f, first: 100) { nodes { id orderNo buyerId supplierId } } }`,
    caller: 'finance',
    variables: async (victim) => {
      await victimOrder(victim, 'placed');
      return { f: { buyerId: victim.people.organisations.purchasing_unit.id } };
    },
  },
  {
    field: 'order',
    type: 'query',
    document: `query ($id: ID!) { order(id: $id) { id orderNo buyerId supplierId timeline { actorUserId } } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: (await victimOrder(victim, 'placed')).orderId }),
  },
  {
    field: 'ordersExport',
    type: 'query',
    document: `query ($f: OrderFilterInput) { ordersExport(filter: $f) { fileName contentBase64 } }`,
    caller: 'finance',
    variables: async (victim) => {
      await victimOrder(victim, 'placed');
      return { f: { supplierId: victim.people.organisations.supplier.id } };
    },
  },
  {
    field: 'placeOrder',
    type: 'mutation',
    document: `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNo } }`,
    caller: 'purchaser',
    variables: async (victim) => ({
      input: { listingId: await victimListing(victim, 'approved'), quantity: 1, expectedUnitPrice: '1280.00', budgetLineId: await victimBudgetLine(victim), deliveryAddress: ADDRESS, idempotencyKey: newId() },
    }),
    victimUnharmed: (victim, vars) => budgetUnharmed(victim, String((vars.input as { budgetLineId: string }).budgetLineId)),
  },
  {
    field: 'checkoutCart',
    type: 'mutation',
    document: `mutation ($input: CheckoutCartInput!) { checkoutCart(input: $input) { id orderNo } }`,
    caller: 'purchaser',
    variables: async (victim) => ({
      input: { items: [{ listingId: await victimListing(victim, 'approved'), quantity: 1, expectedUnitPrice: '1280.00' }], budgetLineId: await victimBudgetLine(victim), deliveryAddress: ADDRESS, idempotencyKey: newId() },
    }),
    victimUnharmed: (victim, vars) => budgetUnharmed(victim, String((vars.input as { budgetLineId: string }).budgetLineId)),
  },
  {
    field: 'declareExpertRelation',
    type: 'mutation',
    document: `mutation ($input: DeclareExpertRelationInput!) { declareExpertRelation(input: $input) { id expertId supplierId supplierName } }`,
    caller: 'finance',
    variables: async (victim) => ({ input: { expertId: victim.people.users.expert.id, supplierId: victim.people.organisations.supplier.id, kind: 'OTHER_INTEREST', note: '越权登记' } }),
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select 1 from expert_relation where note = '越权登记'`)).rowCount);
      if (n) throw new Error('a relation was recorded for the victim');
    },
  },
  {
    field: 'expertRelations',
    type: 'query',
    document: `query ($e: ID) { expertRelations(expertId: $e) { id expertId supplierId supplierName note } }`,
    caller: 'finance',
    variables: async (victim) => {
      await asOwner(victim.people.tenant.id, (c) => c.query(`insert into expert_relation (id, tenant_id, expert_id, supplier_id, kind, note, recorded_by) values ($1, $2, $3, $4, 'other_interest', '受害省关系', $3) on conflict do nothing`,
        [remember(newId()), victim.people.tenant.id, victim.people.users.expert.id, victim.people.organisations.supplier.id]));
      return { e: victim.people.users.expert.id };
    },
  },
  evaluationCase('drawEvaluationPanel', 'mutation', `mutation ($lotId: ID!) { drawEvaluationPanel(lotId: $lotId) { lotId seed drawn { expertId name } } }`, 'purchaser', { members: [] }, (e) => ({ lotId: e.lotId })),
  evaluationCase('panelDraw', 'query', `query ($lotId: ID!) { panelDraw(lotId: $lotId) { lotId seed candidateIds drawn { expertId name } } }`, 'finance', {}, (e) => ({ lotId: e.lotId })),
  evaluationCase('verifyPanelDraw', 'query', `query ($lotId: ID!) { verifyPanelDraw(lotId: $lotId) { pickMatches drawnExpertIds } }`, 'finance', {}, (e) => ({ lotId: e.lotId })),
  evaluationCase('disqualifyBid', 'mutation', `mutation ($bidId: ID!) { disqualifyBid(bidId: $bidId, reason: "越权审查") { bidId state lotState } }`, 'expert', {}, (e) => ({ bidId: e.bidIds[0] })),
  evaluationCase('myEvaluationPanels', 'query', `{ myEvaluationPanels { lotId lotTitle projectNo } }`, 'expert', {}, () => ({})),
  evaluationCase('evaluationScoreSheet', 'query', `query ($lotId: ID!) { evaluationScoreSheet(lotId: $lotId) { lotId bids { bidId supplierName } scores { bidId score } } }`, 'expert', { scored: true }, (e) => ({ lotId: e.lotId })),
  evaluationCase('saveEvaluationScores', 'mutation', `mutation ($input: SaveEvaluationScoresInput!) { saveEvaluationScores(input: $input) { lotId } }`, 'expert', {},
    (e) => ({ input: { lotId: e.lotId, scores: [{ bidId: e.bidIds[0], criterion: 'technical', score: '1' }] } })),
  evaluationCase('submitScoreSheet', 'mutation', `mutation ($lotId: ID!) { submitScoreSheet(lotId: $lotId) { lotId submittedAt } }`, 'expert', { scored: true }, (e) => ({ lotId: e.lotId })),
  evaluationCase('recordDeviationReason', 'mutation', `mutation ($id: ID!) { recordDeviationReason(id: $id, reason: "越权说明") { id reason } }`, 'expert', { submitted: true, deviation: true }, (e) => ({ id: e.deviationId })),
  evaluationCase('finishEvaluation', 'mutation', `mutation ($lotId: ID!) { finishEvaluation(lotId: $lotId) { lotId lotState } }`, 'purchaser', { submitted: true }, (e) => ({ lotId: e.lotId })),
  evaluationCase('evaluationSummary', 'query', `query ($lotId: ID!) { evaluationSummary(lotId: $lotId) { lotId ranking { bidId supplierName } } }`, 'finance', { submitted: true, lotState: 'recommended' }, (e) => ({ lotId: e.lotId })),
  evaluationCase('scoreDeviations', 'query', `{ scoreDeviations { id lotId expertId bidId reason } }`, 'finance', { submitted: true, deviation: true }, () => ({})),
  orderCase('cancelOrder', 'cancelOrder(id: $id)', 'purchaser', 'placed'),
  orderCase('confirmOrder', 'confirmOrder(id: $id)', 'supplier', 'placed'),
  orderCase('rejectOrder', 'rejectOrder(id: $id, reason: "越权拒单")', 'supplier', 'placed'),
  orderCase('shipOrder', 'shipOrder(id: $id, input: { logisticsCompany: "顺丰速运", trackingNo: "SF0001" })', 'supplier', 'confirmed'),
  orderCase('markOrderDelivered', 'markOrderDelivered(id: $id)', 'supplier', 'shipped'),
  {
    ...orderCase('acceptOrder', '', 'purchaser', 'delivered'),
    document: `mutation ($id: ID!, $input: AcceptOrderInput!) { acceptOrder(id: $id, input: $input) { id state } }`,
    variables: async (victim) => {
      const { orderId, lineId } = await victimOrder(victim, 'delivered');
      return { id: orderId, input: { lines: [{ lineId, acceptedQuantity: 1 }] } };
    },
  },
  orderCase('refuseOrderAcceptance', 'refuseOrderAcceptance(id: $id, reason: "越权拒收")', 'purchaser', 'delivered'),
  orderCase('invoiceOrder', 'invoiceOrder(id: $id, input: { invoiceNo: "12345678", issuedOn: "2026-01-05", amount: "1280.00" })', 'supplier', 'accepted'),
  // Sealed bids and the opening: the victim's lots and bids are unknown to another tenant.
  { field: 'mySigningKey', type: 'query', document: `{ mySigningKey { active { id publicKey fingerprint } } }`, caller: 'supplier', variables: async () => ({}) },
  { field: 'registerSigningKey', type: 'mutation', document: `mutation ($k: String!) { registerSigningKey(publicKey: $k) { id fingerprint } }`, caller: 'supplier', variables: async () => ({ k: sealing.generateSigningKeyPair().publicKey }) },
  { field: 'myBids', type: 'query', document: `query ($lotId: ID) { myBids(lotId: $lotId) { id digest } }`, caller: 'supplier', variables: async (victim) => ({ lotId: await victimBid(victim).then((b) => b.lotId) }) },
  { field: 'platformReceiptKey', type: 'query', document: `{ platformReceiptKey { publicKey fingerprint } }`, caller: 'supplier', variables: async () => ({}) },
  { field: 'openingRecord', type: 'query', document: `query ($lotId: ID!) { openingRecord(lotId: $lotId) { lotId entries { bidId supplierName price } } }`, caller: 'supplier', variables: async (victim) => ({ lotId: (await victimBid(victim, 'opening')).lotId }) },
  {
    field: 'submitBid',
    type: 'mutation',
    document: `mutation ($input: SubmitBidInput!) { submitBid(input: $input) { id } }`,
    caller: 'supplier',
    variables: async (victim, attacker) => {
      const { lotId } = await victimBid(victim);
      const keys = await insertSigningKey(attacker.people.tenant.id, attacker.people.organisations.supplier.id, attacker.people.users.supplier.id);
      return { input: submitInput(lotId, sealing.sealBid(bidContent('1.00'), keys)) };
    },
    async victimUnharmed(victim, vars) {
      if ((await bidCount(victim.people.tenant.id, String((vars.input as { lotId: string }).lotId))) !== 1) throw new Error("a bid landed on the victim's lot");
    },
  },
  bidCase('withdrawBid', 'mutation ($id: ID!) { withdrawBid(bidId: $id) { id state } }', 'bidding'),
  bidCase('releaseBidKey', 'mutation ($id: ID!, $key: String!) { releaseBidKey(bidId: $id, key: $key) { id state price } }', 'opening'),
  {
    field: 'concludeOpening',
    type: 'mutation',
    document: `mutation ($lotId: ID!) { concludeOpening(lotId: $lotId) { lotId lotState } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ lotId: (await victimBid(victim, 'opening')).lotId }),
    async victimUnharmed(victim, vars) {
      if ((await lotState(victim.people.tenant.id, String(vars.lotId))) !== 'opening') throw new Error("the victim's opening was concluded");
    },
  },
  // Award, challenges, complaints, contracts, OCDS.
  {
    field: 'confirmTenderAward',
    type: 'mutation',
    document: `mutation ($input: ConfirmTenderAwardInput!) { confirmTenderAward(input: $input) { ${AWARD_READ} } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ input: { lotId: (await victimRecommended(victim)).lotId } }),
    victimUnharmed: (victim, vars) => expectRow(victim, 'lot', 'select state from tender_lot where id = $1', [(vars.input as { lotId: string }).lotId], { state: 'recommended' }),
  },
  {
    field: 'declineTenderAward',
    type: 'mutation',
    document: `mutation ($lotId: ID!) { declineTenderAward(lotId: $lotId, reason: "越权放弃。") { ${AWARD_READ} } }`,
    caller: 'supplier',
    variables: async (victim) => ({ lotId: (await victimAwarded(victim)).lotId }),
    victimUnharmed: (victim, vars) => expectRow(victim, 'lot', 'select state from tender_lot where id = $1', [vars.lotId], { state: 'awarded' }),
  },
  {
    field: 'tenderAwardNotices',
    type: 'query',
    document: `{ tenderAwardNotices(first: 100) { ${AWARD_READ} } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      await victimAwarded(victim);
      return {};
    },
  },
  { field: 'tenderAwardNotice', type: 'query', document: `query ($id: ID!) { tenderAwardNotice(lotId: $id) { ${AWARD_READ} } }`, caller: 'purchaser', variables: async (victim) => ({ id: (await victimAwarded(victim)).lotId }) },
  { field: 'tenderDeadlineFlags', type: 'query', document: `{ tenderDeadlineFlags { id lotId subjectId } }`, caller: 'finance', variables: async () => ({}) },
  {
    field: 'fileTenderChallenge',
    type: 'mutation',
    document: `mutation ($input: FileTenderChallengeInput!) { fileTenderChallenge(input: $input) { ${CHALLENGE_READ} } }`,
    caller: 'supplier',
    variables: async (victim) => ({ input: { lotId: (await victimAwarded(victim)).lotId, subject: 'RESULT', content: '越权质疑。' } }),
    victimUnharmed: (victim, vars) => expectRow(victim, 'lot', 'select count(*)::int as n from tender_challenge where lot_id = $1', [(vars.input as { lotId: string }).lotId], { n: 0 }),
  },
  {
    field: 'answerTenderChallenge',
    type: 'mutation',
    document: `mutation ($id: ID!) { answerTenderChallenge(id: $id, answer: "越权答复。", outcome: GROUNDLESS) { ${CHALLENGE_READ} } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ id: (await victimChallenge(victim, 'pending')).challengeId }),
    victimUnharmed: (victim, vars) => expectRow(victim, 'challenge', 'select state, outcome from tender_challenge where id = $1', [vars.id], { state: 'pending', outcome: null }),
  },
  {
    field: 'fileTenderComplaint',
    type: 'mutation',
    document: `mutation ($id: ID!) { fileTenderComplaint(challengeId: $id, content: "越权投诉。") { id lotId supplierName } }`,
    caller: 'supplier',
    variables: async (victim) => ({ id: (await victimChallenge(victim, 'answered')).challengeId }),
    victimUnharmed: (victim, vars) => expectRow(victim, 'challenge', 'select count(*)::int as n from tender_complaint where challenge_id = $1', [vars.id], { n: 0 }),
  },
  {
    field: 'decideTenderComplaint',
    type: 'mutation',
    document: `mutation ($input: DecideTenderComplaintInput!) { decideTenderComplaint(input: $input) { id lotId supplierName } }`,
    caller: 'finance',
    variables: async (victim) => {
      const { challengeId } = await victimChallenge(victim, 'answered');
      return { input: { id: remember(await insertComplaint(victim.people.tenant.id, challengeId)), upheld: true, reason: '越权处理。', remedy: 'FAIL_LOT' } };
    },
    victimUnharmed: (victim, vars) => expectRow(victim, 'complaint', 'select state from tender_complaint where id = $1', [(vars.input as { id: string }).id], { state: 'pending' }),
  },
  {
    field: 'suspendTenderLot',
    type: 'mutation',
    document: `mutation ($id: ID!) { suspendTenderLot(lotId: $id, reason: "越权暂停") { id lotId } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: (await victimRecommended(victim)).lotId }),
    victimUnharmed: (victim, vars) => expectRow(victim, 'lot', 'select count(*)::int as n from tender_lot_suspension where lot_id = $1', [vars.id], { n: 0 }),
  },
  {
    field: 'resumeTenderLot',
    type: 'mutation',
    document: `mutation ($id: ID!) { resumeTenderLot(lotId: $id) { id lotId } }`,
    caller: 'finance',
    variables: async (victim) => {
      const { lotId } = await victimRecommended(victim);
      await asOwner(victim.people.tenant.id, (c) => c.query(`insert into tender_lot_suspension (id, tenant_id, lot_id, reason, suspended_by) values ($1, $2, $3, '受害者暂停', $4)`, [remember(newId()), victim.people.tenant.id, lotId, victim.people.users.finance.id]));
      return { id: lotId };
    },
    victimUnharmed: (victim, vars) => expectRow(victim, 'suspension', 'select count(*)::int as n from tender_lot_suspension where lot_id = $1 and lifted_at is null', [vars.id], { n: 1 }),
  },
  {
    field: 'tenderChallenges',
    type: 'query',
    document: `query ($id: ID) { tenderChallenges(lotId: $id) { ${CHALLENGE_READ} } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ id: (await victimChallenge(victim, 'pending')).lot.lotId }),
  },
  {
    field: 'tenderChallengeAnswers',
    type: 'query',
    document: `query ($id: ID!) { tenderChallengeAnswers(lotId: $id) { id lotId content answer } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ id: (await victimChallenge(victim, 'answered')).lot.lotId }),
  },
  {
    field: 'myTenderChallenges',
    type: 'query',
    document: `{ myTenderChallenges { ${CHALLENGE_READ} } }`,
    caller: 'supplier',
    variables: async (victim) => {
      await victimChallenge(victim, 'pending');
      return {};
    },
  },
  {
    field: 'tenderComplaints',
    type: 'query',
    document: `{ tenderComplaints { id lotId supplierName content } }`,
    caller: 'finance',
    variables: async (victim) => {
      remember(await insertComplaint(victim.people.tenant.id, (await victimChallenge(victim, 'answered')).challengeId));
      return {};
    },
  },
  {
    field: 'updateTenderContractTerms',
    type: 'mutation',
    document: `mutation ($id: ID!) { updateTenderContractTerms(id: $id, input: { paymentTerms: "越权修改条款。" }) { ${CONTRACT_READ} } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ id: (await victimAwarded(victim)).contractId }),
    victimUnharmed: (victim, vars) => expectRow(victim, 'contract', 'select payment_terms from tender_contract where id = $1', [vars.id], { payment_terms: '验收合格后付款' }),
  },
  {
    field: 'signTenderContract',
    type: 'mutation',
    document: `mutation ($id: ID!, $s: String!) { signTenderContract(id: $id, signature: $s) { ${CONTRACT_READ} } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      const { contractId } = await victimAwarded(victim);
      const buyer = victim.people.users.purchaser;
      return { id: contractId, s: await signContractAs(victim.people.tenant.id, buyer.organisationId, buyer.id, contractId) };
    },
    victimUnharmed: (victim, vars) => expectRow(victim, 'contract', 'select buyer_signature from tender_contract where id = $1', [vars.id], { buyer_signature: null }),
  },
  { field: 'tenderContract', type: 'query', document: `query ($id: ID!) { tenderContract(lotId: $id) { ${CONTRACT_READ} } }`, caller: 'purchaser', variables: async (victim) => ({ id: (await victimAwarded(victim)).lotId }) },
  { field: 'publishedTenderContract', type: 'query', document: `query ($id: ID!) { publishedTenderContract(lotId: $id) { ${CONTRACT_READ} } }`, caller: 'purchaser', variables: async (victim) => ({ id: (await victimAwarded(victim, { published: true })).lotId }) },
  { field: 'tenderOcdsPackage', type: 'query', document: `query ($id: ID!) { tenderOcdsPackage(projectId: $id) }`, caller: 'purchaser', variables: async (victim) => ({ id: (await victimAwarded(victim, { published: true })).projectId }) },
  {
    field: 'tenderOcdsReleases',
    type: 'query',
    document: `{ tenderOcdsReleases(since: "2026-01-01T00:00:00Z") }`,
    caller: 'purchaser',
    variables: async (victim) => {
      await victimAwarded(victim, { published: true });
      return {};
    },
  },

  // Tender projects and notices: the attacker names the victim's project, document or budget line.
  { field: 'tenderAnnouncements', type: 'query', document: `{ tenderAnnouncements(first: 100) { nodes { id projectNo title buyerName } } }`, caller: 'supplier', variables: async (victim) => { await victimProject(victim, 'published'); return {}; } },
  { field: 'tenderNotice', type: 'query', document: `query ($id: ID!) { tenderNotice(id: $id) { id projectNo title buyerName } }`, caller: 'supplier', variables: async (victim) => ({ id: await victimProject(victim, 'published') }) },
  { field: 'tenderClarifications', type: 'query', document: `query ($id: ID!) { tenderClarifications(projectId: $id) { id title } }`, caller: 'supplier', variables: async (victim) => ({ id: await victimProject(victim, 'published') }) },
  { field: 'myTenderProjects', type: 'query', document: `{ myTenderProjects(first: 100) { nodes { id projectNo title } } }`, caller: 'agency', variables: async (victim) => { await victimProject(victim, 'draft'); return {}; } },
  { field: 'tenderProject', type: 'query', document: `query ($id: ID!) { tenderProject(id: $id) { id projectNo title } }`, caller: 'purchaser', variables: async (victim) => ({ id: await victimProject(victim, 'draft') }) },
  {
    field: 'myTenderRegistrations', type: 'query', document: `{ myTenderRegistrations(first: 100) { nodes { id notice { id projectNo } } } }`, caller: 'supplier',
    variables: async (victim) => {
      const id = await victimProject(victim, 'published');
      remember(await insertRegistration(victim.people.tenant.id, id, victim.people.organisations.supplier.id, victim.people.users.supplier.id));
      return {};
    },
  },
  {
    field: 'createTenderProject', type: 'mutation', caller: 'agency',
    document: `mutation ($input: TenderProjectInput!) { createTenderProject(input: $input) { id projectNo } }`,
    variables: async (victim) => ({
      input: {
        buyerId: victim.people.organisations.purchasing_unit.id, budgetLineId: await victimBudgetLine(victim), title: '越权项目', description: '越权', method: 'PUBLIC_TENDER', kind: 'GOODS',
        categoryCode: 'A02010104', evaluationMethod: 'LOWEST_PRICE', criteria: [], smeDeductionBp: 1000, qualification: '无特殊要求', ...LAWFUL_DATES,
        lots: [{ title: '一包', scope: '若干', budget: '100.00', deposit: '0.00' }],
      },
    }),
    victimUnharmed: (victim, vars) => budgetUnharmed(victim, String((vars.input as { budgetLineId: string }).budgetLineId)),
  },
  {
    ...projectCase('updateTenderProject', 'draft', 'purchaser'),
    document: `mutation ($id: ID!, $input: TenderProjectInput!) { updateTenderProject(id: $id, input: $input) { id title } }`,
    variables: async (victim) => ({
      id: await victimProject(victim, 'draft'),
      input: {
        budgetLineId: await victimBudgetLine(victim), title: '越权修改', description: '越权', method: 'PUBLIC_TENDER', kind: 'GOODS', categoryCode: 'A02010104',
        evaluationMethod: 'LOWEST_PRICE', criteria: [], smeDeductionBp: 1000, qualification: '无特殊要求', ...LAWFUL_DATES, lots: [{ title: '一包', scope: '若干', budget: '100.00', deposit: '0.00' }],
      },
    }),
  },
  { ...projectCase('publishTenderProject', 'draft', 'purchaser'), document: `mutation ($id: ID!) { publishTenderProject(id: $id) { id state } }` },
  { ...projectCase('cancelTenderProject', 'published', 'agency'), document: `mutation ($id: ID!) { cancelTenderProject(id: $id, reason: "越权终止") { id state } }` },
  { ...projectCase('attachTenderDocument', 'draft', 'purchaser'), document: `mutation ($id: ID!) { attachTenderDocument(projectId: $id, fileName: "越权.pdf", contentBase64: "JVBERg==") { id } }` },
  { ...projectCase('registerForTenderProject', 'published', 'supplier'), document: `mutation ($id: ID!) { registerForTenderProject(projectId: $id) { id } }` },
  { ...projectCase('askTenderQuestion', 'published', 'supplier'), document: `mutation ($id: ID!) { askTenderQuestion(projectId: $id, body: "越权提问") { id } }` },
  {
    ...projectCase('publishTenderClarification', 'published', 'agency'),
    document: `mutation ($id: ID!) { publishTenderClarification(projectId: $id, input: { title: "越权澄清", body: "越权", affectsBids: true }) { id } }`,
  },
  {
    field: 'downloadTenderDocument', type: 'mutation', caller: 'supplier',
    document: `mutation ($id: ID!) { downloadTenderDocument(id: $id) { fileName contentBase64 } }`,
    variables: async (victim) => {
      const projectId = await victimProject(victim, 'published');
      return { id: remember(await insertTenderDocument(victim.people.tenant.id, projectId, victim.people.users.purchaser.id)), projectId };
    },
    async victimUnharmed(victim, vars) {
      const rows = await asOwner(victim.people.tenant.id, async (c) => (await c.query('select count(*)::int n from tender_document_download where document_id = $1', [vars.id])).rows);
      if (rows[0].n !== 0) throw new Error("a download of the victim's document was recorded");
    },
  },
  { field: 'depositAccount', type: 'query', document: `{ depositAccount }`, caller: 'supplier', variables: async () => ({}) },
  {
    field: 'deposits',
    type: 'query',
    document: `{ deposits { id lotId supplierOrganisationId virtualAccountRef refund { id outRequestNo } } }`,
    caller: 'finance',
    variables: async (victim) => {
      await victimDeposit(victim, 'held');
      return {};
    },
  },
  {
    field: 'flaggedDepositTransfers',
    type: 'query',
    document: `{ flaggedDepositTransfers { id bankSerialNo reference depositId } }`,
    caller: 'finance',
    variables: async (victim) => {
      await asOwner(victim.people.tenant.id, (c) => c.query(
        `insert into deposit_transfer (id, tenant_id, bank_serial_no, reference, amount_fen, payer_account_name, arrived_at, recorded_by, state, flag) values ($1, $2, $3, 'ZC0', 100, '受害者公司', now(), $4, 'flagged', 'unknown_reference')`,
        [remember(newId()), victim.people.tenant.id, remember(`VICTIM${Date.now()}`), victim.people.users.finance.id],
      ));
      return {};
    },
  },
  {
    field: 'depositReconciliation',
    type: 'query',
    document: `{ depositReconciliation(xlsx: false) { rows { depositId lotId supplierOrganisationId supplierName } flaggedCount } }`,
    caller: 'finance',
    variables: async (victim) => {
      await victimDeposit(victim, 'held');
      return {};
    },
  },
  {
    field: 'openDeposit',
    type: 'mutation',
    document: `mutation ($lotId: ID!) { openDeposit(lotId: $lotId) { id lotId } }`,
    caller: 'supplier',
    variables: async (victim) => ({ lotId: remember((await insertTenderProject(victim.people, { lots: [{ depositFen: 100_000n }] })).lotIds[0]) }),
    async victimUnharmed(victim, vars) {
      const n = await asOwner(victim.people.tenant.id, async (c) => Number((await c.query('select count(*) from deposit where lot_id = $1', [vars.lotId])).rows[0].count));
      if (n !== 0) throw new Error("a deposit was opened on the victim's lot");
    },
  },
  {
    field: 'recordDepositTransfer',
    type: 'mutation',
    document: `mutation ($input: RecordDepositTransferInput!) { recordDepositTransfer(input: $input) { id depositId state } }`,
    caller: 'finance',
    variables: async (victim) => {
      const id = await victimDeposit(victim, 'due');
      const ref = await asOwner(victim.people.tenant.id, async (c) => (await c.query('select virtual_account_ref from deposit where id = $1', [id])).rows[0].virtual_account_ref as string);
      return { id, input: transferInput(ref, '1000.00') };
    },
    async victimUnharmed(victim, vars) {
      if ((await depositState(victim.people.tenant.id, String(vars.id)))?.state !== 'due') throw new Error("the victim's deposit was paid by another tenant's transfer");
    },
  },
  depositCase('forfeitDeposit', 'forfeitDeposit(id: $id, reason: "越权没收")', 'purchaser', 'held'),
  depositCase('challengeDepositForfeiture', 'challengeDepositForfeiture(id: $id, grounds: "越权异议")', 'supplier', 'forfeited'),
  depositCase('decideDepositChallenge', 'decideDepositChallenge(id: $id, uphold: true, note: "越权裁决")', 'finance', 'challenged'),
  {
    field: 'confirmDepositRefund',
    type: 'mutation',
    document: `mutation ($id: ID!) { confirmDepositRefund(id: $id, bankSerialNo: "BK-ATTACK-1") { id state } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: remember(await insertRefundAwaitingBank(victim.people.tenant.id, (await insertTenderProject(victim.people, { lots: [{ depositFen: 100_000n }] })).lotIds[0], victim.people.organisations.supplier.id)) }),
    async victimUnharmed(victim, vars) {
      if ((await refundState(victim.people.tenant.id, String(vars.id))) !== 'awaiting_bank') throw new Error("the victim's refund was confirmed by another tenant");
    },
  },
  {
    field: 'guaranteeIssuers',
    type: 'query',
    document: `{ guaranteeIssuers { id name publicKey callbackUrl } }`,
    caller: 'finance',
    variables: async (victim) => {
      const issuer = await insertIssuer(victim.people.tenant.id, victim.people.users.operator.id, issuerKeys('sm2'), { callbackUrl: 'https://victim.example.cn/release' });
      remember(issuer.id);
      remember(issuer.name);
      return {};
    },
  },
  {
    field: 'guarantees',
    type: 'query',
    document: `{ guarantees { id guaranteeNo issuerId lotId supplierOrganisationId } }`,
    caller: 'finance',
    variables: async (victim) => {
      const issuer = await insertIssuer(victim.people.tenant.id, victim.people.users.operator.id, issuerKeys('sm2'));
      const lotId = remember((await insertTenderProject(victim.people, { lots: [{ depositFen: 100_000n }] })).lotIds[0]);
      remember(await insertGuarantee(victim.people.tenant.id, issuer.id, lotId, victim.people.organisations.supplier.id));
      return {};
    },
  },
  {
    field: 'registerGuaranteeIssuer',
    type: 'mutation',
    document: `mutation ($input: RegisterGuaranteeIssuerInput!) { registerGuaranteeIssuer(input: $input) { id name } }`,
    caller: 'operator',
    // Registering is always in the caller's own tenant: the victim must gain no issuer.
    variables: async () => ({ input: { name: `越权担保${newId().slice(-12)}`, kind: 'BANK', algorithm: 'SM2', publicKey: issuerKeys('sm2').publicKey } }),
    async victimUnharmed(victim, vars) {
      const n = await asOwner(victim.people.tenant.id, async (c) => Number((await c.query('select count(*) from guarantee_issuer where name = $1', [(vars.input as { name: string }).name])).rows[0].count));
      if (n !== 0) throw new Error('an issuer was registered in the victim tenant');
    },
  },
  {
    field: 'presentGuarantee',
    type: 'mutation',
    document: `mutation ($input: PresentGuaranteeInput!) { presentGuarantee(input: $input) { id lotId } }`,
    caller: 'supplier',
    variables: async (victim) => {
      const { input, lotId } = await signedGuaranteeInput(victim.people, victim.people.organisations.supplier.id);
      remember(lotId);
      remember(input.issuerId);
      return { input };
    },
    async victimUnharmed(victim, vars) {
      const n = await asOwner(victim.people.tenant.id, async (c) => Number((await c.query('select count(*) from guarantee where lot_id = $1', [(vars.input as { lotId: string }).lotId])).rows[0].count));
      if (n !== 0) throw new Error("a guarantee was presented on the victim's lot");
    },
  },
  {
    field: 'claimGuarantee',
    type: 'mutation',
    document: `mutation ($id: ID!) { claimGuarantee(id: $id, reason: "越权索赔", evidence: ["无"]) { id state } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      const issuer = await insertIssuer(victim.people.tenant.id, victim.people.users.operator.id, issuerKeys('sm2'));
      const lotId = remember((await insertTenderProject(victim.people, { lots: [{ depositFen: 100_000n }] })).lotIds[0]);
      return { id: remember(await insertGuarantee(victim.people.tenant.id, issuer.id, lotId, victim.people.organisations.supplier.id)) };
    },
    async victimUnharmed(victim, vars) {
      if ((await guaranteeState(victim.people.tenant.id, String(vars.id))) !== 'accepted') throw new Error("the victim's guarantee was claimed by another tenant");
    },
  },
  // The regulator's oversight reads: the attacker's finance department sees nothing of the victim's projects, disputes or experts.
  {
    field: 'tenderProjects',
    type: 'query',
    document: `{ tenderProjects(first: 100) { nodes { id projectNo title buyerName lots { id } } } }`,
    caller: 'finance',
    variables: async (victim) => {
      await victimProject(victim, 'published');
      return {};
    },
  },
  {
    field: 'supervisedTenderProject',
    type: 'query',
    document: `query ($id: ID!) { supervisedTenderProject(id: $id) { id projectNo title buyerName lots { id } } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: await victimProject(victim, 'published') }),
  },
  {
    field: 'tenderLotOversight',
    type: 'query',
    document: `query ($lotId: ID!) { tenderLotOversight(lotId: $lotId) { lotId challenges { ${CHALLENGE_READ} complaint { id content } } suspensions { id reason } } }`,
    caller: 'finance',
    variables: async (victim) => {
      const { lot, challengeId } = await victimChallenge(victim, 'answered');
      remember(await insertComplaint(victim.people.tenant.id, challengeId));
      return { lotId: lot.lotId };
    },
  },
  {
    field: 'evaluationExperts',
    type: 'query',
    document: `{ evaluationExperts { id loginName displayName organisationId organisationName profile { employerName } } }`,
    caller: 'operator',
    variables: async (victim) => {
      const expert = await insertExpert(victim.people.tenant.id, victim.people.tenant.slug, victim.people.organisations.finance_department.id);
      remember(expert.userId);
      remember(expert.loginName);
      return {};
    },
  },
  evaluationCase('evaluationProgress', 'query', `query ($lotId: ID!) { evaluationProgress(lotId: $lotId) { lotId members { expertId name } bids { bidId supplierName } deviations { id } } }`, 'finance', { submitted: true }, (e) => ({ lotId: e.lotId })),
  { field: 'myBidLots', type: 'query', document: `{ myBidLots { lotId lotTitle projectId projectNo projectTitle } }`, caller: 'supplier', variables: async (victim) => { await victimBid(victim); return {}; } },
  {
    field: 'returnDepositTransfer',
    type: 'mutation',
    document: `mutation ($id: ID!) { returnDepositTransfer(id: $id, bankSerialNo: "BKRET-ATTACK-1", note: "越权退回") { id state returnSerialNo } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: remember(await insertFlaggedTransfer(victim.people.tenant.id, victim.people.users.finance.id)) }),
    async victimUnharmed(victim, vars) {
      const row = await asOwner(victim.people.tenant.id, async (c) => (await c.query('select state, return_serial_no from deposit_transfer where id = $1', [vars.id])).rows[0]);
      if (row?.state !== 'flagged' || row.return_serial_no !== null) throw new Error("the victim's flagged transfer was returned by another tenant");
    },
  },
  {
    field: 'inspectionRuns',
    type: 'query',
    document: `{ inspectionRuns(first: 100) { nodes { id total findings } } }`,
    caller: 'finance',
    variables: async (victim) => {
      remember(await insertInspectionRun(victim.people.tenant.id));
      return {};
    },
  },
  {
    field: 'inspectionRun',
    type: 'query',
    document: `query ($id: ID!) { inspectionRun(id: $id) { id total } }`,
    caller: 'operator',
    variables: async (victim) => ({ id: remember(await insertInspectionRun(victim.people.tenant.id)) }),
  },
  {
    field: 'startInspectionRun',
    type: 'mutation',
    document: `mutation { startInspectionRun { id total } }`,
    caller: 'operator',
    // Starting is always in the caller's own tenant: the victim must gain no run.
    variables: async () => ({}),
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => Number((await c.query('select count(*) from inspection_run where started_by is not null')).rows[0].count));
      if (n !== 0) throw new Error('an inspection run was started in the victim tenant');
    },
  },
  {
    field: 'listingPriceBand',
    type: 'query',
    document: `query ($id: ID!) { listingPriceBand(listingId: $id) { listingId price median sampleSize } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ id: await victimListing(victim, 'approved') }),
  },
  {
    field: 'priceFindings',
    type: 'query',
    document: `{ priceFindings(first: 100) { nodes { id listingId supplierOrganisationId } } }`,
    caller: 'finance',
    variables: async (victim) => {
      await victimFinding(victim, 'open');
      return {};
    },
  },
  {
    field: 'myPriceFindings',
    type: 'query',
    document: `{ myPriceFindings(first: 100) { nodes { id listingId } } }`,
    caller: 'supplier',
    variables: async (victim) => {
      await victimFinding(victim, 'open');
      return {};
    },
  },
  {
    field: 'priceFinding',
    type: 'query',
    document: `query ($id: ID!) { priceFinding(id: $id) { id listingId justification } }`,
    caller: 'operator',
    variables: async (victim) => ({ id: await victimFinding(victim, 'justified') }),
  },
  findingCase('justifyPriceFinding', 'justifyPriceFinding(id: $id, reason: "越权说明")', 'supplier', 'open'),
  findingCase('dismissPriceFinding', 'dismissPriceFinding(id: $id, reason: "越权驳回")', 'operator', 'open'),
  findingCase('reopenPriceFinding', 'reopenPriceFinding(id: $id, note: "越权重开")', 'operator', 'justified'),
  {
    field: 'importPriceReferences',
    type: 'mutation',
    document: `mutation ($input: ImportPriceReferencesInput!) { importPriceReferences(input: $input) { id imported errors { row reason } } }`,
    caller: 'operator',
    variables: async (victim) => {
      await victimCatalog(victim);
      const product = remember(await insertStandardProduct(victim.people.tenant.id));
      return { product, input: { fileName: '越权参考价.csv', contentBase64: referenceCsvBase64([`${product},,京东,1.00,2026-01-05,`]) } };
    },
    async victimUnharmed(victim, vars) {
      const n = await asOwner(victim.people.tenant.id, async (c) => Number((await c.query('select count(*) from price_reference where standard_product_id = $1', [vars.product])).rows[0].count));
      if (n !== 0) throw new Error("a reference price was imported for the victim's product");
    },
  },
  // The template is the same for every tenant: nothing of the victim's in it.
  { field: 'priceReferenceTemplate', type: 'query', document: `{ priceReferenceTemplate { fileName mimeType } }`, caller: 'operator', variables: async () => ({}) },
  {
    field: 'importPriceReferenceFeed',
    type: 'mutation',
    document: `mutation { importPriceReferenceFeed { id name } }`,
    caller: 'operator',
    variables: async () => ({}),
    async victimUnharmed(victim) {
      const n = await asOwner(victim.people.tenant.id, async (c) => Number((await c.query(`select count(*) from price_reference_import where origin = 'feed'`)).rows[0].count));
      if (n !== 0) throw new Error('a feed was read into the victim tenant');
    },
  },
  {
    field: 'priceReferenceImport',
    type: 'query',
    document: `query ($id: ID!) { priceReferenceImport(id: $id) { id name errors { message } } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: remember(await insertReferenceImport(victim.people.tenant.id, remember('受害省参考价.csv'))) }),
  },
  {
    field: 'priceReferenceImportErrorReport',
    type: 'query',
    document: `query ($id: ID!) { priceReferenceImportErrorReport(id: $id, format: CSV) { fileName contentBase64 } }`,
    caller: 'operator',
    variables: async (victim) => ({ id: remember(await insertReferenceImport(victim.people.tenant.id)) }),
  },
  {
    field: 'auditEntries',
    type: 'query',
    document: `query ($s: String) { auditEntries(filter: { subjectId: $s }) { nodes { id subjectId change actorName } } }`,
    caller: 'finance',
    variables: async (victim) => {
      const subjectId = remember(`受害省订单-${newId()}`);
      remember(await insertAuditEntry(victim.people.tenant.id, subjectId));
      return { s: subjectId };
    },
  },
  {
    field: 'auditEntry',
    type: 'query',
    document: `query ($id: ID!) { auditEntry(id: $id) { id subjectId change } }`,
    caller: 'operator',
    variables: async (victim) => ({ id: remember(await insertAuditEntry(victim.people.tenant.id, remember(`受害省订单-${newId()}`))) }),
  },
  {
    field: 'complianceSignals',
    type: 'query',
    document: `{ complianceSignals(first: 100) { nodes { id lot { id } shared { value } } } }`,
    caller: 'finance',
    variables: async (victim) => {
      remember(await insertSignal(victim.people.tenant.id));
      return {};
    },
  },
  {
    field: 'myIntegrity',
    type: 'query',
    document: `{ myIntegrity(first: 100) { standing { supplierId } events { nodes { id } } } }`,
    caller: 'supplier',
    variables: async (victim) => {
      remember(await insertIntegrityEvent(victim.people.tenant.id, victim.people.organisations.supplier.id));
      return {};
    },
  },
  {
    field: 'complianceSignal',
    type: 'query',
    document: `query ($id: ID!) { complianceSignal(id: $id) { id shared { value } } }`,
    caller: 'operator',
    variables: async (victim) => ({ id: remember(await insertSignal(victim.people.tenant.id)) }),
  },
  signalCase('dismissComplianceSignal', 'dismissComplianceSignal(id: $id, reason: "越权排除")'),
  signalCase('referComplianceSignal', 'referComplianceSignal(id: $id, to: "越权移交", note: "越权备注")'),
  {
    field: 'runComplianceChecks',
    type: 'mutation',
    document: `mutation { runComplianceChecks { raised refreshed } }`,
    caller: 'finance',
    // The victim has a lot after opening with two bids from one device: only its own run may raise that.
    variables: async (victim) => {
      const { lotIds: [lotId] } = await insertTenderProject(victim.people, { lots: [{ state: 'evaluating' }] });
      remember(lotId);
      const deviceId = remember(`victim-device-${newId()}`);
      for (const who of [victim.people.organisations.supplier.id, victim.people.organisations.agency.id]) {
        await insertLotBid(victim.people.tenant.id, lotId, { supplierId: who, submittedBy: victim.people.users.supplier.id, deviceId });
      }
      return { lotId };
    },
    async victimUnharmed(victim, vars) {
      if ((await signalsOf(victim.people.tenant.id)).some((s) => s.dedupe_key.includes(String(vars.lotId)))) throw new Error("the attacker's run raised signals in the victim tenant");
    },
  },
  ...statisticsCases(),
  {
    field: 'supplierIntegrity',
    type: 'query',
    document: `query ($id: ID!) { supplierIntegrity(supplierId: $id) { standing { supplierId supplierName } events { nodes { id } } } }`,
    caller: 'finance',
    variables: async (victim) => {
      remember(await insertIntegrityEvent(victim.people.tenant.id, victim.people.organisations.supplier.id));
      return { id: victim.people.organisations.supplier.id };
    },
  },
  {
    field: 'integrityStandings',
    type: 'query',
    document: `{ integrityStandings(first: 100) { nodes { supplierId supplierName } } }`,
    caller: 'operator',
    variables: async () => ({}),
  },
  {
    field: 'integrityAppeals',
    type: 'query',
    document: `{ integrityAppeals(first: 100) { nodes { id eventId supplierId reason } } }`,
    caller: 'operator',
    variables: async (victim) => {
      const a = await insertIntegrityAppeal(victim.people.tenant.id, victim.people.organisations.supplier.id, victim.people.users.supplier.id);
      remember(a.appealId);
      remember(a.eventId);
      return {};
    },
  },
  {
    field: 'appealIntegrityEvent',
    type: 'mutation',
    document: `mutation ($id: ID!) { appealIntegrityEvent(eventId: $id, reason: "越权申诉") { appealId state } }`,
    caller: 'supplier',
    variables: async (victim) => ({ id: remember(await insertIntegrityEvent(victim.people.tenant.id, victim.people.organisations.supplier.id)) }),
    async victimUnharmed(victim, vars) {
      if ((await integrityEventState(victim.people.tenant.id, String(vars.id))) !== 'effective') throw new Error("the victim's integrity event was appealed");
    },
  },
  {
    field: 'decideIntegrityAppeal',
    type: 'mutation',
    document: `mutation ($id: ID!) { decideIntegrityAppeal(appealId: $id, uphold: true, reason: "越权处理") { appealId state } }`,
    caller: 'operator',
    variables: async (victim) => {
      const a = await insertIntegrityAppeal(victim.people.tenant.id, victim.people.organisations.supplier.id, victim.people.users.supplier.id);
      remember(a.eventId);
      return { id: remember(a.appealId) };
    },
    async victimUnharmed(victim, vars) {
      if ((await integrityAppealState(victim.people.tenant.id, String(vars.id))) !== 'open') throw new Error("the victim's appeal was decided");
    },
  },
  {
    field: 'recordIntegrityPenalty',
    type: 'mutation',
    document: `mutation ($input: IntegrityPenaltyInput!) { recordIntegrityPenalty(input: $input) { eventId standing { supplierId score } } }`,
    caller: 'finance',
    variables: async (victim) => ({ input: { supplierId: victim.people.organisations.supplier.id, kind: 'BLACKLIST_RECORD', documentNo: '越权-1', authority: '越权机关', decidedOn: '2026-01-05' } }),
    async victimUnharmed(victim) {
      if ((await penaltyCount(victim.people.tenant.id, '越权-1')) !== 0) throw new Error("a penalty was recorded on the victim's supplier");
    },
  },
  ...bandAndSignalCases(),
  ...notificationCases(),
  ...auctionCases(),
  {
    field: 'integrityPenaltyImportTemplate',
    type: 'query',
    document: `{ integrityPenaltyImportTemplate { fileName contentBase64 } }`,
    caller: 'finance',
    variables: async () => ({}),
  },
  {
    field: 'importIntegrityPenalties',
    type: 'mutation',
    document: `mutation ($input: ImportIntegrityPenaltiesInput!) { importIntegrityPenalties(input: $input) { total imported errors { reason message } } }`,
    caller: 'finance',
    // The victim's supplier named by its credit code: the attacker's tenant has no such supplier.
    variables: async (victim) => ({
      input: { fileName: 'cross.csv', contentBase64: Buffer.from(`供应商统一社会信用代码,类别,决定书文号,决定机关,决定日期\r\n${victim.people.organisations.supplier.uscc},黑名单,越权-2,越权机关,2026-01-05\r\n`).toString('base64') },
    }),
    async victimUnharmed(victim) {
      if ((await penaltyCount(victim.people.tenant.id, '越权-2')) !== 0) throw new Error("a penalty was imported on the victim's supplier");
    },
  },
  ...inquiryCases(),
  ...financingCases(),
];

/**
 * The victim's spending this month: a mall order of a distinctive amount from its supplier (a
 * marker) and a signed contract with a distinctive budget; aggregates must show none of it.
 */
async function victimSpending(victim: TenantSide): Promise<void> {
  await victimCatalog(victim);
  const now = new Date();
  const listing = remember(await insertTaggedListing(victim.people.tenant.id, victim.people.organisations.supplier.id, 'A060201', [{ tag: 'energy_saving', validUntil: '2099-12-31' }]));
  remember(await insertOrderAt(victim.people, { state: 'accepted', placedAt: now, supplierId: victim.people.organisations.supplier.id, lines: [{ listingId: listing, unitPriceFen: 765_432n, quantity: 1, acceptedQuantity: 1 }] }));
  remember('7654.32');
  const { lotId, contractId } = await insertContractAt(victim.people, {
    budgetFen: 876_543_210n, bids: [{ supplierId: victim.people.organisations.supplier.id, priceFen: 800_000_000n }], submittedAt: now, openedAt: now, signedAt: now,
  });
  [lotId, contractId, '8765432.10'].forEach((x) => remember(x));
}

function statisticsCases(): CrossTenantCase[] {
  const period = `period: { from: "${currentMonthPeriod().from}", to: "${currentMonthPeriod().to}" }`;
  const figure = (field: string, selection: string, caller: PersonKey, args = ''): CrossTenantCase => ({
    field,
    type: 'query',
    document: `{ ${field}(${period}${args}) ${selection} }`,
    caller,
    variables: async (victim) => {
      await victimSpending(victim);
      return {};
    },
  });
  return [
    figure('spendingStatistics', '{ total rows { key label amount } totals { key label amount } }', 'finance', ', by: SUPPLIER'),
    figure('savingsStatistics', '{ rows { budget price } total { budget price savings } }', 'operator'),
    figure('policyShareStatistics', '{ rows { total green } total { total green sme } }', 'finance'),
    figure('concentrationStatistics', '{ rows { categoryCode label total topSupplier } }', 'finance'),
    figure('competitionStatistics', '{ rows { lots validBids bidders sellers } }', 'finance'),
    figure('inspectionStatistics', '{ rows { total open } }', 'finance'),
    figure('statisticsExport', '{ fileName contentBase64 }', 'finance', ', figure: SPENDING, by: UNIT'),
    {
      field: 'statisticsReports',
      type: 'query',
      document: `{ statisticsReports { id period fileName } }`,
      caller: 'finance',
      variables: async (victim) => {
        remember(await insertStatisticsReport(victim.people.tenant.id, '2024-07'));
        return {};
      },
    },
    {
      field: 'statisticsReportFile',
      type: 'query',
      document: `query ($id: ID!) { statisticsReportFile(id: $id) { fileName contentBase64 } }`,
      caller: 'operator',
      variables: async (victim) => ({ id: remember(await insertStatisticsReport(victim.people.tenant.id, '2024-08')) }),
    },
    {
      field: 'requestStatisticsReport',
      type: 'mutation',
      document: `mutation { requestStatisticsReport(input: { kind: MONTH, period: "2024-09" }) { id state } }`,
      caller: 'finance',
      variables: async (victim) => ({ _id: remember(await insertStatisticsReport(victim.people.tenant.id, '2024-09')) }),
      async victimUnharmed(victim, vars) {
        if ((await statisticsReportState(victim.people.tenant.id, String(vars._id))) !== 'ready') throw new Error("the victim's report was reset by requestStatisticsReport");
      },
    },
  ];
}

/** A price finding of the victim's supplier on a listing of its own. */
async function victimFinding(victim: TenantSide, state: 'open' | 'justified'): Promise<string> {
  const listing = await victimListing(victim, 'approved');
  return remember(await insertFinding(victim.people.tenant.id, listing, victim.people.organisations.supplier.id, { state }));
}

/** A finding case: the attacker acts on the victim's finding, which must keep its state. */
function findingCase(field: string, call: string, caller: PersonKey, state: 'open' | 'justified'): CrossTenantCase {
  return {
    field,
    type: 'mutation',
    document: `mutation ($id: ID!) { ${call} { id state } }`,
    caller,
    variables: async (victim) => ({ id: await victimFinding(victim, state) }),
    async victimUnharmed(victim, vars) {
      if ((await findingState(victim.people.tenant.id, String(vars.id))) !== state) throw new Error(`the victim's finding was changed by ${field}`);
    },
  };
}

/** A deposit of the victim's supplier on a lot of the victim's unit. */
async function victimDeposit(victim: TenantSide, state: 'due' | 'held' | 'forfeited' | 'challenged'): Promise<string> {
  const { lotIds: [lotId] } = await insertTenderProject(victim.people, { lots: [{ depositFen: 100_000n }] });
  remember(lotId);
  return remember(await insertDeposit(victim.people.tenant.id, lotId, victim.people.organisations.supplier.id, { state }));
}

/** A deposit case: the attacker acts on the victim's deposit, which must keep its state and gain no refund. */
function depositCase(field: string, call: string, caller: PersonKey, state: 'held' | 'forfeited' | 'challenged'): CrossTenantCase {
  return {
    field,
    type: 'mutation',
    document: `mutation ($id: ID!) { ${call} { id state } }`,
    caller,
    variables: async (victim) => ({ id: await victimDeposit(victim, state) }),
    async victimUnharmed(victim, vars) {
      const d = await depositState(victim.people.tenant.id, String(vars.id));
      if (d?.state !== state || d.refunds !== 0) throw new Error(`the victim's deposit was changed by ${field}: ${JSON.stringify(d)}`);
    },
  };
}

/** A review case: the attacker reviews the victim's open signal, which must stay open. */
function signalCase(field: string, call: string): CrossTenantCase {
  return {
    field,
    type: 'mutation',
    document: `mutation ($id: ID!) { ${call} { id state } }`,
    caller: 'finance',
    variables: async (victim) => ({ id: remember(await insertSignal(victim.people.tenant.id)) }),
    async victimUnharmed(victim, vars) {
      if ((await signalState(victim.people.tenant.id, String(vars.id))) !== 'open') throw new Error(`the victim's signal was changed by ${field}`);
    },
  };
}

/**
 * The band and signal figures are counts, so the victim gets distinctive ones this month (13
 * same-origin signals, 11 suppliers in band D) and the marker is the count as it would appear
 * in the answer.
 */
function bandAndSignalCases(): CrossTenantCase[] {
  const period = `period: { from: "${currentMonthPeriod().from}", to: "${currentMonthPeriod().to}" }`;
  return [
    {
      field: 'signalStatistics',
      type: 'query',
      document: `{ signalStatistics(${period}) { rows { sameOrigin } total { sameOrigin } now { open } } }`,
      caller: 'finance',
      variables: async (victim) => {
        for (let i = 0; i < 13; i++) await insertSignal(victim.people.tenant.id);
        remember('"sameOrigin":13');
        return {};
      },
    },
    {
      field: 'integrityBandStatistics',
      type: 'query',
      document: `{ integrityBandStatistics(${period}) { now { d total } rows { d } } }`,
      caller: 'operator',
      variables: async (victim) => {
        await asOwner(victim.people.tenant.id, async (c) => {
          for (let i = 0; i < 11; i++) {
            const id = newId();
            await c.query(`insert into organisation (id, tenant_id, kind, name, uscc) values ($1, $2, 'supplier', $3, $4)`, [id, victim.people.tenant.id, `失信供应商${i}`, randomUscc()]);
            await c.query(`insert into integrity_standing (tenant_id, supplier_id, score, band, blocked_by_band, event_count, computed_at) values ($2, $1, 10, 'D', true, 1, now())`, [id, victim.people.tenant.id]);
          }
        });
        remember('"d":11');
        return {};
      },
    },
  ];
}

/** Auctions: the victim's auctions, bids, deposits and settlements stay invisible and unchanged. */
function auctionCases(): CrossTenantCase[] {
  const forward = async (victim: TenantSide, spec: Parameters<typeof insertAuction>[1] = {}) => remember(await insertAuction(victim.people, { direction: 'forward', ...spec }));
  const settled = async (victim: TenantSide) => remember(await insertSettledAuction(victim.people, victim.people.organisations.supplier.id, victim.people.users.supplier.id));
  const count = async (victim: TenantSide, table: string) => asOwner(victim.people.tenant.id, async (c) => (await c.query(`select count(*)::int n from ${table}`)).rows[0].n as number);
  return [
    { field: 'auction', type: 'query', document: `query ($id: ID!) { auction(id: $id) { id title organiser { id name } } }`, caller: 'supplier', variables: async (victim) => ({ id: await forward(victim) }) },
    {
      field: 'auctions',
      type: 'query',
      document: `{ auctions(first: 100) { nodes { id title organiser { id name } } } }`,
      caller: 'supplier',
      variables: async (victim) => {
        await forward(victim);
        remember(await insertAuction(victim.people));
        return {};
      },
    },
    { field: 'myAuctionBids', type: 'query', document: `query ($id: ID!) { myAuctionBids(auctionId: $id) { id } }`, caller: 'supplier', variables: async (victim) => ({ id: await settled(victim) }) },
    { field: 'auctionLog', type: 'query', document: `query ($id: ID!) { auctionLog(auctionId: $id) { sequence bidderOrganisation { id name } } }`, caller: 'supplier', variables: async (victim) => ({ id: await settled(victim) }) },
    { field: 'auctionSettlement', type: 'query', document: `query ($id: ID!) { auctionSettlement(auctionId: $id) { id text winner { id name } } }`, caller: 'supplier', variables: async (victim) => ({ id: await settled(victim) }) },
    {
      field: 'createAuction',
      type: 'mutation',
      document: `mutation ($input: CreateAuctionInput!) { createAuction(input: $input) { id } }`,
      caller: 'agency',
      variables: async (victim) => ({
        before: await count(victim, 'auction'),
        input: {
          direction: 'REVERSE', title: '越权竞价', description: '越权竞价说明', startPrice: '1000.00', step: '10.00', startsAt: new Date().toISOString(), durationMinutes: 30,
          buyerOrganisationId: victim.people.organisations.purchasing_unit.id, invitedSupplierIds: [victim.people.organisations.supplier.id],
        },
      }),
      async victimUnharmed(victim, vars) {
        if ((await count(victim, 'auction')) !== vars.before) throw new Error('an auction was created in the victim tenant');
      },
    },
    {
      field: 'cancelAuction',
      type: 'mutation',
      document: `mutation ($id: ID!) { cancelAuction(auctionId: $id, reason: "越权取消") { id } }`,
      caller: 'purchaser',
      variables: async (victim) => ({ id: remember(await insertAuction(victim.people)) }),
      async victimUnharmed(victim, vars) {
        if ((await auctionRow(victim.people.tenant.id, String(vars.id)))?.state !== 'live') throw new Error("the victim's auction was cancelled");
      },
    },
    {
      field: 'registerForAuction',
      type: 'mutation',
      document: `mutation ($id: ID!) { registerForAuction(auctionId: $id) { id virtualAccountRef } }`,
      caller: 'supplier',
      variables: async (victim) => ({ id: await forward(victim, { depositFen: 100_000n }), before: await count(victim, 'deposit') }),
      async victimUnharmed(victim, vars) {
        if ((await count(victim, 'deposit')) !== vars.before) throw new Error('a deposit was opened in the victim tenant');
      },
    },
    {
      field: 'placeAuctionBid',
      type: 'mutation',
      document: `mutation ($input: PlaceAuctionBidInput!) { placeAuctionBid(input: $input) { bid { id } } }`,
      caller: 'supplier',
      variables: async (victim) => ({ input: { auctionId: await forward(victim, { startPriceFen: 100_000n }), price: '1000.00', clientKey: `attack-${newId()}` } }),
      async victimUnharmed(victim, vars) {
        const row = await auctionRow(victim.people.tenant.id, String((vars.input as { auctionId: string }).auctionId));
        if (row?.last_seq !== 0) throw new Error("a bid reached the victim's auction");
      },
    },
  ];
}

/** Online inquiry: the victim's inquiries, quotes and budget stay out of reach and unchanged. */
function inquiryCases(): CrossTenantCase[] {
  const READ = 'id title state budget buyerId buyerName budgetLineId';
  const QUOTE_READ = 'id supplierId supplierName unitPrice total offer';
  const victimInquiry = async (victim: TenantSide, state: 'published' | 'closed' | 'failed', deadline?: Date) => {
    await victimCatalog(victim);
    const i = await insertInquiry(victim.people, state, { quotes: state === 'published' && !deadline ? [] : [{ supplierId: victim.people.organisations.supplier.id, unitPriceFen: 2500_00n }], deadline });
    remember(i.inquiryId);
    remember(i.budgetLineId);
    i.quoteIds.forEach(remember);
    return i;
  };
  const unchanged = (state: string) => async (victim: TenantSide, vars: Record<string, unknown>) => {
    const now = await inquiryState(victim.people.tenant.id, String(vars.id ?? (vars.input as { inquiryId: string }).inquiryId));
    if (now !== state) throw new Error(`the victim's inquiry was changed: ${now}`);
    const quotes = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select count(*)::int as n from sourcing_quote where revision > 1 or offer = '越权报价'`)).rows[0].n);
    if (quotes) throw new Error("a quote was written in the victim's tenant");
  };
  return [
    { field: 'inquiries', type: 'query', document: `{ inquiries { ${READ} } }`, caller: 'finance', variables: async (victim) => (await victimInquiry(victim, 'published'), {}) },
    { field: 'inquiry', type: 'query', document: `query ($id: ID!) { inquiry(id: $id) { ${READ} } }`, caller: 'supplier', variables: async (victim) => ({ id: (await victimInquiry(victim, 'published')).inquiryId }) },
    { field: 'inquiryQuotes', type: 'query', document: `query ($id: ID!) { inquiryQuotes(inquiryId: $id) { ${QUOTE_READ} } }`, caller: 'finance', variables: async (victim) => ({ id: (await victimInquiry(victim, 'closed')).inquiryId }) },
    { field: 'myInquiryQuote', type: 'query', document: `query ($id: ID!) { myInquiryQuote(inquiryId: $id) { ${QUOTE_READ} } }`, caller: 'supplier', variables: async (victim) => ({ id: (await victimInquiry(victim, 'closed')).inquiryId }) },
    {
      field: 'inquiryInvitations', type: 'query', document: `{ inquiryInvitations { id status inquiry { ${READ} } } }`, caller: 'supplier',
      variables: async (victim) => {
        const i = await victimInquiry(victim, 'published');
        await asOwner(victim.people.tenant.id, (c) => c.query(`insert into sourcing_invitation (id, tenant_id, inquiry_id, supplier_id) values ($1, $2, $3, $4)`, [remember(newId()), victim.people.tenant.id, i.inquiryId, victim.people.organisations.supplier.id]));
        return {};
      },
    },
    {
      field: 'publishInquiry', type: 'mutation', document: `mutation ($input: PublishInquiryInput!) { publishInquiry(input: $input) { ${READ} } }`, caller: 'purchaser',
      variables: async (victim) => ({ input: inquiryInput(remember(await victimBudgetLine(victim)), { budget: '60000.00' }) }),
      victimUnharmed: (victim, vars) => budgetUnharmed(victim, String((vars.input as { budgetLineId: string }).budgetLineId)),
    },
    {
      field: 'cancelInquiry', type: 'mutation', document: `mutation ($id: ID!) { cancelInquiry(id: $id, reason: "越权撤销") { ${READ} } }`, caller: 'purchaser',
      variables: async (victim) => ({ id: (await victimInquiry(victim, 'published')).inquiryId }), victimUnharmed: unchanged('published'),
    },
    {
      field: 'closeInquiry', type: 'mutation', document: `mutation ($id: ID!) { closeInquiry(id: $id) { ${READ} } }`, caller: 'purchaser',
      variables: async (victim) => ({ id: (await victimInquiry(victim, 'published', new Date(Date.now() - 1000))).inquiryId }), victimUnharmed: unchanged('published'),
    },
    {
      field: 'awardInquiry', type: 'mutation', document: `mutation ($id: ID!, $q: ID!) { awardInquiry(id: $id, quoteId: $q) { ${READ} } }`, caller: 'purchaser',
      variables: async (victim) => {
        const i = await victimInquiry(victim, 'closed');
        return { id: i.inquiryId, q: i.quoteIds[0] };
      },
      victimUnharmed: unchanged('closed'),
    },
    {
      field: 'passOverInquiryQuote', type: 'mutation', document: `mutation ($id: ID!, $q: ID!) { passOverInquiryQuote(id: $id, quoteId: $q, reason: "越权放弃") { ${READ} } }`, caller: 'purchaser',
      variables: async (victim) => {
        const i = await victimInquiry(victim, 'closed');
        return { id: i.inquiryId, q: i.quoteIds[0] };
      },
      async victimUnharmed(victim, vars) {
        await unchanged('closed')(victim, vars);
        const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select count(*)::int as n from sourcing_quote where passed_over_reason is not null`)).rows[0].n);
        if (n) throw new Error("a victim's quote was passed over");
      },
    },
    {
      field: 'relaunchInquiry', type: 'mutation', document: `mutation ($id: ID!, $d: DateTime!, $k: String!) { relaunchInquiry(id: $id, quoteDeadline: $d, idempotencyKey: $k) { ${READ} } }`, caller: 'purchaser',
      variables: async (victim) => ({ id: (await victimInquiry(victim, 'failed')).inquiryId, d: quoteDeadlineIn(), k: newId() }),
      async victimUnharmed(victim, vars) {
        await unchanged('failed')(victim, vars);
        const n = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select count(*)::int as n from sourcing_inquiry where relaunch_of = $1`, [vars.id])).rows[0].n);
        if (n) throw new Error("the victim's inquiry was relaunched");
      },
    },
    {
      field: 'submitInquiryQuote', type: 'mutation', document: `mutation ($input: SubmitInquiryQuoteInput!) { submitInquiryQuote(input: $input) { ${QUOTE_READ} } }`, caller: 'supplier',
      variables: async (victim) => ({ input: { inquiryId: (await victimInquiry(victim, 'published')).inquiryId, unitPrice: '2500.00', offer: '越权报价', idempotencyKey: newId() } }),
      victimUnharmed: unchanged('published'),
    },
  ];
}

/** The victim's notices, preferences, push subscriptions and deliveries stay the victim's. */
function notificationCases(): CrossTenantCase[] {
  const victimNotice = async (victim: TenantSide, state: 'sent' | 'failed' = 'sent') => {
    const n = await insertNotification(victim.people.tenant.id, victim.people.users.supplier.id, state);
    remember(n.notificationId);
    remember(n.deliveryId);
    return n;
  };
  return [
    {
      field: 'myNotifications', type: 'query', caller: 'supplier',
      document: `{ myNotifications(first: 100) { nodes { id title link } } }`,
      variables: async (victim) => (await victimNotice(victim), {}),
    },
    {
      field: 'unreadNotificationCount', type: 'query', caller: 'supplier',
      document: `{ unreadNotificationCount }`,
      variables: async (victim) => {
        for (let i = 0; i < 17; i++) await victimNotice(victim);
        return {};
      },
    },
    {
      field: 'markNotificationsRead', type: 'mutation', caller: 'supplier',
      document: `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`,
      variables: async (victim) => ({ input: { ids: [(await victimNotice(victim)).notificationId] } }),
      async victimUnharmed(victim, vars) {
        const id = (vars.input as { ids: string[] }).ids[0];
        if ((await notificationRow(victim.people.tenant.id, id))?.read_at !== null) throw new Error("the victim's notice was marked read");
      },
    },
    {
      field: 'myNotificationPreferences', type: 'query', caller: 'supplier',
      document: `{ myNotificationPreferences { eventType channel enabled } }`,
      variables: async () => ({}),
    },
    {
      field: 'setNotificationPreference', type: 'mutation', caller: 'supplier',
      document: `mutation { setNotificationPreference(eventType: "mall.order.placed", channel: EMAIL, enabled: false) { enabled } }`,
      variables: async () => ({}),
      async victimUnharmed(victim) {
        if ((await preferenceCount(victim.people.tenant.id)) !== 0) throw new Error("a preference was written in the victim's tenant");
      },
    },
    {
      field: 'registerPushSubscription', type: 'mutation', caller: 'supplier',
      document: `mutation ($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) { id endpoint } }`,
      // The victim's endpoint with the attacker's keys: it must not move the victim's subscription.
      variables: async (victim) => {
        const sub = await insertPushSubscription(victim.people.tenant.id, victim.people.users.supplier.id);
        remember(sub.id);
        const theirs = await insertPushSubscription(victim.people.tenant.id, victim.people.users.supplier.id);
        return { input: { endpoint: sub.endpoint, p256dh: theirs.p256dh, auth: theirs.auth }, sub: sub.id, p256dh: sub.p256dh };
      },
      async victimUnharmed(victim, vars) {
        const row = await pushSubscriptionRow(victim.people.tenant.id, String(vars.sub));
        if (row?.user_id !== victim.people.users.supplier.id || row.p256dh !== vars.p256dh) throw new Error("the victim's push subscription was changed");
      },
    },
    {
      field: 'myNotificationSettings', type: 'query', caller: 'supplier',
      document: `{ myNotificationSettings { email } }`,
      variables: async (victim) => {
        await asOwner(victim.people.tenant.id, (c) => c.query(`update user_account set email = $2 where id = $1`, [victim.people.users.supplier.id, remember(`victim-${victim.people.tenant.code}@example.cn`)]));
        return {};
      },
    },
    {
      field: 'setMyNotificationEmail', type: 'mutation', caller: 'supplier',
      document: `mutation { setMyNotificationEmail(email: "attacker@example.cn") { email } }`,
      variables: async () => ({}),
      async victimUnharmed(victim) {
        const rows = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select count(*)::int as n from user_account where email = 'attacker@example.cn'`)).rows);
        if (rows[0].n !== 0) throw new Error("a victim user's e-mail was changed");
      },
    },
    {
      field: 'notificationDeliveries', type: 'query', caller: 'operator',
      document: `{ notificationDeliveries(state: FAILED, first: 100) { nodes { id eventId userName lastError } } }`,
      variables: async (victim) => (await victimNotice(victim, 'failed'), {}),
    },
    {
      field: 'resendNotificationDelivery', type: 'mutation', caller: 'operator',
      document: `mutation ($id: ID!) { resendNotificationDelivery(id: $id) { id state } }`,
      variables: async (victim) => ({ id: (await victimNotice(victim, 'failed')).deliveryId }),
      async victimUnharmed(victim, vars) {
        const rows = await asOwner(victim.people.tenant.id, async (c) => (await c.query(`select state from notification_delivery where id = $1`, [vars.id])).rows);
        if (rows[0]?.state !== 'failed') throw new Error("the victim's failed delivery was resent");
      },
    },
  ];
}

/** The victim's lender (one per victim) and its order, application and lock. */
const victimLenders = new Map<string, Promise<TestLender>>();
function victimLender(victim: TenantSide): Promise<TestLender> {
  const id = victim.people.tenant.id;
  if (!victimLenders.has(id)) {
    victimLenders.set(id, insertLender(victim.people).then((l) => {
      [l.id, l.name, l.uscc, l.accountNo].forEach((x) => remember(x));
      return l;
    }));
  }
  return victimLenders.get(id)!;
}

async function victimFinancedOrder(victim: TenantSide): Promise<{ orderId: string; applicationId: string; lender: TestLender }> {
  const lender = await victimLender(victim);
  const { orderId } = await victimOrder(victim, 'invoiced');
  const lockId = await insertLock(victim.people, lender, orderId);
  const applicationId = await asOwner(victim.people.tenant.id, async (c) => (await c.query('select application_id from payee_account_lock where id = $1', [lockId])).rows[0].application_id as string);
  return { orderId, applicationId: remember(applicationId), lender };
}

function financingCases(): CrossTenantCase[] {
  const lenderInput = (name: string) => ({
    name, uscc: randomUscc(), webhookUrl: 'https://attacker.example.cn/packages', publicKey: lenderKeys().publicKey,
    repaymentBankName: '越权银行', repaymentAccountName: '越权账户', repaymentAccountNo: '6222000011112222',
  });
  const lenderUnchanged = (field: string) => async (victim: TenantSide, vars: Record<string, unknown>) => {
    const rows = await asOwner(victim.people.tenant.id, async (c) => (await c.query('select name, active, repayment_account_no from lender where id = $1', [vars.id])).rows);
    const l = await victimLender(victim);
    if (rows[0]?.name !== l.name || rows[0]?.active !== true || rows[0]?.repayment_account_no !== l.accountNo) throw new Error(`the victim's lender was changed by ${field}`);
  };
  return [
    { field: 'lenders', type: 'query', caller: 'operator', document: `{ lenders { id name uscc repaymentAccountNo } }`, variables: async (victim) => (await victimLender(victim), {}) },
    {
      field: 'registerLender', type: 'mutation', caller: 'operator',
      document: `mutation ($input: LenderInput!) { registerLender(input: $input) { id name } }`,
      // Registering is always in the caller's own tenant: the victim must gain no lender.
      variables: async () => ({ input: lenderInput(`越权银行${newId().slice(-8)}`) }),
      async victimUnharmed(victim, vars) {
        const n = await asOwner(victim.people.tenant.id, async (c) => Number((await c.query('select count(*) from lender where name = $1', [(vars.input as { name: string }).name])).rows[0].count));
        if (n !== 0) throw new Error('a lender was registered in the victim tenant');
      },
    },
    {
      field: 'updateLender', type: 'mutation', caller: 'operator',
      document: `mutation ($id: ID!, $input: LenderInput!) { updateLender(id: $id, input: $input) { id name } }`,
      variables: async (victim) => ({ id: (await victimLender(victim)).id, input: lenderInput('越权改名银行') }),
      victimUnharmed: lenderUnchanged('updateLender'),
    },
    {
      field: 'setLenderActive', type: 'mutation', caller: 'operator',
      document: `mutation ($id: ID!) { setLenderActive(id: $id, active: false) { id active } }`,
      variables: async (victim) => ({ id: (await victimLender(victim)).id }),
      victimUnharmed: lenderUnchanged('setLenderActive'),
    },
    {
      field: 'financeableContracts', type: 'query', caller: 'supplier', document: `{ financeableContracts { subjectId contractNo amount buyerName } }`,
      variables: async (victim) => (await victimFinancedOrder(victim), {}),
    },
    {
      field: 'financingApplications', type: 'query', caller: 'finance', document: `{ financingApplications { id contractNo lenderName package } }`,
      variables: async (victim) => (await victimFinancedOrder(victim), {}),
    },
    {
      field: 'financingApplication', type: 'query', caller: 'finance', document: `query ($id: ID!) { financingApplication(id: $id) { id contractNo package } }`,
      variables: async (victim) => ({ id: (await victimFinancedOrder(victim)).applicationId }),
    },
    {
      field: 'applyForFinancing', type: 'mutation', caller: 'supplier',
      document: `mutation ($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) { id contractNo } }`,
      variables: async (victim) => {
        const { orderId } = await victimOrder(victim, 'confirmed');
        await asOwner(victim.people.tenant.id, (c) => c.query('update mall_order set total_fen = 6000000 where id = $1', [orderId]));
        return { input: { subjectType: 'MALL_ORDER', subjectId: orderId, lenderId: (await victimLender(victim)).id, amount: '50000.00', consent: true } };
      },
      async victimUnharmed(victim, vars) {
        const n = await asOwner(victim.people.tenant.id, async (c) => Number((await c.query('select count(*) from financing_application where subject_id = $1', [(vars.input as { subjectId: string }).subjectId])).rows[0].count));
        if (n !== 0) throw new Error("an application was made on the victim's order");
      },
    },
    {
      field: 'subjectPayeeAccount', type: 'query', caller: 'finance', document: `query ($id: ID!) { subjectPayeeAccount(subjectType: MALL_ORDER, subjectId: $id) { locked lock { id accountNo bankName } } }`,
      variables: async (victim) => ({ id: (await victimFinancedOrder(victim)).orderId }),
    },
    { field: 'financingPlatformKey', type: 'query', caller: 'supplier', document: `{ financingPlatformKey { publicKey keyId } }`, variables: async () => ({}) },
    {
      field: 'financingStatistics', type: 'query', caller: 'finance',
      document: `query ($from: String!, $to: String!) { financingStatistics(period: { from: $from, to: $to }) { month byState { state count amount lenderAmount } } }`,
      variables: async (victim) => {
        // The victim's application this month, of a distinctive amount: the attacker's figures must not count it.
        const { orderId } = await victimOrder(victim, 'confirmed');
        const appId = await insertApplication(victim.people, await victimLender(victim), orderId);
        await asOwner(victim.people.tenant.id, (c) => c.query('update financing_application set amount_fen = 8765401 where id = $1', [appId]));
        remember('87654.01');
        const month = currentMonthPeriod();
        return { from: month.from, to: month.to };
      },
    },
  ];
}

