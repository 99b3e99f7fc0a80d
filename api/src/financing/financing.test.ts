import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../test/app.js';
import { insertListing, seedCategories } from '../../test/catalog.js';
import {
  applicationRow, financingFootprint, insertApplication, insertLender, lenderKeys, postNotice, signAsLender, type TestLender, verifyAsLender,
} from '../../test/financing.js';
import { createPeople, headers, loginAll, type PeopleFixture, type PersonKey, randomUscc, type TestSession } from '../../test/identity.js';
import { insertOrder } from '../../test/mall.js';
import { idempotencyKey } from '../../test/payments.js';
import { insertAwardedLot, insertSupplier } from '../../test/tender.js';
import { newId } from '@zhengcai/schema';
import { asOwner, contextFor, createTenant } from '../../test/tenants.js';
import ExcelJS from 'exceljs';
import { parsePeriod } from '../oversight/statistics/statistics-period.js';
import { StatisticsService } from '../oversight/statistics/statistics.service.js';
import { reportWorkbook } from '../oversight/statistics/statistics-workbook.js';

type Body = { data?: Record<string, any> | null; errors?: { extensions?: { code?: string; reason?: string; params?: Record<string, unknown> } }[] };

const APPLY = `mutation ($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) { id state contractNo amount package packageSignature platformKeyId deliveryAttempts } }`;
const LENDER_FIELDS = 'id name uscc active repaymentAccountNo';

