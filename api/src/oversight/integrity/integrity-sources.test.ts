import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, login, type PeopleFixture, type TestSession } from '../../../test/identity.js';
import { insertDeposit } from '../../../test/deposits.js';
import { insertAwardedLot, insertChallenge, insertComplaint } from '../../../test/tender.js';
import { asOwner, contextFor, createTenant } from '../../../test/tenants.js';
import { TenantDb } from '../../platform/database/tenant-db.js';
import { TenderDeadlineService } from '../../tender/award/tender-deadline.service.js';

const ANSWER = `mutation ($id: ID!, $answer: String!, $outcome: TenderChallengeOutcome!) { answerTenderChallenge(id: $id, answer: $answer, outcome: $outcome) { id state outcome answer } }`;
const ANSWER_WITHOUT_OUTCOME = `mutation ($id: ID!) { answerTenderChallenge(id: $id, answer: "经复核，评分无误。") { id } }`;
const PUBLIC_ANSWERS = `query ($lotId: ID!) { tenderChallengeAnswers(lotId: $lotId) { id answer outcome } }`;
const DECLINE = `mutation ($lotId: ID!, $reason: String!) { declineTenderAward(lotId: $lotId, reason: $reason) { id lotState declinedAt declineReason } }`;
const NOTICE = `query ($lotId: ID!) { tenderAwardNotice(lotId: $lotId) { lotState declineReason } }`;
const DECIDE = `mutation ($input: DecideTenderComplaintInput!) { decideTenderComplaint(input: $input) { id state remedy } }`;

