import ExcelJS from 'exceljs';
import { registerForLot } from '../../test/tender-notices.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantDb } from '../platform/database/tenant-db.js';
import { BidGateRegistry } from '../tender/bid-gate.js';
import { TenderLot } from '@zhengcai/schema';
import { startApi, type TestApi } from '../../test/app.js';
import { AlipayGateway } from '../../test/alipay-gateway/alipay-gateway.js';
import { insertDeposit, insertRefundAwaitingBank, transferInput } from '../../test/deposits.js';
import { createPeople, headers, loginAll, type PeopleFixture, type PersonKey, type TestSession } from '../../test/identity.js';
import { configureAlipay, idempotencyKey } from '../../test/payments.js';
import { insertTenderProject } from '../../test/tender.js';
import { asOwner, contextFor } from '../../test/tenants.js';

const DEPOSIT = 'id lotId lotNo lotTitle projectId projectNo projectTitle state amount virtualAccountRef paidVia paymentReference paidAt forfeitReason challengeGrounds challengeDecision refund { id state }';
const OPEN = `mutation ($lotId: ID!) { openDeposit(lotId: $lotId) { ${DEPOSIT} } }`;
const TRANSFER = `mutation ($input: RecordDepositTransferInput!) { recordDepositTransfer(input: $input) { id state flag depositId amount } }`;
const DEPOSITS = `query ($lotId: ID) { deposits(lotId: $lotId) { ${DEPOSIT} } }`;