describe('contract financing (政采贷): lenders, consent, signed package, lender notices, payee account lock', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let s: Record<PersonKey, TestSession>;
  let listingId: string;
  let lender: TestLender;

  beforeAll(async () => {
    // Orders of the fixture (¥1,280.00) are financeable from ¥1,000.00 in this province.
    const tenant = await createTenant({ settings: { financing: { minOrderFen: '100000' } } });
    [api, people] = await Promise.all([startApi(), createPeople(tenant)]);
    s = await loginAll(api, people);
    await seedCategories(people.tenant.id);
    listingId = await insertListing(people, 'approved');
    lender = await insertLender(people);
  });
  afterAll(async () => {
    await api?.close();
  });

  const gql = async (who: PersonKey, query: string, variables: object = {}): Promise<Body> =>
    (await api.gql(query, { variables, headers: headers(people.tenant, s[who].accessToken) })).body as Body;
  const order = async (state: Parameters<typeof insertOrder>[1] = 'confirmed') => (await insertOrder(people, state, listingId)).orderId;
  const applyInput = (subjectId: string, overrides: object = {}) => ({ subjectType: 'MALL_ORDER', subjectId, lenderId: lender.id, amount: '1000.00', consent: true, ...overrides });
  const refusal = (b: Body) => ({ reason: b.errors?.[0]?.extensions?.reason, field: (b.errors?.[0]?.extensions as { field?: string } | undefined)?.field });

  describe('lenders', () => {
    const input = (overrides: object = {}) => ({
      name: '中国测试银行杭州分行', uscc: randomUscc(), webhookUrl: 'https://bank.example.cn/zhengcai/packages', publicKey: lenderKeys().publicKey,
      repaymentBankName: '中国测试银行杭州分行', repaymentAccountName: '中国测试银行杭州分行政采贷专户', repaymentAccountNo: '6222020200112233', ...overrides,
    });

    it('operators register, edit and deactivate a lender, each audited; suppliers see only active ones', async () => {
      const reg = await gql('operator', `mutation ($input: LenderInput!) { registerLender(input: $input) { ${LENDER_FIELDS} } }`, { input: input() });
      expect(reg.errors).toBeUndefined();
      const id = reg.data!.registerLender.id;
      const edited = await gql('operator', `mutation ($id: ID!, $input: LenderInput!) { updateLender(id: $id, input: $input) { ${LENDER_FIELDS} } }`, { id, input: input({ repaymentAccountNo: '6222 0202 0011 9999' }) });
      expect(edited.data!.updateLender.repaymentAccountNo).toBe('6222020200119999');
      await gql('operator', `mutation ($id: ID!) { setLenderActive(id: $id, active: false) { active } }`, { id });
      const seen = await gql('supplier', `{ lenders { id } }`);
      expect(seen.data!.lenders.map((l: { id: string }) => l.id)).not.toContain(id);
      const all = await gql('operator', `{ lenders { id active } }`);
      expect(all.data!.lenders).toContainEqual({ id, active: false });
      const actions = await asOwner(people.tenant.id, async (c) => (await c.query(`select action from audit_entry where subject_id = $1 order by created_at`, [id])).rows.map((r) => r.action));
      expect(actions).toEqual(['financing.lender.register', 'financing.lender.update', 'financing.lender.deactivate']);
    });

    it.each([
      ['a USCC with a wrong check character', { uscc: '91350100M000100Y44' }, 'USCC_CHECK_CHARACTER', 'input.uscc'],
      ['a public key that is not a point on the curve', { publicKey: `04${'1'.repeat(128)}` }, 'LENDER_KEY_INVALID', 'input.publicKey'],
      ['a webhook that is not a URL', { webhookUrl: 'bank.example.cn' }, 'LENDER_WEBHOOK_INVALID', 'input.webhookUrl'],
      ['an account number with letters', { repaymentAccountNo: '6222-ABC' }, 'LENDER_ACCOUNT_NO_INVALID', 'input.repaymentAccountNo'],
    ])('refuses %s, naming the field, writing nothing', async (_what, overrides, reason, field) => {
      const before = await financingFootprint(people.tenant.id);
      const b = await gql('operator', `mutation ($input: LenderInput!) { registerLender(input: $input) { id } }`, { input: input(overrides) });
      expect(refusal(b)).toEqual({ reason, field });
      expect(await financingFootprint(people.tenant.id)).toEqual(before);
    });
  });

  describe('applying', () => {
    it('refuses without consent, naming consent, writing nothing', async () => {
      const id = await order();
      const before = await financingFootprint(people.tenant.id);
      const b = await gql('supplier', APPLY, { input: applyInput(id, { consent: false }) });
      expect(refusal(b)).toEqual({ reason: 'FINANCING_CONSENT_REQUIRED', field: 'input.consent' });
      expect(await financingFootprint(people.tenant.id)).toEqual(before);
    });

    it('refuses a contract the caller does not hold, an order below the threshold, an unknown lender, an order not confirmed', async () => {
      const other = await insertSupplier(people.tenant.id, people.tenant.slug);
      const notMine = await order();
      await asOwner(people.tenant.id, (c) => c.query(`update mall_order set supplier_id = $2 where id = $1`, [notMine, other.organisationId]));
      const small = await order();
      await asOwner(people.tenant.id, (c) => c.query(`update mall_order set total_fen = 99999 where id = $1`, [small]));
      const placed = await order('placed');
      const before = await financingFootprint(people.tenant.id);
      expect(refusal(await gql('supplier', APPLY, { input: applyInput(notMine) }))).toEqual({ reason: 'FINANCING_SUBJECT_NOT_FOUND', field: 'input.subjectId' });
      expect(refusal(await gql('supplier', APPLY, { input: applyInput(small, { amount: '100.00' }) }))).toEqual({ reason: 'FINANCING_BELOW_THRESHOLD', field: 'input.subjectId' });
      expect(refusal(await gql('supplier', APPLY, { input: applyInput(await order(), { lenderId: '00000000-0000-4000-8000-000000000000' }) }))).toEqual({ reason: 'FINANCING_LENDER_UNKNOWN', field: 'input.lenderId' });
      expect(refusal(await gql('supplier', APPLY, { input: applyInput(placed) }))).toEqual({ reason: 'FINANCING_SUBJECT_NOT_FINANCEABLE', field: 'input.subjectId' });
      expect(refusal(await gql('supplier', APPLY, { input: applyInput(await order(), { amount: '1280.01' }) }))).toEqual({ reason: 'FINANCING_AMOUNT_INVALID', field: 'input.amount' });
      const inactive = await insertLender(people, undefined, { active: false });
      expect(refusal(await gql('supplier', APPLY, { input: applyInput(await order(), { lenderId: inactive.id }) }))).toEqual({ reason: 'FINANCING_LENDER_UNKNOWN', field: 'input.lenderId' });
      const after = await financingFootprint(people.tenant.id);
      expect({ ...after, lender: before.lender }).toEqual(before);
    });

    it('with consent: stores a package signed with the platform key that the lender can verify, and publishes the submission', async () => {
      const id = await order('accepted');
      const b = await gql('supplier', APPLY, { input: applyInput(id, { amount: '1200.00' }) });
      expect(b.errors).toBeUndefined();
      const app = b.data!.applyForFinancing;
      expect(app).toMatchObject({ state: 'APPLIED', amount: '1200.00', deliveryAttempts: 0 });
      const key = (await api.gql(`{ financingPlatformKey { publicKey keyId } }`, { headers: headers(people.tenant) })).body.data!.financingPlatformKey as { publicKey: string; keyId: string };
      expect(app.platformKeyId).toBe(key.keyId);
      expect(verifyAsLender(app.package, app.packageSignature, key.publicKey)).toBe(true);
      expect(verifyAsLender(app.package.replace('1200.00', '1280.00'), app.packageSignature, key.publicKey)).toBe(false);
      const pkg = JSON.parse(app.package);
      expect(pkg).toMatchObject({
        format: 'zhengcai-financing/v1', applicationId: app.id, amountRequested: '1200.00',
        contract: { type: 'mall_order', id, amount: '1280.00', acceptanceStatus: 'accepted' },
        parties: { buyer: { uscc: people.organisations.purchasing_unit.uscc }, supplier: { uscc: people.organisations.supplier.uscc } },
        lender: { uscc: lender.uscc },
      });
      const events = await asOwner(people.tenant.id, async (c) => (await c.query(`select type, payload from outbox_event where type = 'financing.application.submitted' and payload->>'applicationId' = $1`, [app.id])).rows);
      expect(events).toHaveLength(1);
      // One open application per subject.
      expect(refusal(await gql('supplier', APPLY, { input: applyInput(id) }))).toEqual({ reason: 'FINANCING_ALREADY_OPEN', field: 'input.subjectId' });
    });

    it('finances a signed tender contract and lists it with the open application', async () => {
      const lot = await insertAwardedLot(people, { published: true });
      const b = await gql('supplier', APPLY, { input: applyInput(lot.contractId, { subjectType: 'TENDER_CONTRACT', amount: '1000000.00' }) });
      expect(b.errors).toBeUndefined();
      expect(JSON.parse(b.data!.applyForFinancing.package).contract).toMatchObject({ type: 'tender_contract', acceptanceStatus: 'not_applicable', paymentTerms: '验收合格后付款' });
      const list = await gql('supplier', `{ financeableContracts { subjectId subjectType openApplicationId } }`);
      expect(list.data!.financeableContracts).toContainEqual({ subjectId: lot.contractId, subjectType: 'TENDER_CONTRACT', openApplicationId: b.data!.applyForFinancing.id });
    });
  });

  describe('lender notices', () => {
    const notice = (applicationId: string, status: string, extra: object = {}) => ({ noticeId: `N-${Math.random().toString(36).slice(2)}`, applicationId, status, at: new Date().toISOString(), ...extra });
    const send = (body: object, key = lender.privateKey) => postNotice(api, people.tenant.code, lender.id, body, signAsLender(body, key));

    it('a bad signature is 401 and changes nothing', async () => {
      const appId = await insertApplication(people, lender, await order());
      const before = await financingFootprint(people.tenant.id);
      const r = await send(notice(appId, 'approved'), lenderKeys().privateKey);
      expect(r).toMatchObject({ status: 401, body: { ok: false, reason: 'FINANCING_NOTICE_SIGNATURE_INVALID' } });
      // A valid signature of another body does not carry over either.
      const body = notice(appId, 'approved');
      const forged = await postNotice(api, people.tenant.code, lender.id, { ...body, amount: '999.00' }, signAsLender(body, lender.privateKey));
      expect(forged.status).toBe(401);
      expect(await financingFootprint(people.tenant.id)).toEqual(before);
      expect((await applicationRow(people.tenant.id, appId))!.state).toBe('applied');
    });

    it('a payment still waiting for finance when the loan is repaid goes to the supplier again, audited', async () => {
      const orderId = await order('invoiced');
      const appId = await insertApplication(people, lender, orderId);
      expect((await send(notice(appId, 'approved', { amount: '1000.00' }))).body).toMatchObject({ state: 'approved' });
      const started = await gql('purchaser', `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { id payeeAccount { accountNo } } }`, {
        input: { subjectType: 'order', subjectId: orderId, provider: 'TREASURY', idempotencyKey: idempotencyKey() },
      });
      const paymentId = started.data!.startPayment.id as string;
      expect(started.data!.startPayment.payeeAccount).toEqual({ accountNo: lender.accountNo });
      expect((await send(notice(appId, 'disbursed', { amount: '1000.00' }))).body).toMatchObject({ state: 'disbursed' });
      expect((await send(notice(appId, 'repaid'))).body).toMatchObject({ state: 'repaid' });

      const approved = await gql('finance', `mutation ($id: ID!) { approvePaymentRequest(id: $id, bankReference: "GK2026112600002") { state payeeAccount { accountNo } } }`, { id: paymentId });
      expect(approved.data!.approvePaymentRequest).toEqual({ state: 'SUCCEEDED', payeeAccount: null });
      const audits = await asOwner(people.tenant.id, async (c) => (await c.query(`select action from audit_entry where subject_id = $1 and action like 'payments.payment.payee-account-%' order by seq`, [paymentId])).rows.map((r) => r.action));
      expect(audits).toEqual(['payments.payment.payee-account-released']);
    });

    it('approval locks the payee account; a payment for the order goes to the lender; a replay is applied once; repaid releases the lock', async () => {
      const orderId = await order('invoiced');
      const appId = await insertApplication(people, lender, orderId);
      const approval = notice(appId, 'approved', { amount: '1000.00' });
      const first = await send(approval);
      expect(first).toEqual({ status: 200, body: { ok: true, applicationId: appId, state: 'approved' } });
      const replay = await send(approval);
      expect(replay).toMatchObject({ status: 200, body: { ok: true, applicationId: appId, state: 'approved', replay: true } });
      const locks = await asOwner(people.tenant.id, async (c) => (await c.query(`select * from payee_account_lock where subject_id = $1`, [orderId])).rows);
      expect(locks).toHaveLength(1);
      expect(locks[0]).toMatchObject({ account_no: lender.accountNo, released_at: null });
      expect(await asOwner(people.tenant.id, async (c) => Number((await c.query(`select count(*) from audit_entry where action = 'financing.application.approved' and subject_id = $1`, [appId])).rows[0].count))).toBe(1);

      const lockSeen = await gql('purchaser', `query ($id: ID!) { subjectPayeeAccount(subjectType: MALL_ORDER, subjectId: $id) { lock { bankName accountNo } } }`, { id: orderId });
      expect(lockSeen.data!.subjectPayeeAccount.lock).toEqual({ bankName: '测试银行杭州分行', accountNo: lender.accountNo });

      // The real payment path: the buyer pays the order through the treasury; finance approves.
      const started = await gql('purchaser', `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { id payeeAccount { bankName accountName accountNo } } }`, {
        input: { subjectType: 'order', subjectId: orderId, provider: 'TREASURY', idempotencyKey: idempotencyKey() },
      });
      expect(started.errors).toBeUndefined();
      expect(started.data!.startPayment.payeeAccount).toEqual({ bankName: '测试银行杭州分行', accountName: lender.name, accountNo: lender.accountNo });
      const approved = await gql('finance', `mutation ($id: ID!) { approvePaymentRequest(id: $id, bankReference: "GK2026112600001") { state payeeAccount { accountNo } } }`, { id: started.data!.startPayment.id });
      expect(approved.data!.approvePaymentRequest).toEqual({ state: 'SUCCEEDED', payeeAccount: { accountNo: lender.accountNo } });

      // Repaid before disbursed: an illegal step, 409, nothing changes; the answer is kept for its replay.
      const early = notice(appId, 'repaid');
      expect(await send(early)).toMatchObject({ status: 409, body: { ok: false, reason: 'FINANCING_TRANSITION_NOT_ALLOWED', params: { state: 'approved', action: 'repay' } } });
      expect(await send(early)).toMatchObject({ status: 409, body: { reason: 'FINANCING_TRANSITION_NOT_ALLOWED', replay: true } });
      expect((await applicationRow(people.tenant.id, appId))!.state).toBe('approved');

      expect((await send(notice(appId, 'disbursed', { amount: '1000.00' }))).body).toMatchObject({ state: 'disbursed' });
      expect((await send(notice(appId, 'repaid'))).body).toMatchObject({ state: 'repaid' });
      const released = await asOwner(people.tenant.id, async (c) => (await c.query(`select released_at from payee_account_lock where subject_id = $1`, [orderId])).rows);
      expect(released[0].released_at).not.toBeNull();
      const audits = await asOwner(people.tenant.id, async (c) => (await c.query(`select action from audit_entry where action like 'financing.payee-account.%' and subject_id = $1 order by created_at`, [orderId])).rows.map((r) => r.action));
      expect(audits).toEqual(['financing.payee-account.lock', 'financing.payee-account.release']);
      const after = await gql('purchaser', `query ($id: ID!) { subjectPayeeAccount(subjectType: MALL_ORDER, subjectId: $id) { locked lock { id } } }`, { id: orderId });
      expect(after.data!.subjectPayeeAccount).toEqual({ locked: false, lock: null });
    });

    it('a rejection lets the supplier apply again, and notifies it', async () => {
      const orderId = await order();
      const first = await gql('supplier', APPLY, { input: applyInput(orderId) });
      const appId = first.data!.applyForFinancing.id;
      expect((await send(notice(appId, 'rejected', { reason: '授信额度不足' }))).body).toMatchObject({ state: 'rejected' });
      const events = await asOwner(people.tenant.id, async (c) => (await c.query(`select type from outbox_event where payload->>'applicationId' = $1 order by created_at`, [appId])).rows.map((r) => r.type));
      expect(events).toEqual(['financing.application.submitted', 'financing.application.rejected']);
      const again = await gql('supplier', APPLY, { input: applyInput(orderId) });
      expect(again.errors).toBeUndefined();
      const mine = await gql('supplier', `{ financingApplications { id state lenderReason } }`);
      expect(mine.data!.financingApplications).toContainEqual({ id: appId, state: 'REJECTED', lenderReason: '授信额度不足' });
    });

    it('a notice for another lender\'s application or a malformed one is refused', async () => {
      const otherLender = await insertLender(people);
      const appId = await insertApplication(people, otherLender, await order());
      expect((await send(notice(appId, 'approved'))).status).toBe(404);
      expect((await send(notice(appId, 'paid'))).body).toMatchObject({ reason: 'FINANCING_NOTICE_INVALID', params: { field: 'status' } });
      // The lender's own notice sent to another province finds no lender there (row-level security).
      const elsewhere = await createTenant();
      const body = notice(appId, 'approved');
      expect((await postNotice(api, elsewhere.code, otherLender.id, body, signAsLender(body, otherLender.privateKey))).status).toBe(404);
      expect((await applicationRow(people.tenant.id, appId))!.state).toBe('applied');
    });
  });

  it('statistics: per month, counts and amounts by lender status, for finance', async () => {
    const fresh = await createPeople(await createTenant());
    const bank = await insertLender(fresh);
    const ids = [await insertApplication(fresh, bank, newId(), 'applied'), await insertApplication(fresh, bank, newId(), 'approved'), await insertApplication(fresh, bank, newId(), 'approved')];
    await asOwner(fresh.tenant.id, (c) => c.query(`update financing_application set lender_amount_fen = 90000 where id = any($1) and state = 'approved'`, [ids]));
    // Last month's application is not this month's.
    await asOwner(fresh.tenant.id, (c) => c.query(`update financing_application set created_at = now() - interval '40 days' where id = $1`, [ids[0]]));
    const finance = await loginAll(api, fresh);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    const { body } = await api.gql(`query ($m: String!) { financingStatistics(period: { from: $m, to: $m }) { month byState { state count amount lenderAmount } } }`, {
      variables: { m: month }, headers: headers(fresh.tenant, finance.finance.accessToken),
    });
    expect(body.errors).toBeUndefined();
    const [row] = body.data!.financingStatistics as { month: string; byState: { state: string; count: number; amount: string; lenderAmount: string }[] }[];
    expect(row.month).toBe(month);
    expect(row.byState.find((x) => x.state === 'APPROVED')).toEqual({ state: 'APPROVED', count: 2, amount: '2000.00', lenderAmount: '1800.00' });
    expect(row.byState.find((x) => x.state === 'APPLIED')).toEqual({ state: 'APPLIED', count: 0, amount: '0.00', lenderAmount: '0.00' });

    // The monthly report's 合同融资 sheet holds the same figures, month by month, with a total.
    const earlier = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date(Date.now() - 40 * 86_400_000)).slice(0, 7);
    const all = await api.app.get(StatisticsService).all(contextFor(fresh.tenant), parsePeriod({ from: earlier, to: month }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbook(all, 'zh-CN')) as never);
    const sheet: unknown[][] = [];
    wb.getWorksheet('合同融资')!.eachRow((r) => sheet.push((r.values as unknown[]).slice(1)));
    expect(sheet[0]).toEqual(['月份', '申请数', '申请金额（元）', '银行批准金额（元）', '待银行审批', '已批准', '已拒绝', '已放款', '已还款']);
    expect(sheet.find((r) => r[0] === earlier)).toEqual([earlier, 1, '1000.00', '0.00', 1, 0, 0, 0, 0]);
    expect(sheet.find((r) => r[0] === month)).toEqual([month, 2, '2000.00', '1800.00', 0, 2, 0, 0, 0]);
    expect(sheet.at(-1)).toEqual(['合计', 3, '3000.00', '1800.00', 1, 2, 0, 0, 0]);
  });
});
