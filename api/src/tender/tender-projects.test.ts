import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../test/app.js';
import { seedCategories } from '../../test/catalog.js';
import { createPeople, headers, login, type PeopleFixture } from '../../test/identity.js';
import { budgetLineState, insertBudgetLine } from '../../test/mall.js';
import { insertSupplier, insertTenderProject } from '../../test/tender.js';
import { asOwner, contextFor, createTenant } from '../../test/tenants.js';
import { TenderLot } from '@zhengcai/schema';
import { TenantDb } from '../platform/database/tenant-db.js';
import { BidGateRegistry } from './bid-gate.js';

const PROJECT = 'id projectNo state budget bidDeadline documentsFrom documentsUntil buyerId agencyId registrations documentDownloads lots { id lotNo state budget deposit minBidders } documents { id sm3 sizeBytes } questions { id body answeredById }';
const CREATE = `mutation ($input: TenderProjectInput!) { createTenderProject(input: $input) { ${PROJECT} } }`;
const UPDATE = `mutation ($id: ID!, $input: TenderProjectInput!) { updateTenderProject(id: $id, input: $input) { ${PROJECT} } }`;
const PUBLISH = `mutation ($id: ID!) { publishTenderProject(id: $id) { ${PROJECT} } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelTenderProject(id: $id, reason: $reason) { ${PROJECT} cancelReason } }`;
const ATTACH = `mutation ($p: ID!, $n: String!, $c: String!) { attachTenderDocument(projectId: $p, fileName: $n, contentBase64: $c) { id fileName sm3 sizeBytes mimeType } }`;
const DOWNLOAD = `mutation ($id: ID!) { downloadTenderDocument(id: $id) { fileName sm3 contentBase64 } }`;
const REGISTER = `mutation ($p: ID!) { registerForTenderProject(projectId: $p) { id notice { id projectNo } documents { id } } }`;
const ASK = `mutation ($p: ID!, $b: String!) { askTenderQuestion(projectId: $p, body: $b) { id body answeredById } }`;
const CLARIFY = `mutation ($p: ID!, $input: TenderClarificationInput!) { publishTenderClarification(projectId: $p, input: $input) { id affectsBids oldBidDeadline newBidDeadline } }`;
const ANNOUNCEMENTS = `query ($m: ProcurementMethod, $c: String, $after: String) { tenderAnnouncements(first: 2, method: $m, categoryCode: $c, after: $after) { nodes { id projectNo state } pageInfo { hasNextPage endCursor } } }`;

// 2027-03-01 is a Monday; Wednesday 2027-03-03 is a holiday in this tenant's calendar.
const MONDAY = '2027-03-01T01:00:00.000Z';
const endOfLocal = (day: string) => new Date(`${day}T23:59:59.999+08:00`).toISOString();

