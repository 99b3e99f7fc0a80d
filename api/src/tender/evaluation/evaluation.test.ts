import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { evaluationCounts, lotState } from '../../../test/evaluation.js';
import { createPeople, headers, login, type PeopleFixture, type TestSession } from '../../../test/identity.js';
import { insertExpert, insertOpenedBid, insertSupplier, insertTenderProject } from '../../../test/tender.js';
import { asOwner } from '../../../test/tenants.js';
import { pickPanel } from './panel-draw.js';

const DRAW = `mutation ($lotId: ID!, $size: Int) { drawEvaluationPanel(lotId: $lotId, size: $size) { lotId seed size candidateIds drawn { expertId seat } excluded { expertId reason supplierId } } }`;
const VERIFY = `query ($lotId: ID!) { verifyPanelDraw(lotId: $lotId) { pickMatches candidatesMatch recomputedExpertIds drawnExpertIds } }`;
const DECLARE = `mutation ($input: DeclareExpertRelationInput!) { declareExpertRelation(input: $input) { id expertId supplierId kind } }`;
const SAVE = `mutation ($input: SaveEvaluationScoresInput!) { saveEvaluationScores(input: $input) { lotId submittedAt } }`;
const SUBMIT = `mutation ($lotId: ID!) { submitScoreSheet(lotId: $lotId) { lotId submittedAt } }`;
const SHEET = `query ($lotId: ID!) { evaluationScoreSheet(lotId: $lotId) { criteria { key weight } bids { bidId price priceForm { key value } } scores { bidId criterion score } deviations { id criterion score panelMean } } }`;
const FINISH = `mutation ($lotId: ID!) { finishEvaluation(lotId: $lotId) { lotState ranking { bidId rank price evaluatedPrice smeDeducted priceScore total criteria { criterion mean } } } }`;
const DEVIATIONS = `query ($lotId: ID) { scoreDeviations(lotId: $lotId) { id expertId bidId criterion score panelMean maximum beyondThreshold reason } }`;
const EXPLAIN = `mutation ($id: ID!, $reason: String!) { recordDeviationReason(id: $id, reason: $reason) { id reason } }`;
const DISQUALIFY = `mutation ($bidId: ID!, $reason: String!) { disqualifyBid(bidId: $bidId, reason: $reason) { bidId state lotState } }`;

type Result = { data?: any; error?: { code?: string; reason?: string; field?: string; message?: string } };

