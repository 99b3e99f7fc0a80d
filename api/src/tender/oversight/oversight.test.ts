import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/app.js';
import { createPeople, headers, loginAll, type PeopleFixture, type PersonKey, type TestSession } from '../../../test/identity.js';
import { insertAwardedLot, insertChallenge, insertComplaint, insertExpert, insertTenderProject } from '../../../test/tender.js';
import { createTenant } from '../../../test/tenants.js';

const PROJECTS = `query ($state: TenderProjectState, $method: ProcurementMethod, $first: Int, $after: String) {
  tenderProjects(state: $state, method: $method, first: $first, after: $after) { nodes { id state method buyerName lots { id state } } pageInfo { hasNextPage endCursor } }
}`;
const PROJECT = `query ($id: ID!) { supervisedTenderProject(id: $id) { id projectNo buyerName lots { id state } } }`;
const LOT = `query ($lotId: ID!) { tenderLotOversight(lotId: $lotId) { lotId suspended challenges { id content complaint { id state content } } suspensions { id reason liftedAt } } }`;
const EXPERTS = `{ evaluationExperts { id loginName displayName organisationName active profile { title employerName categoryCodes } } }`;

type Result = { data?: Record<string, unknown>; error?: { code?: string; reason?: string; field?: string } };

describe('oversight reads of tendering (finance, operator)', () => {
  let api: TestApi;
  let people: PeopleFixture;
  let sessions: Record<PersonKey, TestSession>;

  beforeAll(async () => {
    api = await startApi();
    people = await createPeople(await createTenant());
    sessions = await loginAll(api, people);
  });
  afterAll(() => api?.close());

  const gql = async (document: string, variables: object, who: PersonKey): Promise<Result> => {
    const { body } = await api.gql(document, { variables, headers: headers(people.tenant, sessions[who].accessToken) });
    const e = body.errors?.[0]?.extensions as Result['error'] | undefined;
    return { data: body.data ? (Object.values(body.data)[0] as Record<string, unknown>) : undefined, error: e };
  };

  it('lists every project of the province, newest first, filtered by state and method, page by page', async () => {
    const draft = await insertTenderProject(people, { state: 'draft' });
    const inquiry = await insertTenderProject(people, { method: 'inquiry' });
    const published = await insertTenderProject(people);
    const all = await gql(PROJECTS, { first: 100 }, 'finance');
    const ids = (all.data!.nodes as { id: string }[]).map((n) => n.id);
    expect(ids.indexOf(published.projectId)).toBeLessThan(ids.indexOf(inquiry.projectId));
    expect(ids).toContain(draft.projectId);
    const drafts = (await gql(PROJECTS, { state: 'DRAFT' }, 'operator')).data!.nodes as { id: string; state: string }[];
    expect(drafts.map((n) => n.id)).toEqual([draft.projectId]);
    const inquiries = (await gql(PROJECTS, { method: 'INQUIRY' }, 'finance')).data!.nodes as { id: string; lots: { state: string }[] }[];
    expect(inquiries.map((n) => n.id)).toEqual([inquiry.projectId]);
    expect(inquiries[0].lots[0].state).toBe('BIDDING');
    const first = await gql(PROJECTS, { first: 1 }, 'finance');
    const page = first.data!.pageInfo as { hasNextPage: boolean; endCursor: string };
    expect(page.hasNextPage).toBe(true);
    const second = await gql(PROJECTS, { first: 1, after: page.endCursor }, 'finance');
    expect((second.data!.nodes as { id: string }[])[0].id).toBe(ids[1]);
    expect((await gql(PROJECTS, { after: 'not-a-cursor' }, 'finance')).error?.code).toBe('BAD_USER_INPUT');
  });

  it('opens any project of the province; an unknown id is not found', async () => {
    const { projectId } = await insertTenderProject(people);
    const r = await gql(PROJECT, { id: projectId }, 'operator');
    expect(r.data).toMatchObject({ id: projectId, buyerName: people.organisations.purchasing_unit.name });
    expect((await gql(PROJECT, { id: '00000000-0000-4000-8000-000000000000' }, 'finance')).error?.reason).toBe('TENDER_PROJECT_NOT_FOUND');
  });

  it("shows a lot's challenges with their complaints and its suspensions as finance suspends and resumes", async () => {
    const lot = await insertAwardedLot(people);
    const challengeId = await insertChallenge(people.tenant.id, lot.lotId, people.organisations.supplier.id, people.users.supplier.id, 'answered');
    const complaintId = await insertComplaint(people.tenant.id, challengeId);
    let r = await gql(LOT, { lotId: lot.lotId }, 'finance');
    expect(r.data).toMatchObject({ lotId: lot.lotId, suspended: false, suspensions: [], challenges: [{ id: challengeId, content: '评分有误，请复核。', complaint: { id: complaintId, state: 'PENDING' } }] });
    const suspend = await api.gql(`mutation ($lotId: ID!) { suspendTenderLot(lotId: $lotId, reason: "投诉处理期间暂停") { id } }`, { variables: { lotId: lot.lotId }, headers: headers(people.tenant, sessions.finance.accessToken) });
    expect(suspend.body.errors).toBeUndefined();
    r = await gql(LOT, { lotId: lot.lotId }, 'finance');
    expect(r.data).toMatchObject({ suspended: true, suspensions: [{ reason: '投诉处理期间暂停', liftedAt: null }] });
    await api.gql(`mutation ($lotId: ID!) { resumeTenderLot(lotId: $lotId) { id } }`, { variables: { lotId: lot.lotId }, headers: headers(people.tenant, sessions.finance.accessToken) });
    r = await gql(LOT, { lotId: lot.lotId }, 'finance');
    expect(r.data!.suspended).toBe(false);
    expect((await gql(LOT, { lotId: 'nope' }, 'finance')).error?.reason).toBe('TENDER_LOT_NOT_FOUND');
  });

  it('lists the expert pool with profiles, including an expert the operator adds', async () => {
    await insertExpert(people.tenant.id, people.tenant.slug, people.organisations.finance_department.id, ['A0201']);
    const created = await api.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        variables: {
          input: {
            organisationId: people.organisations.finance_department.id, loginName: `pool-${people.tenant.slug}`, displayName: '王评审', password: 'Expert2026pass',
            roles: ['EXPERT'], expertProfile: { title: '教授', employerName: '某大学', categoryCodes: ['A0201', 'C16'] },
          },
        },
        headers: headers(people.tenant, sessions.operator.accessToken),
      },
    );
    expect(created.body.errors).toBeUndefined();
    const experts = (await gql(EXPERTS, {}, 'finance')).data as unknown as { displayName: string; profile: { title: string; categoryCodes: string[] }; organisationName: string }[];
    expect(experts.length).toBe(3);
    expect(experts.find((e) => e.displayName === '王评审')).toMatchObject({ profile: { title: '教授', categoryCodes: ['A0201', 'C16'] }, organisationName: people.organisations.finance_department.name });
    expect((await gql(EXPERTS, {}, 'operator')).data).toHaveLength(3);
  });
});
