import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSigningKey } from '../../../test/sealed-bids.js';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, loginAll, type PeopleFixture, type PersonKey, type TestSession } from '../../../test/identity.js';
import { insertRecommendedLot, type RecommendedLot, signDigest } from '../../../test/tender.js';
import { asOwner, contextFor, createTenant } from '../../../test/tenants.js';
import { addDays, localDateOf } from '../../platform/calendar/local-date.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { TenderDeadlineService } from './tender-deadline.service.js';

const NOTICE_FIELDS = 'id lotId projectId lotState winnerOrganisationId winnerName price scoreHundredths rank againstRankingReason ranking { supplierName price rank } publishedAt challengeUntil contractDueAt';
const CONFIRM = `mutation ($input: ConfirmTenderAwardInput!) { confirmTenderAward(input: $input) { ${NOTICE_FIELDS} } }`;
const NOTICE = `query ($lotId: ID!) { tenderAwardNotice(lotId: $lotId) { ${NOTICE_FIELDS} } }`;
const NOTICES = `{ tenderAwardNotices(first: 100) { lotId } }`;
const CHALLENGE_FIELDS = 'id lotId state overdue answerDueAt answer complaint { id state }';
const FILE_CHALLENGE = `mutation ($input: FileTenderChallengeInput!) { fileTenderChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`;
const ANSWER = `mutation ($id: ID!, $answer: String!, $outcome: TenderChallengeOutcome! = UPHELD) { answerTenderChallenge(id: $id, answer: $answer, outcome: $outcome) { ${CHALLENGE_FIELDS} } }`;
const CHALLENGES = `query ($lotId: ID) { tenderChallenges(lotId: $lotId) { ${CHALLENGE_FIELDS} } }`;
const PUBLIC_ANSWERS = `query ($lotId: ID!) { tenderChallengeAnswers(lotId: $lotId) { id lotId subject content answer answeredAt } }`;
const COMPLAIN = `mutation ($id: ID!, $content: String!) { fileTenderComplaint(challengeId: $id, content: $content) { id state decisionDueAt } }`;
const DECIDE = `mutation ($input: DecideTenderComplaintInput!) { decideTenderComplaint(input: $input) { id state remedy decisionReason } }`;
const CONTRACT_FIELDS = 'id state amount digest canonicalText paymentTerms buyerSignature supplierSignature signedAt signedLate publishedAt publicationDueAt';
const CONTRACT = `query ($lotId: ID!) { tenderContract(lotId: $lotId) { ${CONTRACT_FIELDS} } }`;
const PUBLISHED_CONTRACT = `query ($lotId: ID!) { publishedTenderContract(lotId: $lotId) { ${CONTRACT_FIELDS} } }`;
const TERMS = `mutation ($id: ID!, $input: TenderContractTermsInput!) { updateTenderContractTerms(id: $id, input: $input) { ${CONTRACT_FIELDS} } }`;
const SIGN = `mutation ($id: ID!, $signature: String!) { signTenderContract(id: $id, signature: $signature) { ${CONTRACT_FIELDS} } }`;

type Result = { data?: Record<string, unknown>; error?: { code?: string; reason?: string; field?: string; until?: string; digest?: string } };
type Contract = { id: string; state: string; amount: string; digest: string; canonicalText: string; buyerSignature: string | null; supplierSignature: string | null; signedAt: string | null; signedLate: boolean; publishedAt: string | null; publicationDueAt: string | null };

