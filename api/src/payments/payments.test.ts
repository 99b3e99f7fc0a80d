import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../test/app.js';
import { AlipayGateway, verifyRequest } from '../../test/alipay-gateway/alipay-gateway.js';
import { createPeople, headers, loginAll, type PeopleFixture, type PersonKey, type TestSession } from '../../test/identity.js';
import { configureAlipay, idempotencyKey, insertPayment, PAYMENT_FIELDS, postNotify, registerTestPayables, settledCount, type TestPayables } from '../../test/payments.js';
import { asOwner } from '../../test/tenants.js';

const START = `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { ${PAYMENT_FIELDS} } }`;
const PAYMENT = `query ($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} } }`;
const REFRESH = `mutation ($id: ID!) { refreshPayment(id: $id) { ${PAYMENT_FIELDS} } }`;
const APPROVE = `mutation ($id: ID!, $ref: String!) { approvePaymentRequest(id: $id, bankReference: $ref) { ${PAYMENT_FIELDS} } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectPaymentRequest(id: $id, reason: $reason) { ${PAYMENT_FIELDS} } }`;
const REFUND = `mutation ($id: ID!, $amount: Money!, $reason: String!, $key: String!) { refundPayment(id: $id, amount: $amount, reason: $reason, idempotencyKey: $key) { ${PAYMENT_FIELDS} } }`;
const REQUESTS = `query ($state: PaymentState) { paymentRequests(state: $state, first: 100) { nodes { id state } } }`;
const REVIEW = `{ payments(needsReview: true, first: 100) { nodes { id reviewReason reviewDetail { key value } } } }`;

type Payment = { id: string; paymentNo: string; state: string; payUrl: string | null; amount: string; providerTradeNo: string | null; reviewReason: string | null; refunded: string; refunds: { outRequestNo: string; amount: string; state: string }[]; bankReference: string | null; rejectionReason: string | null };