describe('deposits', () => {
  let api: TestApi;
  let gateway: AlipayGateway;
  let people: PeopleFixture;
  let sessions: Record<PersonKey, TestSession>;

  beforeAll(async () => {
    [api, gateway, people] = await Promise.all([startApi(), new AlipayGateway().start(), createPeople()]);
    sessions = await loginAll(api, people);
    await configureAlipay(api, people, sessions.finance, gateway);
  });
  afterAll(async () => {
    await api?.close();
    await gateway?.close();
  });

  const call = async <T = Record<string, unknown>>(document: string, variables: object, who: PersonKey) => {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, sessions[who].accessToken) });
    const data = body.data ? (Object.values(body.data)[0] as T) : undefined;
    const e = body.errors?.[0]?.extensions as Record<string, unknown> | undefined;
    return { data: data ?? undefined, error: e ? { code: e.code, reason: e.reason, field: e.field } : undefined };
  };
  const newProject = () => insertTenderProject(people, { lots: [{ depositFen: 100_000n }] });
  const newLot = async () => (await newProject()).lotIds[0];
  const projectNo = (projectId: string) => asOwner(people.tenant.id, async (c) => (await c.query('select project_no from tender_project where id = $1', [projectId])).rows[0].project_no as string);
  const transfers = () => asOwner(people.tenant.id, async (c) => Number((await c.query('select count(*) from deposit_transfer')).rows[0].count));
  // Every gate, as a bid meets them: the supplier has registered (报名) for the project.
  const gate = async (lotId: string) =>
    registerForLot(people.tenant.id, lotId, people.organisations.supplier.id, people.users.supplier.id).then(() => api.app.get(TenantDb).transaction(contextFor(people.tenant), async (em) => {
      const lot = await em.findOneOrFail(TenderLot, { id: lotId });
      return api.app.get(BidGateRegistry).checkAll(em, contextFor(people.tenant), lot, people.organisations.supplier.id).then(() => 'may bid', (e: { reason?: string; params?: object }) => ({ reason: e.reason, params: e.params }));
    }));

  it('a bank transfer quoting the supplier\'s reference pays its deposit only when the amount is exact; anything else is flagged', async () => {
    const { projectId, lotIds: [lotId] } = await newProject();
    const opened = await call<{ id: string; state: string; amount: string; virtualAccountRef: string }>(OPEN, { lotId }, 'supplier');
    const names = { lotNo: 1, lotTitle: '第1包', projectId, projectNo: await projectNo(projectId), projectTitle: '办公计算机采购项目' };
    expect(opened.data).toMatchObject({ state: 'DUE', amount: '1000.00', ...names });
    expect((await call(DEPOSITS, { lotId }, 'supplier')).data).toEqual([expect.objectContaining(names)]);
    expect((await call<string>(`{ depositAccount }`, {}, 'supplier')).data).toBe(opened.data!.virtualAccountRef);
    expect((await call<{ id: string }>(OPEN, { lotId }, 'supplier')).data!.id).toBe(opened.data!.id);
    expect(await gate(lotId)).toEqual({ reason: 'DEPOSIT_REQUIRED', params: { amount: '1000.00' } });

    const ref = opened.data!.virtualAccountRef;
    const typo = `${ref.slice(0, -1)}${(Number(ref.at(-1)) + 1) % 10}`;
    expect((await call(TRANSFER, { input: transferInput(typo, '1000.00') }, 'finance')).data).toMatchObject({ state: 'FLAGGED', flag: 'UNKNOWN_REFERENCE', depositId: null });
    expect((await call(TRANSFER, { input: transferInput(ref, '999.99') }, 'finance')).data).toMatchObject({ state: 'FLAGGED', flag: 'AMOUNT_UNDER' });
    expect((await call(TRANSFER, { input: transferInput(ref, '1000.01') }, 'finance')).data).toMatchObject({ state: 'FLAGGED', flag: 'AMOUNT_OVER' });
    expect((await call<{ state: string }[]>(DEPOSITS, { lotId }, 'supplier')).data![0].state).toBe('DUE');

    const exact = transferInput(ref, '1000.00');
    expect((await call(TRANSFER, { input: exact }, 'finance')).data).toMatchObject({ state: 'MATCHED', flag: null, depositId: opened.data!.id });
    expect((await call(DEPOSITS, { lotId }, 'supplier')).data).toEqual([expect.objectContaining({ state: 'HELD', paidVia: 'BANK_TRANSFER', paymentReference: exact.bankSerialNo })]);
    expect(await gate(lotId)).toBe('may bid');

    const before = await transfers();
    expect((await call(TRANSFER, { input: exact }, 'finance')).error).toMatchObject({ reason: 'DEPOSIT_TRANSFER_DUPLICATE', field: 'input.bankSerialNo' });
    expect(await transfers()).toBe(before);
    expect((await call(TRANSFER, { input: transferInput(ref, '1000.00') }, 'finance')).data).toMatchObject({ state: 'FLAGGED', flag: 'NO_OPEN_DEPOSIT' });
    const flagged = await call<{ flag: string }[]>(`{ flaggedDepositTransfers { flag } }`, {}, 'finance');
    expect(flagged.data!.map((t) => t.flag).sort()).toEqual(['AMOUNT_OVER', 'AMOUNT_UNDER', 'NO_OPEN_DEPOSIT', 'UNKNOWN_REFERENCE']);
  });

  it('refuses zero, negative and malformed transfers, naming the field, and writes nothing', async () => {
    const ref = (await call<string>(`{ depositAccount }`, {}, 'supplier')).data!;
    const before = await transfers();
    expect((await call(TRANSFER, { input: transferInput(ref, '0.00') }, 'finance')).error).toEqual({ code: 'BAD_USER_INPUT', reason: 'DEPOSIT_AMOUNT_INVALID', field: 'input.amount' });
    expect((await call(TRANSFER, { input: transferInput(ref, '-5.00') }, 'finance')).error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await call(TRANSFER, { input: { ...transferInput(ref, '10.00'), payerAccountName: ' ' } }, 'finance')).error).toMatchObject({ reason: 'DEPOSIT_PAYER_NAME_INVALID', field: 'input.payerAccountName' });
    expect((await call(TRANSFER, { input: { ...transferInput(ref, '10.00'), arrivedAt: new Date(Date.now() + 86_400_000).toISOString() } }, 'finance')).error).toMatchObject({ reason: 'DEPOSIT_ARRIVAL_INVALID' });
    expect(await transfers()).toBe(before);
    const noDeposit = (await insertTenderProject(people, { lots: [{ depositFen: 0n }] })).lotIds[0];
    expect((await call(OPEN, { lotId: noDeposit }, 'supplier')).error).toMatchObject({ reason: 'DEPOSIT_NOT_REQUIRED' });
    expect(await gate(noDeposit)).toBe('may bid');
  });

  it('pays a deposit through Alipay (startPayment with subject type deposit)', async () => {
    const lotId = await newLot();
    const deposit = (await call<{ id: string }>(OPEN, { lotId }, 'supplier')).data!;
    const started = await call<{ id: string; paymentNo: string; amount: string }>(
      `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { id paymentNo amount } }`,
      { input: { subjectType: 'deposit', subjectId: deposit.id, provider: 'ALIPAY', idempotencyKey: idempotencyKey() } },
      'supplier',
    );
    expect(started.data).toMatchObject({ amount: '1000.00' });
    gateway.pay(started.data!.paymentNo, '1000.00');
    expect((await call(`mutation ($id: ID!) { refreshPayment(id: $id) { state } }`, { id: started.data!.id }, 'supplier')).data).toEqual({ state: 'SUCCEEDED' });
    expect((await call(DEPOSITS, { lotId }, 'supplier')).data).toEqual([expect.objectContaining({ state: 'HELD', paidVia: 'ALIPAY' })]);
  });

  it('forfeiture is the buyer\'s recorded decision, challengeable; finance upholding makes it refundable again', async () => {
    const lotId = await newLot();
    const id = await insertDeposit(people.tenant.id, lotId, people.organisations.supplier.id);
    expect((await call(`mutation ($id: ID!) { forfeitDeposit(id: $id, reason: " ") { id } }`, { id }, 'purchaser')).error).toMatchObject({ reason: 'REASON_REQUIRED' });
    const forfeited = await call(`mutation ($id: ID!) { forfeitDeposit(id: $id, reason: "中标人无正当理由拒绝签订合同") { ${DEPOSIT} } }`, { id }, 'purchaser');
    expect(forfeited.data).toMatchObject({ state: 'FORFEITED', forfeitReason: '中标人无正当理由拒绝签订合同', lotId, lotNo: 1, lotTitle: '第1包', projectTitle: '办公计算机采购项目' });
    expect((await call(`mutation ($id: ID!) { forfeitDeposit(id: $id, reason: "再次没收") { id } }`, { id }, 'purchaser')).error).toMatchObject({ reason: 'DEPOSIT_TRANSITION_NOT_ALLOWED' });
    const challenged = await call(`mutation ($id: ID!) { challengeDepositForfeiture(id: $id, grounds: "合同已在法定期限内签订") { ${DEPOSIT} } }`, { id }, 'supplier');
    expect(challenged.data).toMatchObject({ state: 'CHALLENGED', challengeGrounds: '合同已在法定期限内签订' });
    const upheld = await call(`mutation ($id: ID!) { decideDepositChallenge(id: $id, uphold: true, note: "经核实合同已签订，异议成立") { ${DEPOSIT} } }`, { id }, 'finance');
    expect(upheld.data).toMatchObject({ state: 'HELD', forfeitReason: null, challengeDecision: '经核实合同已签订，异议成立', lotNo: 1, lotTitle: '第1包' });
    const audit = await asOwner(people.tenant.id, async (c) => (await c.query(`select action from audit_entry where subject_id = $1 order by seq`, [id])).rows.map((r) => r.action));
    expect(audit).toEqual(['deposits.deposit.forfeit', 'deposits.deposit.challenge', 'deposits.deposit.uphold_challenge']);
  });

  it('finance confirms a refund\'s bank transfer once; the reconciliation adds up, flags what does not, and exports xlsx', async () => {
    const lotId = await newLot();
    const refundId = await insertRefundAwaitingBank(people.tenant.id, lotId, people.organisations.supplier.id);
    const CONFIRM = `mutation ($id: ID!) { confirmDepositRefund(id: $id, bankSerialNo: "BK20261123001") { state bankSerialNo total } }`;
    expect((await call(CONFIRM, { id: refundId }, 'finance')).data).toEqual({ state: 'COMPLETED', bankSerialNo: 'BK20261123001', total: '1000.10' });
    expect((await call(CONFIRM, { id: refundId }, 'finance')).error).toMatchObject({ reason: 'DEPOSIT_REFUND_NOT_AWAITING_BANK' });

    const REPORT = `query ($x: Boolean) { depositReconciliation(xlsx: $x) { flaggedCount xlsxBase64 rows { depositId lotId lotNo lotTitle projectId projectNo projectTitle state paid refundedPrincipal interest held forfeited difference flagged } } }`;
    const clean = await call<{ flaggedCount: number; rows: { flagged: boolean }[] }>(REPORT, {}, 'finance');
    expect(clean.data!.flaggedCount).toBe(0);
    // A deposit marked refunded without its refund: the money no longer adds up.
    const brokenProject = await newProject();
    const broken = await insertDeposit(people.tenant.id, brokenProject.lotIds[0], people.organisations.supplier.id, { state: 'refunded' });
    {
      const report = await call<{ flaggedCount: number; xlsxBase64: string; rows: { depositId: string; difference: string; flagged: boolean }[] }>(REPORT, { x: true }, 'finance');
      expect(report.data!.flaggedCount).toBe(1);
      expect(report.data!.rows.find((r) => r.depositId === broken)).toMatchObject({
        flagged: true, difference: '1000.00', lotNo: 1, lotTitle: '第1包', projectId: brokenProject.projectId, projectNo: await projectNo(brokenProject.projectId), projectTitle: '办公计算机采购项目',
      });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(report.data!.xlsxBase64, 'base64') as never);
      const sheet = book.getWorksheet('保证金对账')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('保证金ID');
      expect(sheet.getRow(1).getCell(3).value).toBe('项目编号');
      expect(sheet.rowCount).toBe(report.data!.rows.length + 1);
    }
  });

  it('finance closes a flagged transfer as returned with the serial no. (idempotent), never a matched one, and it leaves the open list', async () => {
    const { id: lotDeposit, virtualAccountRef: ref } = (await call<{ id: string; virtualAccountRef: string }>(OPEN, { lotId: await newLot() }, 'supplier')).data!;
    const short = (await call<{ id: string }>(TRANSFER, { input: transferInput(ref, '999.00') }, 'finance')).data!;
    const matched = (await call<{ id: string; depositId: string }>(TRANSFER, { input: transferInput(ref, '1000.00') }, 'finance')).data!;
    expect(matched.depositId).toBe(lotDeposit);
    const RETURN = `mutation ($id: ID!, $serial: String!, $note: String!) { returnDepositTransfer(id: $id, bankSerialNo: $serial, note: $note) { id state flag returnSerialNo returnNote returnedAt } }`;
    const open = async () => (await call<{ id: string }[]>(`{ flaggedDepositTransfers { id } }`, {}, 'finance')).data!.map((t) => t.id);
    expect(await open()).toContain(short.id);

    expect((await call(RETURN, { id: short.id, serial: 'x', note: '少缴，已原路退回' }, 'finance')).error).toMatchObject({ reason: 'BANK_REFERENCE_INVALID', field: 'bankSerialNo' });
    expect((await call(RETURN, { id: short.id, serial: 'BKRET0001', note: ' ' }, 'finance')).error).toMatchObject({ reason: 'REASON_REQUIRED', field: 'note' });
    const returned = await call<{ returnedAt: string }>(RETURN, { id: short.id, serial: 'BKRET0001', note: '少缴，已原路退回' }, 'finance');
    expect(returned.data).toMatchObject({ id: short.id, state: 'RETURNED', flag: 'AMOUNT_UNDER', returnSerialNo: 'BKRET0001', returnNote: '少缴，已原路退回' });
    expect(await open()).not.toContain(short.id);
    // The same return again (a retried request) changes nothing; another serial no. is refused.
    expect((await call(RETURN, { id: short.id, serial: 'BKRET0001', note: '重复提交' }, 'finance')).data).toEqual(returned.data);
    expect((await call(RETURN, { id: short.id, serial: 'BKRET0002', note: '另一笔' }, 'finance')).error).toMatchObject({ reason: 'DEPOSIT_TRANSFER_ALREADY_RETURNED', field: 'bankSerialNo' });
    expect((await call(RETURN, { id: matched.id, serial: 'BKRET0003', note: '误退' }, 'finance')).error).toMatchObject({ code: 'CONFLICT', reason: 'DEPOSIT_TRANSFER_MATCHED' });
    expect((await call(RETURN, { id: '00000000-0000-4000-8000-000000000000', serial: 'BKRET0004', note: '不存在' }, 'finance')).error).toMatchObject({ reason: 'DEPOSIT_TRANSFER_NOT_FOUND' });
    expect((await call(DEPOSITS, {}, 'supplier')).data).toContainEqual(expect.objectContaining({ id: lotDeposit, state: 'HELD' }));
    const audit = await asOwner(people.tenant.id, async (c) => (await c.query(`select action from audit_entry where subject_id = $1 order by seq`, [short.id])).rows.map((r) => r.action));
    expect(audit).toEqual(['deposits.transfer.record', 'deposits.transfer.return']);
  });
});
