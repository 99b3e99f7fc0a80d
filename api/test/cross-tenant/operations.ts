import type { PeopleFixture, PersonKey, TestSession } from '../identity.js';
import { newId } from '@zhengcai/schema';
import { randomUscc, TEST_PASSWORD } from '../identity.js';
import { asOwner } from '../tenants.js';
import { insertSearchDocument } from '../search/seed.js';

/** A listing of the victim's supplier in the victim's search index. */
const victimListing = (victim: TenantSide) =>
  insertSearchDocument(victim.people.tenant.id, {
    title: '受害省 台式计算机',
    supplierId: victim.people.organisations.supplier.id,
    supplierName: victim.people.organisations.supplier.name,
  });

/** One tenant's side of the cross-tenant suite: its people, and sessions made on demand. */
export interface TenantSide {
  readonly people: PeopleFixture;
  /** A new login session of that person (so a test may spend or end it). */
  session(person: PersonKey): Promise<TestSession>;
}

/** Kinds of a tenant's identifiers the suite looks for in responses. */
export type MarkerKind = 'tenant' | 'organisation' | 'user' | 'session';

/**
 * One GraphQL root field, attacked from another tenant. Every Query and Mutation field must
 * have an entry: the suite fails on a field without one, so each issue that adds an operation
 * adds its entry here too.
 */
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

export const CROSS_TENANT_CASES: readonly CrossTenantCase[] = [
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
    field: 'search',
    type: 'query',
    document: `query ($t: String) { search(text: $t, first: 100) { total { value } nodes { listingId title supplierId supplierName } facets { brands { value count } } } }`,
    caller: 'purchaser',
    variables: async (victim) => {
      await victimListing(victim);
      return { t: '台式计算机' };
    },
  },
  {
    field: 'searchExplanation',
    type: 'query',
    document: `query ($id: ID!, $t: String) { searchExplanation(listingId: $id, text: $t) { listingId title rank lines { detail } } }`,
    caller: 'purchaser',
    variables: async (victim) => ({ id: await victimListing(victim), t: '台式计算机' }),
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
];