/** The tender context publishes the integrity sources in the decision's own transaction, once. */
describe('integrity sources in the tender context', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let purchaser: TestSession;
  let finance: TestSession;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople(await createTenant());
    [purchaser, finance] = await Promise.all([login(api, people.tenant, people.users.purchaser.loginName), login(api, people.tenant, people.users.finance.loginName)]);
  });
  afterAll(() => api?.close());

  const gql = async (document: string, variables: object, who?: TestSession) => (await api.gql(document, { variables, headers: headers(people.tenant, who?.accessToken) })).body;
  const q = <T>(sql: string, params: unknown[] = []) => asOwner(people.tenant.id, async (c) => (await c.query(sql, params)).rows as T[]);
  const outbox = (type: string, subjectId: string) => q<{ payload: Record<string, unknown> }>(`select payload from outbox_event where type = $1 and payload->>'subjectId' = $2`, [type, subjectId]);

  it('requires a verdict with the answer (writing nothing without it), publishes it, and sends only a groundless one to integrity', async () => {
    const lot = await insertAwardedLot(people);
    const challenger = lot.bids[1];
    const groundless = await insertChallenge(people.tenant.id, lot.lotId, challenger.organisationId, challenger.userId);
    const upheld = await insertChallenge(people.tenant.id, lot.lotId, lot.bids[2].organisationId, lot.bids[2].userId);

    const missing = await gql(ANSWER_WITHOUT_OUTCOME, { id: groundless }, purchaser);
    expect(missing.errors?.[0]?.message).toMatch(/outcome/);
    expect(await q(`select state, outcome, answer from tender_challenge where id = $1`, [groundless])).toEqual([{ state: 'pending', outcome: null, answer: null }]);

    const answered = await gql(ANSWER, { id: groundless, answer: '评分依据采购文件，质疑不成立。', outcome: 'GROUNDLESS' }, purchaser);
    expect(answered.errors).toBeUndefined();
    expect(answered.data.answerTenderChallenge).toMatchObject({ state: 'ANSWERED', outcome: 'GROUNDLESS' });
    expect((await gql(ANSWER, { id: upheld, answer: '评分有误，已更正。', outcome: 'UPHELD' }, purchaser)).errors).toBeUndefined();

    // The published answer carries the verdict, without login.
    expect(await gql(PUBLIC_ANSWERS, { lotId: lot.lotId })).toMatchObject({ data: { tenderChallengeAnswers: expect.arrayContaining([
      { id: groundless, answer: '评分依据采购文件，质疑不成立。', outcome: 'GROUNDLESS' }, { id: upheld, answer: '评分有误，已更正。', outcome: 'UPHELD' },
    ]) } });
    expect(await outbox('tender.challenge.found-groundless', groundless)).toEqual([{ payload: { fact: 'challenge_groundless', subjectId: groundless } }]);
    expect(await outbox('tender.challenge.found-groundless', upheld)).toEqual([]);
    expect(await q(`select outcome from tender_challenge where id = $1`, [upheld])).toEqual([{ outcome: 'upheld' }]);
  });

  it('publishes an upheld complaint that voids the award; a dismissal or an upheld one without FAIL_LOT publishes nothing', async () => {
    const voided = await insertAwardedLot(people);
    const kept = await insertAwardedLot(people);
    const complaintOf = async (lot: typeof voided) => insertComplaint(people.tenant.id, await insertChallenge(people.tenant.id, lot.lotId, lot.bids[1].organisationId, lot.bids[1].userId, 'answered'));
    const [a, b] = [await complaintOf(voided), await complaintOf(kept)];
    expect((await gql(DECIDE, { input: { id: a, upheld: true, reason: '中标人提供虚假资质材料。', remedy: 'FAIL_LOT' } }, finance)).errors).toBeUndefined();
    expect((await gql(DECIDE, { input: { id: b, upheld: true, reason: '采购人答复不规范，责令改正。', remedy: 'NONE' } }, finance)).errors).toBeUndefined();
    expect(await outbox('tender.complaint.award-voided', a)).toEqual([{ payload: { fact: 'complaint_upheld', subjectId: a } }]);
    expect(await outbox('tender.complaint.award-voided', b)).toEqual([]);
  });

  it('the deadline sweep publishes a refusal to sign once, only when the buyer signed and the winner did not', async () => {
    const refused = await insertAwardedLot(people);
    const nobody = await insertAwardedLot(people);
    await q(`update tender_contract set buyer_signature = $2, buyer_signed_at = now() where id = $1`, [refused.contractId, '11'.repeat(64)]);
    const ctx = contextFor(people.tenant, { roles: ['system'] as never });
    const sweep = (asOf: Date) => api.app.get(TenantDb).transaction(ctx, (em, tx) => api.app.get(TenderDeadlineService).sweep(em, tx, ctx, asOf));
    const later = new Date(Date.now() + 60 * 86_400_000);
    await sweep(later);
    await sweep(later);
    expect(await outbox('tender.contract.signing-refused', refused.contractId)).toEqual([{ payload: { fact: 'refused_to_sign', subjectId: refused.contractId } }]);
    // Neither party signed: the delay is not the winner's alone.
    expect(await outbox('tender.contract.signing-refused', nobody.contractId)).toEqual([]);
    expect(await q(`select count(*)::int as n from tender_deadline_flag where subject_id = any($1)`, [[refused.contractId, nobody.contractId]])).toEqual([{ n: 2 }]);
  });

  it('lets the winner decline before signing: the lot fails, its held deposit is kept, the others are left to the refund; anyone else or a late decline writes nothing', async () => {
    const lot = await insertAwardedLot(people);
    const [winner, second] = lot.bids;
    const winnerDeposit = await insertDeposit(people.tenant.id, lot.lotId, winner.organisationId);
    const secondDeposit = await insertDeposit(people.tenant.id, lot.lotId, second.organisationId);
    const [winnerSession, secondSession] = await Promise.all([login(api, people.tenant, winner.loginName), login(api, people.tenant, second.loginName)]);
    const unchanged = async () => expect(await q(`select l.state, a.declined_at from tender_lot l join tender_award a on a.lot_id = l.id where l.id = $1`, [lot.lotId])).toEqual([{ state: 'awarded', declined_at: null }]);

    expect((await gql(DECLINE, { lotId: lot.lotId, reason: '产能不足。' }, secondSession)).errors?.[0]?.extensions?.reason).toBe('AWARD_NOTICE_NOT_FOUND');
    const short = (await gql(DECLINE, { lotId: lot.lotId, reason: ' ' }, winnerSession)).errors?.[0]?.extensions;
    expect(short).toMatchObject({ reason: 'TENDER_TEXT_REQUIRED', field: 'reason' });
    await unchanged();

    const declined = await gql(DECLINE, { lotId: lot.lotId, reason: '原材料价格大幅上涨，无法按投标价履约。' }, winnerSession);
    expect(declined.errors).toBeUndefined();
    expect(declined.data.declineTenderAward).toMatchObject({ id: lot.awardId, lotState: 'failed', declineReason: '原材料价格大幅上涨，无法按投标价履约。' });
    expect(await q(`select state, failure_reason from tender_lot where id = $1`, [lot.lotId])).toEqual([{ state: 'failed', failure_reason: '中标供应商放弃中标：原材料价格大幅上涨，无法按投标价履约。' }]);
    expect(await q(`select id, state, forfeit_reason, forfeited_by from deposit where lot_id = $1 order by state::text`, [lot.lotId])).toEqual([
      { id: winnerDeposit, state: 'forfeited', forfeit_reason: '中标后放弃：原材料价格大幅上涨，无法按投标价履约。', forfeited_by: winner.userId },
      { id: secondDeposit, state: 'held', forfeit_reason: null, forfeited_by: null },
    ]);
    expect(await outbox('tender.award.declined', lot.awardId)).toEqual([{ payload: { fact: 'withdrawn_after_winning', subjectId: lot.awardId } }]);
    expect(await q(`select count(*)::int as n from outbox_event where type = 'tender.lot.failed' and payload->>'lotId' = $1`, [lot.lotId])).toEqual([{ n: 1 }]);
    expect(await q(`select count(*)::int as n from outbox_event where type = 'deposits.forfeiture.changed' and payload->>'depositId' = $1`, [winnerDeposit])).toEqual([{ n: 1 }]);
    // The decline is published with the notice.
    expect((await gql(NOTICE, { lotId: lot.lotId })).data.tenderAwardNotice).toEqual({ lotState: 'failed', declineReason: '原材料价格大幅上涨，无法按投标价履约。' });
    // Once only.
    expect((await gql(DECLINE, { lotId: lot.lotId, reason: '再次放弃。' }, winnerSession)).errors?.[0]?.extensions?.reason).toBe('TENDER_LOT_TRANSITION_NOT_ALLOWED');

    // After signing the contract, declining is no longer possible.
    const signed = await insertAwardedLot(people);
    await q(`update tender_contract set supplier_signature = $2, supplier_signed_at = now() where id = $1`, [signed.contractId, '22'.repeat(64)]);
    expect((await gql(DECLINE, { lotId: signed.lotId, reason: '产能不足。' }, winnerSession)).errors?.[0]?.extensions?.reason).toBe('AWARD_DECLINE_AFTER_SIGNING');
    expect(await q(`select state from tender_lot where id = $1`, [signed.lotId])).toEqual([{ state: 'awarded' }]);
  });
});