describe('tender projects and notices', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let buyer: Record<string, string>;
  let agency: Record<string, string>;
  let supplier: Record<string, string>;
  let other: Record<string, string>;
  const anonymous = () => headers(people.tenant);

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople(await createTenant({ days: [{ day: '2027-03-03', kind: 'holiday', name: '测试假日' }] }));
    await seedCategories(people.tenant.id);
    const token = async (name: string) => headers(people.tenant, (await login(api, people.tenant, name)).accessToken);
    const second = await insertSupplier(people.tenant.id, 'other');
    [buyer, agency, supplier, other] = await Promise.all([
      token(people.users.purchaser.loginName), token(people.users.agency.loginName), token(people.users.supplier.loginName), token(second.loginName),
    ]);
  });
  afterAll(() => api?.close());

  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  const line = (fen = 100_000_000_00n) => insertBudgetLine(people.tenant.id, people.organisations.purchasing_unit.id, fen);
  const input = (budgetLineId: string, overrides: Record<string, unknown> = {}) => ({
    title: '2027 年办公计算机采购项目', description: '采购台式计算机与便携式计算机', method: 'PUBLIC_TENDER', kind: 'GOODS', categoryCode: 'A02010104', budgetLineId,
    evaluationMethod: 'COMPREHENSIVE_SCORING',
    criteria: [{ key: 'price', name: '价格', weight: 30, kind: 'PRICE' }, { key: 'technical', name: '技术', weight: 50, kind: 'TECHNICAL' }, { key: 'service', name: '服务', weight: 20, kind: 'COMMERCIAL' }],
    smeDeductionBp: 1000, qualification: '具有独立承担民事责任的能力', documentsFrom: MONDAY, documentsUntil: endOfLocal('2027-03-09'), bidDeadline: '2027-03-21T01:00:00.000Z',
    lots: [{ title: '台式计算机', scope: '100 台', budget: '3000000.00', deposit: '60000.00' }, { title: '便携式计算机', scope: '50 台', budget: '2000000.00', deposit: '0.00' }],
    ...overrides,
  });
  const footprint = async () => (await q<{ p: string; l: string; c: string; a: string }>(
    `select (select count(*) from tender_project) p, (select count(*) from tender_lot) l, (select count(*) from tender_project_counter) c, (select count(*) from audit_entry) a`,
  ))[0];
  async function draft(h = buyer, overrides: Record<string, unknown> = {}) {
    const { body } = await api.gql(CREATE, { variables: { input: input(await line(), overrides) }, headers: h });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.createTenderProject as { id: string; projectNo: string; lots: { id: string }[]; budget: string };
  }

  it('creates a draft with a readable number per tenant; every refusal names the field and writes nothing', async () => {
    const a = await draft();
    const b = await draft();
    expect(a).toMatchObject({ state: 'DRAFT', budget: '5000000.00', buyerId: people.organisations.purchasing_unit.id, agencyId: null });
    expect(a.projectNo).toMatch(/^ZC\d{4}-\d{6}$/);
    expect(Number(b.projectNo.slice(-6))).toBe(Number(a.projectNo.slice(-6)) + 1);
    expect(a.lots.map((l) => (l as unknown as { minBidders: number }).minBidders)).toEqual([3, 3]);

    const lineId = await line();
    const criteria = (price: number, tech: number, extra: object[] = []) => [{ key: 'price', name: '价格', weight: price, kind: 'PRICE' }, { key: 'tech', name: '技术', weight: tech, kind: 'TECHNICAL' }, ...extra];
    const lot = (budget: string, deposit: string) => ({ title: '一包', scope: '若干', budget, deposit });
    const before = await footprint();
    for (const [overrides, reason, field] of [
      [{ criteria: criteria(30, 60) }, 'TENDER_CRITERIA_WEIGHT_SUM', 'criteria'],
      [{ criteria: criteria(20, 80) }, 'TENDER_PRICE_WEIGHT_RANGE', 'criteria[0].weight'],
      [{ kind: 'SERVICES', criteria: criteria(40, 60) }, 'TENDER_PRICE_WEIGHT_RANGE', 'criteria[0].weight'],
      [{ criteria: criteria(30, 40, [{ key: 'price2', name: '价格二', weight: 30, kind: 'PRICE' }]) }, 'TENDER_PRICE_CRITERION_COUNT', 'criteria'],
      [{ criteria: [{ key: 'tech', name: '技术', weight: 100, kind: 'TECHNICAL' }] }, 'TENDER_PRICE_CRITERION_COUNT', 'criteria'],
      [{ evaluationMethod: 'LOWEST_PRICE' }, 'TENDER_CRITERIA_NOT_ALLOWED', 'criteria'],
      [{ smeDeductionBp: 2500 }, 'TENDER_SME_DEDUCTION_RANGE', 'smeDeductionBp'],
      [{ smeDeductionBp: 900 }, 'TENDER_SME_DEDUCTION_RANGE', 'smeDeductionBp'],
      [{ lots: [] }, 'TENDER_LOTS_REQUIRED', 'lots'],
      [{ lots: [lot('100.00', '0.00'), lot('1000000.00', '20000.01')] }, 'TENDER_DEPOSIT_OVER_CAP', 'lots[1].deposit'],
      [{ lots: [lot('0.00', '0.00')] }, 'TENDER_AMOUNT_NOT_POSITIVE', 'lots[0].budget'],
      [{ lots: [lot('100.00', '-1.00')] }, 'TENDER_DEPOSIT_NEGATIVE', 'lots[0].deposit'],
      [{ bidDeadline: endOfLocal('2027-03-08') }, 'TENDER_DATES_ORDER', 'bidDeadline'],
      [{ categoryCode: 'A99999999' }, 'TENDER_CATEGORY_NOT_FOUND', 'categoryCode'],
      [{ budgetLineId: await insertBudgetLine(people.tenant.id, people.organisations.supplier.id, 100n) }, 'BUDGET_LINE_NOT_FOUND', 'budgetLineId'],
    ] as const) {
      const { body } = await api.gql(CREATE, { variables: { input: input(lineId, overrides) }, headers: buyer });
      expect(body.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({ reason, field });
    }
    // The cap is on each lot's own budget: exactly 2 % is fine.
    const capped = await api.gql(CREATE, { variables: { input: input(lineId, { lots: [lot('1000000.00', '20000.00')] }) }, headers: buyer });
    expect(capped.body.errors).toBeUndefined();
    const after = await footprint();
    expect({ ...after, p: Number(after.p) - 1, l: Number(after.l) - 1, c: after.c, a: Number(after.a) - 1 }).toEqual({ ...before, p: Number(before.p), l: Number(before.l), a: Number(before.a) });
  });

  it('an agency prepares a project for a named unit; both see it; the draft is edited as a whole', async () => {
    const missing = await api.gql(CREATE, { variables: { input: input(await line()) }, headers: agency });
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ reason: 'PURCHASING_UNIT_NOT_FOUND', field: 'buyerId' });
    const p = await draft(agency, { buyerId: people.organisations.purchasing_unit.id });
    expect(p).toMatchObject({ agencyId: people.organisations.agency.id, buyerId: people.organisations.purchasing_unit.id });
    const mine = async (h: Record<string, string>) => ((await api.gql(`{ myTenderProjects(first: 100) { nodes { id } } }`, { headers: h })).body.data!.myTenderProjects as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    expect(await mine(agency)).toContain(p.id);
    expect(await mine(buyer)).toContain(p.id);

    const edited = await api.gql(UPDATE, { variables: { id: p.id, input: input(await line(), { method: 'SINGLE_SOURCE', lots: [{ title: '唯一包', scope: '专有系统升级', budget: '800000.00', deposit: '0.00' }] }) }, headers: agency });
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data!.updateTenderProject).toMatchObject({ budget: '800000.00', lots: [{ lotNo: 1, budget: '800000.00', minBidders: 1 }] });
    expect(await q('select count(*)::int n from tender_lot where project_id = $1', [p.id])).toEqual([{ n: 1 }]);
    const stranger = await api.gql(UPDATE, { variables: { id: p.id, input: input(await line()) }, headers: other });
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('publishes only with the legal minimum periods on the working-day calendar, and freezes the budget', async () => {
    const lineId = await line(6_000_000_00n);
    const p = (await api.gql(CREATE, { variables: { input: input(lineId, { documentsUntil: endOfLocal('2027-03-08') }) }, headers: buyer })).body.data!.createTenderProject as { id: string };
    // Five working days after Monday, with Wednesday off: until the end of Tuesday 03-09.
    const short = await api.gql(PUBLISH, { variables: { id: p.id }, headers: buyer });
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_DOCUMENTS_PERIOD_TOO_SHORT', field: 'documentsUntil', earliest: endOfLocal('2027-03-09') });
    expect(short.body.errors?.[0]?.message).toContain('2027-03-09 23:59');

    await api.gql(UPDATE, { variables: { id: p.id, input: input(lineId, { bidDeadline: '2027-03-20T01:00:00.000Z' }) }, headers: buyer });
    const early = await api.gql(PUBLISH, { variables: { id: p.id }, headers: buyer });
    expect(early.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_DEADLINE_TOO_SHORT', field: 'bidDeadline', earliest: '2027-03-20T16:00:00.000Z' });
    expect(early.body.errors?.[0]?.message).toContain('2027-03-21 00:00');
    expect((await budgetLineState(people.tenant.id, lineId)).frozen).toBe(0n);

    await api.gql(UPDATE, { variables: { id: p.id, input: input(lineId) }, headers: buyer });
    const published = await api.gql(PUBLISH, { variables: { id: p.id }, headers: buyer });
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data!.publishTenderProject).toMatchObject({ state: 'PUBLISHED', documentsFrom: MONDAY, lots: [{ state: 'BIDDING' }, { state: 'BIDDING' }] });
    expect(await budgetLineState(people.tenant.id, lineId)).toMatchObject({ frozen: 5_000_000_00n, ledger: { frozen: 5_000_000_00n } });
    const again = await api.gql(PUBLISH, { variables: { id: p.id }, headers: buyer });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_PROJECT_TRANSITION_NOT_ALLOWED' });
    const edit = await api.gql(UPDATE, { variables: { id: p.id, input: input(lineId) }, headers: buyer });
    expect(edit.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_PROJECT_NOT_DRAFT' });

    // Inquiry: 3 working days (Tuesday, Thursday, Friday).
    const inquiry = await draft(buyer, { method: 'INQUIRY', documentsUntil: '2027-03-02T09:00:00.000Z', bidDeadline: '2027-03-04T01:00:00.000Z' });
    const refused = await api.gql(PUBLISH, { variables: { id: inquiry.id }, headers: buyer });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_DEADLINE_TOO_SHORT', earliest: '2027-03-04T16:00:00.000Z' });
  });

  it('refuses to publish beyond the budget line and leaves the draft as it was', async () => {
    const lineId = await line(4_999_999_99n);
    const p = (await api.gql(CREATE, { variables: { input: input(lineId) }, headers: buyer })).body.data!.createTenderProject as { id: string };
    const { body } = await api.gql(PUBLISH, { variables: { id: p.id }, headers: buyer });
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'BUDGET_INSUFFICIENT', field: 'budgetLineId' });
    expect(await q('select state from tender_project where id = $1', [p.id])).toEqual([{ state: 'draft' }]);
    expect(await q(`select distinct state from tender_lot where project_id = $1`, [p.id])).toEqual([{ state: 'draft' }]);
  });

  it('cancels a published project: lots cancelled, budget released, one event per lot', async () => {
    const lineId = await line(6_000_000_00n);
    const p = (await api.gql(CREATE, { variables: { input: input(lineId) }, headers: buyer })).body.data!.createTenderProject as { id: string; lots: { id: string }[] };
    await api.gql(PUBLISH, { variables: { id: p.id }, headers: buyer });
    const noReason = await api.gql(CANCEL, { variables: { id: p.id, reason: ' ' }, headers: buyer });
    expect(noReason.body.errors?.[0]?.extensions).toMatchObject({ reason: 'REASON_REQUIRED', field: 'reason' });
    const { body } = await api.gql(CANCEL, { variables: { id: p.id, reason: '采购需求发生重大变化' }, headers: buyer });
    expect(body.errors).toBeUndefined();
    expect(body.data!.cancelTenderProject).toMatchObject({ state: 'CANCELLED', cancelReason: '采购需求发生重大变化', lots: [{ state: 'CANCELLED' }, { state: 'CANCELLED' }] });
    expect(await budgetLineState(people.tenant.id, lineId)).toMatchObject({ frozen: 0n, ledger: { frozen: 0n } });
    const events = await q<{ payload: { lotId: string; trigger: string } }>(`select payload from outbox_event where type = 'tender.lot.cancelled' and payload->>'lotId' = any($1)`, [p.lots.map((l) => l.id)]);
    expect(events.map((e) => e.payload).sort((x, y) => x.lotId.localeCompare(y.lotId))).toEqual(p.lots.map((l) => ({ lotId: l.id, trigger: 'lot_cancelled' })).sort((x, y) => x.lotId.localeCompare(y.lotId)));
    const twice = await api.gql(CANCEL, { variables: { id: p.id, reason: '再次终止' }, headers: buyer });
    expect(twice.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_PROJECT_TRANSITION_NOT_ALLOWED' });
  });

  it('documents: stored with SM3, downloadable only by registered suppliers and the owner; registration is idempotent', async () => {
    const { projectId } = await insertTenderProject(people, { bidDeadline: new Date(Date.now() + 30 * 86_400_000) });
    const bytes = Buffer.from('%PDF-1.7 招标文件正文');
    const attached = await api.gql(ATTACH, { variables: { p: projectId, n: '招标文件.pdf', c: bytes.toString('base64') }, headers: buyer });
    expect(attached.body.errors).toBeUndefined();
    const doc = attached.body.data!.attachTenderDocument as { id: string; sm3: string };
    expect(doc).toMatchObject({ sm3: createHash('sm3').update(bytes).digest('hex'), sizeBytes: bytes.length, mimeType: 'application/pdf' });

    const before = await q('select count(*)::int n from tender_document');
    const big = await api.gql(ATTACH, { variables: { p: projectId, n: '大文件.pdf', c: Buffer.alloc(512 * 1024 + 1).toString('base64') }, headers: buyer });
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_DOCUMENT_SIZE', field: 'contentBase64' });
    const exe = await api.gql(ATTACH, { variables: { p: projectId, n: 'setup.exe', c: 'AAAA' }, headers: buyer });
    expect(exe.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_DOCUMENT_TYPE', field: 'fileName' });
    expect(await q('select count(*)::int n from tender_document')).toEqual(before);

    const unregistered = await api.gql(DOWNLOAD, { variables: { id: doc.id }, headers: supplier });
    expect(unregistered.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_DOCUMENT_NOT_FOUND' });
    const first = await api.gql(REGISTER, { variables: { p: projectId }, headers: supplier });
    const second = await api.gql(REGISTER, { variables: { p: projectId }, headers: supplier });
    expect(first.body.errors).toBeUndefined();
    expect((second.body.data!.registerForTenderProject as { id: string }).id).toBe((first.body.data!.registerForTenderProject as { id: string }).id);
    expect(first.body.data!.registerForTenderProject).toMatchObject({ notice: { id: projectId }, documents: [{ id: doc.id }] });
    expect(await q('select count(*)::int n from tender_registration where project_id = $1', [projectId])).toEqual([{ n: 1 }]);

    const downloaded = await api.gql(DOWNLOAD, { variables: { id: doc.id }, headers: supplier });
    expect(downloaded.body.data!.downloadTenderDocument).toMatchObject({ fileName: '招标文件.pdf', sm3: doc.sm3, contentBase64: bytes.toString('base64') });
    const owner = await api.gql(DOWNLOAD, { variables: { id: doc.id }, headers: buyer });
    expect(owner.body.errors).toBeUndefined();
    expect(await q('select supplier_id from tender_document_download where document_id = $1', [doc.id])).toEqual([{ supplier_id: people.organisations.supplier.id }]);
    const stillOut = await api.gql(DOWNLOAD, { variables: { id: doc.id }, headers: other });
    expect(stillOut.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_DOCUMENT_NOT_FOUND' });

    const detail = await api.gql(`query ($id: ID!) { tenderProject(id: $id) { registrations documentDownloads documents { id } } }`, { variables: { id: projectId }, headers: buyer });
    expect(detail.body.data!.tenderProject).toEqual({ registrations: 1, documentDownloads: 1, documents: [{ id: doc.id }] });
    // The public reads the notice, never the documents.
    const pub = await api.gql(`query ($id: ID!) { tenderNotice(id: $id) { id projectNo lots { deposit } } }`, { variables: { id: projectId }, headers: anonymous() });
    expect(pub.body.data!.tenderNotice).toMatchObject({ id: projectId });

    const closed = await insertTenderProject(people, { bidDeadline: new Date(Date.now() - 60_000) });
    const late = await api.gql(REGISTER, { variables: { p: closed.projectId }, headers: supplier });
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_BIDDING_CLOSED' });
    const hidden = await insertTenderProject(people, { state: 'draft' });
    const onDraft = await api.gql(REGISTER, { variables: { p: hidden.projectId }, headers: supplier });
    expect(onDraft.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_PROJECT_NOT_FOUND' });
  });

  it('a clarification that may affect bids with under 15 days left moves the deadline; questions stay anonymous', async () => {
    const deadline = new Date(Date.now() + 10 * 86_400_000);
    const { projectId } = await insertTenderProject(people, { bidDeadline: deadline });
    const notRegistered = await api.gql(ASK, { variables: { p: projectId, b: '第1包是否接受同等品牌？' }, headers: other });
    expect(notRegistered.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_NOT_REGISTERED' });
    await api.gql(REGISTER, { variables: { p: projectId }, headers: supplier });
    const asked = await api.gql(ASK, { variables: { p: projectId, b: '第1包是否接受同等品牌？' }, headers: supplier });
    const question = asked.body.data!.askTenderQuestion as { id: string };

    const minor = await api.gql(CLARIFY, { variables: { p: projectId, input: { title: '更正联系人', body: '联系人改为李四', affectsBids: false } }, headers: buyer });
    expect(minor.body.data!.publishTenderClarification).toMatchObject({ affectsBids: false, oldBidDeadline: null, newBidDeadline: null });

    const major = await api.gql(CLARIFY, { variables: { p: projectId, input: { title: '技术参数修改', body: '接受同等品牌；内存调整为 16GB', affectsBids: true, questionIds: [question.id] } }, headers: buyer });
    expect(major.body.errors).toBeUndefined();
    const c = major.body.data!.publishTenderClarification as { id: string; oldBidDeadline: string; newBidDeadline: string };
    expect(c.oldBidDeadline).toBe(deadline.toISOString());
    const moved = new Date(c.newBidDeadline);
    // Whole days later, same time of day, at least 15 days from now.
    expect(moved.getTime() - Date.now()).toBeGreaterThanOrEqual(15 * 86_400_000 - 60_000);
    expect(moved.getTime() - Date.now()).toBeLessThan(16 * 86_400_000);
    expect((moved.getTime() - deadline.getTime()) % 86_400_000).toBe(0);
    const notice = await api.gql(`query ($id: ID!) { tenderNotice(id: $id) { bidDeadline } tenderClarifications(projectId: $id) { id title } }`, { variables: { id: projectId }, headers: anonymous() });
    expect(notice.body.data).toMatchObject({ tenderNotice: { bidDeadline: c.newBidDeadline }, tenderClarifications: [{ title: '更正联系人' }, { title: '技术参数修改' }] });
    const detail = await api.gql(`query ($id: ID!) { tenderProject(id: $id) { questions { id body answeredById } } }`, { variables: { id: projectId }, headers: buyer });
    expect(detail.body.data!.tenderProject).toEqual({ questions: [{ id: question.id, body: '第1包是否接受同等品牌？', answeredById: c.id }] });

    // Enough time left: the deadline stays.
    const later = await api.gql(CLARIFY, { variables: { p: projectId, input: { title: '再次澄清', body: '交货期不变', affectsBids: true } }, headers: buyer });
    expect(later.body.data!.publishTenderClarification).toMatchObject({ oldBidDeadline: null, newBidDeadline: null });
    expect(await q(`select count(*)::int n from audit_entry where action = 'tender.project.clarify' and subject_id = $1`, [projectId])).toEqual([{ n: 3 }]);
    expect(await q(`select count(*)::int n from tender_clarification where project_id = $1 and new_bid_deadline is not null`, [projectId])).toEqual([{ n: 1 }]);
    expect(await q(`select bid_deadline from tender_project where id = $1`, [projectId])).toEqual([{ bid_deadline: moved }]);
  });

  it('lists published announcements to anyone, newest first, by method and category', async () => {
    const lineId = await line();
    const draftOnly = (await api.gql(CREATE, { variables: { input: input(lineId, { title: '草稿项目不公开' }) }, headers: buyer })).body.data!.createTenderProject as { id: string };
    const a = await insertTenderProject(people, { method: 'inquiry', categoryCode: 'A02010105' });
    await new Promise((r) => setTimeout(r, 5));
    const b = await insertTenderProject(people, { method: 'inquiry', categoryCode: 'A02010104' });
    await q('update tender_project set published_at = now() + interval \'1 second\' where id = $1', [b.projectId]);
    const page1 = await api.gql(ANNOUNCEMENTS, { variables: { m: 'INQUIRY', c: 'A0201' }, headers: anonymous() });
    expect(page1.body.errors).toBeUndefined();
    const conn = page1.body.data!.tenderAnnouncements as { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    expect(conn.nodes.map((n) => n.id)).toEqual([b.projectId, a.projectId]);
    const narrow = await api.gql(ANNOUNCEMENTS, { variables: { m: 'INQUIRY', c: 'A02010105' }, headers: anonymous() });
    expect((narrow.body.data!.tenderAnnouncements as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toEqual([a.projectId]);
    const all = await api.gql(`{ tenderAnnouncements(first: 100) { nodes { id } } }`, { headers: anonymous() });
    expect((all.body.data!.tenderAnnouncements as { nodes: { id: string }[] }).nodes.map((n) => n.id)).not.toContain(draftOnly.id);
    const hidden = await api.gql(`query ($id: ID!) { tenderNotice(id: $id) { id } }`, { variables: { id: draftOnly.id }, headers: anonymous() });
    expect(hidden.body.errors?.[0]?.extensions).toMatchObject({ reason: 'TENDER_PROJECT_NOT_FOUND' });
  });

  it('registers the registration bid gate: only registered suppliers pass it', async () => {
    const { projectId, lotIds } = await insertTenderProject(people, {});
    const ctx = contextFor(people.tenant);
    const check = (supplierId: string) => api.app.get(TenantDb).transaction(ctx, async (em) => {
      const lot = await em.findOneOrFail(TenderLot, { id: lotIds[0] });
      return api.app.get(BidGateRegistry).checkAll(em, ctx, lot, supplierId).then(() => 'passed', (e: { reason?: string }) => e.reason);
    });
    expect(await check(people.organisations.supplier.id)).toBe('TENDER_NOT_REGISTERED');
    await api.gql(REGISTER, { variables: { p: projectId }, headers: supplier });
    expect(await check(people.organisations.supplier.id)).toBe('passed');
  });
});