describe('award, challenges, complaints and contracts', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let sessions: Record<PersonKey, TestSession>;
  let keys: { buyer: { privateKey: string }; winner: { privateKey: string } };
  const holidays: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    // The next ten days are holidays in this province: the challenge window must step over them.
    const today = localDateOf(new Date(), 'Asia/Shanghai');
    for (let i = 1; i <= 10; i += 1) holidays.push(addDays(today, i));
    const tenant = await createTenant({ days: holidays.map((day) => ({ day, kind: 'holiday' as const, name: '测试假日' })) });
    people = await createPeople(tenant);
    sessions = await loginAll(api, people);
    keys = {
      buyer: await insertSigningKey(tenant.id, people.organisations.purchasing_unit.id, people.users.purchaser.id),
      winner: await insertSigningKey(tenant.id, people.organisations.supplier.id, people.users.supplier.id),
    };
  });
  afterAll(() => api?.close());

  const gql = async (document: string, variables: object, token?: string): Promise<Result> => {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, token) });
    const e = body.errors?.[0]?.extensions as Result['error'] | undefined;
    return { data: body.data ? (Object.values(body.data)[0] as Record<string, unknown>) : undefined, error: e };
  };
  const as = (who: PersonKey | TestSession) => (typeof who === 'string' ? sessions[who].accessToken : who.accessToken);
  const ok = async (document: string, variables: object, who?: PersonKey | TestSession) => {
    const r = await gql(document, variables, who ? as(who) : undefined);
    expect(r.error, JSON.stringify(r.error)).toBeUndefined();
    return r.data!;
  };
  const refused = async (document: string, variables: object, who: PersonKey | TestSession, reason: string) => {
    const r = await gql(document, variables, as(who));
    expect(r.error?.reason, JSON.stringify(r)).toBe(reason);
    return r.error!;
  };
  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  const lotState = async (lotId: string) => (await q<{ state: string }>('select state from tender_lot where id = $1', [lotId]))[0].state;
  const events = (lotId: string) => q<{ type: string; payload: Record<string, unknown> }>(`select type, payload from outbox_event where payload->>'lotId' = $1 order by created_at`, [lotId]);
  const awarded = async () => {
    const lot = await insertRecommendedLot(people);
    await ok(CONFIRM, { input: { lotId: lot.lotId } }, 'purchaser');
    return lot;
  };
  const bidder = (lot: RecommendedLot, i: number) => login(api, people.tenant, lot.bids[i].loginName);
  const contractOf = async (lotId: string) => (await ok(CONTRACT, { lotId }, 'purchaser')) as unknown as Contract;

  it('refuses an award against the ranking without a reason, writing nothing; accepts it with a reason, published with the notice', async () => {
    const lot = await insertRecommendedLot(people);
    const error = await refused(CONFIRM, { input: { lotId: lot.lotId, bidId: lot.bids[1].bidId } }, 'purchaser', 'AWARD_AGAINST_RANKING_NEEDS_REASON');
    expect(error.field).toBe('input.reason');
    expect(await lotState(lot.lotId)).toBe('recommended');
    expect(await q('select id from tender_award where lot_id = $1', [lot.lotId])).toEqual([]);
    expect(await q('select id from tender_contract where lot_id = $1', [lot.lotId])).toEqual([]);
    expect(await events(lot.lotId)).toEqual([]);
    // The supplier does not confirm awards, and a bid of another lot is not a choice.
    expect((await gql(CONFIRM, { input: { lotId: lot.lotId } }, as('supplier'))).error?.code).toBe('FORBIDDEN');
    const other = await insertRecommendedLot(people);
    expect((await refused(CONFIRM, { input: { lotId: lot.lotId, bidId: other.bids[0].bidId, reason: '价格更低' } }, 'purchaser', 'AWARD_BID_NOT_VALID')).field).toBe('input.bidId');

    const notice = await ok(CONFIRM, { input: { lotId: lot.lotId, bidId: lot.bids[1].bidId, reason: '排名第一的供应商放弃中标资格' } }, 'unitAdmin');
    expect(notice).toMatchObject({ lotState: 'awarded', winnerOrganisationId: lot.bids[1].organisationId, rank: 2, againstRankingReason: '排名第一的供应商放弃中标资格', price: '4700000.00' });
    const [row] = await q<{ winner_bid_id: string; awarded_at: Date }>('select winner_bid_id, awarded_at from tender_lot where id = $1', [lot.lotId]);
    expect(row.winner_bid_id).toBe(lot.bids[1].bidId);
    expect(row.awarded_at).not.toBeNull();
  });

  it('confirms the first-ranked bid at its bid price (not the SME-deducted one); the notice is public without login; the outcome event goes out', async () => {
    const lot = await insertRecommendedLot(people);
    await ok(CONFIRM, { input: { lotId: lot.lotId } }, 'purchaser');
    const notice = await ok(NOTICE, { lotId: lot.lotId });
    expect(notice).toMatchObject({ winnerOrganisationId: lot.bids[0].organisationId, rank: 1, scoreHundredths: 9150, price: '4900000.00', againstRankingReason: null });
    expect((notice.ranking as { rank: number; price: string }[]).map((r) => [r.rank, r.price])).toEqual([[1, '4900000.00'], [2, '4700000.00'], [3, '4950000.00']]);
    expect(((await ok(NOTICES, {})) as unknown as { lotId: string }[]).map((n) => n.lotId)).toContain(lot.lotId);
    expect(await events(lot.lotId)).toEqual([{ type: 'tender.lot.award-published', payload: { lotId: lot.lotId, trigger: 'award_published' } }]);
    const audit = await q<{ action: string }>(`select action from audit_entry where subject_id = $1`, [lot.lotId]);
    expect(audit.map((a) => a.action)).toContain('tender.lot.award-confirmed');
    // Drafted from the award: the bid price, the buyer and the winner.
    expect(await contractOf(lot.lotId)).toMatchObject({ state: 'DRAFT', amount: '4900000.00' });
    await refused(CONFIRM, { input: { lotId: lot.lotId } }, 'purchaser', 'TENDER_LOT_TRANSITION_NOT_ALLOWED');
  });

  it("counts the challenge window in the tenant's working days and refuses a late challenge, writing nothing", async () => {
    const lot = await awarded();
    const notice = await ok(NOTICE, { lotId: lot.lotId });
    const days = (new Date(notice.challengeUntil as string).getTime() - new Date(notice.publishedAt as string).getTime()) / 86_400_000;
    // Ten holidays, then seven working days.
    expect(days).toBeGreaterThan(17);
    const second = await bidder(lot, 1);
    const input = { lotId: lot.lotId, subject: 'RESULT', content: '评分存在错误，请复核技术分。' };
    await q(`update tender_award set published_at = now() - interval '40 days' where lot_id = $1`, [lot.lotId]);
    const error = await refused(FILE_CHALLENGE, { input }, second, 'CHALLENGE_WINDOW_CLOSED');
    expect(new Date(error.until!).getTime()).toBeLessThan(Date.now());
    expect(await q('select id from tender_challenge where lot_id = $1', [lot.lotId])).toEqual([]);
    await q(`update tender_award set published_at = now() - interval '1 hour' where lot_id = $1`, [lot.lotId]);
    expect(await ok(FILE_CHALLENGE, { input }, second)).toMatchObject({ state: 'PENDING', overdue: false });
    const outsider = await insertRecommendedLot(people);
    await refused(FILE_CHALLENGE, { input: { ...input, lotId: lot.lotId } }, await bidder(outsider, 1), 'CHALLENGE_NOT_A_BIDDER');
    await refused(FILE_CHALLENGE, { input: { ...input, content: ' ' } }, second, 'TENDER_TEXT_REQUIRED');
  });

  it('blocks signing while a challenge is pending and allows it once answered; a mis-signature is refused; both signatures contract the lot and publish the contract', async () => {
    const lot = await awarded();
    const second = await bidder(lot, 1);
    const challenge = await ok(FILE_CHALLENGE, { input: { lotId: lot.lotId, subject: 'PROCESS', content: '开标过程未按规定公示。' } }, second);

    // The buyer edits the terms in draft; the digest follows the text.
    let contract = await contractOf(lot.lotId);
    const edited = (await ok(TERMS, { id: contract.id, input: { paymentTerms: '合同签订后预付 30%，验收合格后付清余款。' } }, 'purchaser')) as unknown as Contract;
    expect(edited.digest).not.toBe(contract.digest);
    expect(JSON.parse(edited.canonicalText)).toMatchObject({ amountFen: 490000000, paymentTerms: '合同签订后预付 30%，验收合格后付清余款。' });
    contract = edited;

    await refused(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.buyer.privateKey) }, 'purchaser', 'CONTRACT_BLOCKED_BY_CHALLENGE');
    expect((await contractOf(lot.lotId)).buyerSignature).toBeNull();
    // The buyer sees the challenge; past its deadline it shows as overdue.
    await q(`update tender_challenge set answer_due_at = now() - interval '1 minute' where id = $1`, [challenge.id]);
    expect(await ok(CHALLENGES, { lotId: lot.lotId }, 'purchaser')).toEqual([expect.objectContaining({ id: challenge.id, state: 'PENDING', overdue: true })]);
    expect(await ok(ANSWER, { id: challenge.id, answer: '经核查，开标过程已按规定公示，质疑不成立。' }, 'purchaser')).toMatchObject({ state: 'ANSWERED', overdue: false });
    // The answer is published without the challenger's name; no login needed.
    const { body: published } = await api.gql(PUBLIC_ANSWERS, { variables: { lotId: lot.lotId }, headers: headers(people.tenant) });
    expect(published.errors).toBeUndefined();
    expect(published.data.tenderChallengeAnswers).toEqual([
      expect.objectContaining({ id: challenge.id, subject: 'PROCESS', content: '开标过程未按规定公示。', answer: '经核查，开标过程已按规定公示，质疑不成立。' }),
    ]);
    expect(JSON.stringify(published.data)).not.toContain(lot.bids[1].organisationId);

    // Signed with another key than the registered one, or another text: refused, nothing written.
    const wrong = signDigest(contract.digest, keys.buyer.privateKey);
    const error = await refused(SIGN, { id: contract.id, signature: wrong }, 'supplier', 'CONTRACT_SIGNATURE_INVALID');
    expect(error).toMatchObject({ field: 'signature', digest: contract.digest });
    await refused(SIGN, { id: contract.id, signature: signDigest('00'.repeat(32), keys.winner.privateKey) }, 'supplier', 'CONTRACT_SIGNATURE_INVALID');
    expect((await contractOf(lot.lotId)).supplierSignature).toBeNull();
    await refused(SIGN, { id: contract.id, signature: 'not-hex' }, 'purchaser', 'CONTRACT_SIGNATURE_INVALID');

    const first = (await ok(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.buyer.privateKey) }, 'purchaser')) as unknown as Contract;
    expect(first).toMatchObject({ state: 'DRAFT', signedAt: null, publishedAt: null });
    expect(first.buyerSignature).toMatch(/^[0-9a-f]{128}$/);
    await refused(TERMS, { id: contract.id, input: { deliveryTerms: '签约后 10 日内交货。' } }, 'purchaser', 'CONTRACT_TERMS_LOCKED');
    await refused(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.buyer.privateKey) }, 'purchaser', 'CONTRACT_ALREADY_SIGNED');
    expect(await lotState(lot.lotId)).toBe('awarded');

    const signed = (await ok(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.winner.privateKey) }, 'supplier')) as unknown as Contract;
    expect(signed).toMatchObject({ state: 'SIGNED', signedLate: false, amount: '4900000.00' });
    expect(signed.publishedAt).not.toBeNull();
    expect(new Date(signed.publicationDueAt!).getTime()).toBeGreaterThan(new Date(signed.signedAt!).getTime());
    expect(await lotState(lot.lotId)).toBe('contracted');
    expect((await events(lot.lotId)).map((e) => e.payload.trigger)).toEqual(['award_published', 'contract_signed']);
    const [project] = await q<{ state: string }>('select state from tender_project where id = $1', [lot.projectId]);
    expect(project.state).toBe('completed');
    // Public without login; the other bidders do not see the draft of someone else's contract.
    expect(await ok(PUBLISHED_CONTRACT, { lotId: lot.lotId })).toMatchObject({ id: contract.id, state: 'SIGNED' });
    expect((await gql(CONTRACT, { lotId: lot.lotId }, second.accessToken)).error?.reason).toBe('CONTRACT_NOT_FOUND');
  });

  it('flags a contract signed more than 30 days after the award letter as late, and refuses to sign without a registered key', async () => {
    const lot = await awarded();
    const contract = await contractOf(lot.lotId);
    await q(`update tender_award set contract_due_at = now() - interval '1 day' where lot_id = $1`, [lot.lotId]);
    await refused(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.buyer.privateKey) }, 'unitAdmin', 'CONTRACT_SIGNING_KEY_MISSING');
    await ok(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.buyer.privateKey) }, 'purchaser');
    expect(await ok(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.winner.privateKey) }, 'supplier')).toMatchObject({ state: 'SIGNED', signedLate: true });
  });

  it('takes a complaint after the answer, blocks the contract while it is pending, and fails the lot when finance upholds it', async () => {
    const lot = await awarded();
    const second = await bidder(lot, 1);
    const challenge = await ok(FILE_CHALLENGE, { input: { lotId: lot.lotId, subject: 'RESULT', content: '中标人不满足资格要求。' } }, second);
    await refused(COMPLAIN, { id: challenge.id, content: '对答复不满意。' }, second, 'COMPLAINT_TOO_EARLY');
    await ok(ANSWER, { id: challenge.id, answer: '中标人资格审查合格。' }, 'purchaser');
    await refused(COMPLAIN, { id: challenge.id, content: '对答复不满意。' }, await bidder(lot, 2), 'COMPLAINT_NOT_CHALLENGER');
    const complaint = await ok(COMPLAIN, { id: challenge.id, content: '对答复不满意，中标人资质证书已过期。' }, second);
    expect(complaint).toMatchObject({ state: 'PENDING' });
    await refused(COMPLAIN, { id: challenge.id, content: '再次投诉。' }, second, 'TENDER_COMPLAINT_TRANSITION_NOT_ALLOWED');

    const contract = await contractOf(lot.lotId);
    await refused(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.buyer.privateKey) }, 'purchaser', 'CONTRACT_BLOCKED_BY_CHALLENGE');
    expect((await ok(`{ tenderComplaints(state: PENDING) { id } }`, {}, 'finance') as unknown as { id: string }[]).map((c) => c.id)).toContain(complaint.id);
    expect(await ok(`{ myTenderChallenges { id complaint { id state } } }`, {}, second)).toEqual([expect.objectContaining({ id: challenge.id, complaint: { id: complaint.id, state: 'PENDING' } })]);

    const error = await refused(DECIDE, { input: { id: complaint.id, upheld: false, reason: '投诉事项缺乏事实依据。', remedy: 'FAIL_LOT' } }, 'finance', 'COMPLAINT_REMEDY_NEEDS_UPHOLD');
    expect(error.field).toBe('input.remedy');
    expect(await ok(DECIDE, { input: { id: complaint.id, upheld: true, reason: '中标人资质证书在投标截止前已过期。', remedy: 'FAIL_LOT' } }, 'finance')).toMatchObject({ state: 'UPHELD', remedy: 'FAIL_LOT' });
    expect(await lotState(lot.lotId)).toBe('failed');
    expect((await events(lot.lotId)).map((e) => e.payload.trigger)).toEqual(['award_published', 'lot_failed']);
    expect(await ok(NOTICE, { lotId: lot.lotId })).toMatchObject({ lotState: 'failed' });
    await refused(SIGN, { id: contract.id, signature: signDigest(contract.digest, keys.buyer.privateKey) }, 'purchaser', 'TENDER_LOT_TRANSITION_NOT_ALLOWED');
  });

  it("lets finance suspend a lot: no award until it resumes", async () => {
    const lot = await insertRecommendedLot(people);
    await ok(`mutation ($lotId: ID!) { suspendTenderLot(lotId: $lotId, reason: "收到举报，暂停采购活动") { id liftedAt } }`, { lotId: lot.lotId }, 'finance');
    await refused(CONFIRM, { input: { lotId: lot.lotId } }, 'purchaser', 'AWARD_LOT_SUSPENDED');
    await ok(`mutation ($lotId: ID!) { resumeTenderLot(lotId: $lotId) { id liftedAt } }`, { lotId: lot.lotId }, 'finance');
    await refused(`mutation ($lotId: ID!) { resumeTenderLot(lotId: $lotId) { id } }`, { lotId: lot.lotId }, 'finance', 'LOT_NOT_SUSPENDED');
    await ok(CONFIRM, { input: { lotId: lot.lotId } }, 'purchaser');
  });

  it('the deadline sweep flags an unanswered challenge once, and never counts a contract late while a challenge holds it', async () => {
    const lot = await awarded();
    const second = await bidder(lot, 1);
    const challenge = await ok(FILE_CHALLENGE, { input: { lotId: lot.lotId, subject: 'DOCUMENTS', content: '采购文件设置倾向性条款。' } }, second);
    const contract = await contractOf(lot.lotId);
    const db = api.app.get(TenantDb);
    const sweeper = api.app.get(TenderDeadlineService);
    const ctx = contextFor(people.tenant, { roles: ['system'] as never });
    const sweep = (asOf: Date) => db.transaction(ctx, (em, tx) => sweeper.sweep(em, tx, ctx, asOf));
    const flags = () => q<{ kind: string; subject_id: string }>(`select kind, subject_id from tender_deadline_flag where lot_id = $1 order by kind`, [lot.lotId]);

    // Long after every deadline: the challenge is late; the contract is held by it, so not late.
    const later = new Date(Date.now() + 90 * 86_400_000);
    await sweep(later);
    await sweep(later);
    expect(await flags()).toEqual([{ kind: 'challenge_answer', subject_id: challenge.id }]);
    expect(await lotState(lot.lotId)).toBe('awarded');

    await ok(ANSWER, { id: challenge.id, answer: '条款依据国家标准设置，质疑不成立。' }, 'purchaser');
    expect((await sweep(later)).contract_signing).toBeGreaterThanOrEqual(1);
    expect((await flags()).map((f) => [f.kind, f.subject_id])).toEqual([['challenge_answer', challenge.id], ['contract_signing', contract.id]]);
    expect(await ok(`{ tenderDeadlineFlags { kind subjectId } }`, {}, 'finance')).toEqual(expect.arrayContaining([{ kind: 'CONTRACT_SIGNING', subjectId: contract.id }]));
    // Nothing moved: the lot still waits for its contract.
    expect(await lotState(lot.lotId)).toBe('awarded');
  });
});
