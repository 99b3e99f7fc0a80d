import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { insertEvaluation } from '../../../test/evaluation.js';
import { createPeople, headers, login, type PeopleFixture } from '../../../test/identity.js';
import { insertExpert } from '../../../test/tender.js';
import { asOwner } from '../../../test/tenants.js';

const PROGRESS = `query ($lotId: ID!) { evaluationProgress(lotId: $lotId) { lotId lotState members { expertId seat submittedAt } bids { bidId supplierName state } deviations { id bidId expertName criterion score panelMean maximum reason } } }`;

describe('evaluation progress (the organiser before finishing)', () => {
  let api: TestApi;
  let people: PeopleFixture;
  beforeAll(async () => { [api, people] = await Promise.all([startApi(), createPeople()]); });
  afterAll(() => api?.close());

  const ask = async (who: 'purchaser' | 'agency' | 'finance', lotId: string) => {
    const s = await login(api, people.tenant, people.users[who].loginName);
    const { body } = await api.gql(PROGRESS, { variables: { lotId }, headers: headers(people.tenant, s.accessToken) });
    return body;
  };

  it('shows whose sheets are in and the deviation flags to the buyer; another unit sees nothing', async () => {
    const other = await insertExpert(people.tenant.id, 'prog', people.users.finance.organisationId);
    const ev = await insertEvaluation(people, { members: [people.users.expert.id, other.userId], scored: true, deviation: true });
    await asOwner(people.tenant.id, (c) => c.query('update evaluation_panel_member set submitted_at = now() where lot_id = $1 and expert_id = $2', [ev.lotId, people.users.expert.id]));
    const body = await ask('purchaser', ev.lotId);
    expect(body.errors).toBeUndefined();
    const p = body.data.evaluationProgress;
    expect(p.lotState).toBe('evaluating');
    expect(p.members.map((m: { seat: number; submittedAt: string | null }) => [m.seat, m.submittedAt !== null])).toEqual([[1, true], [2, false]]);
    expect(p.bids).toHaveLength(3);
    expect(p.bids.every((b: { state: string; supplierName: string }) => b.state === 'opened' && b.supplierName)).toBe(true);
    expect(p.deviations).toEqual([expect.objectContaining({ id: ev.deviationId, bidId: ev.bidIds[0], criterion: 'technical', score: '20.00', panelMean: '36.00', maximum: '50.00', reason: null })]);
    expect((await ask('finance', ev.lotId)).data.evaluationProgress.members).toHaveLength(2);
    // The project has no agency: the agency is not its organiser.
    const refused = (await ask('agency', ev.lotId)).errors?.[0]?.extensions;
    expect(refused?.reason ?? refused?.code).toMatch(/EVALUATION_LOT_NOT_FOUND|NOT_FOUND/);
  });
});