describe('payments', () => {
  let api: TestApi;
  let gateway: AlipayGateway;
  let people: PeopleFixture;
  let sessions: Record<PersonKey, TestSession>;
  let payables: TestPayables;

  beforeAll(async () => {
    [api, gateway, people] = await Promise.all([startApi(), new AlipayGateway().start(), createPeople()]);
    sessions = await loginAll(api, people);
    payables = registerTestPayables(api);
    await configureAlipay(api, people, sessions.finance, gateway);
  });
  afterAll(async () => {
    await api?.close();
    await gateway?.close();
  });

  const call = async (document: string, variables: object, who: PersonKey = 'purchaser', p: PeopleFixture = people, s = sessions) => {
    const { body } = await api.gql(document, { variables, headers: headers(p.tenant, s[who].accessToken) });
    const data = body.data ? (Object.values(body.data)[0] as Payment) : undefined;
    return { data: data ?? undefined, error: body.errors?.[0] ? { code: body.errors[0].extensions?.code, reason: body.errors[0].extensions?.reason } : undefined };
  };
  const subject = (amountFen = 12_345n) => payables.add({ amountFen, payerOrganisationId: people.organisations.purchasing_unit.id, payeeOrganisationId: people.organisations.supplier.id });
  const start = async (subjectId: string, provider?: 'ALIPAY' | 'TREASURY', key = idempotencyKey()) => {
    const r = await call(START, { input: { subjectType: 'test-subject', subjectId, idempotencyKey: key, ...(provider ? { provider } : {}) } });
    if (!r.data) throw new Error(`start refused: ${JSON.stringify(r.error)}`);
    return r.data;
  };
  const notifyLog = (paymentNo: string) =>
    asOwner(people.tenant.id, async (c) => (await c.query<{ outcome: string }>('select outcome from payment_notify_log where out_trade_no = $1 order by created_at', [paymentNo])).rows.map((r) => r.outcome));

  it('alipay: start gives a correctly signed page-pay URL; a signed notify settles once; a replay changes nothing', async () => {
    const id = subject();
    const payment = await start(id);
    expect(payment).toMatchObject({ state: 'PENDING', amount: '123.45', provider: 'ALIPAY' });
    const url = new URL(payment.payUrl!);
    expect(`${url.origin}${url.pathname}`).toBe(gateway.gatewayUrl);
    const params = Object.fromEntries(url.searchParams);
    expect(verifyRequest(params, gateway.app.publicKey)).toBe(true);
    expect(params).toMatchObject({ method: 'alipay.trade.page.pay', app_id: gateway.appId, sign_type: 'RSA2', notify_url: `${api.url}/payments/alipay/notify/${people.tenant.code}` });
    expect(JSON.parse(params.biz_content)).toMatchObject({ out_trade_no: payment.paymentNo, total_amount: '123.45', product_code: 'FAST_INSTANT_TRADE_PAY' });
    expect(verifyRequest({ ...params, biz_content: params.biz_content.replace('123.45', '0.01') }, gateway.app.publicKey)).toBe(false);

    const trade = gateway.pay(payment.paymentNo, '123.45');
    const form = gateway.notify(trade);
    expect(await postNotify(api, people.tenant.code, form)).toEqual({ status: 200, text: 'success' });
    const paid = (await call(PAYMENT, { id: payment.id })).data!;
    expect(paid).toMatchObject({ state: 'SUCCEEDED', providerTradeNo: trade.tradeNo, payUrl: null });
    expect(await settledCount(people.tenant.id, id)).toBe(1);

    expect(await postNotify(api, people.tenant.code, form)).toEqual({ status: 200, text: 'success' });
    expect(await postNotify(api, people.tenant.code, gateway.notify({ ...trade, status: 'TRADE_FINISHED' }))).toEqual({ status: 200, text: 'success' });
    expect(await settledCount(people.tenant.id, id)).toBe(1);
    expect(await notifyLog(payment.paymentNo)).toEqual(['settled', 'duplicate', 'duplicate']);
    // The subject is paid: a new attempt is refused.
    expect((await call(START, { input: { subjectType: 'test-subject', subjectId: id, idempotencyKey: idempotencyKey() } })).error).toMatchObject({ code: 'CONFLICT', reason: 'SUBJECT_ALREADY_PAID' });
  });

  it('a forged notify is refused, logged and recorded; nothing changes', async () => {
    const id = subject();
    const payment = await start(id);
    const trade = gateway.pay(payment.paymentNo, '123.45');
    const signedByApp = gateway.notify(trade, {}, gateway.app.privateKey);
    expect(await postNotify(api, people.tenant.code, signedByApp)).toEqual({ status: 200, text: 'fail' });
    const tampered = { ...gateway.notify(trade), total_amount: '1.00' };
    expect(await postNotify(api, people.tenant.code, tampered)).toEqual({ status: 200, text: 'fail' });
    const unsigned = { ...gateway.notify(trade), sign: '' };
    expect(await postNotify(api, people.tenant.code, unsigned)).toEqual({ status: 200, text: 'fail' });
    expect((await call(PAYMENT, { id: payment.id })).data!.state).toBe('PENDING');
    expect(await settledCount(people.tenant.id, id)).toBe(0);
    expect(await notifyLog(payment.paymentNo)).toEqual(['forged', 'forged', 'forged']);
  });

  it('an amount or app id mismatch is refused and flags the payment for finance review (audited)', async () => {
    const a = await start(subject());
    const tradeA = gateway.pay(a.paymentNo, '123.45');
    expect(await postNotify(api, people.tenant.code, gateway.notify({ ...tradeA, totalAmount: '1.23' }))).toEqual({ status: 200, text: 'fail' });
    const b = await start(subject());
    const tradeB = gateway.pay(b.paymentNo, '123.45');
    expect(await postNotify(api, people.tenant.code, gateway.notify(tradeB, { app_id: '2021999999999999' }))).toEqual({ status: 200, text: 'fail' });

    const review = (await call(REVIEW, {}, 'finance')).data as unknown as { nodes: { id: string; reviewReason: string; reviewDetail: { key: string; value: string }[] }[] };
    const flagged = Object.fromEntries(review.nodes.map((n) => [n.id, n]));
    expect(flagged[a.id].reviewReason).toBe('AMOUNT_MISMATCH');
    expect(flagged[a.id].reviewDetail).toEqual(expect.arrayContaining([{ key: 'expected', value: '123.45' }, { key: 'reported', value: '1.23' }]));
    expect(flagged[b.id].reviewReason).toBe('APP_MISMATCH');
    expect((await call(PAYMENT, { id: a.id })).data!.state).toBe('PENDING');
    expect(await notifyLog(a.paymentNo)).toEqual(['amount_mismatch']);
    expect(await notifyLog(b.paymentNo)).toEqual(['app_mismatch']);
    const audited = await asOwner(people.tenant.id, async (c) => (await c.query(`select subject_id from audit_entry where action = 'payments.payment.flag'`)).rows.map((r) => r.subject_id));
    expect(audited).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('a notify for an unknown out_trade_no answers fail and is recorded', async () => {
    const form = gateway.notify({ outTradeNo: 'NO-SUCH-TRADE-1', tradeNo: '2026000000000001', totalAmount: '1.00', status: 'TRADE_SUCCESS' });
    expect(await postNotify(api, people.tenant.code, form)).toEqual({ status: 200, text: 'fail' });
    expect(await notifyLog('NO-SUCH-TRADE-1')).toEqual(['unknown_trade']);
  });

  it('refreshPayment queries Alipay (signed both ways) and settles a paid trade once', async () => {
    const id = subject(50_000n);
    const payment = await start(id);
    gateway.calls.length = 0;
    expect((await call(REFRESH, { id: payment.id })).data!.state).toBe('PENDING');
    const trade = gateway.pay(payment.paymentNo, '500.00');
    const refreshed = (await call(REFRESH, { id: payment.id })).data!;
    expect(refreshed).toMatchObject({ state: 'SUCCEEDED', providerTradeNo: trade.tradeNo });
    expect((await call(REFRESH, { id: payment.id }, 'supplier')).data!.state).toBe('SUCCEEDED');
    expect(await postNotify(api, people.tenant.code, gateway.notify(trade))).toEqual({ status: 200, text: 'success' });
    expect(await settledCount(people.tenant.id, id)).toBe(1);
    expect(gateway.calls.map((c) => [c.method, c.verified])).toEqual([['alipay.trade.query', true], ['alipay.trade.query', true]]);
  });

  it('a closed trade closes the payment, and the subject can be paid again', async () => {
    const id = subject();
    const payment = await start(id);
    gateway.pay(payment.paymentNo, '123.45', 'TRADE_CLOSED');
    expect((await call(REFRESH, { id: payment.id })).data!.state).toBe('CLOSED');
    expect((await start(id, 'TREASURY')).state).toBe('AWAITING_APPROVAL');
  });

  it('refunds are idempotent on the key and on out_request_no; the gateway moves money once', async () => {
    const id = subject(20_000n);
    const payment = await start(id);
    await postNotify(api, people.tenant.code, gateway.notify(gateway.pay(payment.paymentNo, '200.00')));
    const fundChanges = gateway.fundChanges;
    const key = idempotencyKey();
    const first = await call(REFUND, { id: payment.id, amount: '50.00', reason: '部分退货', key }, 'finance');
    expect(first.data).toMatchObject({ refunded: '50.00', refunds: [{ outRequestNo: `${payment.paymentNo}R1`, amount: '50.00', state: 'SUCCEEDED' }] });
    expect((await call(REFUND, { id: payment.id, amount: '50.00', reason: '部分退货', key }, 'finance')).data).toMatchObject({ refunded: '50.00', refunds: [{ outRequestNo: `${payment.paymentNo}R1` }] });
    expect((await call(REFUND, { id: payment.id, amount: '60.00', reason: '部分退货', key }, 'finance')).error).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(gateway.fundChanges).toBe(fundChanges + 1);

    // The answer was lost: the refund is still pending here, so a retry repeats the same out_request_no.
    await asOwner(people.tenant.id, (c) => c.query(`update payment_refund set state = 'pending' where out_request_no = $1`, [`${payment.paymentNo}R1`]));
    await asOwner(people.tenant.id, (c) => c.query(`update payment set refunded_fen = 0 where id = $1`, [payment.id]));
    const retried = await call(REFUND, { id: payment.id, amount: '50.00', reason: '部分退货', key }, 'finance');
    expect(retried.data).toMatchObject({ refunded: '50.00', refunds: [{ outRequestNo: `${payment.paymentNo}R1`, state: 'SUCCEEDED' }] });
    expect(gateway.fundChanges).toBe(fundChanges + 1);

    expect((await call(REFUND, { id: payment.id, amount: '150.01', reason: '全部退货', key: idempotencyKey() }, 'operator')).error).toMatchObject({ reason: 'REFUND_EXCEEDS_PAYMENT' });
    const second = await call(REFUND, { id: payment.id, amount: '150.00', reason: '全部退货', key: idempotencyKey() }, 'operator');
    expect(second.data).toMatchObject({ refunded: '200.00' });
    expect(second.data!.refunds.map((r) => r.outRequestNo)).toEqual([`${payment.paymentNo}R1`, `${payment.paymentNo}R2`]);
    expect(gateway.fundChanges).toBe(fundChanges + 2);
    expect((await call(REFUND, { id: payment.id, amount: '0.00', reason: '退款', key: idempotencyKey() }, 'finance')).error).toMatchObject({ reason: 'REFUND_AMOUNT_INVALID' });
  });

  it('treasury: a request awaits finance, who approves with the bank reference (settled once) or rejects with a reason', async () => {
    const id = subject(800_000n);
    const request = await start(id, 'TREASURY');
    expect(request).toMatchObject({ state: 'AWAITING_APPROVAL', payUrl: null, amount: '8000.00' });
    const queue = (await call(REQUESTS, {}, 'finance')).data as unknown as { nodes: { id: string }[] };
    expect(queue.nodes.map((n) => n.id)).toContain(request.id);
    expect((await call(APPROVE, { id: request.id, ref: 'x' }, 'finance')).error).toMatchObject({ reason: 'BANK_REFERENCE_INVALID' });
    const approved = (await call(APPROVE, { id: request.id, ref: 'ICBC-20261123-0001' }, 'finance')).data!;
    expect(approved).toMatchObject({ state: 'SUCCEEDED', bankReference: 'ICBC-20261123-0001' });
    expect(await settledCount(people.tenant.id, id)).toBe(1);
    expect((await call(APPROVE, { id: request.id, ref: 'ICBC-20261123-0002' }, 'finance')).error).toMatchObject({ code: 'CONFLICT', reason: 'PAYMENT_TRANSITION_NOT_ALLOWED' });
    expect((await call(REFUND, { id: request.id, amount: '1.00', reason: '退款', key: idempotencyKey() }, 'finance')).error).toMatchObject({ reason: 'REFUND_NOT_SUPPORTED' });

    const other = subject();
    const second = await start(other, 'TREASURY');
    const rejected = (await call(REJECT, { id: second.id, reason: '预算指标不足' }, 'finance')).data!;
    expect(rejected).toMatchObject({ state: 'REJECTED', rejectionReason: '预算指标不足' });
    expect(await settledCount(people.tenant.id, other)).toBe(0);
    expect((await start(other, 'TREASURY')).state).toBe('AWAITING_APPROVAL');
  });

  it('concurrent approvals settle once', async () => {
    const id = subject();
    const request = await start(id, 'TREASURY');
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => call(APPROVE, { id: request.id, ref: `BANK-REF-${i}` }, 'finance')));
    expect(results.filter((r) => r.data?.state === 'SUCCEEDED')).toHaveLength(1);
    expect(results.filter((r) => r.error?.reason === 'PAYMENT_TRANSITION_NOT_ALLOWED')).toHaveLength(5);
    expect(await settledCount(people.tenant.id, id)).toBe(1);
  });

  it('concurrent notifies and queries settle once', async () => {
    const id = subject();
    const payment = await start(id);
    const trade = gateway.pay(payment.paymentNo, '123.45');
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => postNotify(api, people.tenant.code, gateway.notify(trade))),
      ...Array.from({ length: 2 }, () => call(REFRESH, { id: payment.id })),
    ]);
    expect(answers.slice(0, 4).map((a) => (a as { text: string }).text)).toEqual(['success', 'success', 'success', 'success']);
    expect(await settledCount(people.tenant.id, id)).toBe(1);
  });

  it('starting is idempotent per caller and key; another input with the key is refused; one live payment per subject', async () => {
    const id = subject();
    const key = idempotencyKey();
    // Copies racing: some lose on the unique index, some find the winner's live payment first.
    const [a, ...copies] = await Promise.all(Array.from({ length: 8 }, () => start(id, 'ALIPAY', key)));
    const c = await start(id, 'ALIPAY', key);
    for (const b of copies) expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect((await call(START, { input: { subjectType: 'test-subject', subjectId: subject(), idempotencyKey: key } })).error).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await call(START, { input: { subjectType: 'test-subject', subjectId: id, idempotencyKey: key, provider: 'TREASURY' } })).error).toMatchObject({ reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await call(START, { input: { subjectType: 'test-subject', subjectId: id, idempotencyKey: idempotencyKey() } })).error).toMatchObject({ code: 'CONFLICT', reason: 'PAYMENT_ALREADY_LIVE' });
    const count = await asOwner(people.tenant.id, async (c2) => Number((await c2.query('select count(*) from payment where subject_id = $1', [id])).rows[0].count));
    expect(count).toBe(1);
  });

  it('refuses a payer that is not the caller, an unknown subject type, a provider not enabled and a bad key — writing nothing', async () => {
    const bySupplier = payables.add({ amountFen: 100n, payerOrganisationId: people.organisations.supplier.id, payeeOrganisationId: people.organisations.purchasing_unit.id });
    expect((await call(START, { input: { subjectType: 'test-subject', subjectId: bySupplier, idempotencyKey: idempotencyKey() } })).error).toMatchObject({ code: 'FORBIDDEN', reason: 'PAYMENT_NOT_PAYER' });
    expect((await call(START, { input: { subjectType: 'order-x', subjectId: bySupplier, idempotencyKey: idempotencyKey() } })).error).toMatchObject({ reason: 'PAYABLE_SUBJECT_UNKNOWN' });
    expect((await call(START, { input: { subjectType: 'test-subject', subjectId: subject(), idempotencyKey: 'short' } })).error).toMatchObject({ reason: 'IDEMPOTENCY_KEY_FORMAT' });
    expect((await call(START, { input: { subjectType: 'test-subject', subjectId: subject(), idempotencyKey: 'k'.repeat(65) } })).error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_FORMAT' });
    expect((await call(START, { input: { subjectType: 'test-subject', subjectId: bySupplier, idempotencyKey: idempotencyKey() } }, 'supplier')).data?.state).toBe('PENDING');
    const count = await asOwner(people.tenant.id, async (c) => Number((await c.query('select count(*) from payment where subject_id = $1', [bySupplier])).rows[0].count));
    expect(count).toBe(1);
  });

  it('finance clears a review flag with what it found; the flag stays in the audit; a second clear is a conflict', async () => {
    const { id } = await insertPayment(people, 'pending', { flagged: true });
    const CLEAR = `mutation ($id: ID!, $note: String!) { clearPaymentReview(id: $id, note: $note) { id reviewReason } }`;
    expect((await call(CLEAR, { id, note: ' ' }, 'finance')).error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await call(CLEAR, { id, note: '已与支付宝对账，金额以支付宝为准' }, 'finance')).data).toEqual({ id, reviewReason: null });
    const audited = await asOwner(people.tenant.id, async (c) =>
      (await c.query(`select count(*)::int as n from audit_entry where action = 'payments.payment.review-cleared' and subject_id = $1`, [id])).rows[0].n);
    expect(audited).toBe(1);
    expect((await call(CLEAR, { id, note: '再次清除' }, 'finance')).error).toMatchObject({ code: 'CONFLICT', reason: 'PAYMENT_NOT_FLAGGED' });
    const { body } = await api.gql(REVIEW, { headers: headers(people.tenant, sessions.finance.accessToken) });
    expect((body.data?.payments as { nodes: { id: string }[] }).nodes.map((n) => n.id)).not.toContain(id);
  });

  it("tells payers the province's payment methods and the default, and nothing of the account", async () => {
    const { body } = await api.gql(`{ paymentProviders { enabled default } }`, { headers: headers(people.tenant, sessions.purchaser.accessToken) });
    expect(body.data?.paymentProviders).toEqual({ enabled: ['ALIPAY', 'TREASURY'], default: 'ALIPAY' });
  });

  it('keeps the Alipay private key write-only and encrypted at rest', async () => {
    const { body } = await api.gql(`{ paymentSettings { enabledProviders defaultProvider alipayAppId alipayPrivateKeyConfigured alipayNotifyUrl } }`, { headers: headers(people.tenant, sessions.finance.accessToken) });
    expect(body.data?.paymentSettings).toEqual({
      enabledProviders: ['ALIPAY', 'TREASURY'], defaultProvider: 'ALIPAY', alipayAppId: gateway.appId, alipayPrivateKeyConfigured: true,
      alipayNotifyUrl: `${api.url}/payments/alipay/notify/${people.tenant.code}`,
    });
    const stored = await asOwner(people.tenant.id, async (c) => (await c.query('select alipay_private_key_encrypted as k from payment_settings')).rows[0].k as string);
    expect(stored.startsWith('v1:')).toBe(true);
    expect(stored).not.toContain('PRIVATE KEY');
    const audit = await asOwner(people.tenant.id, async (c) => JSON.stringify((await c.query(`select * from audit_entry where action = 'payments.settings.update'`)).rows));
    expect(audit).not.toContain('PRIVATE KEY');
    const bad = await api.gql(`mutation { updatePaymentSettings(input: { enabledProviders: [TREASURY], defaultProvider: ALIPAY }) { defaultProvider } }`, { headers: headers(people.tenant, sessions.finance.accessToken) });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYMENT_SETTINGS_INVALID' });
  });

  it('across tenants: another tenant cannot see a payment, and a notify on the wrong tenant path is refused', async () => {
    const other = await createPeople();
    const otherSessions = await loginAll(api, other);
    const otherGateway = await new AlipayGateway().start();
    try {
      await configureAlipay(api, other, otherSessions.finance, otherGateway);
      const payment = await start(subject());
      expect((await call(PAYMENT, { id: payment.id }, 'finance', other, otherSessions)).error).toMatchObject({ code: 'NOT_FOUND', reason: 'PAYMENT_NOT_FOUND' });
      const trade = gateway.pay(payment.paymentNo, '123.45');
      // Signed by our gateway's Alipay key: the other tenant's key does not verify it.
      expect(await postNotify(api, other.tenant.code, gateway.notify(trade))).toEqual({ status: 200, text: 'fail' });
      // Signed by the other tenant's Alipay key: verified there, but no such trade in that tenant.
      expect(await postNotify(api, other.tenant.code, otherGateway.notify({ ...trade }, { app_id: otherGateway.appId }))).toEqual({ status: 200, text: 'fail' });
      expect(await postNotify(api, '000000', gateway.notify(trade))).toEqual({ status: 200, text: 'fail' });
      expect((await call(PAYMENT, { id: payment.id })).data!.state).toBe('PENDING');
      const otherLog = await asOwner(other.tenant.id, async (c) => (await c.query<{ outcome: string }>('select outcome from payment_notify_log where out_trade_no = $1 order by created_at', [payment.paymentNo])).rows.map((r) => r.outcome));
      expect(otherLog).toEqual(['forged', 'unknown_trade']);
    } finally {
      await otherGateway.close();
    }
  });
});