describe('evaluation (评标)', () => {
  let api: TestApi;
  // One tenant per test, made before the API starts (it resolves tenants it knows of).
  let tenants: PeopleFixture[];
  beforeAll(async () => { [api, ...tenants] = await Promise.all([startApi(), createPeople(), createPeople(), createPeople(), createPeople(), createPeople()]); });
  afterAll(() => api?.close());

  const call = async (people: PeopleFixture, s: TestSession, document: string, variables: object = {}): Promise<Result> => {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, s.accessToken) });
    const e = body.errors?.[0];
    return { data: body.data ? Object.values(body.data)[0] : undefined, error: e ? { code: e.extensions?.code as string, reason: e.extensions?.reason as string, field: e.extensions?.field as string | undefined, message: e.message } : undefined };
  };
  const ok = async (...args: Parameters<typeof call>) => {
    const r = await call(...args);
    if (r.error) throw new Error(JSON.stringify(r.error));
    return r.data;
  };
  const usccOf = (tenantId: string, orgId: string) =>
    asOwner(tenantId, async (c) => (await c.query<{ uscc: string }>('select uscc from organisation where id = $1', [orgId])).rows[0].uscc);

  /** A lot in evaluation with opened bids of new suppliers; the price forms carry the SME declarations. */
  async function evaluatingLot(people: PeopleFixture, bids: { priceFen: bigint; priceForm?: Record<string, unknown> }[], budgetFen = 500_000_000n, evaluationMethod?: 'lowest_price') {
    const { projectId, lotIds: [lotId] } = await insertTenderProject(people, { lots: [{ state: 'evaluating', budgetFen }], evaluationMethod });
    const out: { bidId: string; supplierId: string }[] = [];
    for (const [i, b] of bids.entries()) {
      const s = await insertSupplier(people.tenant.id, `b${i}`);
      out.push({ bidId: await insertOpenedBid(people.tenant.id, lotId, s.organisationId, s.userId, b.priceFen, b.priceForm ?? {}), supplierId: s.organisationId });
    }
    return { projectId, lotId, bids: out };
  }

  async function experts(people: PeopleFixture, n: number, codes = ['A0201'], employerUscc: string | null = null) {
    const list = [];
    for (let i = 0; i < n; i++) {
      const e = await insertExpert(people.tenant.id, `p${i}`, people.organisations.finance_department.id, codes, employerUscc);
      list.push({ ...e, session: await login(api, people.tenant, e.loginName) });
    }
    return list;
  }

  it('draws a panel leaving out buyer staff, bidder employees and declared relations; the draw is recomputable from its seed', async () => {
    const people = tenants[0];
    const purchaser = await login(api, people.tenant, people.users.purchaser.loginName);
    const finance = await login(api, people.tenant, people.users.finance.loginName);
    const { lotId, bids } = await evaluatingLot(people, [{ priceFen: 100_000_000n }, { priceFen: 101_000_000n }, { priceFen: 102_000_000n }]);
    const clean = await experts(people, 6);
    const [otherCategory] = await experts(people, 1, ['A0202']);
    const [bidderEmployee] = await experts(people, 1, ['A02'], await usccOf(people.tenant.id, bids[0].supplierId));
    const [buyerStaff] = await experts(people, 1, ['A02010104'], people.organisations.purchasing_unit.uscc);
    const [related] = await experts(people, 1);
    expect((await ok(people, related.session, DECLARE, { input: { supplierId: bids[1].supplierId, kind: 'RELATIVE_OF_PRINCIPAL', note: '配偶为该公司法定代表人' } })).expertId).toBe(related.userId);

    const draw = await ok(people, purchaser, DRAW, { lotId, size: 5 });
    // The fixture's own expert (A02010104) and the six clean ones (A0201 covers A02010104).
    const expected = [people.users.expert.id, ...clean.map((e) => e.userId)].sort();
    expect(draw.candidateIds).toEqual(expected);
    expect(draw.drawn).toHaveLength(5);
    expect(draw.drawn.every((d: { expertId: string }) => expected.includes(d.expertId))).toBe(true);
    expect(draw.excluded).toEqual(expect.arrayContaining([
      { expertId: bidderEmployee.userId, reason: 'BIDDER_EMPLOYEE', supplierId: bids[0].supplierId },
      { expertId: buyerStaff.userId, reason: 'BUYER_STAFF', supplierId: null },
      { expertId: related.userId, reason: 'DECLARED_RELATION', supplierId: bids[1].supplierId },
    ]));
    expect(draw.excluded).toHaveLength(3);
    expect(draw.excluded.map((e: { expertId: string }) => e.expertId)).not.toContain(otherCategory.userId);
    expect(draw.seed).toMatch(/^[0-9a-f]{64}$/);

    // Anyone holding the record recomputes the same panel; another seed gives another.
    expect(pickPanel(draw.seed, draw.candidateIds, 5)).toEqual(draw.drawn.map((d: { expertId: string }) => d.expertId));
    const verified = await ok(people, finance, VERIFY, { lotId });
    expect(verified).toMatchObject({ pickMatches: true, candidatesMatch: true });
    expect(verified.recomputedExpertIds).toEqual(verified.drawnExpertIds);
    await asOwner(people.tenant.id, (c) => c.query(`update evaluation_panel_draw set seed = $1 where lot_id = $2`, ['cd'.repeat(32), lotId]));
    expect((await ok(people, finance, VERIFY, { lotId })).pickMatches).toBe(pickPanel('cd'.repeat(32), expected, 5).join() === draw.drawn.map((d: { expertId: string }) => d.expertId).join());

    expect((await call(people, purchaser, DRAW, { lotId, size: 5 })).error).toMatchObject({ code: 'CONFLICT', reason: 'PANEL_ALREADY_DRAWN' });
    const audited = await asOwner(people.tenant.id, async (c) => (await c.query(`select 1 from audit_entry where action = 'tender.panel.draw' and subject_id = $1`, [lotId])).rowCount);
    expect(audited).toBe(1);
  });

  it('refuses a draw with too few eligible experts or a wrong panel size, writing nothing', async () => {
    const people = tenants[1];
    const purchaser = await login(api, people.tenant, people.users.purchaser.loginName);
    // ¥10,000,000: seven members at least; the pool has five.
    const { lotId } = await evaluatingLot(people, [{ priceFen: 1n }, { priceFen: 2n }, { priceFen: 3n }], 1_000_000_000n);
    await experts(people, 4);
    expect((await call(people, purchaser, DRAW, { lotId })).error).toMatchObject({ code: 'CONFLICT', reason: 'PANEL_TOO_FEW_EXPERTS', message: expect.stringContaining('5') });
    expect((await call(people, purchaser, DRAW, { lotId, size: 5 })).error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PANEL_SIZE_INVALID', field: 'size', message: expect.stringContaining('7') });
    expect((await call(people, purchaser, DRAW, { lotId, size: 8 })).error).toMatchObject({ reason: 'PANEL_SIZE_INVALID' });
    expect((await evaluationCounts(people.tenant.id, lotId)).draws).toBe(0);
  });

  it('scores independently; the SME deduction makes the small enterprise win on price score; a deviation blocks finishing until explained', async () => {
    const people = tenants[2];
    const purchaser = await login(api, people.tenant, people.users.purchaser.loginName);
    const finance = await login(api, people.tenant, people.users.finance.loginName);
    // A ¥1,000,000 (large), B ¥1,050,000 (small: evaluated at ¥945,000 with d = 10 %), C ¥1,100,000 (medium).
    const { lotId, bids } = await evaluatingLot(people, [
      { priceFen: 100_000_000n, priceForm: { sme: 'none' } },
      { priceFen: 105_000_000n, priceForm: { sme: 'small' } },
      { priceFen: 110_000_000n, priceForm: { sme: 'medium' } },
    ]);
    const [a, b, c] = bids.map((x) => x.bidId);
    const panel = [{ userId: people.users.expert.id, session: await login(api, people.tenant, people.users.expert.loginName) }, ...(await experts(people, 4))];
    await ok(people, purchaser, DRAW, { lotId });
    const [first, ...others] = panel;

    // Bad scores are refused, naming bid and criterion, and nothing of the batch is written.
    const outOfRange = await call(people, first.session, SAVE, { input: { lotId, scores: [{ bidId: a, criterion: 'technical', score: '40' }, { bidId: b, criterion: 'technical', score: '50.01' }] } });
    expect(outOfRange.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVALUATION_SCORE_OUT_OF_RANGE', field: 'scores[1].score' });
    expect(outOfRange.error?.message).toContain(b);
    expect(outOfRange.error?.message).toContain('technical');
    expect((await call(people, first.session, SAVE, { input: { lotId, scores: [{ bidId: a, criterion: 'commercial', score: '12.345' }] } })).error).toMatchObject({ reason: 'EVALUATION_SCORE_FORMAT', field: 'scores[0].score' });
    expect((await call(people, first.session, SAVE, { input: { lotId, scores: [{ bidId: a, criterion: 'price', score: '10' }] } })).error).toMatchObject({ reason: 'EVALUATION_CRITERION_UNKNOWN' });
    expect((await evaluationCounts(people.tenant.id, lotId)).scores).toBe(0);

    // Everyone gives 技术 40 and 商务 15, except the first expert's 技术 20 for C.
    const sheet = (techC: string) => [a, b, c].flatMap((bid) => [{ bidId: bid, criterion: 'technical', score: bid === c ? techC : '40' }, { bidId: bid, criterion: 'commercial', score: '15' }]);
    await ok(people, first.session, SAVE, { input: { lotId, scores: sheet('20').slice(0, 3) } });
    expect((await call(people, first.session, SUBMIT, { lotId })).error).toMatchObject({ reason: 'EVALUATION_SHEET_INCOMPLETE' });
    await ok(people, first.session, SAVE, { input: { lotId, scores: sheet('20') } });
    // Another expert sees the bids and price forms, but not the first expert's scores.
    const seen = await ok(people, others[0].session, SHEET, { lotId });
    expect(seen.scores).toEqual([]);
    expect(seen.bids.find((x: { bidId: string }) => x.bidId === b).priceForm).toEqual(expect.arrayContaining([{ key: 'sme', value: 'small' }]));
    expect(seen.criteria).toEqual([{ key: 'technical', weight: 50 }, { key: 'commercial', weight: 20 }]);

    await ok(people, first.session, SUBMIT, { lotId });
    expect((await call(people, first.session, SAVE, { input: { lotId, scores: sheet('40') } })).error).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_SHEET_SUBMITTED' });
    for (const e of others) await ok(people, e.session, SAVE, { input: { lotId, scores: sheet('40') } });
    for (const e of others.slice(0, -1)) await ok(people, e.session, SUBMIT, { lotId });
    expect((await call(people, purchaser, FINISH, { lotId })).error).toMatchObject({ reason: 'EVALUATION_SHEETS_MISSING' });
    await ok(people, others.at(-1)!.session, SUBMIT, { lotId });

    // 技术 of C: mean (4 × 40 + 20) ÷ 5 = 36; |20 − 36| = 16 > 20 % × 50 = 10: flagged, only for the first expert.
    const flags = await ok(people, finance, DEVIATIONS, { lotId });
    expect(flags).toEqual([{ id: expect.any(String), expertId: first.userId, bidId: c, criterion: 'technical', score: '20.00', panelMean: '36.00', maximum: '50.00', beyondThreshold: true, reason: null }]);
    expect((await call(people, purchaser, FINISH, { lotId })).error).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_DEVIATIONS_UNEXPLAINED' });
    expect((await call(people, others[0].session, EXPLAIN, { id: flags[0].id, reason: '不是我的' })).error).toMatchObject({ reason: 'SCORE_DEVIATION_NOT_FOUND' });
    await ok(people, first.session, EXPLAIN, { id: flags[0].id, reason: 'C 的技术方案缺少售后响应承诺' });

    // Benchmark = B's ¥945,000. Price: A 945 000 ÷ 1 000 000 × 30 = 28.35; B 30.00; C 945 000 ÷ 1 100 000 × 30 = 25.772… → 25.77.
    // Totals: B 30 + 40 + 15 = 85.00; A 28.35 + 55 = 83.35; C 25.77 + 36 + 15 = 76.77.
    const result = await ok(people, purchaser, FINISH, { lotId });
    expect(result.lotState).toBe('recommended');
    expect(result.ranking).toEqual([
      { bidId: b, rank: 1, price: '1050000.00', evaluatedPrice: '945000.00', smeDeducted: true, priceScore: '30.00', total: '85.00', criteria: [{ criterion: 'technical', mean: '40.00' }, { criterion: 'commercial', mean: '15.00' }] },
      { bidId: a, rank: 2, price: '1000000.00', evaluatedPrice: '1000000.00', smeDeducted: false, priceScore: '28.35', total: '83.35', criteria: [{ criterion: 'technical', mean: '40.00' }, { criterion: 'commercial', mean: '15.00' }] },
      { bidId: c, rank: 3, price: '1100000.00', evaluatedPrice: '1100000.00', smeDeducted: false, priceScore: '25.77', total: '76.77', criteria: [{ criterion: 'technical', mean: '36.00' }, { criterion: 'commercial', mean: '15.00' }] },
    ]);
    // The contract price stays the bid price; the deducted price is only for scoring.
    const rows = await asOwner(people.tenant.id, async (cl) => (await cl.query(`select id, price_fen, evaluated_price_fen, score_hundredths, rank from tender_bid where lot_id = $1 order by rank`, [lotId])).rows);
    expect(rows.map((r) => [r.id, r.price_fen, r.evaluated_price_fen, r.score_hundredths, r.rank])).toEqual([
      [b, '105000000', '94500000', 8500, 1], [a, '100000000', '100000000', 8335, 2], [c, '110000000', '110000000', 7677, 3],
    ]);
    expect(await lotState(people.tenant.id, lotId)).toBe('recommended');
    const actions = await asOwner(people.tenant.id, async (cl) => (await cl.query(`select action from audit_entry where subject_id = $1 order by seq`, [lotId])).rows.map((r) => r.action));
    expect(actions).toEqual(expect.arrayContaining(['tender.panel.draw', 'tender.evaluation.score', 'tender.evaluation.submit-sheet', 'tender.evaluation.analyse-deviations', 'tender.evaluation.finish']));
  });

  it('disqualifying down to two valid bids fails the lot and publishes tender.lot.failed', async () => {
    const people = tenants[3];
    const purchaser = await login(api, people.tenant, people.users.purchaser.loginName);
    const expert = await login(api, people.tenant, people.users.expert.loginName);
    const { lotId, bids } = await evaluatingLot(people, [{ priceFen: 1_000n }, { priceFen: 2_000n }, { priceFen: 3_000n }]);
    await experts(people, 4);
    await ok(people, purchaser, DRAW, { lotId });
    expect((await call(people, expert, DISQUALIFY, { bidId: bids[0].bidId, reason: 'x' })).error).toMatchObject({ reason: 'REASON_REQUIRED' });
    const r = await ok(people, expert, DISQUALIFY, { bidId: bids[0].bidId, reason: '营业执照已过期，资格性审查不通过' });
    expect(r).toEqual({ bidId: bids[0].bidId, state: 'disqualified', lotState: 'failed' });
    const events = await asOwner(people.tenant.id, async (c) => (await c.query(`select payload from outbox_event where type = 'tender.lot.failed' and payload->>'lotId' = $1`, [lotId])).rows);
    expect(events.map((e) => e.payload)).toEqual([expect.objectContaining({ lotId, trigger: 'lot_failed' })]);
    const reason = await asOwner(people.tenant.id, async (c) => (await c.query(`select failure_reason from tender_lot where id = $1`, [lotId])).rows[0].failure_reason);
    expect(reason).toContain('有效投标不足');
    // The project's only lot has ended: the project is complete.
    const project = await asOwner(people.tenant.id, async (c) => (await c.query(`select p.state from tender_project p join tender_lot l on l.project_id = p.id where l.id = $1`, [lotId])).rows[0].state);
    expect(project).toBe('completed');
    expect((await call(people, expert, DISQUALIFY, { bidId: bids[1].bidId, reason: '资格性审查不通过' })).error).toMatchObject({ reason: 'EVALUATION_LOT_NOT_EVALUATING' });
  });

  it('最低评标价法: ranks by evaluated price, so a prison enterprise\'s higher bid wins after the deduction', async () => {
    const people = tenants[4];
    const agencyLogin = await login(api, people.tenant, people.users.agency.loginName);
    const purchaser = await login(api, people.tenant, people.users.purchaser.loginName);
    const { projectId, lotId, bids } = await evaluatingLot(people, [
      { priceFen: 100_000_000n },
      { priceFen: 110_000_000n, priceForm: { sme: 'prison_enterprise' } },
      { priceFen: 120_000_000n, priceForm: { sme: 'micro' } },
    ], 500_000_000n, 'lowest_price');
    await asOwner(people.tenant.id, (c) => c.query('update tender_project set agency_id = $1 where id = $2', [people.organisations.agency.id, projectId]));
    const panel = [await login(api, people.tenant, people.users.expert.loginName), ...(await experts(people, 4)).map((e) => e.session)];
    // With an agency, the agency draws and finishes; the buyer may not.
    expect((await call(people, purchaser, DRAW, { lotId })).error).toMatchObject({ code: 'NOT_FOUND', reason: 'EVALUATION_LOT_NOT_FOUND' });
    await ok(people, agencyLogin, DRAW, { lotId });
    for (const s of panel) await ok(people, s, SUBMIT, { lotId });
    expect((await call(people, purchaser, FINISH, { lotId })).error).toMatchObject({ reason: 'EVALUATION_LOT_NOT_FOUND' });
    const result = await ok(people, agencyLogin, FINISH, { lotId });
    // d = 10 %: ¥1,100,000 → ¥990,000 and ¥1,200,000 → ¥1,080,000; ¥1,000,000 stays.
    expect(result.ranking.map((r: { bidId: string; rank: number; evaluatedPrice: string; priceScore: string | null; total: string | null }) => [r.bidId, r.rank, r.evaluatedPrice, r.priceScore, r.total])).toEqual([
      [bids[1].bidId, 1, '990000.00', null, null], [bids[0].bidId, 2, '1000000.00', null, null], [bids[2].bidId, 3, '1080000.00', null, null],
    ]);
  });
});
